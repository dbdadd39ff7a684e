/**
 * `npm run bench:mcp`: what the MCP door costs over GraphQL for the same
 * questions, on the article graph. Two workloads, each asked both ways:
 * resolve ("twitching when I fall asleep" through resolve_entity, and through
 * GraphQL search with the same fields) and facts (get_facts for myoclonus at
 * depth 1, and GraphQL facts(about:) with the same fields and graphInfo's
 * content hash). The service runs as `npm run bench` runs it (server A, in
 * its own process, production mode) and autocannon in a child of its own; it
 * drives each door for a few seconds, in alternating rounds (MCP, GraphQL,
 * MCP, ...), and the median round is kept; the ratio
 * MCP / GraphQL of one run is the figure (the machines are noisy). MCP
 * requests are stateless tools/call posts of both eras, as the SDK's client
 * sends them: a 2026-07-28 client's (the envelope in _meta, answered with a
 * JSON body) and a 2025 client's (answered as a one-event stream). Results go to bench/results/mcp-overhead.{json,md}.
 */
import { GRAPHQL_PATH, MCP_PATH } from '../src/http/paths';
import type { LoadResult } from './load';
import { connectionEnv, provisionArticleGraph } from './neo4j';
import { readOptions } from './options';
import { LoadGenerator, startServer, type ServerProcess } from './processes';
import { runMain, writeResultPair } from './script';
import type { HttpRequest } from './workloads';

const ROUNDS = Number(process.env.BENCH_MCP_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_MCP_SECONDS ?? 8);
const CONNECTIONS = 8;

/** The revision a 2026 client speaks: each request carries it in its envelope. */
const MODERN_REVISION = '2026-07-28';

/** A tools/call as a client of each era posts it (as the SDK's client sends them). */
const toolCall = (era: Era, name: string, args: Record<string, unknown>) =>
  JSON.stringify({
    jsonrpc: '2.0',
    id: 1,
    method: 'tools/call',
    params: {
      name,
      arguments: args,
      ...(era === 'modern' && {
        _meta: {
          'io.modelcontextprotocol/protocolVersion': MODERN_REVISION,
          'io.modelcontextprotocol/clientInfo': { name: 'bench', version: '1.0.0' },
          'io.modelcontextprotocol/clientCapabilities': {},
        },
      }),
    },
  });
const graphql = (query: string, variables: Record<string, unknown>) =>
  JSON.stringify({ query, variables });

const ENTITY = 'id name kind biolinkCategory description';
const WORKLOADS = {
  resolve: {
    tool: 'resolve_entity',
    arguments: { text: 'twitching when I fall asleep' },
    graphql: graphql(
      `query ($text: String!) { search(text: $text, first: 5) { score entity { ${ENTITY} } } }`,
      { text: 'twitching when I fall asleep' },
    ),
  },
  facts: {
    tool: 'get_facts',
    arguments: { entityIds: ['myoclonus'], maxTokens: 8000, maxFacts: 100 },
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

type Era = 'modern' | 'legacy';
type Door = 'mcp2026' | 'mcp2025' | 'graphql';

const post = (path: string, body: string, headers: Record<string, string> = {}): HttpRequest => ({
  method: 'POST',
  path,
  headers: {
    'content-type': 'application/json',
    accept: 'application/json, text/event-stream',
    ...headers,
  },
  body,
});

/** One request of each body first: a workload that fails would measure nothing. */
async function expectAnswer(base: string, request: HttpRequest): Promise<void> {
  const response = await fetch(base + request.path, request);
  const text = await response.text();
  if (response.status !== 200 || /"errors":\[|"isError":true/.test(text))
    throw new Error(
      `the bench request to ${request.path} fails: ${response.status} ${text.slice(0, 300)}`,
    );
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The median round of each figure. */
const pick = (rounds: LoadResult[]): Measure => ({
  requestsPerSecond: median(rounds.map((r) => r.rps)),
  p50Ms: median(rounds.map((r) => r.p50)),
  p99Ms: median(rounds.map((r) => r.p99)),
  errors: rounds.reduce((sum, r) => sum + r.failures, 0),
});

async function main(): Promise<void> {
  const options = readOptions();
  const graph = await provisionArticleGraph(options);
  // The service as `npm run bench` runs it (server A, its own process), and
  // the load from a child of its own, so neither shares an event loop.
  const load = new LoadGenerator();
  let server: ServerProcess | undefined;
  try {
    server = await startServer('A', connectionEnv(graph.connection), options.logDir);
    const rows = [];
    for (const [name, workload] of Object.entries(WORKLOADS)) {
      const doors: { door: Door; request: HttpRequest }[] = [
        {
          door: 'mcp2026',
          request: post(MCP_PATH, toolCall('modern', workload.tool, workload.arguments), {
            'mcp-protocol-version': MODERN_REVISION,
            'mcp-method': 'tools/call',
            'mcp-name': workload.tool,
          }),
        },
        {
          door: 'mcp2025',
          request: post(MCP_PATH, toolCall('legacy', workload.tool, workload.arguments)),
        },
        { door: 'graphql', request: post(GRAPHQL_PATH, workload.graphql) },
      ];
      for (const { request } of doors) await expectAnswer(server.url, request);
      // Warm every door (JIT, compiled queries, pools) before measuring.
      for (const { request } of doors) await load.run(server.url, request, CONNECTIONS, SECONDS);
      const measured: Record<Door, LoadResult[]> = { mcp2026: [], mcp2025: [], graphql: [] };
      for (let round = 0; round < ROUNDS; round++)
        for (const { door, request } of doors)
          measured[door].push(await load.run(server.url, request, CONNECTIONS, SECONDS));
      const g = pick(measured.graphql);
      for (const [era, door] of [
        ['2026-07-28 client', 'mcp2026'],
        ['2025 client', 'mcp2025'],
      ] as const) {
        const m = pick(measured[door]);
        rows.push({
          workload: name,
          client: era,
          mcp: m,
          graphql: g,
          latencyRatio: m.p50Ms / g.p50Ms,
          throughputRatio: g.requestsPerSecond / m.requestsPerSecond,
        });
      }
    }
    const at = new Date().toISOString();
    writeResultPair(
      'mcp-overhead',
      { at, rounds: ROUNDS, seconds: SECONDS, connections: CONNECTIONS, rows },
      [
        `# MCP over GraphQL (${at})`,
        '',
        `The same questions through \`/mcp\` (tools/call) and \`/graphql\` of one service process (server A of \`npm run bench\`), load from a process of its own, ${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${SECONDS} s, median round. Goal: MCP costs at most 1.3x GraphQL.`,
        '',
        '| workload | MCP client | MCP req/s | GraphQL req/s | MCP p50 ms | GraphQL p50 ms | MCP p99 ms | GraphQL p99 ms | cost (GraphQL req/s / MCP req/s) | errors |',
        '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
        ...rows.map(
          (r) =>
            `| ${r.workload} | ${r.client} | ${r.mcp.requestsPerSecond.toFixed(0)} | ${r.graphql.requestsPerSecond.toFixed(0)} | ${r.mcp.p50Ms} | ${r.graphql.p50Ms} | ${r.mcp.p99Ms} | ${r.graphql.p99Ms} | ${r.throughputRatio.toFixed(2)} | ${r.mcp.errors + r.graphql.errors} |`,
        ),
      ],
    );
    for (const r of rows)
      console.log(
        `${r.workload}, ${r.client}: MCP ${r.mcp.requestsPerSecond.toFixed(0)} req/s p50 ${r.mcp.p50Ms} ms; GraphQL ${r.graphql.requestsPerSecond.toFixed(0)} req/s p50 ${r.graphql.p50Ms} ms; cost ${r.throughputRatio.toFixed(2)}x`,
      );
  } finally {
    await server?.stop();
    await load.stop();
    await graph.stop();
  }
}

runMain(main);
