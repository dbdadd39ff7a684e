/**
 * `npm run bench:edge`: the HTTP cache tier (Varnish before replicas of the
 * built service, scripts/tier) against the service alone.
 *
 * (a) The same GraphQL GET answered by Varnish from its cache, against the
 *     same GET sent straight to one replica, which answers it from its own
 *     in-memory cache. Target: the edge at least 3 times the rate.
 * (b) Questions no cache holds (each request asks for an id of its own) through
 *     the edge to two replicas, against through an edge to one of them: a
 *     reported ratio, bounded by the machine's CPUs and the one Neo4j behind them.
 *
 * Rounds alternate the two sides of each ratio (these machines are noisy);
 * medians over rounds. Writes bench/results/edge.{md,json} and upserts its
 * rows into the targets of bench/results/results.json (and results.md).
 */
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../src/neo4j';
import { startEdge, type Edge } from '../scripts/tier/varnish';
import { startTier, type Tier } from '../scripts/tier/tier';
import { NUMBERED, type LoadResult } from './load';
import { provisionArticleGraph } from './neo4j';
import { readOptions } from './options';
import { LoadGenerator } from './processes';
import { upsertStandaloneTargets } from './report';
import type { TargetRow } from './results';
import { runMain, writeResultPair } from './script';
import type { HttpRequest } from './workloads';

const RESULTS = path.resolve(__dirname, 'results');
const DURATION_S = Number(process.env.EDGE_BENCH_DURATION_S ?? 8);
const ROUNDS = Number(process.env.EDGE_BENCH_ROUNDS ?? 3);
const CONNECTIONS = 32;

const EDGE_TARGET = 'Varnish edge hits / origin cache hits >= 3';
const SCALE_ROW = 'uncached reads, 2 replicas / 1 behind the edge (reported, no target)';

const ENTITY = 'query Entity($id: ID!) { entity(id: $id) { id name kind } }';
const getOf = (id: string): HttpRequest => ({
  method: 'GET',
  path: `/graphql?${new URLSearchParams({ query: ENTITY, variables: JSON.stringify({ id }) })}`,
  headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
});
const CACHED = getOf('myoclonus');
/** An id of its own per request: no tier holds the answer, and each is one Neo4j read. */
const UNCACHED = getOf(`unknown-${NUMBERED}`);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

interface Side {
  label: string;
  runs: LoadResult[];
}

const summary = (side: Side) => ({
  label: side.label,
  rps: median(side.runs.map((r) => r.rps)),
  p50: median(side.runs.map((r) => r.p50)),
  p99: median(side.runs.map((r) => r.p99)),
  failures: side.runs.reduce((n, r) => n + r.failures, 0),
  rounds: side.runs.map((r) => Math.round(r.rps)),
});

async function main(): Promise<void> {
  const options = readOptions();
  const graph = await provisionArticleGraph(options);
  const load = new LoadGenerator();
  let tier: Tier | undefined;
  let single: Edge | undefined;
  try {
    tier = await startTier({
      neo4j: graph.connection,
      replicaEnv: { SEED_ON_START: 'false', RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'warn' },
      report: (line) => console.log(line),
    });
    const [one] = tier.replicas;
    single = await startEdge([{ host: '127.0.0.1', port: one!.port }], await freePort());
    const run = (url: string, request: HttpRequest, numbered = false) =>
      load.run(url, request, CONNECTIONS, DURATION_S, numbered);

    // Warm: every cache holds the cached question; the JIT has seen both.
    for (const url of [tier.edge.url, one!.url, single.url]) {
      await load.run(url, CACHED, 4, 1);
      await load.run(url, UNCACHED, 4, 1, true);
    }
    const sides = {
      edgeHits: { label: 'Varnish hits (2 replicas behind)', runs: [] } as Side,
      originHits: { label: "one replica's in-memory cache hits", runs: [] } as Side,
      twoUncached: { label: 'uncached, edge to 2 replicas', runs: [] } as Side,
      oneUncached: { label: 'uncached, edge to 1 replica', runs: [] } as Side,
    };
    for (let round = 0; round < ROUNDS; round += 1) {
      const first = round % 2 === 0;
      const hits: [Side, string][] = [
        [sides.edgeHits, tier.edge.url],
        [sides.originHits, one!.url],
      ];
      for (const [side, url] of first ? hits : hits.reverse())
        side.runs.push(await run(url, CACHED));
      const uncached: [Side, string][] = [
        [sides.twoUncached, tier.edge.url],
        [sides.oneUncached, single.url],
      ];
      for (const [side, url] of first ? uncached : uncached.reverse())
        side.runs.push(await run(url, UNCACHED, true));
      console.log(`round ${round + 1}/${ROUNDS} done`);
    }
    const rows = Object.values(sides).map(summary);
    const [edgeHits, originHits, twoUncached, oneUncached] = rows;
    const hitRatio = edgeHits!.rps / originHits!.rps;
    const scaleRatio = twoUncached!.rps / oneUncached!.rps;
    const targets: TargetRow[] = [
      { target: EDGE_TARGET, value: hitRatio.toFixed(2), met: hitRatio >= 3 },
      { target: SCALE_ROW, value: scaleRatio.toFixed(2), met: null },
    ];
    const environment = {
      cpus: os.cpus().length,
      node: process.version,
      durationS: DURATION_S,
      rounds: ROUNDS,
      connections: CONNECTIONS,
    };
    writeResultPair('edge', { finishedAt: new Date().toISOString(), environment, rows, targets }, [
      '# The HTTP cache tier: Varnish before replicas',
      '',
      `\`npm run bench:edge\`, ${new Date().toISOString().slice(0, 10)}: ${environment.cpus} CPUs shared by Varnish, the replicas, Neo4j and the load generator; ${CONNECTIONS} connections, ${ROUNDS} rounds of ${DURATION_S} s per side, alternating; medians.`,
      '',
      '| Side | Requests/s | p50 ms | p99 ms | Failures | Rounds (req/s) |',
      '| --- | ---: | ---: | ---: | ---: | --- |',
      ...rows.map(
        (r) =>
          `| ${r.label} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${r.failures} | ${r.rounds.join(', ')} |`,
      ),
      '',
      '| Target | Reached | Met |',
      '| --- | --- | --- |',
      ...targets.map(
        (t) => `| ${t.target} | ${t.value} | ${t.met === null ? 'n/a' : t.met ? 'yes' : 'no'} |`,
      ),
      '',
      'The uncached ratio is bounded by the machine: two replicas share its CPUs with',
      'Varnish, the load generator and the one Neo4j every uncached read goes to, so',
      'a second replica adds no CPU of its own; on separate machines the bound is',
      "Neo4j's read rate.",
      '',
    ]);
    upsertStandaloneTargets('bench:edge', targets, RESULTS);
  } finally {
    await single?.stop();
    await tier?.stop();
    await load.stop();
    await graph.stop();
  }
}

runMain(main);
