import { serveStdio } from '@modelcontextprotocol/server/stdio';
import { GraphUnavailableError } from '../errors';
import { GraphReaders } from '../graph/read';
import { CurrentRelease } from '../graph/export/current-release';
import { SeedReleaseHistory } from '../release/history';
import { logger } from '../logger';
import { stopOnSignals } from '../stop-on-signals';
import { startGraph, type StartedGraph } from '../startup';
import { tracing } from '../telemetry/tracing';
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
  // One reader factory for the process, made when the graph is up; each call gets a reader of its own.
  const readers = graph.then(
    ({ driver, config }) =>
      new GraphReaders(driver, {
        queryTimeoutMs: config.NEO4J_QUERY_TIMEOUT_MS,
        deadlineGraceMs: config.NEO4J_DEADLINE_GRACE_MS,
      }),
  );
  const releases = graph.then(
    async ({ driver, config }) =>
      new CurrentRelease(
        driver,
        new SeedReleaseHistory(),
        await readers,
        config.RELEASE_READ_TIMEOUT_MS,
        config.graph.exportReadTimeoutMs,
      ),
  );
  // Only a tool call awaits these: a graph that could not be started is logged above, and
  // each call says so; left unhandled, its rejection would end the process first.
  readers.catch(() => undefined);
  releases.catch(() => undefined);

  const handle = serveStdio(() =>
    createMcpServer({
      reader: async () => {
        try {
          return (await readers).reader('mcp-stdio');
        } catch {
          throw new GraphUnavailableError(
            'The knowledge graph database could not be started; see the server log (stderr).',
          );
        }
      },
      releaseChanges: async () => (await (await releases).get()).changes,
      releaseChangesUrl: null,
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
      await tracing()?.shutdown();
    })());
  stopOnSignals(stopAll);
  process.stdin.once('end', () => {
    void stopAll().finally(() => process.exit(0));
  });
}
