/**
 * `npm run bench:mcp`: what the MCP door costs over GraphQL for the same
 * questions, on the article graph. Two workloads, each asked both ways:
 * resolve ("twitching when I fall asleep" through resolve_entity, and through
 * GraphQL search with the same fields) and facts (get_facts for myoclonus at
 * depth 1, and GraphQL facts(about:) with the same fields and graphInfo's
 * content hash). autocannon drives each for a few seconds, in alternating
 * rounds (MCP, GraphQL, MCP, ...), and the median round is kept; the ratio
 * MCP / GraphQL of one run is the figure (the machines are noisy). MCP
 * requests are stateless 2025-era tools/call posts, as a remote host sends
 * them. Results go to bench/results/mcp-overhead.{json,md}.
 */
import autocannon from 'autocannon';
import { readConfig } from '../src/config';
import { createDriver } from '../src/graph/driver';
import { createApiServer, GRAPHQL_PATH } from '../src/http/server';
import { MCP_PATH } from '../src/http/mcp-routes';
import { DEFAULT_SEED_DIR, seedDatabase } from '../src/seed/seed';
import { emptyDatabase, provisionBenchNeo4j } from './neo4j';
import { readOptions } from './options';
import { runMain, writeResultPair } from './script';

const ROUNDS = Number(process.env.BENCH_MCP_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_MCP_SECONDS ?? 8);
const CONNECTIONS = 8;

const toolCall = (name: string, args: Record<string, unknown>) =>
  JSON.stringify({
    jsonrpc: '2.0',
    id: 1,
    method: 'tools/call',
    params: { name, arguments: args },
  });
const graphql = (query: string, variables: Record<string, unknown>) =>
  JSON.stringify({ query, variables });

const ENTITY = 'id name kind biolinkCategory description';
const WORKLOADS = {
  resolve: {
    mcp: toolCall('resolve_entity', { text: 'twitching when I fall asleep' }),
    graphql: graphql(
      `query ($text: String!) { search(text: $text, first: 5) { score entity { ${ENTITY} } } }`,
      { text: 'twitching when I fall asleep' },
    ),
  },
  facts: {
    mcp: toolCall('get_facts', { entityIds: ['myoclonus'], maxTokens: 8000, maxFacts: 100 }),
    graphql: graphql(
      `
        query ($id: ID!) {
          graphInfo {
            contentHash
          }
          facts(about: $id, depth: 1, first: 100) {
            totalCount
            edges {
              node {
                id
                predicate
                statement
                subject {
                  id
                  name
                }
                object {
                  id
                  name
                }
                citation {
                  section
                  paragraph
                  source {
                    title
                    lastModified
                  }
                }
              }
            }
          }
        }
      `,
      { id: 'myoclonus' },
    ),
  },
} as const;

interface Measure {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

async function drive(url: string, body: string): Promise<Measure> {
  const result = await autocannon({
    url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
    body,
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

/** One request of each body first: a workload that fails would measure nothing. */
async function expectAnswer(url: string, body: string): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
    body,
  });
  const text = await response.text();
  if (response.status !== 200 || /"errors":\[|"isError":true/.test(text))
    throw new Error(`the bench request to ${url} fails: ${response.status} ${text.slice(0, 300)}`);
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const options = readOptions();
  const connection = await provisionBenchNeo4j(options);
  const driver = createDriver(connection);
  const server = await createApiServer(
    driver,
    readConfig({
      NODE_ENV: 'production',
      PORT: '0',
      RATE_LIMIT_PER_MINUTE: '0',
      LOG_LEVEL: 'warn',
    }),
  );
  try {
    await emptyDatabase(driver);
    await seedDatabase(driver, DEFAULT_SEED_DIR);
    const base = `http://127.0.0.1:${await server.listen()}`;
    const rows = [];
    for (const [name, workload] of Object.entries(WORKLOADS)) {
      await expectAnswer(`${base}${MCP_PATH}`, workload.mcp);
      await expectAnswer(`${base}${GRAPHQL_PATH}`, workload.graphql);
      // Warm both doors (JIT, compiled queries, pools) before measuring.
      await drive(`${base}${MCP_PATH}`, workload.mcp);
      await drive(`${base}${GRAPHQL_PATH}`, workload.graphql);
      const mcp: Measure[] = [];
      const gql: Measure[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        mcp.push(await drive(`${base}${MCP_PATH}`, workload.mcp));
        gql.push(await drive(`${base}${GRAPHQL_PATH}`, workload.graphql));
      }
      const pick = (ms: Measure[]) => ({
        requestsPerSecond: median(ms.map((m) => m.requestsPerSecond)),
        p50Ms: median(ms.map((m) => m.p50Ms)),
        p99Ms: median(ms.map((m) => m.p99Ms)),
        errors: ms.reduce((sum, m) => sum + m.errors, 0),
      });
      const m = pick(mcp);
      const g = pick(gql);
      rows.push({
        workload: name,
        mcp: m,
        graphql: g,
        latencyRatio: m.p50Ms / g.p50Ms,
        throughputRatio: g.requestsPerSecond / m.requestsPerSecond,
      });
    }
    const at = new Date().toISOString();
    writeResultPair(
      'mcp-overhead',
      { at, rounds: ROUNDS, seconds: SECONDS, connections: CONNECTIONS, rows },
      [
        `# MCP over GraphQL (${at})`,
        '',
        `The same questions through \`/mcp\` (tools/call) and \`/graphql\`, ${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${SECONDS} s, median round. Goal: MCP costs at most 1.3x GraphQL.`,
        '',
        '| workload | MCP req/s | GraphQL req/s | MCP p50 ms | GraphQL p50 ms | MCP p99 ms | GraphQL p99 ms | cost (GraphQL req/s / MCP req/s) | errors |',
        '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
        ...rows.map(
          (r) =>
            `| ${r.workload} | ${r.mcp.requestsPerSecond.toFixed(0)} | ${r.graphql.requestsPerSecond.toFixed(0)} | ${r.mcp.p50Ms} | ${r.graphql.p50Ms} | ${r.mcp.p99Ms} | ${r.graphql.p99Ms} | ${r.throughputRatio.toFixed(2)} | ${r.mcp.errors + r.graphql.errors} |`,
        ),
      ],
    );
    for (const r of rows)
      console.log(
        `${r.workload}: MCP ${r.mcp.requestsPerSecond.toFixed(0)} req/s p50 ${r.mcp.p50Ms} ms; GraphQL ${r.graphql.requestsPerSecond.toFixed(0)} req/s p50 ${r.graphql.p50Ms} ms; cost ${r.throughputRatio.toFixed(2)}x`,
      );
  } finally {
    await server.stop();
    await driver.close();
    await connection.stop();
  }
}

runMain(main);
