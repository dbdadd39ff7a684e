import type { Driver } from 'neo4j-driver';
import type { GraphContent } from '../src/domain';
import { checkSameAnswers } from './answer-check';
import { loadGraph, type LoadedGraph } from './graph-load';
import { measureLoadFloor } from './load-floor';
import { log } from './log';
import { emptyDatabase } from './neo4j';
import type { BenchOptions } from './options';
import type { ServerProcess } from './processes';
import type { ScaleRow } from './results';
import { spread, type Spread } from './spread';
import { buildSyntheticGraph } from './synthetic-graph';
import type { TimedRuns } from './timed-runs';
import { WORKLOADS, type ServerId } from './workloads';

/** Graph sizes from which the run also measures the write floor of the graph itself. */
const FLOOR_FROM = 100_000;
/** Floor-and-load pairs per graph below 1M relationships, and at 1M (a 1M pair takes about 5 minutes). */
const LOAD_PAIRS = 3;
const MILLION_PAIRS = 2;

export const scaleLabel = (n: number) =>
  n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n);

type FloorFields = Pick<ScaleRow, 'floorMs' | 'floorSpeed'>;
/** The floor of a single-transaction load written in one transaction by one writer, as the load is. */
export interface OneTransactionFloor {
  floorMs: number;
  floorSpeed: Spread;
}

/**
 * The same load run again at once, into the emptied graph, the schema
 * unchanged: Neo4j has every statement of the load planned already. Each
 * floor changes its own indexes, and a schema change empties Neo4j's plan
 * cache, so the pair's first load plans its twenty-odd statements in its
 * transaction as a load on a freshly started Neo4j does; this one does not.
 */
export interface PlansCachedLoad {
  loadMs: number;
  /** The floor just before the pair's first load over this load's time, one per pair. */
  floorSpeed: Spread;
  oneTransactionFloorSpeed?: Spread;
}

type ScaleOptions = Pick<BenchOptions, 'smoke' | 'rounds' | 'loadBatchSize' | 'loadWriters'>;

/**
 * Floor and load in alternating pairs: the machine's speed drifts between
 * minutes, so each load is divided by the floor measured just before it, and
 * the ratio reported is the median over the pairs. With `serviceIndexFloor`,
 * each pair also times the floor that keeps indexes like the service's
 * (measureLoadFloor's `service`; the shape of the load), reported beside the
 * floor as defined, never instead of it.
 */
export async function loadAgainstFloor(
  driver: Driver,
  graph: GraphContent,
  label: string,
  pairs: number,
  options: Pick<BenchOptions, 'loadBatchSize' | 'loadWriters'>,
  mode: 'auto' | LoadedGraph['loadMode'] = 'auto',
  extra: {
    /** Also time the floor that keeps indexes like the service's. */
    serviceIndexFloor?: boolean;
    /** Also run each pair's load again at once, its plans cached (PlansCachedLoad). */
    againWithPlansCached?: boolean;
  } = {},
): Promise<
  {
    loaded: LoadedGraph;
    oneTransaction?: OneTransactionFloor;
    serviceIndexes?: OneTransactionFloor;
    plansCached?: PlansCachedLoad;
  } & FloorFields
> {
  const { serviceIndexFloor = false, againWithPlansCached = false } = extra;
  const floors: number[] = [];
  const oneTransactionFloors: number[] = [];
  const serviceIndexFloors: number[] = [];
  const loads: LoadedGraph[] = [];
  const againLoads: number[] = [];
  for (let pair = 1; pair <= pairs; pair++) {
    await emptyDatabase(driver);
    const { floorMs } = await measureLoadFloor(
      driver,
      graph,
      options.loadBatchSize,
      options.loadWriters,
    );
    // A load that must be one transaction has one writer: its floor of the same shape too.
    if (mode === 'single')
      oneTransactionFloors.push(
        (await measureLoadFloor(driver, graph, options.loadBatchSize, 1, 'single')).floorMs,
      );
    if (serviceIndexFloor)
      serviceIndexFloors.push(
        (
          await measureLoadFloor(
            driver,
            graph,
            options.loadBatchSize,
            mode === 'single' ? 1 : options.loadWriters,
            mode === 'single' ? 'single' : 'batched',
            'service',
          )
        ).floorMs,
      );
    const pairLoad = await loadGraph(driver, graph, options, mode);
    floors.push(floorMs);
    loads.push(pairLoad);
    if (againWithPlansCached)
      againLoads.push((await loadGraph(driver, graph, options, mode)).loadMs);
    const single = oneTransactionFloors.at(-1);
    const indexed = serviceIndexFloors.at(-1);
    log(
      `${label}: pair ${pair}/${pairs}: write floor ${(floorMs / 1000).toFixed(1)} s` +
        (single === undefined ? '' : `, one-transaction floor ${(single / 1000).toFixed(1)} s`) +
        (indexed === undefined
          ? ''
          : `, floor with the service's indexes ${(indexed / 1000).toFixed(1)} s`) +
        `, load ${(pairLoad.loadMs / 1000).toFixed(1)} s (${(floorMs / pairLoad.loadMs).toFixed(2)}x)` +
        (againLoads.length === pair
          ? `, again with its plans cached ${(againLoads.at(-1)! / 1000).toFixed(1)} s (${(floorMs / againLoads.at(-1)!).toFixed(2)}x)`
          : ''),
    );
  }
  // The load whose time is the median stands for the size (the graph stays as it left it).
  const byTime = [...loads].sort((a, b) => a.loadMs - b.loadMs);
  const againstLoads = (fs: number[]) => ({
    floorMs: spread(fs).median,
    floorSpeed: spread(fs.map((f, i) => f / loads[i]!.loadMs)),
  });
  return {
    loaded: byTime[Math.floor((byTime.length - 1) / 2)]!,
    floorMs: spread(floors).median,
    floorSpeed: spread(floors.map((f, i) => f / loads[i]!.loadMs)),
    ...(oneTransactionFloors.length > 0
      ? { oneTransaction: againstLoads(oneTransactionFloors) }
      : {}),
    ...(serviceIndexFloors.length > 0 ? { serviceIndexes: againstLoads(serviceIndexFloors) } : {}),
    ...(againLoads.length > 0
      ? {
          plansCached: {
            loadMs: spread(againLoads).median,
            floorSpeed: spread(floors.map((f, i) => f / againLoads[i]!)),
            ...(oneTransactionFloors.length > 0
              ? {
                  oneTransactionFloorSpeed: spread(
                    oneTransactionFloors.map((f, i) => f / againLoads[i]!),
                  ),
                }
              : {}),
          },
        }
      : {}),
  };
}

/**
 * One synthetic graph (the article plus synthetic families) of about `target`
 * relationships: loaded (against its write floor from FLOOR_FROM on), checked
 * on A, B and C, and A timed on W1 and W2. Its row, or undefined when the
 * machine could not load it (memory): that is a result too, written to `checks`.
 */
export async function measureScale(
  target: number,
  core: GraphContent,
  driver: Driver,
  timed: TimedRuns,
  servers: Record<ServerId, ServerProcess>,
  checks: string[],
  options: ScaleOptions,
): Promise<ScaleRow | undefined> {
  const label = scaleLabel(target);
  const synthetic = buildSyntheticGraph(core, target);
  log(
    `${label}: ${synthetic.relationships} relationships, ${synthetic.graph.entities.length} entities; loading`,
  );
  let loaded: LoadedGraph;
  let floorFields: Pick<ScaleRow, 'floorMs' | 'floorSpeed'> = {};
  try {
    if (options.smoke || target >= FLOOR_FROM) {
      const pairs = options.smoke ? 1 : target >= 1_000_000 ? MILLION_PAIRS : LOAD_PAIRS;
      ({ loaded, ...floorFields } = await loadAgainstFloor(
        driver,
        synthetic.graph,
        label,
        pairs,
        options,
      ));
    } else loaded = await loadGraph(driver, synthetic.graph, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    log(`${label}: load failed: ${reason}`);
    checks.push(`${label}: load failed: ${reason}`);
    return undefined;
  }
  log(
    `${label}: loaded in ${(loaded.loadMs / 1000).toFixed(1)} s (${loaded.loadRelPerS.toFixed(0)} rel/s)`,
  );
  const w1w2 = WORKLOADS.filter((w) => w.id === 'W1' || w.id === 'W2');
  for (const workload of w1w2) {
    const check = await checkSameAnswers(
      workload,
      servers,
      ['A', 'B', 'C'],
      options.smoke ? 1 : 10,
    );
    checks.push(`${label}: ${check}`);
  }
  await timed.warmUp(['A'], w1w2);
  for (let round = 1; round <= options.rounds; round++) {
    for (const workload of w1w2)
      await timed.time(label, workload.id, 'A', round, workload.requests.A);
  }
  return {
    label,
    relationships: loaded.relationships,
    entities: synthetic.graph.entities.length,
    loadMs: loaded.loadMs,
    loadRelPerS: loaded.loadRelPerS,
    loadMode: loaded.loadMode,
    ...floorFields,
    w1p50: timed.aP50(label, 'W1'),
    w2p50: timed.aP50(label, 'W2'),
  };
}
