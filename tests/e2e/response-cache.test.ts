import { seedDatabase } from '../../src/seed/seed';
import { roundTripsOf, startTestServer, type TestServer } from '../fixtures/api-server';
import { clearGraph, copySeeds, editSeedFile, testDriver } from '../fixtures/testkit';
import type { Driver } from 'neo4j-driver';

/**
 * The response cache as a client meets it: repeated questions are answered
 * from memory, a reseed is seen within the configured bound and never mixed
 * with the old graph, and nothing is kept that should not be: errors,
 * answers while a load runs or after one stopped, answers that straddled a
 * reseed, answers larger than the bound.
 */

const POLL_MS = 200;
const NAMES =
  '{ a: entity(id: "myoclonus") { name } b: entity(id: "positive-myoclonus") { name } }';

let driver: Driver;
let server: TestServer;
/** The article's seeds with two names changed: a second graph to reseed to. */
let revisedSeeds: string;

function revise(dir: string): string {
  editSeedFile(dir, 'entities/conditions.yaml', (text) =>
    text
      .replace('    name: Myoclonus\n', '    name: Myoclonus (revised)\n')
      .replace('    name: Positive myoclonus\n', '    name: Positive myoclonus (revised)\n'),
  );
  return dir;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function setLoadClaim(heartbeatAgoSeconds: number | null): Promise<void> {
  await driver.executeQuery(
    heartbeatAgoSeconds === null
      ? `MATCH (m:SeedMeta {id: 'current'}) REMOVE m.loading, m.loadingHeartbeat`
      : `MATCH (m:SeedMeta {id: 'current'})
         SET m.loading = 'a-test-load', m.loadingHeartbeat = datetime() - duration({seconds: $ago})`,
    { ago: heartbeatAgoSeconds ?? 0 },
    { database: 'neo4j' },
  );
}

beforeAll(async () => {
  driver = testDriver();
  await clearGraph(driver);
  await seedDatabase(driver);
  revisedSeeds = revise(copySeeds());
  server = await startTestServer({ RESPONSE_CACHE_ENABLED: true, SEED_STATE_POLL_MS: POLL_MS });
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await seedDatabase(driver);
  await driver?.close();
}, 120_000);

test('a repeated question is answered from memory, with no round trip, and the same data', async () => {
  const query = '{ condition(name: "hypnic jerk") { id name synonyms } }';
  const first = await server.post(query);
  expect(first.body.errors).toBeUndefined();
  expect(roundTripsOf(first)).toBeGreaterThan(0);
  const second = await server.post(query);
  expect(second.body.data).toEqual(first.body.data);
  expect(roundTripsOf(second)).toBe(0);
  // Each answer still has its own request id, in a header; the bodies are the same bytes.
  expect(second.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
  expect(second.text).toBe(first.text);
  expect(second.body.extensions).toBeUndefined();
  // Other variables are another question.
  const other = await server.post('query ($n: String!) { condition(name: $n) { id } }', {
    n: 'Myoclonus',
  });
  expect(roundTripsOf(other)).toBeGreaterThan(0);
});

test('a kept answer is replayed only to a request Apollo would answer alike, each time with its own request id', async () => {
  const query = '{ entity(id: "hypnic-jerks") { id name } }';
  const body = JSON.stringify({ query });
  const send = (headers: Record<string, string>, text = body) =>
    fetch(server.graphqlUrl, { method: 'POST', headers, body: text });
  const json = { 'content-type': 'application/json', accept: 'application/json' };

  const first = await send(json);
  const firstText = await first.text();
  const firstBody = JSON.parse(firstText);
  expect(roundTripsOf(first)).toBeGreaterThan(0);

  // The same bytes again: from memory, with the client's own request id in a header, and the same body.
  const again = await send({ ...json, 'x-request-id': 'client-chosen-id' });
  expect(again.status).toBe(200);
  expect(again.headers.get('x-request-id')).toBe('client-chosen-id');
  expect(again.headers.get('content-type')).toMatch(/^application\/json/);
  expect(roundTripsOf(again)).toBe(0);
  expect(await again.text()).toBe(firstText);

  // The same bytes in a simple request: CSRF prevention refuses it, as it would have the first time.
  const simple = await send({ 'content-type': 'text/plain', accept: 'application/json' });
  expect(simple.status).toBe(400);
  expect(await simple.text()).toMatch(/CSRF|preflight/i);

  // Another media type asked for: the answer carries it, not the kept one's.
  const typed = await send({ ...json, accept: 'application/graphql-response+json' });
  expect(typed.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
  expect((await typed.json()).data).toEqual(firstBody.data);

  // The same question in other bytes (the JSON laid out otherwise) is still answered from memory, by the operation's tier.
  const spaced = await send(json, JSON.stringify({ query }, null, 2));
  expect(await spaced.text()).toBe(firstText);
  expect(roundTripsOf(spaced)).toBe(0);
});

test('an answer that came with an error is never kept', async () => {
  const query =
    '{ entity(id: "myoclonus") { name } path(from: "myoclonus", to: "no-such-entity") { length } }';
  for (let i = 0; i < 2; i++) {
    const answer = await server.post(query);
    const { body } = answer;
    expect(body.data?.entity?.name).toBe('Myoclonus');
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(roundTripsOf(answer)).toBeGreaterThan(0);
    // A body with errors is never cached: it carries the request id, for the client to report.
    expect(body.extensions?.requestId).toBe(answer.headers.get('x-request-id'));
  }
});

test('while a load runs, and after one stopped, nothing is kept; once complete, answers are kept again', async () => {
  const query = '{ graphInfo { loadState } entity(id: "myoclonus") { name } }';
  for (const [claim, state] of [
    [0, 'LOADING'],
    [3_600, 'INCOMPLETE'],
  ] as const) {
    await setLoadClaim(claim);
    await sleep(POLL_MS * 3);
    for (let i = 0; i < 2; i++) {
      const answer = await server.post(query);
      expect(answer.body.data?.graphInfo?.loadState).toBe(state);
      expect(roundTripsOf(answer)).toBe(2);
    }
  }
  await setLoadClaim(null);
  await sleep(POLL_MS * 3);
  const kept = await server.post(query);
  expect(kept.body.data?.graphInfo?.loadState).toBe('COMPLETE');
  expect(roundTripsOf(await server.post(query))).toBe(0);
});

test('an answer read while the graph changed under it is sent but never kept', async () => {
  // The process has not looked at the seed state since: it still takes the old graph for loaded.
  const stale = await startTestServer({
    RESPONSE_CACHE_ENABLED: true,
    SEED_STATE_POLL_MS: 3_600_000,
  });
  try {
    const question = '{ entity(id: "myoclonus") { name description } }';
    await seedDatabase(driver, revisedSeeds);
    for (let i = 0; i < 2; i++) {
      const answer = await stale.post(question);
      expect(answer.body.data?.entity?.name).toBe('Myoclonus (revised)');
      // Read from the graph each time: the check before keeping it found another graph than the one it keys on.
      expect(roundTripsOf(answer)).toBe(1);
    }
    // Back to the graph the process knows: had the revised answer been kept under its hash, it would come back now.
    await seedDatabase(driver);
    const { body } = await stale.post(question);
    expect(body.data?.entity?.name).toBe('Myoclonus');
  } finally {
    await stale.stop();
  }
});

test('an answer larger than the cache bound is not kept; a small one is', async () => {
  const tiny = await startTestServer({
    RESPONSE_CACHE_ENABLED: true,
    RESPONSE_CACHE_MAX_MB: 4 / 1024,
  });
  try {
    const large = '{ facts(first: 100) { edges { node { id statement } } } }';
    const page = await tiny.post(large);
    expect(page.text.length).toBeGreaterThan(4 * 1024);
    expect(roundTripsOf(await tiny.post(large))).toBeGreaterThan(0);
    await tiny.post(NAMES);
    expect(roundTripsOf(await tiny.post(NAMES))).toBe(0);
  } finally {
    await tiny.stop();
  }
});

test('with the cache off every answer is read from the graph', async () => {
  const off = await startTestServer({ RESPONSE_CACHE_ENABLED: false });
  try {
    for (let i = 0; i < 2; i++) expect(roundTripsOf(await off.post(NAMES))).toBe(1);
  } finally {
    await off.stop();
  }
});

test('a reseed while a client polls: the answer changes within the bound, and no answer mixes the graphs', async () => {
  const old = { a: { name: 'Myoclonus' }, b: { name: 'Positive myoclonus' } };
  const revised = {
    a: { name: 'Myoclonus (revised)' },
    b: { name: 'Positive myoclonus (revised)' },
  };
  const answers: { sentAt: number; data: unknown; fromCache: boolean }[] = [];
  let polling = true;
  const poll = (async () => {
    while (polling) {
      const sentAt = Date.now();
      const answer = await server.post(NAMES);
      answers.push({ sentAt, data: answer.body.data, fromCache: roundTripsOf(answer) === 0 });
    }
  })();
  await sleep(500);
  const reseedStarted = Date.now();
  await seedDatabase(driver, revisedSeeds);
  const reseedDone = Date.now();
  await sleep(POLL_MS * 2 + 1_000);
  polling = false;
  await poll;

  for (const answer of answers) expect([old, revised]).toContainEqual(answer.data);
  const before = answers.filter((a) => a.sentAt < reseedStarted);
  expect(before.length).toBeGreaterThan(10);
  expect(before.every((a) => JSON.stringify(a.data) === JSON.stringify(old))).toBe(true);
  expect(before.some((a) => a.fromCache)).toBe(true);
  // Within the bound (one poll and its read) of the reseed, every answer is the new graph's...
  const after = answers.filter((a) => a.sentAt > reseedDone + POLL_MS * 2);
  expect(after.length).toBeGreaterThan(10);
  expect(after.every((a) => JSON.stringify(a.data) === JSON.stringify(revised))).toBe(true);
  // ...and is served from memory again.
  expect(after.some((a) => a.fromCache)).toBe(true);
}, 60_000);
