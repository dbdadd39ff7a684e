/**
 * `npm run bench:hpo-scale -- --extract DIR` (or HPO_FULL_EXTRACT=DIR): the
 * curated layer at real scale. DIR is the full HPO extract that
 * `MONDO_REPO=... bash scripts/refresh-hpo.sh --slice all --out DIR` writes
 * (every OMIM and ORPHA disease, about 270k annotations); it is never
 * committed. The run loads the committed seeds (article and the myoclonus
 * slice) against their write floor, then a copy of the seeds whose
 * curated/hpo is DIR, in committed batches, against its floor; on that graph
 * it checks and times W1-W4 and the five curated example operations on A
 * (cache off), A+ (cache on) and C (the same Cypher through the bare driver),
 * and measures the budgets on myoclonus (GraphQL cost and answer size, MCP
 * get_facts tokens). Writes bench/results/hpo-scale.{json,md}.
 *
 * Each load's pairs also time a second floor that keeps indexes like the
 * service's (bench/load-floor.ts), reported beside the floor as defined.
 *
 * `--loads-only`: the two loads against their floors alone (no reads), to
 * bench/results/hpo-scale-loads.{json,md}. `--phases`: where each load's time
 * goes (each statement and commit, wall and Neo4j CPU, with the service's
 * schema and with each curated index dropped in turn, beside both floors;
 * bench/hpo-scale/load-phases.ts), to bench/results/hpo-scale-phases.{json,md}.
 * `--plans`: the full extract loaded, the indexes each statement of the data
 * layer is planned to use, with the service's schema and with each curated
 * relationship id index dropped (bench/hpo-scale/read-plans.ts), to
 * bench/results/hpo-scale-plans.json.
 *
 * `--only W2,E2`: the full extract loaded once (no floors), and only the reads
 * named, timed as above; to bench/results/tmp/hpo-scale-only.json, for work on
 * one operation. A child's Node flags (a profiler's, say) go in
 * BENCH_SERVER_NODE_FLAGS.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { readGraphSettings } from '../src/config';
import { createDriver } from '../src/graph/driver';
import { DEFAULT_SEED_DIR } from '../src/seed/seed';
import { loadSeedGraph } from '../src/seed/seed-graph';
import { stopOnSignals } from '../src/stop-on-signals';
import { checkSameAnswers, fetchJson } from './answer-check';
import { measureGraphqlBudgets, measureMcpBudgets, BUDGET_QUERIES } from './hpo-scale/budgets';
import { profileLoadPhases, phasesMarkdown } from './hpo-scale/load-phases';
import { CURATED_OPERATIONS, W1_REPLAYED, countsIn } from './hpo-scale/operations';
import { recordReads } from './hpo-scale/recorded-reads';
import { comparePlans, plansMarkdown } from './hpo-scale/read-plans';
import {
  hpoScaleMarkdown,
  loadsMarkdown,
  type HpoScaleResult,
  type LoadRow,
  type TimedRow,
} from './hpo-scale/report';
import { seedCopy } from './hpo-scale/seed-copy';
import { loadGraph } from './graph-load';
import type { LoadResult } from './load';
import { log } from './log';
import { connectionEnv, provisionBenchNeo4j } from './neo4j';
import { readOptions } from './options';
import { groupCpuMs, processCpuMs } from './proc-cpu';
import { LoadGenerator, startServer, type ServerProcess } from './processes';
import { loadAgainstFloor } from './scale-runs';
import { runMain, writeResultPair } from './script';
import { spread } from './spread';
import { WORKLOADS, requestOf, type HttpRequest } from './workloads';

type Side = 'A' | 'A+' | 'C';
interface Job {
  id: string;
  requests: Partial<Record<Side, HttpRequest>>;
}

function extractDir(argv: string[]): string {
  const flag = argv.indexOf('--extract');
  const dir = flag >= 0 ? argv[flag + 1] : process.env.HPO_FULL_EXTRACT;
  if (!dir)
    throw new Error(
      'give the full HPO extract: --extract DIR or HPO_FULL_EXTRACT=DIR ' +
        '(MONDO_REPO=... bash scripts/refresh-hpo.sh --slice all --out DIR writes it)',
    );
  return path.resolve(dir);
}

/** The job ids `--only` names, or undefined for a whole run. */
function onlyJobs(argv: string[]): Set<string> | undefined {
  const flag = argv.indexOf('--only');
  if (flag < 0) return undefined;
  const ids = (argv[flag + 1] ?? '').split(',').filter(Boolean);
  if (ids.length === 0) throw new Error('--only needs job ids, as in --only W2,E2');
  return new Set(ids);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const options = readOptions(argv);
  const extract = extractDir(argv);
  const startedAt = new Date().toISOString();
  const connection = await provisionBenchNeo4j(options);
  const driver = createDriver(connection, {
    ...readGraphSettings().driver,
    connectionAcquisitionTimeoutMs: 60_000,
  });
  const servers: ServerProcess[] = [];
  let loader: LoadGenerator | undefined;
  const stopAll = async () => {
    await loader?.stop().catch(() => undefined);
    await Promise.all(servers.map((s) => s.stop().catch(() => undefined)));
    await driver.close().catch(() => undefined);
    await connection.stop();
  };
  const removeSignals = stopOnSignals(stopAll);
  try {
    const loadSettings = { batchSize: options.loadBatchSize, writers: options.loadWriters };
    if (argv.includes('--plans')) {
      await loadGraph(driver, loadSeedGraph(seedCopy(extract)), options, 'batched');
      const plans = await comparePlans(driver);
      writeResultPair('hpo-scale-plans', plans, plansMarkdown(plans));
      return;
    }
    // 1. The committed seeds (article + myoclonus slice), then the full extract, each against its floor.
    const loads: LoadRow[] = [];
    const loadOne = async (
      label: string,
      dir: string,
      pairs: number,
      mode: 'single' | 'batched',
    ) => {
      const built = performance.now();
      const graph = loadSeedGraph(dir);
      const readMs = performance.now() - built;
      const { loaded, floorMs, floorSpeed, oneTransaction, serviceIndexes, plansCached } =
        await loadAgainstFloor(driver, graph, label, pairs, options, mode, {
          serviceIndexFloor: true,
          againWithPlansCached: true,
        });
      loads.push({
        label,
        entities: graph.entities.length,
        curatedNodes: graph.curated?.nodes.length ?? 0,
        relationships: loaded.relationships,
        annotations: graph.curated?.annotations.length ?? 0,
        readMs,
        mode: loaded.loadMode,
        loadMs: loaded.loadMs,
        loadRelPerS: loaded.loadRelPerS,
        floorMs: floorMs ?? NaN,
        floorSpeed: floorSpeed ?? spread([]),
        ...(oneTransaction ? { oneTransactionFloor: oneTransaction } : {}),
        ...(serviceIndexes ? { serviceIndexFloor: serviceIndexes } : {}),
        ...(plansCached ? { plansCached } : {}),
      });
      log(
        `${label}: read and validated in ${(readMs / 1000).toFixed(1)} s, ${loaded.relationships} relationships`,
      );
    };
    if (argv.includes('--phases')) {
      const common = {
        batchSize: options.loadBatchSize,
        writers: options.loadWriters,
        neo4jPgid: connection.pid,
      };
      const rounds = options.smoke ? 1 : options.rounds;
      const profiles = {
        'committed seeds (myoclonus slice), one transaction': await profileLoadPhases(
          driver,
          loadSeedGraph(DEFAULT_SEED_DIR),
          'slice',
          { ...common, mode: 'single', rounds },
        ),
        // A batched load builds the full-text indexes after its writes: only the id indexes vary.
        'full HPO extract, batched': await profileLoadPhases(
          driver,
          loadSeedGraph(seedCopy(extract)),
          'full',
          { ...common, mode: 'batched', rounds, only: (v) => v.includes('curated id') },
        ),
      };
      writeResultPair('hpo-scale-phases', { startedAt, profiles }, phasesMarkdown(profiles));
      return;
    }
    const only = onlyJobs(argv);
    if (only) {
      await loadGraph(driver, loadSeedGraph(seedCopy(extract)), options, 'batched');
      log(`full extract loaded; timing ${[...only].join(', ')} only`);
    }
    const pairs = options.smoke ? 1 : 3;
    // The committed seeds are within SINGLE_TRANSACTION_LIMIT: the service loads them in one transaction.
    if (!only) {
      await loadOne('committed seeds (myoclonus slice)', DEFAULT_SEED_DIR, pairs, 'single');
      await loadOne('full HPO extract', seedCopy(extract), options.smoke ? 1 : 2, 'batched');
    }
    if (argv.includes('--loads-only')) {
      const result = {
        startedAt,
        finishedAt: new Date().toISOString(),
        settings: loadSettings,
        loads,
      };
      writeResultPair(
        options.smoke ? 'hpo-scale-loads-smoke' : 'hpo-scale-loads',
        result,
        loadsMarkdown(result),
      );
      return;
    }

    // 2. C's Cypher for the curated operations: what A sends, recorded once.
    const env = {
      ...connectionEnv(connection),
      NODE_ENV: 'production',
      LOG_LEVEL: options.serverLogLevel,
    };
    const recorded = await recordReads(driver, env, [...CURATED_OPERATIONS, W1_REPLAYED]);
    mkdirSync(options.logDir, { recursive: true });
    const replayFile = path.join(options.logDir, 'hpo-scale-replay.json');
    writeFileSync(replayFile, JSON.stringify(recorded));
    const roundTrips = Object.fromEntries(
      Object.entries(recorded).map(([id, waves]) => [id, waves.map((w) => w.length)]),
    );
    log(`round trips per operation (statements per wave): ${JSON.stringify(roundTrips)}`);

    // 3. Servers: A, A+, C for W1-W4 (floor.ts), C for the curated operations (replay).
    const [a, aPlus, c, replay] = await Promise.all([
      startServer('A', env, options.logDir),
      startServer('A+', env, options.logDir),
      startServer('C', env, options.logDir),
      startServer(
        'C',
        { ...env, BENCH_REPLAY_FILE: replayFile },
        path.join(options.logDir, 'replay'),
        120_000,
        path.join(__dirname, 'servers', 'replay-floor.ts'),
      ),
    ]);
    servers.push(a, aPlus, c, replay);
    const checks: string[] = [];
    const byServer = { A: a, 'A+': aPlus, B: a, C: c, D: a };
    for (const w of WORKLOADS)
      checks.push(await checkSameAnswers(w, byServer, ['A', 'A+', 'C'], 3));
    const jobs: Job[] = WORKLOADS.map((w) => ({
      id: w.id,
      requests: { C: requestOf(w, 'C'), A: requestOf(w, 'A'), 'A+': requestOf(w, 'A+') },
    }));
    for (const op of CURATED_OPERATIONS) {
      const replayRequest: HttpRequest = { method: 'GET', path: `/${op.id}` };
      const aCounts = countsIn(await fetchJson(a.url, op.request), 'totalCount');
      const cCounts = countsIn(await fetchJson(replay.url, replayRequest), 'total');
      if (aCounts.length === 0 || aCounts.some((n) => !cCounts.includes(n)))
        throw new Error(`${op.id}: A counts ${aCounts.join(', ')}, C counts ${cCounts.join(', ')}`);
      checks.push(`${op.id} ${op.file}: A and C agree (totalCount ${aCounts.join(', ')})`);
      jobs.push({ id: op.id, requests: { C: replayRequest, A: op.request, 'A+': op.request } });
    }
    // W1 once more, against the replay of what A sent for it (its answer was checked above).
    jobs.push({
      id: W1_REPLAYED.id,
      requests: { C: { method: 'GET', path: `/${W1_REPLAYED.id}` }, A: W1_REPLAYED.request },
    });
    // The budget queries the service accepts are timed too; a refused one is reported with its cost.
    const graphqlBudgets = await measureGraphqlBudgets(driver, env);
    for (const q of BUDGET_QUERIES)
      if (graphqlBudgets.find((b) => b.id === q.id)?.accepted)
        jobs.push({ id: q.id, requests: { A: q.request, 'A+': q.request } });
    checks.forEach((line) => log(line));
    if (only) jobs.splice(0, jobs.length, ...jobs.filter((job) => only.has(job.id)));

    // 4. Timed rounds: per job, C then A then A+; ratios within a round.
    loader = new LoadGenerator();
    const replayed = new Set<string>([...Object.keys(recorded)]);
    const results: Record<string, Partial<Record<Side, LoadResult[]>>> = {};
    /** Each run's CPU per request (ms): the server's own process, and Neo4j's. */
    const cpu: Record<string, Partial<Record<Side, { server: number; neo4j: number }[]>>> = {};
    const neo4jCpu = groupCpuMs(connection.provider === 'local' ? connection.pid : undefined);
    /** The server a job's side is asked of: C replays what A sent for the operations recorded. */
    const serverOf = (job: Job, side: Side): ServerProcess =>
      side === 'C' ? (replayed.has(job.id) ? replay : c) : side === 'A' ? a : aPlus;
    const sides: Side[] = ['C', 'A', 'A+'];
    if (options.warmUpS > 0)
      for (const job of jobs)
        for (const side of sides)
          if (job.requests[side])
            await loader.run(
              serverOf(job, side).url,
              job.requests[side],
              options.connections,
              options.warmUpS,
            );
    for (let round = 1; round <= options.rounds; round++)
      for (const job of jobs)
        for (const side of sides) {
          const request = job.requests[side];
          if (!request) continue;
          const server = serverOf(job, side);
          const server0 = processCpuMs(server.pid);
          const neo4j0 = neo4jCpu();
          const r = await loader.run(
            serverOf(job, side).url,
            request,
            options.connections,
            options.durationS,
          );
          if (r.failures > 0)
            throw new Error(`${job.id} ${side}: ${r.failures} failed of ${r.requests}`);
          ((results[job.id] ??= {})[side] ??= []).push(r);
          ((cpu[job.id] ??= {})[side] ??= []).push({
            server: (processCpuMs(server.pid) - server0) / r.requests,
            neo4j: (neo4jCpu() - neo4j0) / r.requests,
          });
          log(
            `${job.id} ${side} round ${round}: ${r.rps.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms; ` +
              `CPU ms/request: server ${cpu[job.id]![side]!.at(-1)!.server.toFixed(2)}, Neo4j ${cpu[job.id]![side]!.at(-1)!.neo4j.toFixed(2)}`,
          );
        }
    const ratio = (over: LoadResult[] | undefined, under: LoadResult[] | undefined) =>
      over && under ? spread(over.map((o, i) => o.rps / under[i]!.rps)).median : NaN;
    const timed: TimedRow[] = jobs.map((job) => {
      const r = results[job.id] ?? {};
      const of = (side: Side) =>
        r[side]
          ? {
              rps: spread(r[side].map((x) => x.rps)),
              p50: spread(r[side].map((x) => x.p50)),
              p99: spread(r[side].map((x) => x.p99)),
              serverCpuMs: spread((cpu[job.id]?.[side] ?? []).map((x) => x.server)),
              neo4jCpuMs: spread((cpu[job.id]?.[side] ?? []).map((x) => x.neo4j)),
            }
          : null;
      return {
        id: job.id,
        A: of('A'),
        'A+': of('A+'),
        C: of('C'),
        aOverC: ratio(r.A, r.C),
        cachedOverA: ratio(r['A+'], r.A),
      };
    });

    if (only) {
      writeFileSync(
        path.join(options.logDir, 'hpo-scale-only.json'),
        JSON.stringify({ startedAt, timed }, null, 2),
      );
      timed.forEach((row) =>
        log(
          `${row.id}: A/C ${row.aOverC.toFixed(2)}; CPU ms/request A ${row.A?.serverCpuMs?.median.toFixed(2)} ` +
            `(Neo4j ${row.A?.neo4jCpuMs?.median.toFixed(2)}), C ${row.C?.serverCpuMs?.median.toFixed(2)} (Neo4j ${row.C?.neo4jCpuMs?.median.toFixed(2)})`,
        ),
      );
      return;
    }
    // 5. Budgets on myoclonus.
    const mcpBudgets = await measureMcpBudgets(a.url);

    const result: HpoScaleResult = {
      startedAt,
      finishedAt: new Date().toISOString(),
      settings: {
        durationS: options.durationS,
        rounds: options.rounds,
        connections: options.connections,
        warmUpS: options.warmUpS,
        ...loadSettings,
      },
      extract: path.basename(extract),
      loads,
      roundTrips,
      checks,
      timed,
      graphqlBudgets,
      mcpBudgets,
    };
    writeResultPair(
      options.smoke ? 'hpo-scale-smoke' : 'hpo-scale',
      result,
      hpoScaleMarkdown(result),
    );
  } finally {
    removeSignals();
    await stopAll();
  }
}

runMain(main);
