/**
 * `npm run bench:cpu`: where a request's CPU goes. For W1-W4 on the article
 * graph it drives A, A+ (A with its response cache on), B and C in turn, and
 * D with its ping (16 connections, after a warm-up), and reads, from /proc,
 * the CPU time that the server's process, the local Neo4j's processes and the
 * load generator spent per request. On a machine where the service, Neo4j and
 * the load generator share the cores, these costs set the req/s ratios.
 * Linux only; Neo4j's share is measured for the local server only.
 * Results go to bench/results/cpu-per-request.{json,md}.
 */
import { readGraphSettings } from '../src/config';
import os from 'node:os';
import { createDriver } from '../src/graph/driver';
import { stopOnSignals } from '../src/stop-on-signals';
import { seedDatabase } from '../src/seed/seed';
import { connectionEnv, emptyDatabase, provisionBenchNeo4j } from './neo4j';
import { readOptions } from './options';
import { LoadGenerator, startServer, type ServerProcess } from './processes';
import { groupCpuMs, processCpuMs } from './proc-cpu';
import { spread } from './spread';
import { runMain, writeResultPair } from './script';
import { CEILING_REQUEST, WORKLOADS, type HttpRequest, type ServerId } from './workloads';

const WARM_UP_S = 4;
const MEASURE_S = 6;
const ROUNDS = 2;
interface CpuRow {
  workload: string;
  server: string;
  rps: number;
  serverMsPerRequest: number;
  neo4jMsPerRequest: number | null;
  /** The autocannon process's own CPU per request: on a shared machine it is part of every request's cost. */
  loadGeneratorMsPerRequest: number;
}

const median = (xs: number[]) => spread(xs).median;

async function main(): Promise<void> {
  const options = readOptions([]);
  const connection = await provisionBenchNeo4j(options);
  const driver = createDriver(connection, readGraphSettings().driver);
  const servers: ServerProcess[] = [];
  const loader = new LoadGenerator();
  const stopAll = async () => {
    await loader.stop().catch(() => undefined);
    await Promise.all(servers.map((s) => s.stop().catch(() => undefined)));
    await driver.close().catch(() => undefined);
    await connection.stop();
  };
  const removeSignals = stopOnSignals(stopAll);
  const rows: CpuRow[] = [];
  try {
    await emptyDatabase(driver);
    await seedDatabase(driver);
    const env = {
      ...connectionEnv(connection),
      NODE_ENV: 'production',
      LOG_LEVEL: options.serverLogLevel,
    };
    for (const id of ['A', 'A+', 'B', 'C', 'D'] as const)
      servers.push(await startServer(id, env, options.logDir));
    const neo4jGroup = connection.provider === 'local' ? connection.pid : undefined;
    const neo4jCpu = groupCpuMs(neo4jGroup);
    const byId = (id: ServerId) => servers.find((s) => s.id === id)!;
    // What each server is asked: the workloads for A to C (A+ asks as A does), D its ping.
    const jobs: { workload: string; server: ServerProcess; request: HttpRequest }[] = [];
    for (const workload of WORKLOADS)
      for (const id of ['A', 'A+', 'B', 'C'] as const)
        jobs.push({
          workload: workload.id,
          server: byId(id),
          request: workload.requests[id === 'A+' ? 'A' : id],
        });
    jobs.push({ workload: 'ping', server: byId('D'), request: CEILING_REQUEST });

    // One warm-up pass over everything first: Neo4j and the servers compile their hot paths.
    for (const job of jobs)
      await loader.run(job.server.url, job.request, options.connections, WARM_UP_S);

    for (const { workload, server, request } of jobs) {
      await loader.run(server.url, request, options.connections, WARM_UP_S);
      const samples: { rps: number; own: number; neo4j: number | null; loader: number }[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const own0 = processCpuMs(server.pid);
        const loader0 = processCpuMs(loader.pid);
        const neo0 = neo4jCpu();
        const result = await loader.run(server.url, request, options.connections, MEASURE_S);
        const perRequest = (ms: number) => ms / result.requests;
        samples.push({
          rps: result.rps,
          own: perRequest(processCpuMs(server.pid) - own0),
          neo4j: neo4jGroup ? perRequest(neo4jCpu() - neo0) : null,
          loader: perRequest(processCpuMs(loader.pid) - loader0),
        });
      }
      const row: CpuRow = {
        workload,
        server: server.id,
        rps: median(samples.map((s) => s.rps)),
        serverMsPerRequest: median(samples.map((s) => s.own)),
        neo4jMsPerRequest: neo4jGroup ? median(samples.map((s) => s.neo4j!)) : null,
        loadGeneratorMsPerRequest: median(samples.map((s) => s.loader)),
      };
      rows.push(row);
      console.log(
        `${row.workload} ${row.server}: ${Math.round(row.rps)} req/s, server ${row.serverMsPerRequest.toFixed(2)} ms CPU/request, ` +
          `Neo4j ${row.neo4jMsPerRequest?.toFixed(2) ?? 'n/a'}, load generator ${row.loadGeneratorMsPerRequest.toFixed(2)}`,
      );
    }
  } finally {
    removeSignals();
    await stopAll();
  }

  const at = new Date().toISOString();
  const environment = { node: process.version, cpus: os.cpus().length, neo4j: connection.provider };
  const ms = (n: number | null) => (n === null ? 'n/a' : n.toFixed(2));
  writeResultPair('cpu-per-request', { at, environment, connections: options.connections, rows }, [
    `# CPU per request (${at}, ${environment.cpus} CPUs, Neo4j 5.26 ${environment.neo4j})`,
    '',
    `Article graph, ${options.connections} connections, median of ${ROUNDS} runs of ${MEASURE_S} s after a warm-up pass over every workload and server and ${WARM_UP_S} s more.`,
    '',
    'A+ is A with its response cache on; D is the Apollo ceiling, asked its ping. The load generator (autocannon, in its own process) shares the machine: each request costs its CPU too.',
    '',
    '| Workload | Server | req/s | server CPU ms/request | Neo4j CPU ms/request | load generator CPU ms/request | total |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.workload} | ${r.server} | ${Math.round(r.rps)} | ${ms(r.serverMsPerRequest)} | ${ms(r.neo4jMsPerRequest)} | ${ms(r.loadGeneratorMsPerRequest)} | ${ms(r.neo4jMsPerRequest === null ? null : r.serverMsPerRequest + r.neo4jMsPerRequest + r.loadGeneratorMsPerRequest)} |`,
    ),
    '',
  ]);
}

runMain(main);
