/**
 * One API replica of the tier: `node dist/main.js` on a loopback port, in a
 * process group of its own, reading the Neo4j it is given (NEO4J_URI).
 */
import { spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { isAlive, killGroup, sleep, startWatchdog } from '../../src/neo4j/process-group';
import { DIST_MAIN } from './artifact';

export interface Neo4jAddress {
  uri: string;
  user: string;
  password: string;
}

export interface ReplicaOptions {
  port: number;
  neo4j: Neo4jAddress;
  /** More of the service's environment (README's table): SEED_STATE_POLL_MS, RATE_LIMIT_PER_MINUTE... */
  env?: Record<string, string>;
  /** Where its stdout and stderr go. */
  logFile: string;
}

export interface Replica {
  url: string;
  port: number;
  /** Starts the process (again, after a stop or kill) and waits until /health/ready answers 200. */
  start(timeoutMs?: number): Promise<void>;
  /** SIGTERM to its process group (the service drains), SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
  /** SIGKILL at once: a replica that dies. */
  kill(): Promise<void>;
  running(): boolean;
}

async function ready(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(2_000) });
    return response.status === 200;
  } catch {
    return false;
  }
}

export function createReplica(options: ReplicaOptions): Replica {
  const url = `http://127.0.0.1:${options.port}`;
  let pgid: number | undefined;
  let exited = true;

  const end = async (signal: NodeJS.Signals, graceMs: number) => {
    if (pgid === undefined) return;
    const group = pgid;
    killGroup(group, signal);
    for (let waited = 0; isAlive(-group) && waited < graceMs; waited += 50) await sleep(50);
    killGroup(group, 'SIGKILL');
    for (let waited = 0; isAlive(-group) && waited < 5_000; waited += 50) await sleep(50);
    pgid = undefined;
  };

  return {
    url,
    port: options.port,
    running: () => !exited,
    async start(timeoutMs = 120_000) {
      const out = openSync(options.logFile, 'a');
      const child = spawn(process.execPath, [DIST_MAIN], {
        detached: true,
        stdio: ['ignore', out, out],
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          NODE_ENV: 'production',
          HOST: '127.0.0.1',
          PORT: String(options.port),
          NEO4J_URI: options.neo4j.uri,
          NEO4J_USER: options.neo4j.user,
          NEO4J_PASSWORD: options.neo4j.password,
          LOG_LEVEL: 'warn',
          ...options.env,
        },
      });
      pgid = child.pid!;
      exited = false;
      child.once('exit', () => (exited = true));
      startWatchdog(process.pid, pgid);
      const started = Date.now();
      while (!(await ready(url))) {
        if (exited)
          throw new Error(`replica on port ${options.port} exited; see ${options.logFile}`);
        if (Date.now() - started > timeoutMs) {
          await end('SIGKILL', 0);
          throw new Error(`replica on port ${options.port} not ready in ${timeoutMs} ms`);
        }
        await sleep(100);
      }
    },
    stop: (graceMs = 10_000) => end('SIGTERM', graceMs),
    kill: () => end('SIGKILL', 0),
  };
}
