/**
 * Starts the bench's Neo4j (the "bench" instance, sized as for `npm run bench`)
 * and keeps it running until Ctrl-C: for working on the harness or on a query
 * with NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD pointed at it.
 *
 *   npx tsx bench/neo4j-alone.ts [--smoke]
 */
import { readLogSettings } from '../src/config';
import { configureLogger } from '../src/logger';
import { stopOnSignals } from '../src/stop-on-signals';
import { provisionBenchNeo4j } from './neo4j';
import { readOptions } from './options';

async function main(): Promise<void> {
  configureLogger(readLogSettings());
  const options = readOptions();
  const connection = await provisionBenchNeo4j(options);
  stopOnSignals(() => connection.stop());
  console.log(
    [
      `NEO4J_URI=${connection.uri}`,
      `NEO4J_USER=${connection.user}`,
      `NEO4J_PASSWORD=${connection.password}`,
      `(${connection.provider}; Ctrl-C stops it)`,
    ].join('\n'),
  );
  setInterval(() => undefined, 1 << 30);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
