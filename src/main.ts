import { readConfig } from './config';
import { createDriver } from './graph/driver';
import { waitForNeo4j } from './graph/wait-for-neo4j';
import { logger } from './logger';
import { provisionNeo4j, stopOnSignals } from './neo4j';
import { describeReport, seedDatabase } from './seed/seed';
import { RELEASE_PATH } from './http/release-routes';
import { createApiServer, GRAPHQL_PATH, PLAYGROUND_PATH } from './http/server';

/**
 * `npm start`: provision Neo4j (NEO4J_URI, else a local server), seed it,
 * serve the API. Ctrl-C stops the server, the driver and the local Neo4j.
 */
async function main(): Promise<void> {
  const config = readConfig();
  const connection = await provisionNeo4j({ instance: 'dev' });
  const driver = createDriver(connection);
  let server: Awaited<ReturnType<typeof createApiServer>> | undefined;
  const stopAll = async () => {
    await server?.stop();
    await driver.close();
    await connection.stop();
  };
  stopOnSignals(stopAll);
  try {
    await waitForNeo4j(driver, connection.uri, config.NEO4J_STARTUP_WAIT_MS);
    if (config.SEED_ON_START) console.log(describeReport(await seedDatabase(driver)));
    server = await createApiServer(driver, config);
    const port = await server.listen();
    const base = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}`;
    console.log(
      [
        `GraphQL:     ${base}${GRAPHQL_PATH}`,
        `Playground:  ${base}${PLAYGROUND_PATH} (also ${base}${GRAPHQL_PATH} in a browser)`,
        `Release:     ${base}${RELEASE_PATH} (the loaded graph as KGX)`,
        `Health:      ${base}/health/live  ${base}/health/ready`,
        `Neo4j:       ${connection.uri} (${connection.provider})`,
        'Press Ctrl-C to stop.',
      ].join('\n'),
    );
  } catch (error) {
    await stopAll().catch(() => undefined);
    throw error;
  }
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'could not start');
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
