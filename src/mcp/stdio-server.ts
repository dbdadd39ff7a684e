import { serveStdio } from '@modelcontextprotocol/server/stdio';
import { GraphUnavailableError } from '../errors';
import { GraphReader } from '../graph/read';
import { CurrentRelease } from '../graph/export/current-release';
import { SeedReleaseHistory } from '../release/history';
import { logger } from '../logger';
import { stopOnSignals } from '../stop-on-signals';
import { startGraph, type StartedGraph } from '../startup';
import { SERVICE_VERSION } from '../version';
import { createMcpServer } from './server';

/**
 * Serves MCP over this process's stdin and stdout. The handshake is answered
 * at once, while Neo4j is provisioned and seeded the way `npm start` does it
 * (or NEO4J_URI is used); a tool call waits for the graph, and fails saying
 * so if it could not be had. The process ends when the client closes stdin.
 */
export function serveMcpOverStdio(): void {
  let stopGraph: (() => Promise<void>) | undefined;
  const graph: Promise<StartedGraph> = startGraph(
    (report) => logger.info({ report }, 'seeded'),
    (stop) => (stopGraph = stop),
  );
  graph.catch((error: unknown) => logger.error({ err: error }, 'the graph could not be started'));
  const log = logger.child({ door: 'mcp-stdio' });
  const releases = graph.then(({ driver }) => new CurrentRelease(driver, new SeedReleaseHistory()));
  releases.catch(() => undefined);

  const handle = serveStdio(() =>
    createMcpServer({
      reader: async () => {
        try {
          const { driver, config } = await graph;
          return new GraphReader(driver, {
            app: 'mcp-stdio',
            queryTimeoutMs: config.NEO4J_QUERY_TIMEOUT_MS,
          });
        } catch {
          throw new GraphUnavailableError(
            'The knowledge graph database could not be started; see the server log (stderr).',
          );
        }
      },
      releaseChanges: async () => (await (await releases).get()).changes,
      log,
      recordToolCall: (call) => log.info(call, 'mcp tool call'),
      serverVersion: SERVICE_VERSION,
    }),
  );

  let stopping: Promise<void> | undefined;
  const stopAll = () =>
    (stopping ??= (async () => {
      await handle.close().catch(() => undefined);
      await graph.catch(() => undefined);
      await stopGraph?.();
    })());
  stopOnSignals(stopAll);
  process.stdin.once('end', () => {
    void stopAll().finally(() => process.exit(0));
  });
}
