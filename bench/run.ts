/**
 * `npm run bench` (add `-- --smoke`, or BENCH_SMOKE=1, for the CI-sized run):
 * provisions the bench Neo4j, loads the article graph, starts A (this
 * service), B (@neo4j/graphql), C (the bare-driver floor) and D (the Apollo
 * ceiling) each in its own process, checks that A, B and C give the same
 * answers, drives W1-W4 from a separate autocannon process in rounds
 * (article-comparison.ts), then loads synthetic graphs of growing size and
 * measures load throughput and A's W1/W2 latency on each (scale-runs.ts), and
 * last `npm start` to its first answer (start-time.ts). Writes JSON,
 * Markdown and SVG under bench/results/ (bench/results/smoke/ for the smoke
 * run) and, for a full run, the summary section of docs/performance.md.
 */
import os from 'node:os';
import path from 'node:path';
import { readGraphSettings } from '../src/config';
import { createDriver } from '../src/graph/driver';
import { DEFAULT_SEED_DIR } from '../src/seed/seed';
import { loadSeedGraph } from '../src/seed/seed-graph';
import { stopOnSignals } from '../src/stop-on-signals';
import { checkSameAnswers, fetchJson } from './answer-check';
import { compareOnArticle } from './article-comparison';
import { compiledServerFile } from './compiled-servers';
import { measureColdStarts, type ColdStartRow } from './cold-start';
import { loadGraph } from './graph-load';
import { log } from './log';
import { connectionEnv, provisionBenchNeo4j } from './neo4j';
import { readOptions, type BenchOptions } from './options';
import { LoadGenerator, SERVER_FILES, startServer, type ServerProcess } from './processes';
import { writeDocsSummary, writeResults } from './report';
import { ARTICLE_SCALE, type BenchResults, type ScaleRow } from './results';
import { articleRatios, summarise } from './run-summary';
import { measureScale, scaleLabel } from './scale-runs';
import { runMain } from './script';
import { benchNpmStart } from './start-time';
import { targetRows } from './targets';
import { TimedRuns } from './timed-runs';
import {
  CEILING_REQUEST,
  WORKLOADS,
  normaliseCeiling,
  normaliserOf,
  requestOf,
  type AnsweringServer,
  type ServerId,
} from './workloads';

/** Cold start: the API process alone, compiled, Neo4j up and holding the article graph. */
async function coldStartsOnW1(
  servers: Record<ServerId, ServerProcess>,
  env: Record<string, string>,
  options: BenchOptions,
): Promise<ColdStartRow[]> {
  const w1 = WORKLOADS.find((w) => w.id === 'W1')!;
  const reference = JSON.stringify(
    normaliserOf(w1, 'A')(await fetchJson(servers.A.url, w1.requests.A)),
  );
  const compiled = Object.fromEntries(
    await Promise.all(
      Object.entries(SERVER_FILES).map(async ([id, file]) => [id, await compiledServerFile(file)]),
    ),
  ) as Record<ServerId, string>;
  const coldStarts = await measureColdStarts(
    compiled,
    ['A', 'B', 'C'],
    { ...env, PORT: '0', LOG_LEVEL: 'warn' },
    (id) => requestOf(w1, id as AnsweringServer),
    (id, body) => JSON.stringify(normaliserOf(w1, id as AnsweringServer)(body)) === reference,
    options.coldStartRepeats,
  );
  for (const row of coldStarts)
    log(
      `cold start ${row.server}: first answer ${row.firstAnswerMs.median.toFixed(0)} ms (listening at ${row.readyMs.median.toFixed(0)} ms)`,
    );
  return coldStarts;
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
  const driver = createDriver(connection, {
    ...readGraphSettings().driver,
    connectionAcquisitionTimeoutMs: 60_000,
  });
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
    const checks: string[] = [];

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
    const article = await loadGraph(driver, core, options);
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
    const timed = new TimedRuns(loader, all, options);

    const repeats = options.smoke ? 1 : 20;
    for (const workload of WORKLOADS) {
      const check = await checkSameAnswers(workload, all, answering, repeats);
      checks.push(`${ARTICLE_SCALE}: ${check}`);
      log(check);
    }
    normaliseCeiling(await fetchJson(all.D.url, CEILING_REQUEST));

    // 2. Comparison on the article graph, memory, cold start.
    const memory = await compareOnArticle(timed, loader, all, answering, options);
    const coldStarts = await coldStartsOnW1(all, env, options);
    const scales: ScaleRow[] = [
      {
        label: ARTICLE_SCALE,
        relationships: article.relationships,
        entities: core.entities.length,
        loadMs: article.loadMs,
        loadRelPerS: article.loadRelPerS,
        loadMode: article.loadMode,
        w1p50: timed.aP50(ARTICLE_SCALE, 'W1'),
        w2p50: timed.aP50(ARTICLE_SCALE, 'W2'),
      },
    ];

    // 3. Scale: synthetic graphs, A on W1 and W2.
    for (const target of options.scales) {
      const row = await measureScale(target, core, driver, timed, all, checks, options);
      if (row) scales.push(row);
    }

    // 4. Report.
    const comparison = summarise(timed.runs, ARTICLE_SCALE);
    const ratios = articleRatios(timed.runs);
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
      runs: timed.runs,
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
