import { readGraphSettings } from '../../src/config';
import { createDriver } from '../../src/graph/driver';
import {
  startTestServer,
  type Json,
  type PostResult,
  type TestServer,
} from '../fixtures/api-server';
import { RAW_INITIALIZE } from '../fixtures/mcp-client';
import { useSeededServer } from '../fixtures/seeded-server';

/** Every error a client can meet: a code, a message that says what to change, never a stack. */

jest.setTimeout(60_000);
const ctx = useSeededServer();

/** Stack traces and internal detail must never reach a client. */
function expectNoInternals(result: PostResult): void {
  expect(result.text).not.toMatch(/stacktrace/i);
  expect(result.text).not.toMatch(/\s+at [\w.<>]+ \(|\bat .+\.[jt]s:\d+/);
  expect(result.text).not.toMatch(/Neo4jError|MATCH \(|\bCypher\b/);
}

async function expectBadInput(query: string, bound: string, argument: string): Promise<void> {
  const result = await ctx.server.post(query);
  expectNoInternals(result);
  const [error] = result.body.errors ?? [];
  expect(result.body.errors).toHaveLength(1);
  expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(error?.extensions?.argument).toBe(argument);
  expect(error?.message).toContain(bound);
}

test.each([
  ['entities first -1', '{ entities(first: -1) { totalCount } }', '100', 'first'],
  ['entities first 101', '{ entities(first: 101) { totalCount } }', '100', 'first'],
  ['facts first -1', '{ facts(first: -1) { totalCount } }', '100', 'first'],
  ['facts first 101', '{ facts(first: 101) { totalCount } }', '100', 'first'],
  ['search first 0', '{ search(text: "x", first: 0) { score } }', '50', 'first'],
  ['search first 51', '{ search(text: "x", first: 51) { score } }', '50', 'first'],
  ['depth 0', '{ facts(about: "myoclonus", depth: 0) { totalCount } }', '3', 'depth'],
  ['depth 4', '{ facts(about: "myoclonus", depth: 4) { totalCount } }', '3', 'depth'],
  ['maxHops 0', '{ path(from: "stroke", to: "myoclonus", maxHops: 0) { length } }', '6', 'maxHops'],
  ['maxHops 7', '{ path(from: "stroke", to: "myoclonus", maxHops: 7) { length } }', '6', 'maxHops'],
  [
    'sources of 11 ids',
    `{ diseasesWithPhenotype(phenotype: "HP:0001336", sources: ${JSON.stringify(
      Array.from({ length: 11 }, (_, i) => `source-${i}`),
    )}) { totalCount } }`,
    '10',
    'sources',
  ],
  [
    'a source id of 101 characters',
    `{ concept(id: "HP:0001336") { annotations(sources: ["${'x'.repeat(101)}"]) { totalCount } } }`,
    '100',
    'sources',
  ],
])('%s is BAD_USER_INPUT stating the bound', async (_name, query, bound, argument) => {
  await expectBadInput(query, bound, argument);
});

test('path with an unknown id is BAD_USER_INPUT naming the id', async () => {
  const to = await ctx.server.post('{ path(from: "stroke", to: "no-such-thing") { length } }');
  expect(to.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(to.body.errors?.[0]?.message).toContain('"no-such-thing"');
  expect(to.body.data).toEqual({ path: null });
  const from = await ctx.server.post('{ path(from: "ghost", to: "ghost") { length } }');
  expect(from.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(from.body.errors?.[0]?.message).toContain('"ghost"');
});

test('an unknown entity is null, not an error', async () => {
  const result = await ctx.server.post('{ entity(id: "no-such-entity") { id name } }');
  expect(result.status).toBe(200);
  expect(result.body.errors).toBeUndefined();
  expect(result.body.data).toEqual({ entity: null });
});

test('a syntax error is GRAPHQL_PARSE_FAILED with status 400', async () => {
  const result = await ctx.server.post('{ condition(name: ) { id }');
  expectNoInternals(result);
  expect(result.status).toBe(400);
  expect(result.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
});

test('an unknown field is GRAPHQL_VALIDATION_FAILED naming the field', async () => {
  const result = await ctx.server.post('{ condition(name: "myoclonus") { id cure } }');
  expectNoInternals(result);
  expect(result.status).toBe(400);
  expect(result.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(result.body.errors?.[0]?.message).toContain('"cure"');
});

// The schema has no Mutation or Subscription type; such operations are refused at validation.
test.each(['mutation { deleteEverything }', 'subscription { updates }'])(
  '%s is a client error (400 GRAPHQL_VALIDATION_FAILED), not INTERNAL_SERVER_ERROR',
  async (query) => {
    const result = await ctx.server.post(query);
    expectNoInternals(result);
    expect(result.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.status).toBe(400);
  },
);

test('a body that is not JSON is a 400 with a code and no stack', async () => {
  const response = await fetch(ctx.server.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"query": ',
  });
  const text = await response.text();
  expect(response.status).toBe(400);
  expect(text).not.toMatch(/stacktrace|\bat .+\.[jt]s:\d+/i);
  expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_REQUEST');
});

test('what fails before a door runs is named for what it is: a body, a URL, a path out of its folder', async () => {
  const notJson = await fetch(ctx.server.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"query": ',
  });
  expect((await notJson.json()).errors[0].message).toBe('Malformed request body.');
  const base = new URL(ctx.server.graphqlUrl).origin;
  const badUrl = await fetch(`${base}/releases/current/%`);
  expect(badUrl.status).toBe(400);
  const badUrlBody = await badUrl.json();
  expect(badUrlBody.errors[0]).toMatchObject({ extensions: { code: 'BAD_REQUEST' } });
  expect(badUrlBody.errors[0].message).toMatch(/^Malformed URL/);
  const outside = await fetch(`${base}/explorer/..%2f..%2fpackage.json`);
  expect(outside.status).toBe(403);
  const outsideText = await outside.text();
  expect(outsideText).not.toContain('Malformed request body');
  expect(outsideText).not.toContain('"name"');
});

test('a path no door serves is a JSON 404 NOT_FOUND naming it; every door still answers', async () => {
  const base = ctx.server.url;
  for (const [method, path] of [
    ['GET', '/foo'],
    ['POST', '/foo/bar'],
    ['GET', '/mcp/foo'],
  ] as const) {
    const missing = await fetch(`${base}${path}`, { method });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^application\/json/);
    const [error] = ((await missing.json()) as { errors: Json[] }).errors;
    expect(error.extensions.code).toBe('NOT_FOUND');
    expect(error.message).toContain(`${method} ${path}`);
  }

  for (const path of ['/', '/playground', '/explorer', '/explorer/explorer.js', '/health/live'])
    expect([path, (await fetch(`${base}${path}`)).status]).toEqual([path, 200]);
  expect((await ctx.server.post('{ __typename }')).status).toBe(200);
  const release = await fetch(`${base}/releases/current`);
  expect(release.status).toBe(200);
  // The door mounted on its first request.
  const mcp = await fetch(`${base}/mcp`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
    body: JSON.stringify(RAW_INITIALIZE),
  });
  expect(mcp.status).toBe(200);
});

describe('in production', () => {
  let production: TestServer;
  beforeAll(async () => {
    production = await startTestServer({ NODE_ENV: 'production' });
  });
  afterAll(async () => {
    await production?.stop();
  });

  test.each([
    '{ facts(first: 101) { totalCount } }',
    '{ condition(name: ) { id } }',
    '{ condition(name: "myoclonus") { cure } }',
    '{ path(from: "ghost", to: "myoclonus") { length } }',
  ])('%s answers with a code and no stack', async (query) => {
    const result = await production.post(query);
    expectNoInternals(result);
    expect(typeof result.body.errors?.[0]?.extensions?.code).toBe('string');
  });
});

describe('when Neo4j is unreachable', () => {
  let down: TestServer;
  beforeAll(async () => {
    const driver = createDriver(
      { uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x' },
      readGraphSettings().driver,
    );
    down = await startTestServer({}, { driver });
  });
  afterAll(async () => {
    await down?.stop();
  });

  test('a query is SERVICE_UNAVAILABLE within 10 s, without internals', async () => {
    const started = Date.now();
    const result = await down.post('{ condition(name: "myoclonus") { id } }');
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(10_000);
    expectNoInternals(result);
    expect(result.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(result.body.data).toEqual({ condition: null });
  });

  test('/health/ready is 503 while /health/live stays 200', async () => {
    const ready = await fetch(`${down.url}/health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unavailable', neo4j: 'down' });
    const live = await fetch(`${down.url}/health/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });
  });
});
