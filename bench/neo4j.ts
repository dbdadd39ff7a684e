import type { Driver } from 'neo4j-driver';
import { readGraphSettings, readNeo4jSettings } from '../src/config';
import { createDriver, DATABASE } from '../src/graph/driver';
import { DEFAULT_SEED_DIR, seedDatabase } from '../src/seed/seed';
import { provisionNeo4j, type Neo4jConnection } from '../src/neo4j';
import type { BenchOptions } from './options';

/**
 * The bench's Neo4j: NEO4J_URI if set, else a container where one runs, else
 * the local server from Maven jars in its own "bench" instance, with more
 * memory than the dev and test instances (for the 1M-relationship graph).
 */
export function provisionBenchNeo4j(
  options: Pick<BenchOptions, 'neo4jHeap' | 'neo4jPageCache'>,
): Promise<Neo4jConnection> {
  return provisionNeo4j({
    instance: 'bench',
    allowContainer: true,
    local: {
      heap: options.neo4jHeap,
      pageCache: options.neo4jPageCache,
      // A large load's transactions (and the wipe before it) outlast the default 30 s.
      transactionTimeout: readNeo4jSettings().transactionTimeout ?? '60m',
      startTimeoutMs: 180_000,
    },
  });
}

/** The environment a server child needs to reach the same Neo4j. */
export function connectionEnv(connection: Neo4jConnection): Record<string, string> {
  return {
    NEO4J_URI: connection.uri,
    NEO4J_USER: connection.user,
    NEO4J_PASSWORD: connection.password,
  };
}

/**
 * Empties the database in batches, so each graph is loaded from scratch; with
 * a label (a constant of the bench, never input), only the nodes that carry it.
 * CALL ... IN TRANSACTIONS needs an implicit (auto-commit) transaction: session.run.
 */
export async function emptyDatabase(driver: Driver, label?: string): Promise<void> {
  const session = driver.session({ database: DATABASE });
  try {
    const nodes = label ? `(n:${label})` : '(n)';
    await session.run(`MATCH ${nodes} CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`);
  } finally {
    await session.close();
  }
}

/**
 * The bench's Neo4j holding the article graph alone, as the service seeds it:
 * for the benches that ask about the article itself (search quality, MCP).
 */
export async function provisionArticleGraph(
  options: Pick<BenchOptions, 'neo4jHeap' | 'neo4jPageCache'>,
): Promise<{ connection: Neo4jConnection; driver: Driver; stop(): Promise<void> }> {
  const connection = await provisionBenchNeo4j(options);
  const driver = createDriver(connection, readGraphSettings().driver);
  const stop = async () => {
    await driver.close();
    await connection.stop();
  };
  try {
    await emptyDatabase(driver);
    await seedDatabase(driver, DEFAULT_SEED_DIR);
  } catch (error) {
    await stop();
    throw error;
  }
  return { connection, driver, stop };
}
