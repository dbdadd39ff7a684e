import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadResult } from './load';
import { SERVER_NAMES } from './processes';
import type { ColdStartRow } from './cold-start';
import type { MemoryRow } from './memory';
import { spread, type Spread } from './spread';
import type { ServerId, WorkloadId } from './workloads';

/** Results of one `npm run bench`, and their JSON, Markdown and SVG forms. */

/** The label of the article graph's rows. */
export const ARTICLE_SCALE = 'article';

export interface RunRecord {
  scale: string;
  workload: WorkloadId | 'ping';
  server: ServerId;
  round: number;
  result: LoadResult;
}

export interface ComparisonRow {
  workload: WorkloadId | 'ping';
  server: ServerId;
  rps: Spread;
  p50: Spread;
  p99: Spread;
}

export interface ScaleRow {
  label: string;
  relationships: number;
  entities: number;
  loadMs: number;
  loadRelPerS: number;
  /** How the loader wrote it: one transaction or committed batches. */
  loadMode?: string;
  /** The write floor of this graph's own rows (load-floor.ts), where measured: the median over pairs. */
  floorMs?: number;
  /** Floor over load time, each load divided by the floor measured just before it, over the pairs. */
  floorSpeed?: Spread;
  w1p50: Spread | null;
  w2p50: Spread | null;
}

export interface TargetRow {
  target: string;
  value: string;
  met: boolean | null;
}

export interface BenchResults {
  startedAt: string;
  finishedAt: string;
  smoke: boolean;
  settings: { durationS: number; rounds: number; connections: number; scales: number[] };
  environment: { node: string; cpus: number; neo4j: string; platform: string };
  checks: string[];
  comparison: ComparisonRow[];
  ratios: {
    workload: WorkloadId;
    aOverB: number;
    aOverC: number;
    /** A with its response cache on, over A with it off. */
    cachedOverA: number;
    /** A with its response cache on, over D's ceiling (ping). */
    cachedOverD: number;
  }[];
  scales: ScaleRow[];
  memory: MemoryRow[];
  coldStarts: ColdStartRow[];
  targets: TargetRow[];
  runs: RunRecord[];
}

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

// ---- Markdown ---------------------------------------------------------------------

const num = (n: number, digits = 0) =>
  Number.isFinite(n)
    ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : 'n/a';
const withSpread = (s: Spread | null, digits = 0) =>
  s
    ? s.min === s.max
      ? num(s.median, digits)
      : `${num(s.median, digits)} (${num(s.min, digits)}–${num(s.max, digits)})`
    : 'n/a';

function toMarkdown(results: BenchResults): string {
  const out: string[] = [];
  const { settings } = results;
  out.push(
    `Run ${results.startedAt}${results.smoke ? ' (**smoke**: tiny graph, short runs; not representative)' : ''}: ` +
      `${settings.rounds} round(s) of ${settings.durationS} s per server and workload, ` +
      `${settings.connections} connections, Node ${results.environment.node}, ${results.environment.cpus} CPU(s), ` +
      `Neo4j ${results.environment.neo4j}. Medians over rounds, (min–max) when rounds differ.`,
    '',
    '| Workload | Server | req/s | p50 ms | p99 ms |',
    '| --- | --- | ---: | ---: | ---: |',
  );
  for (const row of results.comparison) {
    out.push(
      `| ${row.workload} | ${SERVER_NAMES[row.server]} | ${withSpread(row.rps)} | ${withSpread(row.p50, 1)} | ${withSpread(row.p99, 1)} |`,
    );
  }
  out.push(
    '',
    "Each ratio is the median over rounds of that round's own ratio (two runs of the same round).",
    '',
    '| Workload | A/B req/s | A/C req/s | A+/A req/s | A+/D req/s |',
    '| --- | ---: | ---: | ---: | ---: |',
  );
  for (const r of results.ratios)
    out.push(
      `| ${r.workload} | ${num(r.aOverB, 2)} | ${num(r.aOverC, 2)} | ${num(r.cachedOverA, 2)} | ${num(r.cachedOverD, 2)} |`,
    );
  out.push(
    '',
    'Cold start of the API process alone (compiled JavaScript on `node`, Neo4j up), to the first correct W1 answer:',
    '',
    '| Server | listening ms | first answer ms |',
    '| --- | ---: | ---: |',
    ...results.coldStarts.map(
      (c) =>
        `| ${SERVER_NAMES[c.server]} | ${withSpread(c.readyMs)} | ${withSpread(c.firstAnswerMs)} |`,
    ),
    '',
    'Memory (RSS) of the server process:',
    '',
    '| Server | after warm-up MiB | after sustained load MiB |',
    '| --- | ---: | ---: |',
    ...results.memory.map(
      (m) =>
        `| ${SERVER_NAMES[m.server as ServerId] ?? m.server} | ${num(m.afterWarmUpMiB ?? NaN)} | ${num(m.afterLoadMiB ?? NaN)} (${m.loadS} s) |`,
    ),
  );
  out.push(
    '',
    'Where a write floor is measured, floor and load run in alternating pairs: Load s and Floor s are medians over the pairs, and the speed is the median of each load divided by the floor just before it (min–max).',
    '',
    '| Graph | Relationships | Entities | Load | Load s | Load rel/s | Floor s | Load/floor speed | A W1 p50 ms | A W2 p50 ms |',
    '| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const s of results.scales) {
    const floor = s.floorMs === undefined ? 'n/a' : num(s.floorMs / 1000, 1);
    const speed = s.floorSpeed ? withSpread(s.floorSpeed, 2) : 'n/a';
    out.push(
      `| ${s.label} | ${num(s.relationships)} | ${num(s.entities)} | ${s.loadMode ?? ''} | ${num(s.loadMs / 1000, 1)} | ${num(s.loadRelPerS)} | ${floor} | ${speed} | ${withSpread(s.w1p50, 1)} | ${withSpread(s.w2p50, 1)} |`,
    );
  }
  out.push('', '| Target | Reached | Met |', '| --- | --- | --- |');
  for (const t of results.targets)
    out.push(`| ${t.target} | ${t.value} | ${t.met === null ? 'n/a' : t.met ? 'yes' : 'no'} |`);
  out.push('', 'Answer checks before timing:', '', ...results.checks.map((c) => `- ${c}`));
  return out.join('\n') + '\n';
}

// ---- SVG (by hand) ------------------------------------------------------------------

const COLOURS: Record<ServerId, string> = {
  A: '#1f77b4',
  'A+': '#17becf',
  B: '#ff7f0e',
  C: '#2ca02c',
  D: '#7f7f7f',
};
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Grouped bars: median req/s per workload and server, with min–max whiskers. */
function throughputSvg(results: BenchResults): string {
  const rows = results.comparison;
  const groups = [...new Set(rows.map((r) => r.workload))];
  const servers: ServerId[] = ['A', 'A+', 'B', 'C', 'D'];
  const width = 760;
  const height = 360;
  const left = 70;
  const bottom = 50;
  const top = 40;
  const plotH = height - top - bottom;
  const max = Math.max(1, ...rows.map((r) => r.rps.max)) * 1.1;
  const groupW = (width - left - 20) / Math.max(1, groups.length);
  const barW = Math.min(40, (groupW - 20) / servers.length);
  const y = (v: number) => top + plotH - (v / max) * plotH;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="${width / 2}" y="20" text-anchor="middle" font-size="14">Requests per second at ${results.settings.connections} connections (median, min–max)</text>`,
  ];
  for (let t = 0; t <= 4; t++) {
    const v = (max / 4) * t;
    parts.push(
      `<line x1="${left}" x2="${width - 10}" y1="${y(v)}" y2="${y(v)}" stroke="#ddd"/>`,
      `<text x="${left - 6}" y="${y(v) + 4}" text-anchor="end">${num(v)}</text>`,
    );
  }
  groups.forEach((g, gi) => {
    const x0 = left + gi * groupW + 10;
    servers.forEach((s, si) => {
      const row = rows.find((r) => r.workload === g && r.server === s);
      if (!row) return;
      const x = x0 + si * barW;
      parts.push(
        `<rect x="${x}" y="${y(row.rps.median)}" width="${barW - 4}" height="${top + plotH - y(row.rps.median)}" fill="${COLOURS[s]}"><title>${esc(`${g} ${SERVER_NAMES[s]}: ${num(row.rps.median)} req/s`)}</title></rect>`,
        `<line x1="${x + (barW - 4) / 2}" x2="${x + (barW - 4) / 2}" y1="${y(row.rps.min)}" y2="${y(row.rps.max)}" stroke="black"/>`,
      );
    });
    parts.push(
      `<text x="${x0 + (servers.length * barW) / 2}" y="${height - bottom + 18}" text-anchor="middle">${esc(g)}</text>`,
    );
  });
  servers.forEach((s, i) => {
    const x = left + i * 140;
    parts.push(
      `<rect x="${x}" y="${height - 20}" width="12" height="12" fill="${COLOURS[s]}"/>`,
      `<text x="${x + 16}" y="${height - 10}">${esc(SERVER_NAMES[s])}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('\n');
}

/** Lines: A's W1 and W2 p50 latency against graph size (log scale), with load throughput as labels. */
function scaleSvg(results: BenchResults): string {
  const points = results.scales.filter((s) => s.relationships > 0);
  const width = 760;
  const height = 360;
  const left = 70;
  const right = 30;
  const top = 40;
  const bottom = 60;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const xs = points.map((p) => Math.log10(p.relationships));
  const xMin = Math.min(...xs, 1);
  const xMax = Math.max(...xs, xMin + 1);
  const yMax = Math.max(1, ...points.flatMap((p) => [p.w1p50?.max ?? 0, p.w2p50?.max ?? 0])) * 1.2;
  const x = (rel: number) => left + ((Math.log10(rel) - xMin) / (xMax - xMin)) * plotW;
  const y = (v: number) => top + plotH - (v / yMax) * plotH;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="${width / 2}" y="20" text-anchor="middle" font-size="14">A: p50 latency (ms) against graph size (relationships, log scale)</text>`,
  ];
  for (let t = 0; t <= 4; t++) {
    const v = (yMax / 4) * t;
    parts.push(
      `<line x1="${left}" x2="${width - right}" y1="${y(v)}" y2="${y(v)}" stroke="#ddd"/>`,
      `<text x="${left - 6}" y="${y(v) + 4}" text-anchor="end">${num(v, 1)}</text>`,
    );
  }
  for (const p of points) {
    parts.push(
      `<line x1="${x(p.relationships)}" x2="${x(p.relationships)}" y1="${top}" y2="${top + plotH}" stroke="#eee"/>`,
      `<text x="${x(p.relationships)}" y="${top + plotH + 16}" text-anchor="middle">${esc(p.label)}</text>`,
      `<text x="${x(p.relationships)}" y="${top + plotH + 30}" text-anchor="middle" fill="#555">${num(p.loadRelPerS)} rel/s load</text>`,
    );
  }
  const series: { name: string; colour: string; pick: (s: ScaleRow) => Spread | null }[] = [
    { name: 'W1 condition + causes', colour: '#1f77b4', pick: (s) => s.w1p50 },
    { name: 'W2 facts depth 2', colour: '#d62728', pick: (s) => s.w2p50 },
  ];
  series.forEach((line, i) => {
    const pts = points
      .filter((p) => line.pick(p))
      .map((p) => [x(p.relationships), y(line.pick(p)!.median)] as const);
    if (pts.length > 0)
      parts.push(
        `<polyline fill="none" stroke="${line.colour}" stroke-width="2" points="${pts.map(([a, b]) => `${a},${b}`).join(' ')}"/>`,
      );
    for (const [a, b] of pts)
      parts.push(`<circle cx="${a}" cy="${b}" r="4" fill="${line.colour}"/>`);
    parts.push(
      `<rect x="${left + i * 220}" y="${height - 16}" width="12" height="12" fill="${line.colour}"/>`,
      `<text x="${left + i * 220 + 16}" y="${height - 6}">${esc(line.name)}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('\n');
}

// ---- files ------------------------------------------------------------------------

export function writeResults(results: BenchResults, outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  const files = {
    'results.json': JSON.stringify(results, null, 2) + '\n',
    'results.md': `# Benchmark results\n\n${toMarkdown(results)}\n![throughput](throughput.svg)\n\n![latency vs graph size](scale.svg)\n`,
    'throughput.svg': throughputSvg(results),
    'scale.svg': scaleSvg(results),
  };
  return Object.entries(files).map(([name, text]) => {
    const file = path.join(outDir, name);
    writeFileSync(file, text);
    return file;
  });
}

const START = '<!-- bench:summary:start -->';
const END = '<!-- bench:summary:end -->';

/** Replaces the generated summary section of docs/performance.md (keeps the hand-written rest). */
export function writeDocsSummary(results: BenchResults, docFile: string): void {
  const section = `${START}\n## Latest results\n\n${toMarkdown(results)}\nCharts: [throughput](../bench/results/throughput.svg), [latency vs graph size](../bench/results/scale.svg).\n${END}`;
  const current = existsSync(docFile) ? readFileSync(docFile, 'utf8') : '# Performance\n\n';
  const next = current.includes(START)
    ? current.replace(new RegExp(`${START}[\\s\\S]*?${END}`), () => section)
    : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(docFile, next);
}
