import { fork, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import { serverProgram } from './compiled-servers';
import type { LoadJob, LoadMessage, LoadResult } from './load';
import type { ServerMessage } from './servers/child';
import type { HttpRequest, ServerId } from './workloads';

/**
 * The load generator runs through tsx's loader, like `npm run bench` itself;
 * servers run compiled, on plain Node, as production does
 * (compiled-servers.ts). BENCH_SERVER_NODE_FLAGS adds Node flags to each
 * server (a profiler's, say).
 */
const TSX = ['--import', 'tsx'];
const SERVER_NODE_FLAGS = (process.env.BENCH_SERVER_NODE_FLAGS ?? '').split(' ').filter(Boolean);

export const SERVER_FILES: Record<ServerId, string> = {
  A: path.join(__dirname, 'servers', 'service.ts'),
  'A+': path.join(__dirname, 'servers', 'service.ts'),
  B: path.join(__dirname, 'servers', 'neo4j-graphql.ts'),
  C: path.join(__dirname, 'servers', 'floor.ts'),
  D: path.join(__dirname, 'servers', 'ceiling.ts'),
};

export const SERVER_NAMES: Record<ServerId, string> = {
  A: 'A: this service, cache off',
  'A+': 'A+: this service, cache on',
  B: 'B: @neo4j/graphql',
  C: 'C: driver floor',
  D: 'D: Apollo ceiling',
};

/** What sets a server apart beyond its file: A and A+ are one service, with its response cache off and on. */
export const SERVER_ENV: Partial<Record<ServerId, Record<string, string>>> = {
  A: { RESPONSE_CACHE_ENABLED: 'false' },
  'A+': { RESPONSE_CACHE_ENABLED: 'true' },
};

export interface ServerProcess {
  id: ServerId;
  url: string;
  /** The server's process id (to read its CPU time). */
  pid: number;
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Forks one server in its own process, logging to `<logDir>/server-<id>.log`; resolves when it listens. */
export async function startServer(
  id: ServerId,
  env: Record<string, string>,
  logDir: string,
  timeoutMs = 120_000,
  file = SERVER_FILES[id],
): Promise<ServerProcess> {
  mkdirSync(logDir, { recursive: true });
  const log = openSync(path.join(logDir, `server-${id}.log`), 'w');
  const program = await serverProgram(file);
  const child = fork(program, [], {
    execArgv: program.endsWith('.js') ? SERVER_NODE_FLAGS : [...TSX, ...SERVER_NODE_FLAGS],
    // Every server runs as in production (graphql-js, Express and others skip dev-only checks).
    env: { ...process.env, NODE_ENV: 'production', ...env, ...SERVER_ENV[id] },
    stdio: ['ignore', log, log, 'ipc'],
  });
  closeSync(log);
  const stop = async () => {
    if (child.connected) child.send('stop');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited(child);
    clearTimeout(timer);
  };
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server ${id} did not start in ${timeoutMs} ms`)),
      timeoutMs,
    );
    child.once('message', (message: ServerMessage) => {
      clearTimeout(timer);
      if (message.type === 'ready') resolve(message.port);
      else reject(new Error(`server ${id} failed to start: ${message.message}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(
        new Error(
          `server ${id} exited during start (code ${code}); see ${logDir}/server-${id}.log`,
        ),
      );
    });
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { id, url: `http://127.0.0.1:${port}`, pid: child.pid ?? 0, stop };
}

/** The autocannon child: one process for the whole run, one job at a time. */
export class LoadGenerator {
  private readonly child: ChildProcess;
  private nextId = 0;

  constructor() {
    this.child = fork(path.join(__dirname, 'load.ts'), [], {
      execArgv: TSX,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
  }

  /** The load generator's process id (to read its CPU time). */
  get pid(): number {
    return this.child.pid ?? 0;
  }

  run(
    url: string,
    request: HttpRequest,
    connections: number,
    durationS: number,
    numbered = false,
  ): Promise<LoadResult> {
    const job: LoadJob = {
      type: 'run',
      id: this.nextId++,
      url,
      request,
      connections,
      durationS,
      numbered,
    };
    return new Promise((resolve, reject) => {
      const onMessage = (message: LoadMessage) => {
        if (message.id !== job.id) return;
        this.child.off('message', onMessage);
        if (message.type === 'result') resolve(message.result);
        else reject(new Error(`load generator: ${message.message}`));
      };
      this.child.on('message', onMessage);
      this.child.send(job);
    });
  }

  async stop(): Promise<void> {
    if (this.child.connected) this.child.disconnect();
    await exited(this.child);
  }
}
