/**
 * `npm run bench:start-curated`: does the curated extract slow a warm
 * `npm start`? The same project twice, in one run: as it is, and a copy whose
 * seeds have no curated/ folder (its node_modules linked, the same Neo4j
 * cache). Blocks of BENCH_STARTS starts (3) alternate, with, without, with,
 * without; the first start of a block seeds the graph the block's seeds give,
 * the later ones find it unchanged (warm), and only those are compared.
 * Writes bench/results/start-time-curated.{json,md}.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runMain, writeResultPair } from './script';
import { spread, type Spread } from './spread';
import { START_PHASES, measureNpmStart, type StartRun } from './start-time';

const ROOT = path.resolve(__dirname, '..');
const SKIP = new Set(['node_modules', '.git', '.neo4j', 'dist', 'dist-explorer', 'coverage']);

/** The project without seeds/curated/, its dependencies linked, not copied. */
function copyWithoutCurated(): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'bench-start-')), 'project');
  const curated = path.join(ROOT, 'seeds', 'curated');
  const results = path.join(ROOT, 'bench', 'results');
  cpSync(ROOT, dir, {
    recursive: true,
    filter: (src) =>
      !(
        path.dirname(src) === ROOT &&
        (SKIP.has(path.basename(src)) || path.basename(src).startsWith('.venv'))
      ) &&
      src !== curated &&
      src !== results,
  });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

async function main(): Promise<void> {
  const perBlock = Number(process.env.BENCH_STARTS ?? 3);
  // Both projects start the same local Neo4j instance, from the same jars.
  process.env.NEO4J_CACHE_DIR ??= path.join(ROOT, '.neo4j');
  const without = copyWithoutCurated();
  const warm: Record<'with' | 'without', StartRun[]> = { with: [], without: [] };
  const seeded: Record<'with' | 'without', StartRun[]> = { with: [], without: [] };
  try {
    for (const block of ['with', 'without', 'with', 'without'] as const) {
      const result = await measureNpmStart(perBlock, block === 'with' ? ROOT : without);
      console.log(
        `[bench] ${block} the curated extract: ${result.runs.map((r) => r.totalMs).join(', ')} ms`,
      );
      seeded[block].push(result.runs[0]!);
      warm[block].push(...result.runs.slice(1));
    }
  } finally {
    rmSync(path.dirname(without), { recursive: true, force: true });
  }
  const summary = (runs: StartRun[]) => ({
    totalMs: spread(runs.map((r) => r.totalMs)),
    phases: START_PHASES.map((phase) => ({ phase, ms: spread(runs.map((r) => r.phases[phase])) })),
  });
  const withWarm = summary(warm.with);
  const withoutWarm = summary(warm.without);
  const ms = (s: Spread) => (s.min === s.max ? `${s.median}` : `${s.median} (${s.min}–${s.max})`);
  const at = new Date().toISOString();
  writeResultPair('start-time-curated', { at, perBlock, warm, seeded }, [
    `# Warm npm start with and without the curated extract (${at})`,
    '',
    `Blocks of ${perBlock} starts, with / without / with / without the extract; warm starts (the 2nd to last of each block, seeds unchanged): ${warm.with.length} with, ${warm.without.length} without. Medians (min–max), ms.`,
    '',
    '| Phase | with the extract | without | with / without |',
    '| --- | ---: | ---: | ---: |',
    ...START_PHASES.map((phase, i) => {
      const w = withWarm.phases[i]!.ms;
      const o = withoutWarm.phases[i]!.ms;
      return `| ${phase} | ${ms(w)} | ${ms(o)} | ${(w.median / o.median).toFixed(2)} |`;
    }),
    `| **total, to the first answer** | ${ms(withWarm.totalMs)} | ${ms(withoutWarm.totalMs)} | ${(withWarm.totalMs.median / withoutWarm.totalMs.median).toFixed(2)} |`,
    '',
    "The first start of each block, which seeds what the block's seeds hold:",
    '',
    ...[
      ...seeded.with.map((r) => ['with', r] as const),
      ...seeded.without.map((r) => ['without', r] as const),
    ].map(([block, r]) => `- ${block}: ${r.totalMs} ms; ${r.seedWrites}`),
    '',
  ]);
}

runMain(main);
