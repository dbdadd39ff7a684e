import type { ColdStartRow } from './cold-start';
import type { MemoryRow } from './memory';
import { ARTICLE_SCALE, type BenchResults, type TargetRow } from './results';

/**
 * The targets of the benchmark, each a ratio within one run (these machines
 * are noisy; ratios of neighbouring measurements are not), each reported met
 * or not, or n/a when the run did not measure it (a smoke run has no 1M graph).
 */
export function targetRows(results: {
  comparison: BenchResults['comparison'];
  ratios: BenchResults['ratios'];
  scales: BenchResults['scales'];
  memory: MemoryRow[];
  coldStarts: ColdStartRow[];
}): TargetRow[] {
  const { comparison, ratios, scales, memory, coldStarts } = results;
  const rows: TargetRow[] = [];
  const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : 'n/a');
  const row = (target: string, value: number, met: boolean, suffix = '') =>
    rows.push({
      target,
      value: Number.isFinite(value) ? `${fmt(value)}${suffix}` : 'n/a',
      met: Number.isFinite(value) ? met : null,
    });

  for (const r of ratios)
    row(`${r.workload} cached A / uncached A >= 5`, r.cachedOverA, r.cachedOverA >= 5);
  for (const r of ratios)
    row(`${r.workload} cached A / D >= 0.8`, r.cachedOverD, r.cachedOverD >= 0.8);
  for (const r of ratios) row(`${r.workload} uncached A/C >= 0.9`, r.aOverC, r.aOverC >= 0.9);
  for (const c of comparison.filter((c) => c.server === 'A')) {
    const k = c.p99.median / c.p50.median;
    row(`${c.workload} uncached A p99 <= 3x p50`, k, k <= 3, 'x');
  }

  const start = (server: string) =>
    coldStarts.find((c) => c.server === server)?.firstAnswerMs.median ?? NaN;
  const cold = start('A') / start('B');
  row('cold start A/B <= 0.5', cold, cold <= 0.5);

  const rss = (server: string) => memory.find((m) => m.server === server)?.afterLoadMiB ?? NaN;
  const memoryRatio = rss('A+') / rss('B');
  row('RSS after load, cached A / B <= 1.0', memoryRatio, memoryRatio <= 1);

  for (const label of ['100k', '1M']) {
    const scale = scales.find((s) => s.label === label);
    const speed = scale?.floorSpeed?.median ?? NaN;
    row(`batched load at ${label} >= 0.8x its write floor`, speed, speed >= 0.8, 'x');
  }

  const base = scales.find((s) => s.label === ARTICLE_SCALE);
  const largest = scales
    .filter((s) => s.label !== ARTICLE_SCALE)
    .sort((a, b) => b.relationships - a.relationships)[0];
  const atMillion = largest !== undefined && largest.relationships >= 1e6;
  for (const w of ['w1p50', 'w2p50'] as const) {
    const k = largest && base ? largest[w]!.median / base[w]!.median : NaN;
    rows.push({
      target: `${w.slice(0, 2).toUpperCase()} p50 at 1M <= 1.5x article`,
      value: largest ? `${fmt(k)}x at ${largest.label}` : 'n/a',
      met: atMillion ? k <= 1.5 : null,
    });
  }
  return rows;
}
