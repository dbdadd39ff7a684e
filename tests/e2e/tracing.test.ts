import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { SpanKind } from '@opentelemetry/api';
import { roundTripsOf, type Json } from '../fixtures/api-server';
import { connectHttp } from '../fixtures/mcp-client';
import { seedFreshly } from '../fixtures/seeded-server';
import { testDriver } from '../fixtures/testkit';
import type { SpanJson } from '../fixtures/traced-server';

/**
 * Tracing on: the API in a process of its own (tests/fixtures/traced-server.ts)
 * with the SDK started first and an in-memory exporter; one GraphQL request
 * and one MCP tool call, each asserted as its span tree, and its log line.
 */

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, '..', '..');
let child: ChildProcess;
let url = '';
/** The child's stdout lines that are log lines. */
const logLines: Record<string, unknown>[] = [];

beforeAll(async () => {
  const driver = testDriver();
  try {
    await seedFreshly(driver);
  } finally {
    await driver.close();
  }
  child = fork(path.join(ROOT, 'tests/fixtures/traced-server.ts'), {
    cwd: ROOT,
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  url = await new Promise<string>((resolve, reject) => {
    let pending = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        if (line.startsWith('URL=')) resolve(line.slice(4));
        else if (line.startsWith('{')) logLines.push(JSON.parse(line) as Record<string, unknown>);
      }
    });
    child.once('exit', (code) => reject(new Error(`traced server exited with ${code}`)));
  });
  // A first request warms the driver's connections and Neo4j's plans; another document, so
  // that the one asserted is parsed and validated (Apollo keeps documents it has seen).
  await post({ name: 'myoclonus' }, `query Warm($name: String!) { ${SELECTION} }`);
}, 120_000);

afterAll(async () => {
  if (child?.connected) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.disconnect();
    await exited;
  }
});

/** Asks the child and waits for its answer. */
const ask = <T>(message: string): Promise<T> =>
  new Promise((resolve) => {
    child.once('message', (answer) => resolve(answer as T));
    child.send(message);
  });
const spansSoFar = () => ask<SpanJson[]>('spans');
const reset = () => child.send('reset');

const SELECTION =
  'condition(name: $name) { id subtypes { condition { name } } } graphInfo { contentHash }';
const QUERY = `query TracedSubtypes($name: String!) { ${SELECTION} }`;
/** The variable, in a casing that no span name or constant holds: it must appear in no attribute. */
const NAME = 'MyOcLoNuS';

/** POSTs the query as the fixtures' clients do; the parsed body. */
async function post(
  variables: Record<string, unknown>,
  query = QUERY,
): Promise<{ body: Json; roundTrips: number | null }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  expect(response.status).toBe(200);
  return { body: await response.json(), roundTrips: roundTripsOf(response) };
}

/** The log lines with this message in this trace, once one has come (or after 5 s, none). */
async function logLinesOf(msg: string, traceId: string): Promise<Record<string, unknown>[]> {
  const find = () => logLines.filter((line) => line.msg === msg && line.trace_id === traceId);
  for (let waited = 0; find().length === 0 && waited < 5_000; waited += 50)
    await new Promise((resolve) => setTimeout(resolve, 50));
  return find();
}

const childrenOf = (spans: SpanJson[], parent: SpanJson) =>
  spans.filter((span) => span.parentSpanId === parent.spanId).sort((a, b) => a.startNs - b.startNs);
const attributeText = (spans: SpanJson[]) =>
  JSON.stringify(spans.map((span) => [span.name, span.attributes]));

/** The spans of the one trace whose server span served `path` and met `test`. */
function traceOf(all: SpanJson[], path: string, test: (server: SpanJson) => boolean = () => true) {
  const servers = all.filter(
    (span) => span.kind === SpanKind.SERVER && span.attributes['url.path'] === path && test(span),
  );
  expect(servers).toHaveLength(1);
  const server = servers[0]!;
  return { server, spans: all.filter((span) => span.traceId === server.traceId) };
}

test('a GraphQL request: HTTP server span, the operation, its named Cypher queries; the release and the cache on the request span; the trace id in its log line', async () => {
  reset();
  const { body } = await post({ name: NAME });
  expect(body.errors).toBeUndefined();
  expect(body.data.condition.subtypes.length).toBeGreaterThan(0);
  const contentHash = body.data.graphInfo.contentHash as string;
  const { server, spans } = traceOf(await spansSoFar(), '/graphql');

  expect(server.name).toBe('POST /graphql');
  expect(server.parentSpanId).toBeUndefined();
  expect(server.attributes).toMatchObject({
    'http.request.method': 'POST',
    'http.route': '/graphql',
    'http.response.status_code': 200,
    'graphql.operation.name': 'TracedSubtypes',
    'graphql.operation.type': 'query',
    'kg.response_cache': 'miss',
    'kg.content_hash': contentHash,
    'kg.load_state': 'COMPLETE',
  });

  const children = childrenOf(spans, server);
  // graphql's instrumentation: parse and validate; then the operation, run by graphql-jit;
  // then the check, before the answer is kept, that the graph did not change meanwhile.
  expect(children.map((span) => span.name)).toEqual([
    'graphql.parse',
    'graphql.validate',
    'query TracedSubtypes',
    'seed-state',
  ]);
  const operation = children[2]!;
  expect(operation.attributes).toEqual({
    'graphql.operation.name': 'TracedSubtypes',
    'graphql.operation.type': 'query',
  });

  const queries = childrenOf(spans, operation);
  // The root fields' two reads, then the subtypes' level in one batched read.
  expect(queries.map((span) => span.name).sort()).toEqual([
    'condition-by-name',
    'graph-info',
    'neighbourhood',
  ]);
  expect(queries.at(-1)!.name).toBe('neighbourhood');
  for (const query of [...queries, children[3]!]) {
    expect(query.kind).toBe(SpanKind.CLIENT);
    expect(query.attributes).toMatchObject({
      'db.system': 'neo4j',
      'db.system.name': 'neo4j',
      'db.namespace': 'neo4j',
      'db.operation.name': query.name,
      'db.response.returned_rows': expect.any(Number),
    });
    expect(query.endNs).toBeGreaterThan(query.startNs);
    expect(childrenOf(spans, query)).toEqual([]);
  }
  expect(attributeText(spans)).not.toContain(NAME);

  // The log line comes over stdout, the spans over IPC: it may come a moment later.
  const logged = await logLinesOf('graphql request', server.traceId);
  expect(logged).toHaveLength(1);
  expect(logged[0]).toMatchObject({ operationName: 'TracedSubtypes', span_id: server.spanId });
});

test('the same request again is a cache hit: no operation and no Cypher span under its server span', async () => {
  await post({ name: NAME });
  reset();
  const { roundTrips } = await post({ name: NAME });
  expect(roundTrips).toBe(0);
  const { server, spans } = traceOf(await spansSoFar(), '/graphql');
  expect(server.attributes).toMatchObject({
    'kg.response_cache': 'hit',
    'graphql.operation.name': 'TracedSubtypes',
  });
  expect(spans).toEqual([server]);
});

test('an MCP tool call: HTTP server span, the tool span, its named Cypher queries; never the words typed', async () => {
  const mcp = await connectHttp(`${url}/mcp`);
  try {
    reset();
    const answer = await mcp.call('resolve_entity', { text: 'twitching when I fall asleep' });
    expect(answer.isError).toBe(false);
  } finally {
    await mcp.close();
  }
  const all = await spansSoFar();
  const tools = all.filter((span) => span.name.startsWith('tools/call'));
  expect(tools.map((span) => span.name)).toEqual(['tools/call resolve_entity']);
  const tool = tools[0]!;
  const { server, spans } = traceOf(all, '/mcp', (span) => span.traceId === tool.traceId);

  expect(server.name).toBe('POST /mcp');
  expect(server.attributes).toMatchObject({
    'http.request.method': 'POST',
    'kg.load_state': 'COMPLETE',
  });
  expect(server.attributes['kg.content_hash']).toEqual(expect.any(String));
  expect(tool.parentSpanId).toBe(server.spanId);
  expect(tool.attributes).toEqual({
    'mcp.method.name': 'tools/call',
    'gen_ai.tool.name': 'resolve_entity',
    'gen_ai.operation.name': 'execute_tool',
  });
  const queries = childrenOf(spans, tool);
  expect(queries.map((span) => span.name)).toContain('search');
  for (const query of queries)
    expect(query.attributes).toMatchObject({
      'db.system': 'neo4j',
      'db.operation.name': query.name,
    });
  expect(attributeText(spans)).not.toMatch(/twitching|asleep/i);
});

test('a GraphQL GET: its url.query shows neither the operation nor its variables', async () => {
  reset();
  const params = new URLSearchParams({ query: QUERY, variables: JSON.stringify({ name: NAME }) });
  const response = await fetch(`${url}/graphql?${params}`, {
    headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
  });
  expect(response.status).toBe(200);
  await response.text();
  const { server, spans } = traceOf(await spansSoFar(), '/graphql');
  expect(server.attributes['url.query']).toBe('query=REDACTED&variables=REDACTED');
  expect(attributeText(spans)).not.toContain(NAME);
});

test('stopped, tracing makes no span for a request', async () => {
  await ask('stop');
  reset();
  const { body } = await post({ name: 'epileptic myoclonus' });
  expect(body.errors).toBeUndefined();
  expect(await spansSoFar()).toEqual([]);
});
