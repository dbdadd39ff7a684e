import { log } from './log';
import type { BenchOptions } from './options';
import { SERVER_NAMES, type LoadGenerator, type ServerProcess } from './processes';
import type { RunRecord } from './results';
import { spread, type Spread } from './spread';
import {
  requestOf,
  type AnsweringServer,
  type HttpRequest,
  type ServerId,
  type Workload,
  type WorkloadId,
} from './workloads';

/** The load generator driving the servers under test, and every timed run it has recorded. */
export class TimedRuns {
  readonly runs: RunRecord[] = [];

  constructor(
    private readonly loader: LoadGenerator,
    private readonly servers: Record<ServerId, ServerProcess>,
    private readonly options: Pick<BenchOptions, 'connections' | 'durationS' | 'warmUpS'>,
  ) {}

  /** One recorded run; a failed request fails the whole bench. */
  async time(
    scale: string,
    workload: WorkloadId | 'ping',
    server: ServerId,
    round: number,
    request: HttpRequest,
  ): Promise<void> {
    const result = await this.loader.run(
      this.servers[server].url,
      request,
      this.options.connections,
      this.options.durationS,
    );
    if (result.failures > 0)
      throw new Error(
        `${scale} ${workload} ${server}: ${result.failures} failed requests of ${result.requests}`,
      );
    this.runs.push({ scale, workload, server, round, result });
    log(
      `${scale} ${workload} ${SERVER_NAMES[server].padEnd(18)} round ${round}: ` +
        `${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms`,
    );
  }

  /** Load that is not recorded: Neo4j's and Node's JIT compilers and caches reach steady state first. */
  async warmUp(servers: AnsweringServer[], workloads: Workload[]): Promise<void> {
    if (this.options.warmUpS <= 0) return;
    for (const workload of workloads)
      for (const server of servers)
        await this.loader.run(
          this.servers[server].url,
          requestOf(workload, server),
          this.options.connections,
          this.options.warmUpS,
        );
  }

  /** A's p50 latency on a workload at a scale, over its rounds. */
  aP50(scale: string, workload: WorkloadId): Spread {
    return spread(
      this.runs
        .filter((r) => r.scale === scale && r.server === 'A' && r.workload === workload)
        .map((r) => r.result.p50),
    );
  }
}
