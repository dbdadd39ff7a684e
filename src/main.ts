// First: tracing, when configured, must start before http, express and graphql are loaded.
import './telemetry/preload';
import { readLogSettings } from './config';
import { configureLogger, logger } from './logger';
import { SERVICE_VERSION } from './version';
import {
  EXPLORER_PATH,
  GRAPHQL_PATH,
  HEALTH_LIVE_PATH,
  HEALTH_READY_PATH,
  MCP_PATH,
  METRICS_PATH,
  PLAYGROUND_PATH,
  RELEASE_PATH,
} from './http/paths';
import { stopOnSignals } from './stop-on-signals';
import { createApiServer } from './http/server';
import { startGraph } from './startup';
import { handOverToProjectNode } from './project-node';
import { tracing } from './telemetry/tracing';

/**
 * `npm start` and `node dist/main.js`: provision Neo4j (NEO4J_URI, else a
 * local server), seed it, serve the API. Ctrl-C or SIGTERM stops the server,
 * the driver and the local Neo4j.
 */
async function main(): Promise<void> {
  let stopGraph: (() => Promise<void>) | undefined;
  let server: Awaited<ReturnType<typeof createApiServer>> | undefined;
  const stopAll = async () => {
    await server?.stop();
    await stopGraph?.();
    // The spans still buffered go out before the process ends.
    await tracing()?.shutdown();
  };
  configureLogger(readLogSettings());
  stopOnSignals(stopAll);
  logger.info({ version: SERVICE_VERSION }, 'starting');
  try {
    const { config, connection, driver } = await startGraph(
      (report) => console.log(report),
      (stop) => (stopGraph = stop),
    );
    server = await createApiServer(driver, config);
    const port = await server.listen();
    const base = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}`;
    console.log(
      [
        `GraphQL:     ${base}${GRAPHQL_PATH}`,
        `Playground:  ${base}${PLAYGROUND_PATH} (also ${base}${GRAPHQL_PATH} in a browser)`,
        `Explorer:    ${base}${EXPLORER_PATH} (the graph to search, expand and export)`,
        `MCP:         ${base}${MCP_PATH} (Streamable HTTP; npm run mcp for stdio)`,
        `Release:     ${base}${RELEASE_PATH} (the loaded graph as KGX)`,
        `Health:      ${base}${HEALTH_LIVE_PATH}  ${base}${HEALTH_READY_PATH}  (metrics: ${base}${METRICS_PATH})`,
        `Neo4j:       ${connection.uri} (${connection.provider})`,
        'Press Ctrl-C to stop.',
      ].join('\n'),
    );
  } catch (error) {
    await stopAll().catch(() => undefined);
    throw error;
  }
}

if (!handOverToProjectNode())
  main().catch((error: unknown) => {
    logger.fatal({ err: error }, 'could not start');
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
