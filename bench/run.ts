/**
 * `npm run bench` (add `-- --smoke`, or BENCH_SMOKE=1, for the CI-sized run):
 * provisions the bench Neo4j, loads the article graph, starts A (this
 * service), B (@neo4j/graphql), C (the bare-driver floor) and D (the Apollo
 * ceiling) each in its own process, checks that A, B and C give the same
 * answers, drives W1-W4 from a separate autocannon process in rounds
 * (A B C D, A B C D, ...), then loads synthetic graphs of growing size and
 * measures load throughput and A's W1/W2 latency on each, and last `npm start`
 * to its first answer (bench/start-time.ts). Writes JSON,
 * Markdown and SVG under bench/results/ (bench/results/smoke/ for the smoke
 * run) and, for a full run, the summary section of docs/performance.md.
 */
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../src/graph/driver';
import type { GraphContent } from '../src/domain';
import { applyGraphSchema, writeSeedGraph } from '../src/graph/write';
import { stopOnSignals } from '../src/stop-on-signals';
import { DEFAULT_SEED_DIR } from '../src/seed/seed';
import { loadSeedGraph } from '../src/seed/seed-graph';
import { connectionEnv, emptyDatabase, provisionBenchNeo4j } from './neo4j';
import { readOptions, type BenchOptions } from './options';
import { runMain } from './script';
import { LoadGenerator, SERVER_NAMES, startServer, type ServerProcess } from './processes';
import { compileServers, measureColdStarts } from './cold-start';
import { benchNpmStart } from './start-time';
import { measureLoadFloor } from './load-floor';
import { rssMiB, type MemoryRow } from './memory';
import { targetRows } from './targets';
import {
  ARTICLE_SCALE,
  pairedRatio,
  summarise,
  writeDocsSummary,
  writeResults,
  type BenchResults,
  type RunRecord,
  type ScaleRow,
} from './report';
import { spread } from './spread';
import { buildSyntheticGraph, relationshipCount } from './synthetic-graph';
import {
  CEILING_REQUEST,
  WORKLOADS,
  normaliseCeiling,
  normaliserOf,
  requestOf,
  type AnsweringServer,
  type HttpRequest,
  type ServerId,
  type Workload,
  type WorkloadId,
} from './workloads';

const log = (message: string) =>
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

const ARTICLE = ARTICLE_SCALE;
/** Graph sizes from which the run also measures the write floor of the graph itself. */
const FLOOR_FROM = 100_000;
/** Floor-and-load pairs per graph below 1M relationships, and at 1M (a 1M pair takes about 5 minutes). */
const LOAD_PAIRS = 3;
const MILLION_PAIRS = 2;
const scaleLabel = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n));

/** Loads a graph through the real loader path; returns wall time and throughput. */
async function load(driver: Driver, graph: GraphContent, options: BenchOptions) {
  await emptyDatabase(driver);
  await applyGraphSchema(driver);
  const started = performance.now();
  const report = await writeSeedGraph(driver, graph, {
    batchSize: options.loadBatchSize,
    writers: options.loadWriters,
    timeoutMs: 60 * 60_000,
  });
  const loadMs = performance.now() - started;
  const relationships = relationshipCount(graph);
  return {
    loadMs,
    relationships,
    loadRelPerS: relationships / (loadMs / 1000),
    loadMode: report.mode,
  };
}

async function fetchJson(base: string, request: HttpRequest): Promise<unknown> {
  const response = await fetch(base + request.path, {
    method: request.method,
    headers: request.headers,
    body: request.body,
  });
  const text = await response.text();
  if (!response.ok)
    throw new Error(
      `${request.method} ${base}${request.path}: HTTP ${response.status} ${text.slice(0, 500)}`,
    );
  const body = JSON.parse(text) as { errors?: unknown };
  if (body && typeof body === 'object' && 'errors' in body && body.errors)
    throw new Error(
      `${base}${request.path}: GraphQL errors ${JSON.stringify(body.errors).slice(0, 500)}`,
    );
  return body;
}

/**
 * Asks A, B and C the same question (a few times: it also warms them up),
 * normalises the answers and fails the run if they differ.
 */
async function checkSameAnswers(
  workload: Workload,
  servers: Record<ServerId, ServerProcess>,
  ids: AnsweringServer[],
  repeats: number,
): Promise<string> {
  const answers: Partial<Record<AnsweringServer, string[]>> = {};
  for (const id of ids) {
    for (let i = 0; i < repeats; i++) {
      const body = await fetchJson(servers[id].url, requestOf(workload, id));
      answers[id] = normaliserOf(workload, id)(body);
    }
  }
  const reference = answers[ids[0]!]!;
  if (reference.length === 0) throw new Error(`${workload.id}: ${ids[0]} gave an empty answer`);
  for (const id of ids.slice(1)) {
    const other = answers[id]!;
    const missing = reference.filter((l) => !other.includes(l));
    const extra = other.filter((l) => !reference.includes(l));
    if (missing.length > 0 || extra.length > 0 || other.length !== reference.length) {
      throw new Error(
        `${workload.id}: ${id} answers differently from ${ids[0]}\n` +
          `  only in ${ids[0]}: ${JSON.stringify(missing, null, 1)}\n  only in ${id}: ${JSON.stringify(extra, null, 1)}`,
      );
    }
  }
  return `${workload.id}: ${ids.join(', ')} agree (${reference.length} lines)`;
}

async function main(): Promise<void> {
  const options = readOptions();
  const startedAt = new Date().toISOString();
  log(
    `${options.smoke ? 'smoke' : 'full'} run: ${options.rounds} round(s) x ${options.durationS} s, ` +
      `c${options.connections}, scales ${options.scales.map(scaleLabel).join(', ')}`,
  );

  const connection = await provisionBenchNeo4j(options);
  log(`Neo4j ${connection.provider} at ${connection.uri}`);
  const driver = createDriver(connection, { connectionAcquisitionTimeoutMs: 60_000 });
  const servers: Partial<Record<ServerId, ServerProcess>> = {};
  let loader: LoadGenerator | undefined;
  const stopAll = async () => {
    await loader?.stop().catch(() => undefined);
    await Promise.all(Object.values(servers).map((s) => s.stop().catch(() => undefined)));
    await driver.close().catch(() => undefined);
    await connection.stop();
  };
  const removeSignals = stopOnSignals(stopAll);

  try {
    const runs: RunRecord[] = [];
    const checks: string[] = [];
    const scales: ScaleRow[] = [];

    // 1. The article graph, and the four servers on it.
    // Servers start while the graph loads: none reads the graph before it is asked.
    const env = {
      ...connectionEnv(connection),
      NODE_ENV: 'production',
      LOG_LEVEL: options.serverLogLevel,
    };
    const ids: ServerId[] = ['A', 'A+', 'B', 'C', 'D'];
    const answering: AnsweringServer[] = ['A', 'A+', 'B', 'C'];
    const starting = Promise.allSettled(ids.map((id) => startServer(id, env, options.logDir)));
    const core = loadSeedGraph(DEFAULT_SEED_DIR);
    const article = await load(driver, core, options);
    log(
      `article graph: ${article.relationships} relationships loaded in ${article.loadMs.toFixed(0)} ms`,
    );
    const settled = await starting;
    const started = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    for (const s of started) servers[s.id] = s;
    const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) throw failed.reason;
    const all = servers as Record<ServerId, ServerProcess>;
    log(`servers up: ${started.map((s) => `${s.id} ${s.url}`).join(', ')}`);
    loader = new LoadGenerator();

    const repeats = options.smoke ? 1 : 20;
    for (const workload of WORKLOADS) {
      const check = await checkSameAnswers(workload, all, answering, repeats);
      checks.push(`${ARTICLE}: ${check}`);
      log(check);
    }
    normaliseCeiling(await fetchJson(all.D.url, CEILING_REQUEST));

    const time = async (
      scale: string,
      workload: WorkloadId | 'ping',
      server: ServerId,
      round: number,
      request: HttpRequest,
    ) => {
      const result = await loader!.run(
        all[server].url,
        request,
        options.connections,
        options.durationS,
      );
      if (result.failures > 0)
        throw new Error(
          `${scale} ${workload} ${server}: ${result.failures} failed requests of ${result.requests}`,
        );
      runs.push({ scale, workload, server, round, result });
      log(
        `${scale} ${workload} ${SERVER_NAMES[server].padEnd(18)} round ${round}: ` +
          `${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms`,
      );
    };

    /** Load that is not recorded: Neo4j's and Node's JIT compilers and caches reach steady state first. */
    const warmUp = async (servers: AnsweringServer[], workloads: typeof WORKLOADS) => {
      if (options.warmUpS <= 0) return;
      for (const workload of workloads)
        for (const server of servers)
          await loader!.run(
            all[server].url,
            requestOf(workload, server),
            options.connections,
            options.warmUpS,
          );
    };
    const memoryOf = (server: ServerId) => rssMiB(all[server].pid);

    // 2. Comparison: a warm-up pass, then per round each workload on C, A, A+ and B in turn; then D's ceiling.
    log(`warm-up: ${options.warmUpS} s per server and workload`);
    await warmUp(answering, WORKLOADS);
    if (options.warmUpS > 0)
      await loader.run(all.D.url, CEILING_REQUEST, options.connections, options.warmUpS);
    const afterWarmUp = new Map(ids.map((id) => [id, memoryOf(id)]));
    for (let round = 1; round <= options.rounds; round++) {
      for (const workload of WORKLOADS) {
        // A runs between C and A+, the two it is divided by and into.
        for (const server of ['C', 'A', 'A+', 'B'] as const) {
          await time(ARTICLE, workload.id, server, round, requestOf(workload, server));
        }
      }
      await time(ARTICLE, 'ping', 'D', round, CEILING_REQUEST);
    }

    // Memory: RSS after the warm-up, then after a sustained load of W1 to W4 in turn.
    const memory: MemoryRow[] = [];
    for (const server of ['A', 'A+', 'B'] as const) {
      for (const workload of WORKLOADS)
        await loader.run(
          all[server].url,
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

    // Cold start: the API process alone, compiled, Neo4j up and holding the article graph.
    const w1Check = WORKLOADS.find((w) => w.id === 'W1')!;
    const reference = JSON.stringify(
      normaliserOf(w1Check, 'A')(await fetchJson(all.A.url, w1Check.requests.A)),
    );
    const compiled = await compileServers(path.join(options.logDir, 'compiled'));
    const coldStarts = await measureColdStarts(
      compiled,
      ['A', 'B', 'C'],
      { ...env, PORT: '0', LOG_LEVEL: 'warn' },
      (id) => requestOf(w1Check, id as AnsweringServer),
      (id, body) =>
        JSON.stringify(normaliserOf(w1Check, id as AnsweringServer)(body)) === reference,
      options.coldStartRepeats,
    );
    for (const row of coldStarts)
      log(
        `cold start ${row.server}: first answer ${row.firstAnswerMs.median.toFixed(0)} ms (listening at ${row.readyMs.median.toFixed(0)} ms)`,
      );
    const w1 = WORKLOADS.find((w) => w.id === 'W1')!;
    const w2 = WORKLOADS.find((w) => w.id === 'W2')!;
    const aP50 = (scale: string, workload: WorkloadId) =>
      spread(
        runs
          .filter((r) => r.scale === scale && r.server === 'A' && r.workload === workload)
          .map((r) => r.result.p50),
      );
    scales.push({
      label: ARTICLE,
      relationships: article.relationships,
      entities: core.entities.length,
      loadMs: article.loadMs,
      loadRelPerS: article.loadRelPerS,
      loadMode: article.loadMode,
      w1p50: aP50(ARTICLE, 'W1'),
      w2p50: aP50(ARTICLE, 'W2'),
    });

    // 3. Scale: synthetic graphs (the article plus synthetic families), A on W1 and W2.
    for (const target of options.scales) {
      const label = scaleLabel(target);
      const synthetic = buildSyntheticGraph(core, target);
      log(
        `${label}: ${synthetic.relationships} relationships, ${synthetic.graph.entities.length} entities; loading`,
      );
      let loaded: Awaited<ReturnType<typeof load>>;
      let floorFields: Pick<ScaleRow, 'floorMs' | 'floorSpeed'> = {};
      try {
        if (options.smoke || target >= FLOOR_FROM) {
          // Floor and load in alternating pairs: the machine's speed drifts
          // between minutes, so each load is divided by the floor measured just
          // before it, and the ratio reported is the median over the pairs.
          const pairs = options.smoke ? 1 : target >= 1_000_000 ? MILLION_PAIRS : LOAD_PAIRS;
          const floors: number[] = [];
          const loads: Awaited<ReturnType<typeof load>>[] = [];
          for (let pair = 1; pair <= pairs; pair++) {
            await emptyDatabase(driver);
            const { floorMs } = await measureLoadFloor(
              driver,
              synthetic.graph,
              options.loadBatchSize,
              options.loadWriters,
            );
            const pairLoad = await load(driver, synthetic.graph, options);
            floors.push(floorMs);
            loads.push(pairLoad);
            log(
              `${label}: pair ${pair}/${pairs}: write floor ${(floorMs / 1000).toFixed(1)} s, ` +
                `load ${(pairLoad.loadMs / 1000).toFixed(1)} s (${(floorMs / pairLoad.loadMs).toFixed(2)}x)`,
            );
          }
          // The load whose time is the median stands for the size (the graph stays as it left it).
          const byTime = [...loads].sort((a, b) => a.loadMs - b.loadMs);
          loaded = byTime[Math.floor((byTime.length - 1) / 2)]!;
          floorFields = {
            floorMs: spread(floors).median,
            floorSpeed: spread(floors.map((f, i) => f / loads[i]!.loadMs)),
          };
        } else loaded = await load(driver, synthetic.graph, options);
      } catch (error) {
        // A size the machine cannot load (memory) is a result too: report it, go on.
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        log(`${label}: load failed: ${reason}`);
        checks.push(`${label}: load failed: ${reason}`);
        continue;
      }
      log(
        `${label}: loaded in ${(loaded.loadMs / 1000).toFixed(1)} s (${loaded.loadRelPerS.toFixed(0)} rel/s)`,
      );
      for (const workload of [w1, w2]) {
        const check = await checkSameAnswers(
          workload,
          all,
          ['A', 'B', 'C'],
          options.smoke ? 1 : 10,
        );
        checks.push(`${label}: ${check}`);
      }
      await warmUp(['A'], [w1, w2]);
      for (let round = 1; round <= options.rounds; round++) {
        for (const workload of [w1, w2])
          await time(label, workload.id, 'A', round, workload.requests.A);
      }
      scales.push({
        label,
        relationships: loaded.relationships,
        entities: synthetic.graph.entities.length,
        loadMs: loaded.loadMs,
        loadRelPerS: loaded.loadRelPerS,
        loadMode: loaded.loadMode,
        ...floorFields,
        w1p50: aP50(label, 'W1'),
        w2p50: aP50(label, 'W2'),
      });
    }

    // 4. Report.
    const comparison = summarise(runs, ARTICLE);
    // Each ratio is the median of one round's ratios (runs of the same round).
    const ratio = (
      workload: WorkloadId,
      over: ServerId,
      under: ServerId,
      underWorkload: WorkloadId | 'ping' = workload,
    ) =>
      pairedRatio(
        runs,
        ARTICLE,
        { workload, server: over },
        { workload: underWorkload, server: under },
      );
    const ratios = WORKLOADS.map((w) => ({
      workload: w.id,
      aOverB: ratio(w.id, 'A', 'B'),
      aOverC: ratio(w.id, 'A', 'C'),
      cachedOverA: ratio(w.id, 'A+', 'A'),
      cachedOverD: ratio(w.id, 'A+', 'D', 'ping'),
    }));
    const results: BenchResults = {
      startedAt,
      finishedAt: new Date().toISOString(),
      smoke: options.smoke,
      settings: {
        durationS: options.durationS,
        rounds: options.rounds,
        connections: options.connections,
        scales: options.scales,
      },
      environment: {
        node: process.version,
        cpus: os.cpus().length,
        neo4j: `5.26 (${connection.provider})`,
        platform: `${os.platform()} ${os.arch()}`,
      },
      checks,
      comparison,
      ratios,
      scales,
      memory,
      coldStarts,
      targets: targetRows({ comparison, ratios, scales, memory, coldStarts }),
      runs,
    };
    const files = writeResults(results, options.outDir);
    if (options.writeDocs) {
      const doc = path.resolve(__dirname, '..', 'docs', 'performance.md');
      writeDocsSummary(results, doc);
      files.push(doc);
    }
    log(`wrote ${files.map((f) => path.relative(process.cwd(), f)).join(', ')}`);
  } finally {
    removeSignals();
    await stopAll();
  }
  // Last, with the bench's Neo4j and servers gone: `npm start` (its own local Neo4j) to the first answer.
  if (!options.smoke) await benchNpmStart(3);
}

runMain(main);
