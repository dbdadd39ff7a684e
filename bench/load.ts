/**
 * The load generator: a child process of bench/run.ts (so it never shares an
 * event loop with a server), driving autocannon through its programmatic API.
 * It takes jobs over IPC and answers each with a LoadResult.
 */
import autocannon from 'autocannon';
import type { HttpRequest } from './workloads';

export interface LoadJob {
  type: 'run';
  id: number;
  url: string;
  request: HttpRequest;
  connections: number;
  durationS: number;
  /** Replace NUMBERED in the request's path by a counter, so no two requests are the same question. */
  numbered?: boolean;
}

/** In a numbered job's path, the place of each request's own number. */
export const NUMBERED = '__N__';

export interface LoadResult {
  requests: number;
  /** Mean requests per second over the run. */
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  /** Responses that were not 2xx, plus socket errors and timeouts: must be 0. */
  failures: number;
  durationS: number;
}

export type LoadMessage =
  | { type: 'result'; id: number; result: LoadResult }
  | { type: 'error'; id: number; message: string };

export async function runLoad(job: Omit<LoadJob, 'type' | 'id'>): Promise<LoadResult> {
  let next = 0;
  const numbered = job.numbered
    ? [
        {
          setupRequest: (request: autocannon.Request) => ({
            ...request,
            path: job.request.path.replaceAll(NUMBERED, String(next++)),
          }),
        },
      ]
    : undefined;
  const result = await autocannon({
    url: job.url + job.request.path,
    method: job.request.method,
    headers: job.request.headers,
    body: job.request.body,
    connections: job.connections,
    duration: job.durationS,
    timeout: 30,
    requests: numbered,
  });
  return {
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    failures: result.non2xx + result.errors + result.timeouts,
    durationS: result.duration,
  };
}

if (require.main === module && process.send) {
  const send = (message: LoadMessage) => process.send?.(message);
  process.on('message', (job: LoadJob) => {
    if (job.type !== 'run') return;
    runLoad(job)
      .then((result) => send({ type: 'result', id: job.id, result }))
      .catch((error: unknown) =>
        send({
          type: 'error',
          id: job.id,
          message: error instanceof Error ? error.message : String(error),
        }),
      );
  });
  process.on('disconnect', () => process.exit(0));
}
