import { readLogSettings, readNeo4jSettings } from '../../src/config';
import { configureLogger } from '../../src/logger';
import type { Neo4jConnection } from '../../src/neo4j';

/** Messages between bench/run.ts and a server child (IPC of child_process.fork). */
export type ServerMessage = { type: 'ready'; port: number } | { type: 'error'; message: string };

export interface RunningServer {
  port: number;
  stop(): Promise<void>;
}

/** The Neo4j the parent provisioned, passed down in the environment. */
export function connectionFromEnv(
  env = process.env,
): Pick<Neo4jConnection, 'uri' | 'user' | 'password'> {
  const { external } = readNeo4jSettings(env);
  if (!external) throw new Error('server child needs NEO4J_URI and NEO4J_PASSWORD');
  return external;
}

/**
 * Runs one server in this process: reports its port to the parent, and stops
 * when the parent says so (or goes away).
 */
export function serveChild(start: () => Promise<RunningServer>): void {
  // In production the service runs compiled JavaScript without source maps
  // (Dockerfile: node dist/main.js). tsx, which runs these children, turns
  // source maps on, and then every Error.stack pays a source-map lookup:
  // neo4j-driver builds one for each query. Every server, A to D, runs without.
  process.setSourceMapsEnabled(false);
  configureLogger(readLogSettings());
  const send = (message: ServerMessage) => process.send?.(message);
  start()
    .then((server) => {
      let stopping = false;
      const stop = () => {
        if (stopping) return;
        stopping = true;
        server
          .stop()
          .catch(() => undefined)
          .finally(() => process.exit(0));
      };
      process.on('message', (message) => {
        if (message === 'stop') stop();
      });
      process.on('disconnect', stop);
      process.on('SIGTERM', stop);
      send({ type: 'ready', port: server.port });
    })
    .catch((error: unknown) => {
      send({
        type: 'error',
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
      process.exit(1);
    });
}
