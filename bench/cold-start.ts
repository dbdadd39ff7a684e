import { fork } from 'node:child_process';
import type { ServerMessage } from './servers/child';
import { SERVER_ENV } from './processes';
import { spread, type Spread } from './spread';
import type { HttpRequest, ServerId } from './workloads';

/**
 * Cold start of the API process alone, Neo4j already up: the time from
 * spawning `node` on compiled JavaScript (as production runs it: no tsx, no
 * source maps) to the first correct answer to a workload's request.
 */

export interface ColdStartRow {
  server: ServerId;
  /** Spawn to the server's "listening" message. */
  readyMs: Spread;
  /** Spawn to the first correct answer. */
  firstAnswerMs: Spread;
}

/** One cold start: spawn, wait for the port, ask until `correct` holds for an answer. */
async function coldStartOnce(
  file: string,
  env: Record<string, string>,
  request: HttpRequest,
  correct: (body: unknown) => boolean,
): Promise<{ readyMs: number; firstAnswerMs: number }> {
  const started = performance.now();
  const child = fork(file, [], {
    execArgv: [],
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${file} did not start in 120 s`)), 120_000);
      child.once('message', (message: ServerMessage) => {
        clearTimeout(timer);
        if (message.type === 'ready') resolve(message.port);
        else reject(new Error(message.message));
      });
      child.once('exit', (code) => reject(new Error(`${file} exited with ${code} during start`)));
    });
    const readyMs = performance.now() - started;
    for (;;) {
      const response = await fetch(`http://127.0.0.1:${port}${request.path}`, {
        method: request.method,
        headers: request.headers,
        body: request.body,
      }).catch(() => null);
      if (response?.ok && correct(await response.json()))
        return { readyMs, firstAnswerMs: performance.now() - started };
      if (performance.now() - started > 120_000) throw new Error(`${file}: no correct answer`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    if (child.connected) child.send('stop');
    await new Promise<void>((resolve) => {
      if (child.exitCode !== null) resolve();
      else child.once('exit', () => resolve());
      setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
    });
  }
}

/** Cold starts of each server, alternating servers, `repeats` times. */
export async function measureColdStarts(
  files: Record<ServerId, string>,
  servers: ServerId[],
  env: Record<string, string>,
  request: (id: ServerId) => HttpRequest,
  correct: (id: ServerId, body: unknown) => boolean,
  repeats: number,
): Promise<ColdStartRow[]> {
  const samples = new Map<ServerId, { readyMs: number; firstAnswerMs: number }[]>();
  for (let round = 0; round < repeats; round++)
    for (const id of servers) {
      const sample = await coldStartOnce(
        files[id],
        { ...env, ...SERVER_ENV[id] },
        request(id),
        (body) => correct(id, body),
      );
      samples.set(id, [...(samples.get(id) ?? []), sample]);
    }
  return servers.map((server) => ({
    server,
    readyMs: spread(samples.get(server)!.map((s) => s.readyMs)),
    firstAnswerMs: spread(samples.get(server)!.map((s) => s.firstAnswerMs)),
  }));
}
