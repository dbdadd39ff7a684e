import type { Driver, Session, Transaction } from 'neo4j-driver';
import type { GraphContent } from '../../src/domain';
import { CURATED_PREDICATE_NAMES } from '../../src/domain/curated';
import { DATABASE } from '../../src/graph/driver';
import { applyGraphSchema, writeSeedGraph } from '../../src/graph/write';
import * as C from '../../src/graph/write/curated-statements';
import * as W from '../../src/graph/write/statements';
import { measureLoadFloor } from '../load-floor';
import { log } from '../log';
import { groupCpuMs } from '../proc-cpu';
import { emptyDatabase } from '../neo4j';

/**
 * Where a load's time goes (`bench:hpo-scale -- --phases`): the real loader
 * over a driver that times each statement (by name), each commit, and the
 * schema statements; once with the service's schema as it is, then with each
 * index of the curated layer dropped in turn (variants()). Each variant starts from an empty
 * database. The times of one statement name add up over its batches (in a
 * batched load several writers run at once, so they can add up to more than
 * the load's wall time).
 */

interface Timer {
  add(name: string, ms: number, neo4jCpuMs: number): void;
}

/** Statement text -> name, for statements run by text alone (tx.run inside one transaction). */
function statementNames(): Map<string, string> {
  const names = new Map<string, string>();
  const visit = (value: unknown) => {
    if (value && typeof value === 'object') {
      const v = value as { name?: unknown; text?: unknown };
      if (typeof v.name === 'string' && typeof v.text === 'string') names.set(v.text, v.name);
      else Object.values(value).forEach(visit);
    }
  };
  [W, C].forEach((m) => Object.values(m).forEach(visit));
  return names;
}

let neo4jCpu: () => number = () => NaN;

async function timed<T>(timer: Timer, name: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const cpu = neo4jCpu();
  try {
    return await work();
  } finally {
    timer.add(name, performance.now() - started, neo4jCpu() - cpu);
  }
}

/** A driver whose sessions and transactions time what they run. */
function timingDriver(driver: Driver, timer: Timer): Driver {
  const names = statementNames();
  const nameOf = (text: string, config?: { metadata?: { query?: string } }) =>
    config?.metadata?.query ?? names.get(text) ?? text.slice(0, 40);
  const wrapTx = (tx: Transaction): Transaction =>
    new Proxy(tx, {
      get(target, prop, receiver) {
        if (prop === 'run')
          return (text: string, params?: object) =>
            timed(timer, nameOf(text), () => Promise.resolve(target.run(text, params)));
        if (prop === 'commit') return () => timed(timer, 'commit', () => target.commit());
        const value: unknown = Reflect.get(target, prop, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  const wrapSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, prop, receiver) {
        if (prop === 'run')
          return (text: string, params?: object, config?: { metadata?: { query?: string } }) =>
            timed(timer, nameOf(text, config), () =>
              Promise.resolve(target.run(text, params, config)),
            );
        if (prop === 'beginTransaction')
          return (config?: object) => wrapTx(target.beginTransaction(config));
        if (prop === 'executeWrite' || prop === 'executeRead')
          return (
            work: (tx: unknown) => Promise<unknown>,
            config?: { metadata?: { query?: string } },
          ) =>
            timed(timer, `${nameOf('', config)} (tx with commit)`, () =>
              target[prop]((tx) => work(tx), config),
            );
        const value: unknown = Reflect.get(target, prop, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  return new Proxy(driver, {
    get(target, prop, receiver) {
      if (prop === 'session')
        return (config: Parameters<Driver['session']>[0]) => wrapSession(target.session(config));
      const value: unknown = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * What a variant drops: each full-text index, each curated type's id index,
 * then each group of them. The article's other indexes and constraints cover
 * its 59 entities and 85 facts alone, and the `Concept` and `Entity` id
 * constraints are what the loader's own statements match on.
 */
function variants(): { name: string; drop: string[] }[] {
  const fulltext = ['entity_xref', 'concept_curie', 'concept_search', 'entity_search'];
  const factIds = CURATED_PREDICATE_NAMES.map((p) => `fact_id_${p.toLowerCase()}`);
  const dropAll = (names: string[]) => names.map((n) => `DROP INDEX ${n}`);
  return [
    ...[...fulltext, ...factIds].map((n) => ({ name: `without ${n}`, drop: dropAll([n]) })),
    { name: 'without the full-text indexes', drop: dropAll(fulltext) },
    { name: 'without the curated id indexes', drop: dropAll(factIds) },
    { name: 'without both', drop: dropAll([...fulltext, ...factIds]) },
  ];
}

export interface PhaseProfile {
  variant: string;
  loadMs: number;
  /** Neo4j's CPU over the whole load (ms). */
  neo4jCpuMs: number;
  phases: Record<string, { ms: number; neo4jCpuMs: number; runs: number }>;
}

/** One load of `graph` into an empty database with the service's schema less `drop`. */
async function profileOne(
  driver: Driver,
  graph: GraphContent,
  mode: 'single' | 'batched',
  batchSize: number,
  writers: number,
  variant: { name: string; drop: string[] },
): Promise<PhaseProfile> {
  await emptyDatabase(driver);
  await applyGraphSchema(driver);
  for (const drop of variant.drop) await driver.executeQuery(drop, {}, { database: DATABASE });
  const phases: PhaseProfile['phases'] = {};
  const timer: Timer = {
    add(name, ms, cpuMs) {
      const p = (phases[name] ??= { ms: 0, neo4jCpuMs: 0, runs: 0 });
      p.ms += ms;
      p.neo4jCpuMs += cpuMs;
      p.runs++;
    },
  };
  const started = performance.now();
  const cpu = neo4jCpu();
  await writeSeedGraph(timingDriver(driver, timer), graph, {
    mode,
    batchSize,
    writers,
    singleTransactionTimeoutMs: 60 * 60_000,
    batchTimeoutMs: 60 * 60_000,
  });
  const loadMs = performance.now() - started;
  const neo4jCpuMs = neo4jCpu() - cpu;
  // Put the service's schema back whole for the next variant.
  await applyGraphSchema(driver);
  return { variant: variant.name, loadMs, neo4jCpuMs, phases };
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * Each variant (the service schema first, then those whose name `only` keeps)
 * loaded once per round, in turn; per variant, the medians over rounds.
 */
export async function profileLoadPhases(
  driver: Driver,
  graph: GraphContent,
  label: string,
  settings: {
    mode: 'single' | 'batched';
    batchSize: number;
    writers: number;
    rounds: number;
    neo4jPgid?: number;
    only?: (variant: string) => boolean;
  },
): Promise<PhaseProfile[]> {
  neo4jCpu = groupCpuMs(settings.neo4jPgid);
  const all = [{ name: 'service schema', drop: [] }, ...variants()].filter(
    (v, i) => i === 0 || (settings.only?.(v.name) ?? true),
  );
  const runs = new Map<string, PhaseProfile[]>();
  for (let round = 1; round <= settings.rounds; round++)
    for (const variant of all) {
      const profile = await profileOne(
        driver,
        graph,
        settings.mode,
        settings.batchSize,
        settings.writers,
        variant,
      );
      runs.set(variant.name, [...(runs.get(variant.name) ?? []), profile]);
      if (variant.drop.length === 0)
        for (const indexes of ['none', 'service'] as const) {
          const name = `write floor, ${indexes === 'none' ? 'as defined' : "with the service's indexes"}`;
          await emptyDatabase(driver);
          const { floorMs, clockMs } = await measureLoadFloor(
            driver,
            graph,
            settings.batchSize,
            settings.mode === 'single' ? 1 : settings.writers,
            settings.mode,
            indexes,
            neo4jCpu,
          );
          const floor = { variant: name, loadMs: floorMs, neo4jCpuMs: clockMs, phases: {} };
          runs.set(name, [...(runs.get(name) ?? []), floor]);
          log(
            `${label} round ${round} [${name}]: ${(floorMs / 1000).toFixed(2)} s, Neo4j CPU ${(floor.neo4jCpuMs / 1000).toFixed(2)} s`,
          );
        }
      const top = Object.entries(profile.phases)
        .filter(([, p]) => p.ms >= 100)
        .sort((a, b) => b[1].ms - a[1].ms)
        .map(
          ([name, p]) => `${name} ${(p.ms / 1000).toFixed(2)}/${(p.neo4jCpuMs / 1000).toFixed(2)}`,
        )
        .join(', ');
      log(
        `${label} round ${round} [${variant.name}]: load ${(profile.loadMs / 1000).toFixed(2)} s, ` +
          `Neo4j CPU ${(profile.neo4jCpuMs / 1000).toFixed(2)} s; wall/CPU s: ${top}`,
      );
    }
  return [...runs.keys()].map((name) => {
    const of = runs.get(name)!;
    const phaseNames = [...new Set(of.flatMap((p) => Object.keys(p.phases)))];
    return {
      variant: name,
      loadMs: median(of.map((p) => p.loadMs)),
      neo4jCpuMs: median(of.map((p) => p.neo4jCpuMs)),
      phases: Object.fromEntries(
        phaseNames.map((phase) => {
          const ps = of.map((p) => p.phases[phase] ?? { ms: 0, neo4jCpuMs: 0, runs: 0 });
          return [
            phase,
            {
              ms: median(ps.map((p) => p.ms)),
              neo4jCpuMs: median(ps.map((p) => p.neo4jCpuMs)),
              runs: median(ps.map((p) => p.runs)),
            },
          ];
        }),
      ),
    };
  });
}

/** Each graph's variants: load time and Neo4j's CPU, their differences from the service schema's, and the phases of 0.1 s or more. */
export function phasesMarkdown(profiles: Record<string, PhaseProfile[]>): string[] {
  const s = (ms: number) => (ms / 1000).toFixed(2);
  const title = [
    "# Where the curated loads' time goes",
    '',
    "Medians over rounds. Neo4j CPU: user and system time of the local Neo4j's processes.",
    '',
  ];
  return [
    ...title,
    ...Object.entries(profiles).flatMap(([graph, rows]) => {
      const base = rows[0]!.loadMs;
      const baseCpu = rows[0]!.neo4jCpuMs;
      return [
        `## ${graph}`,
        '',
        '| Variant | Load s | Minus the service schema s | Neo4j CPU s | Minus the service schema s | Phases of 0.1 s or more (wall s / Neo4j CPU s, summed over batches) |',
        '| --- | ---: | ---: | ---: | ---: | --- |',
        ...rows.map(
          (r) =>
            `| ${r.variant} | ${s(r.loadMs)} | ${s(r.loadMs - base)} | ${s(r.neo4jCpuMs)} | ${s(r.neo4jCpuMs - baseCpu)} | ${Object.entries(
              r.phases,
            )
              .filter(([, p]) => p.ms >= 100 || p.neo4jCpuMs >= 100)
              .sort((a, b) => b[1].ms - a[1].ms)
              .map(([name, p]) => `${name} ${s(p.ms)} / ${s(p.neo4jCpuMs)}`)
              .join(', ')} |`,
        ),
        '',
      ];
    }),
  ];
}
