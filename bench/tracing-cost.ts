/**
 * `npm run bench:tracing`: what tracing costs uncached GraphQL throughput.
 * Pairs of processes of server A (response cache off, production mode) on
 * the article graph, a new pair each round: one plain, one with tracing on
 * (bench/servers/traced-service.ts)
 * exporting every span over OTLP/HTTP (protobuf, the SDK's default batch
 * processor) to a sink in this process that reads each export and answers
 * 200 with nothing kept: the service pays for making, batching, encoding and
 * sending its spans, and no collector competes for the CPU. The load comes
 * from a child of its own; each round's measuring time is cut into short
 * slices that alternate between the two servers, and each round (same
 * workload, the same seconds) gives a ratio; the median round is the figure. Two processes of one build differ by several per cent in CPU
 * per request (each runs its hot code as its JIT compiled it), so one pair
 * kept for the whole run would read that difference as tracing's cost. Results go to bench/results/tracing-cost.{json,md} and a row
 * of bench/results/results.json's targets.
 */
import http from 'node:http';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { LoadResult } from './load';
import { connectionEnv, provisionArticleGraph } from './neo4j';
import { readOptions } from './options';
import { LoadGenerator, startServer, type ServerProcess } from './processes';
import { processCpuMs } from './proc-cpu';
import { upsertStandaloneTargets } from './report';
import { runMain, writeResultPair } from './script';
import { WORKLOADS, type HttpRequest } from './workloads';

const ROUNDS = Number(process.env.BENCH_TRACING_ROUNDS ?? 5);
const SECONDS = Number(process.env.BENCH_TRACING_SECONDS ?? 8);
const WARM_SECONDS = 4;
/** Slices of a round's measuring time, alternating between the two servers. */
const SLICES = 4;
const CONNECTIONS = 8;
const TARGET = 'tracing on / off uncached <= 10% slower';
const LIMIT = 1.1;
const TRACED_SERVER = path.join(__dirname, 'servers', 'traced-service.ts');
const RESULTS = path.join(__dirname, 'results');

/** A load run on one server, with the server's own CPU per request (ms): a figure a busy machine disturbs less than req/s. */
interface Measured {
  load: LoadResult;
  cpuMsPerRequest: number;
}

/** A round's slices on one server, as one run: its requests over its seconds, its CPU over its requests. */
function summed(runs: { result: LoadResult; cpuMs: number }[]): Measured {
  const requests = runs.reduce((sum, run) => sum + run.result.requests, 0);
  const seconds = runs.reduce((sum, run) => sum + run.result.durationS, 0);
  return {
    load: {
      requests,
      rps: requests / seconds,
      p50: median(runs.map((run) => run.result.p50)),
      p90: median(runs.map((run) => run.result.p90)),
      p99: median(runs.map((run) => run.result.p99)),
      max: Math.max(...runs.map((run) => run.result.max)),
      failures: runs.reduce((sum, run) => sum + run.result.failures, 0),
      durationS: seconds,
    },
    cpuMsPerRequest: runs.reduce((sum, run) => sum + run.cpuMs, 0) / Math.max(1, requests),
  };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** An OTLP/HTTP receiver that reads each export and drops it; counts what came. */
async function startSink(): Promise<{
  url: string;
  exports: () => number;
  bytes: () => number;
  stop(): Promise<void>;
}> {
  let exports = 0;
  let bytes = 0;
  const server = http.createServer((req, res) => {
    req.on('data', (chunk: Buffer) => (bytes += chunk.length));
    req.on('end', () => {
      exports++;
      res.writeHead(200, { 'content-type': 'application/x-protobuf' }).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    exports: () => exports,
    bytes: () => bytes,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** One answer first (a workload that fails would measure nothing); a fresh Neo4j may need a few tries. */
async function expectAnswer(base: string, request: HttpRequest): Promise<void> {
  let text = '';
  for (let attempt = 0; attempt < 5; attempt++) {
    const response = await fetch(base + request.path, request);
    text = await response.text();
    if (response.status === 200 && !text.includes('"errors":[')) return;
  }
  throw new Error(`the bench request fails: ${text.slice(0, 300)}`);
}

async function main(): Promise<void> {
  const options = readOptions();
  const graph = await provisionArticleGraph(options);
  const sink = await startSink();
  const load = new LoadGenerator();
  const servers = new Set<ServerProcess>();
  // Both alike: a busy machine's first reads must not time out.
  const env = { ...connectionEnv(graph.connection), NEO4J_QUERY_TIMEOUT_MS: '30000' };
  const startPair = async () => {
    const [off, on] = await Promise.all([
      startServer('A', env, options.logDir),
      startServer(
        'A',
        {
          ...env,
          OTEL_EXPORTER_OTLP_ENDPOINT: sink.url,
          OTEL_TRACES_EXPORTER: 'otlp',
          OTEL_SERVICE_NAME: 'bench-traced',
        },
        path.join(options.logDir, 'traced'),
        120_000,
        TRACED_SERVER,
      ),
    ]);
    servers.add(off).add(on);
    return { off, on };
  };
  const stopPair = async (pair: { off: ServerProcess; on: ServerProcess }) => {
    for (const server of [pair.off, pair.on]) {
      await server.stop();
      servers.delete(server);
    }
  };
  try {
    const measured = WORKLOADS.filter((w) => w.id === 'W1' || w.id === 'W2');
    const pairsOf = new Map(measured.map((w) => [w.id, [] as { off: Measured; on: Measured }[]]));
    // Each round has a pair of processes of its own: one process runs its
    // hot code as its JIT happened to compile it, and two processes of the
    // same build differ by several per cent in CPU per request, which a
    // single pair would read as tracing's cost.
    for (let round = 0; round < ROUNDS; round++) {
      const pair = await startPair();
      try {
        for (const workload of measured) {
          const request = workload.requests.A;
          for (const server of [pair.off, pair.on]) await expectAnswer(server.url, request);
          // Warm both (JIT, compiled operations, pools) before measuring.
          for (const server of [pair.off, pair.on])
            await load.run(server.url, request, CONNECTIONS, WARM_SECONDS);
          // The round's time is cut into short slices that alternate between the two, so
          // that what else the machine does in those seconds falls on both alike.
          const slices = new Map<ServerProcess, { result: LoadResult; cpuMs: number }[]>([
            [pair.off, []],
            [pair.on, []],
          ]);
          for (let slice = 0; slice < SLICES; slice++) {
            const first = (round + slice) % 2 === 0 ? pair.off : pair.on;
            for (const server of first === pair.off ? [pair.off, pair.on] : [pair.on, pair.off]) {
              const cpu0 = processCpuMs(server.pid);
              const result = await load.run(server.url, request, CONNECTIONS, SECONDS / SLICES);
              slices.get(server)!.push({ result, cpuMs: processCpuMs(server.pid) - cpu0 });
            }
          }
          const results = new Map<ServerProcess, Measured>();
          for (const [server, runs] of slices) results.set(server, summed(runs));
          pairsOf
            .get(workload.id)!
            .push({ off: results.get(pair.off)!, on: results.get(pair.on)! });
        }
      } finally {
        await stopPair(pair);
      }
    }
    const rows = measured.map((workload) => {
      const pairs = pairsOf.get(workload.id)!;
      const ratios = pairs.map((p) => p.off.load.rps / p.on.load.rps);
      return {
        workload: workload.id,
        title: workload.title,
        offRps: median(pairs.map((p) => p.off.load.rps)),
        onRps: median(pairs.map((p) => p.on.load.rps)),
        offP50Ms: median(pairs.map((p) => p.off.load.p50)),
        onP50Ms: median(pairs.map((p) => p.on.load.p50)),
        offCpuMs: median(pairs.map((p) => p.off.cpuMsPerRequest)),
        onCpuMs: median(pairs.map((p) => p.on.cpuMsPerRequest)),
        // The server's CPU per request, on over off: the same cost seen from the process's side.
        cpuRatio: median(pairs.map((p) => p.on.cpuMsPerRequest / p.off.cpuMsPerRequest)),
        // off req/s over on req/s: 1.10 means tracing made it 10% slower.
        slowdown: median(ratios),
        pairRatios: ratios,
        failures: pairs.reduce((sum, p) => sum + p.off.load.failures + p.on.load.failures, 0),
      };
    });
    // Spans leave in batches every few seconds: wait for the last before counting.
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    const worst = Math.max(...rows.map((r) => r.slowdown));
    const at = new Date().toISOString();
    const loadAverage = os.loadavg()[0]!;
    const exported = { exports: sink.exports(), bytes: sink.bytes() };
    writeResultPair(
      'tracing-cost',
      {
        at,
        rounds: ROUNDS,
        seconds: SECONDS,
        connections: CONNECTIONS,
        loadAverage,
        exported,
        rows,
      },
      [
        `# What tracing costs (${at})`,
        '',
        `Uncached GraphQL (server A, response cache off) with tracing off and on, a fresh pair of processes of one build each round; tracing exports every span over OTLP/HTTP (protobuf, batched) to a sink in the bench process that drops it (${exported.exports} exports, ${(exported.bytes / 2 ** 20).toFixed(1)} MiB received). Load from a process of its own, ${CONNECTIONS} connections, ${ROUNDS} rounds (each a new pair, warmed ${WARM_SECONDS} s per workload) of ${SECONDS} s each, in ${SLICES} slices that alternate between the two; the figure is the median pair's off / on req/s. Goal: at most ${Math.round((LIMIT - 1) * 100)}% slower. Beside it, each server's own CPU time per request (from /proc), on / off: the machine's load average was ${loadAverage.toFixed(1)} on ${os.cpus().length} CPUs at the end of the run, and req/s follows what else runs.`,
        '',
        '| workload | off req/s | on req/s | off p50 ms | on p50 ms | slowdown (off / on req/s) | pairs | CPU ms/request off | on | CPU on / off | failures |',
        '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
        ...rows.map(
          (r) =>
            `| ${r.workload} ${r.title} | ${r.offRps.toFixed(0)} | ${r.onRps.toFixed(0)} | ${r.offP50Ms} | ${r.onP50Ms} | ${r.slowdown.toFixed(3)} | ${r.pairRatios.map((x) => x.toFixed(2)).join(', ')} | ${r.offCpuMs.toFixed(2)} | ${r.onCpuMs.toFixed(2)} | ${r.cpuRatio.toFixed(3)} | ${r.failures} |`,
        ),
        '',
      ],
    );
    upsertStandaloneTargets(
      'bench:tracing',
      [{ target: TARGET, value: worst.toFixed(2), met: worst <= LIMIT }],
      RESULTS,
    );
    for (const r of rows)
      console.log(
        `${r.workload}: off ${r.offRps.toFixed(0)} req/s, on ${r.onRps.toFixed(0)} req/s, slowdown ${r.slowdown.toFixed(3)}; CPU/request on / off ${r.cpuRatio.toFixed(3)}`,
      );
  } finally {
    for (const server of servers) await server.stop();
    await load.stop();
    await sink.stop();
    await graph.stop();
  }
}

runMain(main);
