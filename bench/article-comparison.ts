import { log } from './log';
import { rssMiB, type MemoryRow } from './memory';
import type { BenchOptions } from './options';
import type { LoadGenerator, ServerProcess } from './processes';
import { ARTICLE_SCALE } from './results';
import type { TimedRuns } from './timed-runs';
import {
  CEILING_REQUEST,
  WORKLOADS,
  requestOf,
  type AnsweringServer,
  type ServerId,
} from './workloads';

type ComparisonOptions = Pick<
  BenchOptions,
  'connections' | 'rounds' | 'sustainedLoadS' | 'warmUpS'
>;

/**
 * The comparison on the article graph: a warm-up pass, then per round each
 * workload on C, A, A+ and B in turn, then D's ceiling. Then the memory (RSS)
 * of A, A+ and B after the warm-up and after a sustained load of W1 to W4 in turn.
 */
export async function compareOnArticle(
  timed: TimedRuns,
  loader: LoadGenerator,
  servers: Record<ServerId, ServerProcess>,
  answering: AnsweringServer[],
  options: ComparisonOptions,
): Promise<MemoryRow[]> {
  const memoryOf = (server: ServerId) => rssMiB(servers[server].pid);
  log(`warm-up: ${options.warmUpS} s per server and workload`);
  await timed.warmUp(answering, WORKLOADS);
  if (options.warmUpS > 0)
    await loader.run(servers.D.url, CEILING_REQUEST, options.connections, options.warmUpS);
  const ids = Object.keys(servers) as ServerId[];
  const afterWarmUp = new Map(ids.map((id) => [id, memoryOf(id)]));
  for (let round = 1; round <= options.rounds; round++) {
    for (const workload of WORKLOADS) {
      // A runs between C and A+, the two it is divided by and into.
      for (const server of ['C', 'A', 'A+', 'B'] as const) {
        await timed.time(ARTICLE_SCALE, workload.id, server, round, requestOf(workload, server));
      }
    }
    await timed.time(ARTICLE_SCALE, 'ping', 'D', round, CEILING_REQUEST);
  }

  const memory: MemoryRow[] = [];
  for (const server of ['A', 'A+', 'B'] as const) {
    for (const workload of WORKLOADS)
      await loader.run(
        servers[server].url,
        requestOf(workload, server),
        options.connections,
        options.sustainedLoadS / WORKLOADS.length,
      );
    memory.push({
      server,
      afterWarmUpMiB: afterWarmUp.get(server) ?? null,
      afterLoadMiB: memoryOf(server),
      loadS: options.sustainedLoadS,
    });
    log(
      `memory ${server}: ${memory.at(-1)!.afterLoadMiB?.toFixed(0)} MiB after ${options.sustainedLoadS} s of load`,
    );
  }
  return memory;
}
