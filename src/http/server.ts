import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config';
import { GraphReader, SeedStateWatch, type SeedStateRecord } from '../graph/read';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { cacheableHash, graphCachePlugins } from '../plugins/graph-cache';
import { OperationCachePolicies } from '../schema/cache-policy';
import { logger } from '../logger';
import { queryLimits } from '../plugins/query-limits';
import { requestLogPlugin } from '../plugins/request-log';
import { responseExtensionsPlugin } from '../plugins/response-extensions';
import { loadTypeDefs, resolvers, type RequestContext } from '../schema';
import { compiledExecutor } from '../schema/executor';
import { createFormatError } from '../schema/format-error';
import { queriesOnly } from '../schema/read-only-rule';
import { lazyDoor } from './lazy-door';
import { MCP_PATH } from './paths';
import { METRICS_PATH, ServiceMetrics } from './metrics';
import { metricsPlugin } from '../plugins/metrics';
import { healthRoutes } from './health';
import { RELEASE_PATH, releaseRoutes } from './release-routes';
import { CurrentRelease } from '../graph/export/current-release';
import { SeedReleaseHistory } from '../release/history';
import { bodyErrorHandler, rateLimitPerClient } from './http-errors';
import { explorerRoutes, EXPLORER_PATH } from './explorer-routes';
import { renderLandingPage } from './landing-page';
import { requestIdFrom } from './request-id';
import { AnswerOffer, keepRawBody, SerializedAnswers } from './serialized-answers';

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

/** The HTTP service: GraphQL, the offline playground and explorer, MCP, the release, and health routes. */
export async function createApiServer(driver: Driver, config: Config): Promise<ApiServer> {
  const app = express();
  app.disable('x-powered-by');
  // Every GraphQL response carries its own requestId, so a hash of the body
  // could never match: GraphQL's ETag comes from the graph's content hash
  // instead (graphCachePlugins).
  app.disable('etag');
  const httpServer = http.createServer(app);
  const development = config.NODE_ENV === 'development';
  const limits = queryLimits(config);
  const metrics = config.METRICS_ENABLED
    ? new ServiceMetrics({
        maxOperations: config.METRICS_MAX_OPERATIONS,
        // The seed-state watch below: a scrape reports what the service last read.
        seedState: (): SeedStateRecord | null => seedState.state,
      })
    : null;
  const observe = metrics?.observeQuery;

  // The seed state, polled: the response cache keys on it and /metrics reports it.
  const seedState = new SeedStateWatch(driver, config.SEED_STATE_POLL_MS, { observe });
  await seedState.start();

  // The response cache's two tiers share its bound: answers as the bytes that
  // went out (a hit skips Apollo's pipeline), and Apollo's plugin behind them
  // (a hit skips execution for a request that differs only in its bytes).
  const responseCacheBytes = config.RESPONSE_CACHE_MAX_MB * 2 ** 20;
  const serializedAnswers = config.RESPONSE_CACHE_ENABLED
    ? new SerializedAnswers({
        contentHash: () => cacheableHash(seedState.state),
        maxBytes: Math.round(responseCacheBytes / 2),
        ...(metrics
          ? {
              onHit: (operationName, seconds) => {
                metrics.recordResponseCache('hit');
                metrics.graphqlRequest(operationName, seconds, []);
              },
            }
          : {}),
      })
    : null;

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
      // Cache policies come from the SDL's static hints, worked out once per
      // operation (graphCachePlugins); Apollo's plugin would wrap every resolver.
      ApolloServerPluginCacheControlDisabled(),
      ...graphCachePlugins({
        seedState: () => seedState.state,
        readSeedState: () => seedState.read(),
        // The body depends on Accept (its media type) and, with a list of origins, on Origin (CORS).
        vary: config.CORS_ORIGINS === '*' ? 'accept' : 'accept, origin',
        policies: new OperationCachePolicies(schema),
        responseCache: config.RESPONSE_CACHE_ENABLED
          ? new InMemoryLRUCache<string>({ maxSize: Math.round(responseCacheBytes / 2) })
          : null,
        ...(metrics ? { recordResponseCache: metrics.recordResponseCache } : {}),
      }),
      responseExtensionsPlugin,
      requestLogPlugin,
      ...(metrics ? [metricsPlugin(metrics)] : []),
    ],
  });
  await apollo.start();

  // Counted first, so every door's requests are; then /graphql, the busiest
  // door, so that its requests pass no other route's layers.
  if (metrics) app.use(metrics.countRequests());

  // GraphiQL's bundle is large: it is loaded, and the page rendered, when first asked for.
  let playground: Promise<string> | undefined;
  const sendPlayground: express.RequestHandler = (_req, res, next) => {
    playground ??= import('./playground').then((m) => m.renderPlayground(GRAPHQL_PATH));
    playground.then((page) => res.type('html').send(page), next);
  };
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

  if (config.RATE_LIMIT_PER_MINUTE > 0)
    app.use(GRAPHQL_PATH, rateLimitPerClient(config.RATE_LIMIT_PER_MINUTE));
  app.use(
    GRAPHQL_PATH,
    cors({ origin: corsOrigins(config.CORS_ORIGINS) }),
    // The raw body keys the serialized answers; with the cache off nothing needs it.
    express.json({
      limit: config.BODY_LIMIT,
      ...(serializedAnswers ? { verify: keepRawBody } : {}),
    }),
    ...(serializedAnswers ? [serializedAnswers.middleware()] : []),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = requestIdFrom(req.headers);
        return {
          requestId,
          answerOffer: res.locals.answerOffer as AnswerOffer | undefined,
          log: logger.child({ requestId }),
          graph: new GraphReader(driver, {
            queryTimeoutMs: config.NEO4J_QUERY_TIMEOUT_MS,
            observe,
          }),
        };
      },
    }),
  );

  if (metrics) app.get(METRICS_PATH, metrics.route());
  app.use(healthRoutes(driver));
  // The release of the loaded graph, with its changes since the release the seeds keep as the previous one.
  const releases = new CurrentRelease(driver, new SeedReleaseHistory());
  app.use(releaseRoutes(releases));

  app.get(PLAYGROUND_PATH, sendPlayground);
  app.use(explorerRoutes());
  const landing = renderLandingPage({
    explorer: EXPLORER_PATH,
    playground: PLAYGROUND_PATH,
    graphql: GRAPHQL_PATH,
    mcp: MCP_PATH,
    release: RELEASE_PATH,
  });
  app.get('/', (_req, res) => {
    res.type('html').send(landing);
  });
  app.use(
    lazyDoor(
      (path) => path === MCP_PATH || path.startsWith(`${MCP_PATH}/`),
      async () => (await import('./mcp-routes')).mcpRoutes(driver, config, releases, observe),
    ),
  );

  app.use(bodyErrorHandler(config.BODY_LIMIT));

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
      seedState.stop();
      await apollo.stop();
      if (httpServer.listening)
        await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
