import type { Driver } from 'neo4j-driver';
import { readConfig, type Config } from './config';
import { createDriver } from './graph/driver';
import { waitForNeo4j } from './graph/wait-for-neo4j';
import { provisionNeo4j, type Neo4jConnection } from './neo4j';
import { seedUnlessLoaded } from './seed/seed';

/** A running graph: the configuration, the Neo4j connection and a driver on it. */
export interface StartedGraph {
  config: Config;
  connection: Neo4jConnection;
  driver: Driver;
  /** Closes the driver and stops the Neo4j this process started (none for NEO4J_URI). */
  stop(): Promise<void>;
}

/**
 * What `npm start` and `npm run mcp` both do first: provision Neo4j
 * (NEO4J_URI, else a local server from its jars), wait for it, and seed it
 * (unless SEED_ON_START is false, or it holds this seed already). `report` gets the seed report's text;
 * `onStop` gets the stop function as soon as there is something to stop, so
 * a signal during the wait or the seed still stops the Neo4j started.
 */
export async function startGraph(
  report: (text: string) => void,
  onStop: (stop: () => Promise<void>) => void = () => undefined,
): Promise<StartedGraph> {
  const config = readConfig();
  const connection = await provisionNeo4j({ instance: 'dev' });
  const driver = createDriver(connection, config.graph.driver);
  const stop = async () => {
    await driver.close();
    await connection.stop();
  };
  onStop(stop);
  try {
    await waitForNeo4j(driver, connection.uri, config.graph.startupWait);
    if (config.SEED_ON_START)
      report(await seedUnlessLoaded(driver, undefined, config.graph.seedLoad));
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
  return { config, connection, driver, stop };
}
