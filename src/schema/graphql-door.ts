import type http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { makeExecutableSchema } from '@graphql-tools/schema';
import express from 'express';
import type { Config } from '../config';
import type { GraphReaders, SeedStateWatch } from '../graph/read';
import { logger } from '../logger';
import type { RequestContext } from './context';
import { compiledExecutor } from './executor';
import { createFormatError } from './format-error';
import { metricsPlugin, type GraphqlRequestRecorder } from './plugins/metrics';
import { queryLimits } from './plugins/query-limits';
import { requestLogPlugin } from './plugins/request-log';
import { responseExtensionsPlugin } from './plugins/response-extensions';
import { queriesOnly } from './read-only-rule';
import { requestIdFrom } from './request-id';
import { responseText } from './response-extensions';
import type { AnswerOffer } from './response-cache/serialized-answers';
import { OperationCachePolicies, ResponseCache, type ResponseCacheMetrics } from './response-cache';
import { resolvers } from './resolvers';
import { loadTypeDefs } from './type-defs';

export interface GraphqlDoorOptions {
  config: Config;
  /** Each request gets a reader of its own from here. */
  readers: GraphReaders;
  /** Which graph is loaded: the response cache keys on it. */
  seedState: SeedStateWatch;
  /** The server the door is mounted on: stopping lets its running requests finish. */
  httpServer: http.Server;
  metrics?: GraphqlRequestRecorder & ResponseCacheMetrics;
}

export interface GraphqlDoor {
  /** The handlers to mount at the GraphQL path, after the shared ones (rate limit, CORS). */
  handlers: express.RequestHandler[];
  stop(): Promise<void>;
}

/**
 * The GraphQL door, whole: the schema and its resolvers, Apollo Server with
 * its limits and plugins, the response cache, and each request's context (its
 * id, its logger and a reader of its own). Where it is mounted is http/'s.
 */
export async function createGraphqlDoor(options: GraphqlDoorOptions): Promise<GraphqlDoor> {
  const { config, readers, seedState, httpServer, metrics } = options;
  const development = config.NODE_ENV === 'development';
  const limits = queryLimits(config);
  const schema = makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers });
  const cache = new ResponseCache({
    seedState,
    policies: new OperationCachePolicies(schema),
    maxBytes: config.RESPONSE_CACHE_ENABLED ? config.RESPONSE_CACHE_MAX_MB * 2 ** 20 : null,
    // The body depends on Accept (its media type) and, with a list of origins, on Origin (CORS).
    vary: config.CORS_ORIGINS === '*' ? 'accept' : 'accept, origin',
    ...(metrics ? { metrics } : {}),
  });

  const apollo = new ApolloServer<RequestContext>({
    ...(config.GRAPHQL_EXECUTOR === 'jit' ? { gateway: compiledExecutor(schema) } : { schema }),
    introspection: config.GRAPHQL_INTROSPECTION,
    includeStacktraceInErrorResponses: development,
    formatError: createFormatError({ development }),
    // The response's text is ours, so that the cache can write a kept answer's the same way.
    stringifyResult: responseText,
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
      // operation (the response cache); Apollo's plugin would wrap every resolver.
      ApolloServerPluginCacheControlDisabled(),
      ...cache.plugins(),
      responseExtensionsPlugin,
      requestLogPlugin,
      ...(metrics ? [metricsPlugin(metrics)] : []),
    ],
  });
  await apollo.start();

  return {
    handlers: [
      express.json({ limit: config.BODY_LIMIT, ...cache.bodyVerifier }),
      ...cache.handlers(),
      expressMiddleware(apollo, {
        context: async ({ req, res }) => {
          const requestId = requestIdFrom(req.headers);
          return {
            requestId,
            answerOffer: res.locals.answerOffer as AnswerOffer | undefined,
            log: logger.child({ requestId, client: req.ip }),
            graph: readers.reader('graphql-api'),
          };
        },
      }),
    ],
    stop: () => apollo.stop(),
  };
}
