import type { PlansCachedLoad } from '../scale-runs';
import type { Spread } from '../spread';
import { CURATED_OPERATIONS, W1_REPLAYED } from './operations';
import { BUDGET_QUERIES, type BudgetRow, type McpBudgetRow } from './budgets';
import { WORKLOADS } from '../workloads';

export interface LoadRow {
  label: string;
  entities: number;
  curatedNodes: number;
  relationships: number;
  annotations: number;
  /** Reading, validating and building the graph from the seed files (before the load's clock). */
  readMs: number;
  mode: string;
  loadMs: number;
  loadRelPerS: number;
  floorMs: number;
  /** Floor time over load time, one per floor-then-load pair. */
  floorSpeed: Spread;
  /** For a one-transaction load: the floor written as it is, in one transaction by one writer. */
  oneTransactionFloor?: { floorMs: number; floorSpeed: Spread };
  /** The floor that keeps indexes like the service's, in the load's shape (beside the floor, not instead). */
  serviceIndexFloor?: { floorMs: number; floorSpeed: Spread };
  /** The same load again at once, every statement planned already (beside the load, not instead). */
  plansCached?: PlansCachedLoad;
}

interface SideRow {
  rps: Spread;
  p50: Spread;
  p99: Spread;
  /** CPU ms per request of the server's own process, and of Neo4j's, from /proc (medians over rounds). */
  serverCpuMs?: Spread;
  neo4jCpuMs?: Spread;
}

export interface TimedRow {
  id: string;
  A: SideRow | null;
  'A+': SideRow | null;
  C: SideRow | null;
  aOverC: number;
  cachedOverA: number;
}

/**
 * Where each uncached request's CPU goes: the server's own process and
 * Neo4j's, per request (the machine's two CPUs are shared by both and by the
 * load generator, so a server's own CPU per request bounds its req/s).
 */
function cpuTable(timed: TimedRow[]): string[] {
  const rows = timed.filter((t) => t.A?.serverCpuMs && t.C?.serverCpuMs);
  if (rows.length === 0) return [];
  const ms = (x: Spread | undefined) => (x ? x.median.toFixed(2) : 'n/a');
  return [
    "CPU per request (ms, medians over rounds), from /proc: the server's own process, and the local Neo4j's.",
    '',
    '| Id | A server | A Neo4j | C server | C Neo4j | A server − C server |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (t) =>
        `| ${t.id} | ${ms(t.A!.serverCpuMs)} | ${ms(t.A!.neo4jCpuMs)} | ${ms(t.C!.serverCpuMs)} | ${ms(t.C!.neo4jCpuMs)} | ${(t.A!.serverCpuMs!.median - t.C!.serverCpuMs!.median).toFixed(2)} |`,
    ),
    '',
  ];
}

export interface HpoScaleResult {
  startedAt: string;
  finishedAt: string;
  settings: Record<string, number>;
  extract: string;
  loads: LoadRow[];
  roundTrips: Record<string, number[]>;
  checks: string[];
  timed: TimedRow[];
  graphqlBudgets: BudgetRow[];
  mcpBudgets: McpBudgetRow[];
}

const int = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en') : 'n/a');
const fixed = (n: number, d = 2) => (Number.isFinite(n) ? n.toFixed(d) : 'n/a');
const range = (s: Spread, f: (n: number) => string) =>
  s.min === s.max ? f(s.median) : `${f(s.median)} (${f(s.min)}–${f(s.max)})`;
const met = (ok: boolean) => (ok ? 'yes' : 'no');

const titles: Record<string, string> = Object.fromEntries([
  ...WORKLOADS.map((w) => [w.id, w.title]),
  ...CURATED_OPERATIONS.map((o) => [o.id, `docs/examples/${o.file}`]),
  [
    W1_REPLAYED.id,
    'W1, with C replaying the Cypher A sends for it (W1 itself: the same statements, built by C)',
  ],
  ...BUDGET_QUERIES.map((q) => [q.id, q.title]),
]);

/** The loads and their floors: the first section of the full run's report, the whole of `--loads-only`'s. */
function loadsTable(loads: LoadRow[], writers: number): string[] {
  const floor = (f: LoadRow['oneTransactionFloor']) =>
    f ? `${fixed(f.floorMs / 1000, 1)} | ${range(f.floorSpeed, (n) => fixed(n))} |` : 'n/a | n/a |';
  return [
    '## Loads against their write floor',
    '',
    'Floor and load in alternating pairs (floor first); speed is floor time over load time, median of the pairs (min–max). ' +
      `The write floor commits batches of its own with ${writers} writers. A load that must be all or nothing is one ` +
      'transaction, which runs one statement at a time: its pairs also time the same rows written in one transaction ' +
      'by one writer (1-tx floor), between the floor and the load. Beside them, not instead of them: the floor that ' +
      "also keeps indexes like the service's (its unique id, full-text, range and relationship id indexes over the " +
      "same rows; in the load's shape), which no loader that keeps the service's indexes can skip.",
    '',
    "| Graph | Entities | Curated nodes | Relationships | of them curated | Read + validate s | Load | Load s | Load rel/s | Floor s | Load/floor speed | 1-tx floor s | Load/1-tx floor speed | Floor with the service's indexes s | Load/that floor speed |",
    '| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...loads.map(
      (l) =>
        `| ${l.label} | ${int(l.entities)} | ${int(l.curatedNodes)} | ${int(l.relationships)} | ${int(l.annotations)} | ` +
        `${fixed(l.readMs / 1000, 1)} | ${l.mode} | ${fixed(l.loadMs / 1000, 1)} | ${int(l.loadRelPerS)} | ` +
        `${fixed(l.floorMs / 1000, 1)} | ${range(l.floorSpeed, (n) => fixed(n))} | ` +
        floor(l.oneTransactionFloor) +
        ' ' +
        floor(l.serviceIndexFloor),
    ),
    '',
    ...plansCachedTable(loads),
  ];
}

/** Each pair's load run again at once with Neo4j's plans of its statements cached, against the same floors. */
function plansCachedTable(loads: LoadRow[]): string[] {
  const rows = loads.filter((l) => l.plansCached);
  if (rows.length === 0) return [];
  return [
    "Each pair's load, run again at once into the emptied graph with the schema unchanged, so that Neo4j has planned " +
      "every one of its statements already. Every floor creates and drops indexes of its own, and a schema change empties Neo4j's " +
      'plan cache: the load above plans its statements in its transaction, as a load on a freshly started Neo4j does. ' +
      'Beside the targets, not instead of them; speeds against the floors of the same pair.',
    '',
    '| Graph | Load s (plans made in its transaction) | Load s (plans cached) | Load/floor speed (plans cached) | Load/1-tx floor speed (plans cached) |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows.map((l) => {
      const p = l.plansCached!;
      return (
        `| ${l.label} | ${fixed(l.loadMs / 1000, 1)} | ${fixed(p.loadMs / 1000, 1)} | ${range(p.floorSpeed, (n) => fixed(n))} | ` +
        `${p.oneTransactionFloorSpeed ? range(p.oneTransactionFloorSpeed, (n) => fixed(n)) : 'n/a'} |`
      );
    }),
    '',
  ];
}

/** `--loads-only`: the loads against their floors, and the load targets. */
export function loadsMarkdown(r: {
  startedAt: string;
  settings: Record<string, number>;
  loads: LoadRow[];
}): string[] {
  return [
    `# The curated layer's loads at HPO scale (${r.startedAt})`,
    '',
    `Loads in batches of ${int(r.settings.batchSize ?? NaN)} rows, ${r.settings.writers} writers.`,
    '',
    ...loadsTable(r.loads, r.settings.writers ?? NaN),
    '| Target | Reached | Met |',
    '| --- | --- | --- |',
    ...loadTargets(r.loads),
    '',
  ];
}

function loadTargets(loads: LoadRow[]): string[] {
  return loads.flatMap((l) => {
    const one = l.oneTransactionFloor;
    return [
      `| ${l.label}: load >= 0.8x its write floor | ${fixed(l.floorSpeed.median)}x | ${met(l.floorSpeed.median >= 0.8)} |`,
      ...(one
        ? [
            `| ${l.label}: load >= 0.8x its one-transaction write floor | ${fixed(one.floorSpeed.median)}x | ${met(one.floorSpeed.median >= 0.8)} |`,
          ]
        : []),
    ];
  });
}

export function hpoScaleMarkdown(r: HpoScaleResult): string[] {
  const s = r.settings;
  const side = (x: SideRow | null) =>
    x ? `${range(x.rps, int)} | ${range(x.p50, (n) => fixed(n, 1))}` : 'n/a | n/a';
  const targets: string[] = [];
  for (const t of r.timed) {
    if (t.C)
      targets.push(
        `| ${t.id} uncached A/C >= 0.9 | ${fixed(t.aOverC)} | ${met(t.aOverC >= 0.9)} |`,
      );
    if (t['A+'])
      targets.push(
        `| ${t.id} cached A+ / uncached A >= 5 | ${fixed(t.cachedOverA)} | ${met(t.cachedOverA >= 5)} |`,
      );
  }
  targets.push(...loadTargets(r.loads));
  return [
    `# The curated layer at HPO scale (${r.startedAt})`,
    '',
    `Full extract: every OMIM and ORPHA disease of HPO 2025-01-16 (\`scripts/refresh-hpo.sh --slice all\`). ` +
      `${s.rounds} round(s) of ${s.durationS} s per server and operation, ${s.connections} connections, ` +
      `${s.warmUpS} s warm-up; loads in batches of ${int(s.batchSize ?? NaN)} rows, ${s.writers} writers.`,
    '',
    ...loadsTable(r.loads, s.writers ?? NaN),
    '## Reads on the full-extract graph',
    '',
    'Medians over rounds (min–max). Ratios: median over rounds of the two runs of the same round.',
    '',
    '| Id | Operation | A req/s | A p50 ms | A+ req/s | A+ p50 ms | C req/s | C p50 ms | A/C | A+/A |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...r.timed.map(
      (t) =>
        `| ${t.id} | ${titles[t.id] ?? t.id} | ${side(t.A)} | ${side(t['A+'])} | ${side(t.C)} | ${fixed(t.aOverC)} | ${fixed(t.cachedOverA)} |`,
    ),
    '',
    ...cpuTable(r.timed),
    '',
    `Cypher round trips A makes per curated operation (statements per wave): ${Object.entries(
      r.roundTrips,
    )
      .map(([id, w]) => `${id} [${w.join(', ')}]`)
      .join(', ')}. C sends the same statements with the same parameters (W1r: W1 as A asks it).`,
    '',
    '## Budgets on myoclonus',
    '',
    '| Query | Cost | MAX_QUERY_COST | Accepted | totalCount | Answer bytes |',
    '| --- | ---: | ---: | --- | ---: | ---: |',
    ...r.graphqlBudgets.map(
      (b) =>
        `| ${b.id}: \`${b.title}\` | ${int(b.cost)} | ${int(b.maxCost)} | ${met(b.accepted)} | ${int(b.totalCount)} | ${int(b.responseBytes)} |`,
    ),
    '',
    '| MCP get_facts arguments | Budget tokens | Estimated tokens | Facts | Truncated | Answer bytes |',
    '| --- | ---: | ---: | ---: | --- | ---: |',
    ...r.mcpBudgets.map(
      (m) =>
        `| \`${JSON.stringify(m.arguments)}\` | ${int(m.budget)} | ${int(m.tokens)} | ${int(m.facts)} | ${m.truncated ? 'yes' : 'no'} | ${int(m.responseBytes)} |`,
    ),
    '',
    '## Targets',
    '',
    '| Target | Reached | Met |',
    '| --- | --- | --- |',
    ...targets,
    '',
    '## Checks',
    '',
    ...r.checks.map((c) => `- ${c}`),
    '',
  ];
}
