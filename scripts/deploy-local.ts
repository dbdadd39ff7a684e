/**
 * `npm run deploy:local`: the HTTP cache tier on this machine. Varnish on
 * 127.0.0.1 in front of N replicas of the built service (`node dist/main.js`,
 * built first when dist/ is missing or stale) and their Neo4j. Ctrl-C or
 * SIGTERM stops it all.
 *
 *   npm run deploy:local -- [--replicas N] [--neo4j-per-replica] [--port P]
 *
 * Without --neo4j-per-replica every replica reads one Neo4j (NEO4J_URI, else
 * a local server from the project's jars); with it each gets its own local
 * server and seeds it from the same seed files.
 */
import { parseArgs } from 'node:util';
import { configureLogger } from '../src/logger';
import { readLogSettings } from '../src/config';
import { startTier, type Tier } from './tier/tier';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      replicas: { type: 'string', default: '2' },
      'neo4j-per-replica': { type: 'boolean', default: false },
      port: { type: 'string', default: '8080' },
    },
  });
  const replicas = Number(values.replicas);
  const port = Number(values.port);
  if (!Number.isInteger(replicas) || replicas < 1)
    throw new Error('--replicas takes a whole number from 1');
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error('--port takes a port number');
  configureLogger(readLogSettings());

  const running: { tier?: Tier } = {};
  const starting = new AbortController();
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    // A second Ctrl-C ends the process at once; the watchdogs of what it
    // started (Varnish, replicas, a local Neo4j) end them within a second.
    if (stopping) process.exit(1);
    stopping = true;
    console.error(`${signal}: stopping the tier ...`);
    if (!running.tier) {
      // Still starting: the step under way ends, then startTier stops what it started.
      starting.abort(new Error(`${signal} while the tier was starting`));
      return;
    }
    running.tier.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  const tier = await startTier({
    replicas,
    neo4j: values['neo4j-per-replica'] ? 'per-replica' : 'shared',
    edgePort: port,
    report: (line) => console.error(line),
    signal: starting.signal,
  }).catch((error: unknown) => {
    if (!starting.signal.aborted) throw error;
    console.error('stopped before the tier was up; what had started is stopped');
    process.exit(0);
  });
  running.tier = tier;
  const edge = tier.edge.url;
  console.log(
    [
      `Edge (Varnish): ${edge}`,
      `GraphQL:        ${edge}/graphql (GET is cached; POST passes through)`,
      `Explorer:       ${edge}/explorer`,
      `Release:        ${edge}/releases/current`,
      `MCP:            ${edge}/mcp (passes through)`,
      `Replicas:       ${tier.replicas.map((r) => r.url).join('  ')}`,
      `Neo4j:          ${tier.neo4jUris.join('  ')}`,
      `Logs:           ${tier.logDir} (replicas), ${tier.edge.logFile} (Varnish)`,
      'A reseed reaches the edge within about 2 s (the release watch bans the old answers).',
      'Press Ctrl-C to stop.',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
