import { ANONYMOUS_OPERATION, OTHER_OPERATION } from '../../src/http/metrics';
import { METRICS_PATH } from '../../src/http/paths';
import { seedDatabase } from '../../src/seed/seed';
import { startTestServer, type TestServer } from '../fixtures/api-server';
import { useSeededServer } from '../fixtures/seeded-server';
import { copySeeds, editSeedFile } from '../fixtures/testkit';

/** /metrics, as Prometheus scrapes it: what an operator needs, with labels that cannot grow without bound. */
const MAX_OPERATIONS = 5;
const POLL_MS = 200;
const ctx = useSeededServer({
  METRICS_MAX_OPERATIONS: MAX_OPERATIONS,
  SEED_STATE_POLL_MS: POLL_MS,
});

async function scrape(server: TestServer = ctx.server): Promise<string> {
  const response = await fetch(`${server.url}${METRICS_PATH}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text();
}

/** The value of one sample line, such as `name{a="b"} 3`. */
function sample(text: string, name: string, labels: Record<string, string>): number | null {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const have = (match[2] ?? '').split(',');
    if (wanted.every((pair) => have.includes(pair))) return Number(match[3]);
  }
  return null;
}

test('GraphQL latency per operation, errors by code, and Neo4j round trips by statement', async () => {
  const before = await scrape();
  const count = (text: string, operation: string) =>
    sample(text, 'kg_graphql_request_duration_seconds_count', { operation }) ?? 0;
  await ctx.server.post('query Overview { entity(id: "myoclonus") { name } }');
  await ctx.server.post('query Overview { entity(id: "myoclonus") { name } }');
  await ctx.server.post('{ search(text: "jerks", first: 3) { score } }');
  const bad = await ctx.server.post('query Broken { search(text: "", first: 3) { score } }');
  expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  const after = await scrape();
  expect(count(after, 'Overview') - count(before, 'Overview')).toBe(2);
  expect(count(after, ANONYMOUS_OPERATION) - count(before, ANONYMOUS_OPERATION)).toBe(1);
  expect(
    (sample(after, 'kg_graphql_errors_total', { code: 'BAD_USER_INPUT' }) ?? 0) -
      (sample(before, 'kg_graphql_errors_total', { code: 'BAD_USER_INPUT' }) ?? 0),
  ).toBe(1);
  expect(
    sample(after, 'kg_http_requests_total', { door: 'graphql', status: '200' }),
  ).toBeGreaterThanOrEqual(4);
  const roundTrips = (text: string) =>
    sample(text, 'kg_neo4j_query_duration_seconds_count', { query: 'search', outcome: 'ok' }) ?? 0;
  expect(roundTrips(after) - roundTrips(before)).toBeGreaterThanOrEqual(1);
});

test('operation names cannot grow the labels without bound', async () => {
  for (let i = 0; i < MAX_OPERATIONS + 10; i++)
    await ctx.server.post(`query Name${i} { graphInfo { seedVersion } }`);
  const text = await scrape();
  const operations = new Set(
    [...text.matchAll(/^kg_graphql_request_duration_seconds_count\{operation="([^"]*)"\}/gm)].map(
      (m) => m[1],
    ),
  );
  expect(operations.size).toBeLessThanOrEqual(MAX_OPERATIONS + 2);
  expect(operations).toContain(OTHER_OPERATION);
});

test('response cache hits and misses are counted', async () => {
  const result = (text: string, r: string) =>
    sample(text, 'kg_response_cache_requests_total', { result: r }) ?? 0;
  const before = await scrape();
  const query = 'query CacheCount { entity(id: "secondary-myoclonus") { id name } }';
  await ctx.server.post(query);
  await ctx.server.post(query);
  await ctx.server.post(query);
  const after = await scrape();
  expect(result(after, 'miss') - result(before, 'miss')).toBe(1);
  expect(result(after, 'hit') - result(before, 'hit')).toBe(2);
});

test('the loaded seed is given as labels, beside the process defaults', async () => {
  const { body } = await ctx.server.post('{ graphInfo { seedVersion contentHash } }');
  const text = await scrape();
  expect(
    sample(text, 'kg_seed_info', {
      version: body.data.graphInfo.seedVersion,
      content_hash: body.data.graphInfo.contentHash,
      load_state: 'COMPLETE',
    }),
  ).toBe(1);
  expect(text).toMatch(/^process_cpu_user_seconds_total \S+$/m);
  expect(text).toMatch(/^nodejs_heap_size_used_bytes \S+$/m);
});

test('the seed labels follow a reseed within the seed-state poll, and name the new graph', async () => {
  const seedLabels = async () => {
    const line = (await scrape()).split('\n').find((l) => l.startsWith('kg_seed_info{'));
    return line ?? null;
  };
  const before = await seedLabels();
  expect(before).not.toBeNull();
  const revised = copySeeds();
  editSeedFile(revised, 'entities/conditions.yaml', (text) =>
    text.replace('    name: Myoclonus\n', '    name: Myoclonus (revised)\n'),
  );
  try {
    const report = await seedDatabase(ctx.driver, revised);
    // Ten polls' time: the bound, with room for slow polls on a busy machine.
    const deadline = Date.now() + 10 * POLL_MS;
    let after = before;
    while (after === before && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS / 4));
      after = await seedLabels();
    }
    expect(after).toContain(`content_hash="${report.contentHash}"`);
    expect(after).toContain('load_state="COMPLETE"');
  } finally {
    await seedDatabase(ctx.driver);
  }
});

test('METRICS_ENABLED=false turns /metrics off', async () => {
  const server = await startTestServer({ METRICS_ENABLED: false });
  try {
    expect((await fetch(`${server.url}${METRICS_PATH}`)).status).toBe(404);
    expect((await server.post('{ graphInfo { seedVersion } }')).status).toBe(200);
  } finally {
    await server.stop();
  }
});
