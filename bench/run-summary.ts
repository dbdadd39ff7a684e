import { ARTICLE_SCALE, type BenchResults, type ComparisonRow, type RunRecord } from './results';
import { spread } from './spread';
import { WORKLOADS, type ServerId, type WorkloadId } from './workloads';

/** Summaries over the recorded runs: medians per workload and server, and paired ratios. */

export function summarise(runs: RunRecord[], scale: string): ComparisonRow[] {
  const rows: ComparisonRow[] = [];
  const keys = new Set(
    runs.filter((r) => r.scale === scale).map((r) => `${r.workload}:${r.server}`),
  );
  for (const key of [...keys].sort()) {
    const [workload, server] = key.split(':') as [WorkloadId, ServerId];
    const mine = runs.filter(
      (r) => r.scale === scale && r.workload === workload && r.server === server,
    );
    rows.push({
      workload,
      server,
      rps: spread(mine.map((r) => r.result.rps)),
      p50: spread(mine.map((r) => r.result.p50)),
      p99: spread(mine.map((r) => r.result.p99)),
    });
  }
  return rows;
}

/**
 * The median over rounds of one round's req/s ratio, `over` / `under`: each
 * ratio divides two runs of the same round, made minutes apart at most, so a
 * machine whose speed drifts between rounds moves both sides of it together.
 * NaN when no round measured both.
 */
export function pairedRatio(
  runs: RunRecord[],
  scale: string,
  over: { workload: WorkloadId | 'ping'; server: ServerId },
  under: { workload: WorkloadId | 'ping'; server: ServerId },
): number {
  const rpsOf = (side: typeof over, round: number) =>
    runs.find(
      (r) =>
        r.scale === scale &&
        r.round === round &&
        r.workload === side.workload &&
        r.server === side.server,
    )?.result.rps;
  const rounds = [...new Set(runs.filter((r) => r.scale === scale).map((r) => r.round))];
  const ratios: number[] = [];
  for (const round of rounds) {
    const a = rpsOf(over, round);
    const b = rpsOf(under, round);
    if (a !== undefined && b !== undefined && b > 0) ratios.push(a / b);
  }
  return ratios.length === 0 ? NaN : spread(ratios).median;
}

/** The article graph's ratios per workload, each the median of one round's ratios (runs of the same round). */
export function articleRatios(runs: RunRecord[]): BenchResults['ratios'] {
  const ratio = (
    workload: WorkloadId,
    over: ServerId,
    under: ServerId,
    underWorkload: WorkloadId | 'ping' = workload,
  ) =>
    pairedRatio(
      runs,
      ARTICLE_SCALE,
      { workload, server: over },
      { workload: underWorkload, server: under },
    );
  return WORKLOADS.map((w) => ({
    workload: w.id,
    aOverB: ratio(w.id, 'A', 'B'),
    aOverC: ratio(w.id, 'A', 'C'),
    cachedOverA: ratio(w.id, 'A+', 'A'),
    cachedOverD: ratio(w.id, 'A+', 'D', 'ping'),
  }));
}
