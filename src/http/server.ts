import http from 'node:http';
import express from 'express';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config';
import { CurrentRelease } from '../graph/export/current-release';
import { GraphReaders, SeedStateWatch, type SeedStateRecord } from '../graph/read';
import { SeedReleaseHistory } from '../release/history';
import { tracing } from '../telemetry/tracing';
import { createGraphqlDoor } from '../schema/graphql-door';
import { EXPOSED_HEADERS } from '../schema/response-extensions';
import { explorerRoutes } from './explorer-routes';
import { healthRoutes } from './health';
import { browserAccess } from './browser-access';
import { bodyErrorHandler, notFoundHandler } from './http-errors';
import { renderLandingPage } from './landing-page';
import { lazyDoor } from './lazy-door';
import { ServiceMetrics } from './metrics';
import {
  EXPLORER_PATH,
  GRAPHQL_PATH,
  MCP_PATH,
  METRICS_PATH,
  PLAYGROUND_PATH,
  RELEASE_PATH,
} from './paths';
import { annotateRequestSpan } from './request-span';
import { releaseRoutes } from './release-routes';

export interface ApiServer {
  httpServer: http.Server;
  /** Starts listening; resolves with the bound port. */
  listen(): Promise<number>;
  /** Stops taking requests, lets running ones finish, then closes. */
  stop(): Promise<void>;
}

/**
 * The HTTP service: mounts the doors (GraphQL with its playground, the
 * explorer, MCP, the release) and what they share (metrics, rate limits,
 * CORS, health). The reader factory and the seed-state watch are made here,
 * once, and handed to the doors that read.
 */
export async function createApiServer(driver: Driver, config: Config): Promise<ApiServer> {
  const app = express();
  app.disable('x-powered-by');
  // GraphQL's ETag comes from the graph's content hash, operation and
  // variables (the GraphQL door's response cache), with no need to hash each
  // body; the other routes set their own.
  app.disable('etag');
  // The client is the direct peer, unless that peer is a trusted proxy: then
  // X-Forwarded-For names it (req.ip, which the rate limit and the log lines use).
  if (config.TRUSTED_PROXIES.length > 0) app.set('trust proxy', config.TRUSTED_PROXIES);
  const httpServer = http.createServer(app);
  const metrics = config.METRICS_ENABLED
    ? new ServiceMetrics({
        maxOperations: config.METRICS_MAX_OPERATIONS,
        // The seed-state watch below: a scrape reports what the service last read.
        seedState: (): SeedStateRecord | null => seedState.state,
      })
    : null;

  const readers = new GraphReaders(driver, {
    queryTimeoutMs: config.NEO4J_QUERY_TIMEOUT_MS,
    deadlineGraceMs: config.NEO4J_DEADLINE_GRACE_MS,
    ...(metrics ? { observe: metrics.observeQuery } : {}),
  });
  // The seed state, polled: the response cache keys on it and /metrics reports it.
  const seedState = new SeedStateWatch(
    readers,
    config.SEED_STATE_POLL_MS,
    config.SEED_STATE_TIMEOUT_MS,
  );
  await seedState.start();
  const graphql = await createGraphqlDoor({
    config,
    readers,
    seedState,
    httpServer,
    ...(metrics ? { metrics } : {}),
  });

  // Counted first, so every door's requests are; then /graphql, the busiest
  // door, so that its requests pass no other route's layers.
  if (metrics) app.use(metrics.countRequests());
  const traced = tracing();
  if (traced) app.use(annotateRequestSpan(traced, () => seedState.state));

  // GraphiQL's bundle is large: it is loaded, and the page rendered, when first asked for.
  let playground: Promise<string> | undefined;
  // The page is the same for everyone but changes with a release of the service: a cache
  // revalidates it.
  const sendPlayground: express.RequestHandler = (_req, res, next) => {
    playground ??= import('./playground').then((m) => m.renderPlayground(GRAPHQL_PATH));
    playground.then((page) => res.set('Cache-Control', 'no-cache').type('html').send(page), next);
  };
  // A browser opening /graphql gets the playground; a GET with a query, or a persisted
  // query's hash in its extensions, is GraphQL as usual. The same URL answers JSON to
  // other clients: the answer varies on Accept.
  app.get(GRAPHQL_PATH, (req, res, next) => {
    if (
      req.query.query === undefined &&
      req.query.extensions === undefined &&
      req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) ===
        'text/html'
    ) {
      res.vary('Accept');
      sendPlayground(req, res, next);
      return;
    }
    next();
  });

  app.use(GRAPHQL_PATH, ...browserAccess(config, EXPOSED_HEADERS), ...graphql.handlers);

  if (metrics) app.get(METRICS_PATH, metrics.route());
  app.use(healthRoutes(readers, config.HEALTH_CHECK_TIMEOUT_MS));
  // The release of the loaded graph, with its changes since the release the seeds keep as the previous one.
  const releases = new CurrentRelease(
    driver,
    new SeedReleaseHistory(),
    readers,
    config.RELEASE_READ_TIMEOUT_MS,
    config.graph.exportReadTimeoutMs,
  );
  app.use(releaseRoutes(releases));

  app.get(PLAYGROUND_PATH, sendPlayground);
  app.use(explorerRoutes());
  // The front page names the loaded graph's sources: made once per seed state, and again
  // when the state changes (a new release loaded), or when the graph did not answer before.
  const doors = {
    explorer: EXPLORER_PATH,
    playground: PLAYGROUND_PATH,
    graphql: GRAPHQL_PATH,
    mcp: MCP_PATH,
    release: RELEASE_PATH,
  };
  let landing: { state: unknown; page: Promise<string> } | undefined;
  const landingPage = (): Promise<string> => {
    const state = seedState.state;
    if (landing?.state !== state) {
      const page = readers
        .reader('landing-page', config.RELEASE_READ_TIMEOUT_MS)
        .sources()
        .then(
          (sources) => renderLandingPage(doors, sources),
          () => {
            landing = undefined;
            return renderLandingPage(doors, null);
          },
        );
      landing = { state, page };
    }
    return landing.page;
  };
  // It names the sources' versions, which a reseed changes: a cache revalidates it.
  app.get('/', (_req, res, next) => {
    landingPage().then(
      (page) => res.set('Cache-Control', 'no-cache').type('html').send(page),
      next,
    );
  });
  app.use(
    lazyDoor(
      (path) => path === MCP_PATH || path.startsWith(`${MCP_PATH}/`),
      async () => (await import('./mcp-routes')).mcpRoutes(readers, config, releases),
    ),
  );

  // Last of all, after every door (the lazily mounted one too): a path none of them serves.
  app.use(notFoundHandler());
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
      await graphql.stop();
      if (httpServer.listening)
        await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
