import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import { rateLimit } from 'express-rate-limit';
import express from 'express';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { Driver } from 'neo4j-driver';
import type { Config } from './config';
import { GraphReader } from './graph/graph-reader';
import { logger } from './logger';
import { loadTypeDefs, resolvers, type RequestContext } from './schema';
import { compiledExecutor } from './schema/executor';
import { renderPlayground } from './http/playground';
import { requestIdFrom } from './http/request-id';
import { createFormatError } from './plugins/format-error';
import { queryLimits } from './plugins/query-limits';
import { queriesOnly } from './plugins/supported-operations';
import { requestLogPlugin } from './plugins/request-log';
import { responseExtensionsPlugin } from './plugins/response-extensions';

export const GRAPHQL_PATH = '/graphql';
export const PLAYGROUND_PATH = '/playground';

export interface ApiServer {
  httpServer: http.Server;
  /** Starts listening; resolves with the bound port. */
  listen(): Promise<number>;
  /** Stops taking requests, lets running ones finish, then closes. */
  stop(): Promise<void>;
}

const corsOrigins = (value: string) =>
  value === '*' ? true : value.split(',').map((o) => o.trim());

/** The HTTP service: GraphQL, the offline playground, and health routes. */
export async function createApiServer(driver: Driver, config: Config): Promise<ApiServer> {
  const app = express();
  app.disable('x-powered-by');
  // Every GraphQL response carries its own requestId, so an ETag could never
  // match: hashing each body for one is CPU for nothing.
  app.disable('etag');
  const httpServer = http.createServer(app);
  const development = config.NODE_ENV === 'development';
  const limits = queryLimits(config);

  const schema = makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers });
  const apollo = new ApolloServer<RequestContext>({
    ...(config.GRAPHQL_EXECUTOR === 'jit' ? { gateway: compiledExecutor(schema) } : { schema }),
    introspection: config.GRAPHQL_INTROSPECTION,
    includeStacktraceInErrorResponses: development,
    formatError: createFormatError({ development }),
    csrfPrevention: true,
    allowBatchedHttpRequests: limits.allowBatchedHttpRequests,
    validationRules: [queriesOnly, ...limits.validationRules],
    parseOptions: limits.parseOptions,
    plugins: [
      ...limits.plugins,
      ApolloServerPluginDrainHttpServer({
        httpServer,
        stopGracePeriodMillis: config.SHUTDOWN_GRACE_MS,
      }),
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are used; the default plugin would wrap every field resolver for nothing.
      ApolloServerPluginCacheControlDisabled(),
      responseExtensionsPlugin,
      requestLogPlugin,
    ],
  });
  await apollo.start();

  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/health/ready', async (_req, res) => {
    try {
      await new GraphReader(driver, { queryTimeoutMs: 2_000 }).ping();
      res.json({ status: 'ok', neo4j: 'up' });
    } catch {
      res.status(503).json({ status: 'unavailable', neo4j: 'down' });
    }
  });

  const playground = renderPlayground(GRAPHQL_PATH);
  const sendPlayground: express.RequestHandler = (_req, res) => {
    res.type('html').send(playground);
  };
  app.get(PLAYGROUND_PATH, sendPlayground);
  // A browser opening /graphql gets the playground; a GET with a query is GraphQL as usual.
  app.get(GRAPHQL_PATH, (req, res, next) => {
    if (
      req.query.query === undefined &&
      req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) ===
        'text/html'
    ) {
      sendPlayground(req, res, next);
      return;
    }
    next();
  });

  if (config.RATE_LIMIT_PER_MINUTE > 0) {
    app.use(
      GRAPHQL_PATH,
      rateLimit({
        windowMs: 60_000,
        limit: config.RATE_LIMIT_PER_MINUTE,
        standardHeaders: 'draft-7',
        legacyHeaders: false,
        handler: (_req, res) => {
          res.status(429).json({
            errors: [
              {
                message: `Too many requests: at most ${config.RATE_LIMIT_PER_MINUTE} a minute.`,
                extensions: { code: 'RATE_LIMITED' },
              },
            ],
          });
        },
      }),
    );
  }
  app.use(
    GRAPHQL_PATH,
    cors({ origin: corsOrigins(config.CORS_ORIGINS) }),
    express.json({ limit: config.BODY_LIMIT }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const requestId = requestIdFrom(req.headers);
        return {
          requestId,
          log: logger.child({ requestId }),
          graph: new GraphReader(driver, { queryTimeoutMs: config.NEO4J_QUERY_TIMEOUT_MS }),
        };
      },
    }),
  );

  // Bodies that are not JSON, too large, and the like: a 4xx with a code, never a stack.
  app.use(
    (
      error: { status?: number; type?: string; message?: string },
      _req: express.Request,
      res: express.Response,
      _next: express.NextFunction,
    ) => {
      const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
      if (status === 500) logger.error({ err: error }, 'unexpected HTTP error');
      res.status(status).json({
        errors: [
          {
            message:
              status === 413
                ? `Request body is larger than ${config.BODY_LIMIT}.`
                : status === 500
                  ? 'Internal server error'
                  : 'Malformed request body.',
            extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' },
          },
        ],
      });
    },
  );

  return {
    httpServer,
    listen: () =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(config.PORT, config.HOST, () => {
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : config.PORT);
        });
      }),
    stop: async () => {
      await apollo.stop();
      if (httpServer.listening)
        await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
