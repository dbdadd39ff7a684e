import type { Driver } from 'neo4j-driver';
import { seedDatabase } from '../../src/seed/seed';
import { startTier, type Tier } from '../../scripts/tier/tier';
import { envConnection } from '../fixtures/api-server';
import { sleep, waitUntil } from '../fixtures/ports';
import { seedFreshly } from '../fixtures/seeded-server';
import { copySeeds, editSeedFile, testDriver } from '../fixtures/testkit';
import {
  closeAgents,
  GET_HEADERS,
  graphqlPath,
  postGraphQL,
  request,
  type EdgeResponse,
} from './edge-client';

/**
 * The HTTP cache tier for real: Debian's Varnish with deploy/'s VCL in front
 * of two replicas of the built service (`node dist/main.js`, built first when
 * dist/ is missing or older than src/), both on the run's Neo4j, and the
 * release watch that bans the edge after a reseed.
 */

const POLL_MS = 1_000;
const WATCH_MS = 1_000;
/** Per replica and client; the load below spreads its requests over many client addresses. */
const RATE_LIMIT = 300;

let tier: Tier;
let driver: Driver;
const edge = () => tier.edge.url;

const ENTITY = 'query Entity($id: ID!) { entity(id: $id) { id name } }';

const get = (path: string, options: { headers?: Record<string, string>; from?: string } = {}) =>
  request(`${edge()}${path}`, {
    headers: { ...GET_HEADERS, ...options.headers },
    from: options.from,
  });

beforeAll(async () => {
  const started = Date.now();
  driver = testDriver();
  await seedFreshly(driver);
  const seeded = Date.now();
  tier = await startTier({
    neo4j: envConnection(),
    buildScript: 'build:server',
    watchIntervalMs: WATCH_MS,
    replicaEnv: {
      SEED_ON_START: 'false',
      SEED_STATE_POLL_MS: String(POLL_MS),
      RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
      // The edge reaches the replicas from 127.0.0.1; the tests' clients use other loopback addresses.
      TRUSTED_PROXIES: '127.0.0.1',
    },
  });
  console.log(`set-up: seeds ${seeded - started} ms, tier ${Date.now() - seeded} ms`);
}, 240_000);

afterAll(async () => {
  closeAgents();
  await tier?.stop();
  await driver?.close();
}, 60_000);

test('a GraphQL GET is kept at the edge: the second asker gets it from Varnish, with its age', async () => {
  const path = graphqlPath({ query: ENTITY, variables: { id: 'myoclonus' }, persisted: ENTITY });
  const first = await get(path);
  expect(first.status).toBe(200);
  expect(first.json().data.entity.name).toBe('Myoclonus');
  expect(first.headers['x-cache']).toBe('MISS');
  expect(first.headers['cache-control']).toBe('max-age=60, public');
  await sleep(1_100);
  const second = await get(path);
  expect(second.headers['x-cache']).toBe('HIT');
  expect(Number(second.headers.age)).toBeGreaterThan(0);
  expect(second.headers.etag).toBe(first.headers.etag);
  expect(second.json().data).toEqual(first.json().data);
  // The request that fetched it has its own id and cost; a later client's hit has neither.
  expect(first.headers['x-request-id']).toBeTruthy();
  expect(Number(first.headers['x-cypher-round-trips'])).toBeGreaterThan(0);
  expect(second.headers['x-request-id']).toBeUndefined();
  expect(second.headers['x-cypher-round-trips']).toBe('0');
  expect(second.headers['x-varnish']).toMatch(/^\d+ \d+$/);
  const fromAnother = await get(path, { from: '127.0.0.4' });
  expect(fromAnother.headers['x-cache']).toBe('HIT');
  expect(fromAnother.headers['x-request-id']).toBeUndefined();
  expect(fromAnother.headers['x-cypher-round-trips']).toBe('0');
  // A client that claims to be a hit is still a miss, with its replica's headers.
  const claimed = await get(
    graphqlPath({ query: ENTITY, variables: { id: 'epileptic-myoclonus' } }),
    {
      headers: { 'x-edge-hit': '1' },
    },
  );
  expect(claimed.headers['x-cache']).toBe('MISS');
  expect(claimed.headers['x-request-id']).toBeTruthy();
});

test('If-None-Match with the ETag gets 304 from the edge, without a body', async () => {
  const path = graphqlPath({ query: ENTITY, variables: { id: 'positive-myoclonus' } });
  const first = await get(path);
  const etag = first.headers.etag!;
  expect(etag).toMatch(/^(W\/)?"/);
  const revalidated = await get(path, { headers: { 'if-none-match': etag } });
  expect(revalidated.status).toBe(304);
  expect(revalidated.text).toBe('');
  expect(revalidated.headers['x-cache']).toBe('HIT');
  expect(revalidated.headers.etag).toBe(etag);
  const other = await get(path, { headers: { 'if-none-match': 'W/"another"' } });
  expect(other.status).toBe(200);
});

test("the explorer's page, marked no-cache, is kept and confirmed by its replica on each request", async () => {
  const first = await request(`${edge()}/explorer`);
  expect(first.status).toBe(200);
  expect(first.headers['cache-control']).toBe('no-cache');
  // Back to back on one kept-alive connection, as a browser reloads: each
  // one is confirmed, however soon after the last confirmation it comes.
  for (let i = 0; i < 20; i++) {
    const again = await request(`${edge()}/explorer`);
    expect(again.status).toBe(200);
    expect(again.headers['x-cache']).toBe('REVALIDATED');
    expect(again.text).toBe(first.text);
  }
});

test('POST /graphql and /mcp pass the edge: every one reaches a replica', async () => {
  const posts = await Promise.all(
    [1, 2, 3].map(() => postGraphQL(edge(), '{ graphInfo { seedVersion } }')),
  );
  for (const post of posts) {
    expect(post.status).toBe(200);
    expect(post.headers['x-cache']).toBe('PASS');
    expect(post.headers.age ?? '0').toBe('0');
  }
  // Each was executed: a request id of its own from the replica that answered.
  expect(new Set(posts.map((p) => p.headers['x-request-id'])).size).toBe(3);

  const initialize = JSON.stringify({
    jsonrpc: '2.0',
    id: 1,
    method: 'initialize',
    params: {
      protocolVersion: '2025-06-18',
      capabilities: {},
      clientInfo: { name: 'edge-test', version: '1' },
    },
  });
  const mcp = () =>
    request(`${edge()}/mcp`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
      },
      body: initialize,
    });
  const [a, b] = [await mcp(), await mcp()];
  for (const answer of [a, b]) {
    expect(answer.status).toBe(200);
    expect(answer.headers['x-cache']).toBe('PASS');
  }
  expect(a.headers['x-request-id']).not.toBe(b.headers['x-request-id']);
});

test('errors are never kept: a 400 GraphQL error and a resolver error reach a replica each time', async () => {
  const invalid = graphqlPath({ query: '{ entity(id: "myoclonus") { noSuchField } }' });
  const badInput = graphqlPath({ query: '{ search(text: "", first: 3) { score } }' });
  for (const path of [invalid, badInput]) {
    const answers: EdgeResponse[] = [];
    for (let i = 0; i < 3; i += 1) answers.push(await get(path));
    for (const answer of answers) {
      expect(answer.json().errors.length).toBeGreaterThan(0);
      expect(answer.headers['cache-control']).toBe('no-store');
      expect(answer.headers['x-cache']).not.toBe('HIT');
      expect(answer.headers.age ?? '0').toBe('0');
    }
    expect(new Set(answers.map((a) => a.headers['x-request-id'])).size).toBe(3);
  }
  const status400 = await get(invalid);
  expect(status400.status).toBe(400);
});

test('replicas and the edge send the same ETag and the same bytes for the same GET', async () => {
  const path = graphqlPath({ query: ENTITY, variables: { id: 'negative-myoclonus' } });
  const direct = await Promise.all(
    tier.replicas.map((replica) => request(`${replica.url}${path}`, { headers: GET_HEADERS })),
  );
  const viaEdge = await get(path);
  const again = await get(path);
  expect(again.headers['x-cache']).toBe('HIT');
  for (const answer of [...direct, viaEdge, again]) {
    expect(answer.status).toBe(200);
    expect(answer.headers.etag).toBe(direct[0]!.headers.etag);
    expect(answer.text).toBe(direct[0]!.text);
  }
});

test("the current release is the same bytes under the same ETag from every replica and the edge, and one replica's ETag revalidates at another", async () => {
  const direct = await Promise.all(
    tier.replicas.map((replica) => request(`${replica.url}/releases/current`)),
  );
  const viaEdge = await request(`${edge()}/releases/current`);
  const again = await request(`${edge()}/releases/current`);
  expect(again.headers['x-cache']).toBe('HIT');
  for (const answer of [...direct, viaEdge, again]) {
    expect(answer.status).toBe(200);
    expect(answer.headers.etag).toBe(direct[0]!.headers.etag);
    expect(answer.headers.etag).toMatch(new RegExp(`^"${direct[0]!.json().contentHash}-`));
    expect(answer.text).toBe(direct[0]!.text);
  }
  for (const replica of tier.replicas.slice(1)) {
    const revalidated = await request(`${replica.url}/releases/current`, {
      headers: { 'if-none-match': direct[0]!.headers.etag! },
    });
    expect(revalidated.status).toBe(304);
  }
});

test('a GET without the CSRF preflight header: 400 from a replica, but a kept answer from the edge, as to anyone', async () => {
  const path = graphqlPath({ query: ENTITY, variables: { id: 'secondary-myoclonus' } });
  const accept = { accept: 'application/json' };
  const refused = await request(`${tier.replicas[0]!.url}${path}`, { headers: accept });
  expect(refused.status).toBe(400);
  // Not kept yet: the edge forwards it, and the replica refuses it.
  const missed = await request(`${edge()}${path}`, { headers: accept });
  expect(missed.status).toBe(400);
  expect(missed.headers['x-cache']).not.toBe('HIT');
  // Kept once a GET with the header fetched it: then served to a GET without one.
  expect((await get(path)).status).toBe(200);
  const kept = await request(`${edge()}${path}`, { headers: accept });
  expect(kept.status).toBe(200);
  expect(kept.headers['x-cache']).toBe('HIT');
  expect(kept.json().data.entity.id).toBe('secondary-myoclonus');
});

test('a persisted-query hash one replica has not seen works through the edge: the client sends the query when asked', async () => {
  // A query text no other test sends: its hash is known to the first replica only.
  const query = `query OnlyOne($id: ID!) { entity(id: $id) { id name } } # ${Date.now()}`;
  const registered = await request(
    `${tier.replicas[0]!.url}${graphqlPath({ query, variables: { id: 'myoclonus' }, persisted: query })}`,
    { headers: GET_HEADERS },
  );
  expect(registered.status).toBe(200);

  // What Apollo Client's persisted-query link does: the hash alone, and once
  // more with the query when the answer is PERSISTED_QUERY_NOT_FOUND.
  const notFound: EdgeResponse[] = [];
  const ask = async (variables: Record<string, unknown>) => {
    const byHash = await get(graphqlPath({ variables, persisted: query }));
    if (byHash.json().errors?.[0]?.extensions?.code !== 'PERSISTED_QUERY_NOT_FOUND') return byHash;
    notFound.push(byHash);
    return get(graphqlPath({ query, variables, persisted: query }));
  };
  const ids = ['myoclonus', 'positive-myoclonus', 'negative-myoclonus', 'physiological-myoclonus'];
  for (const id of ids) {
    const answer = await ask({ id });
    expect(answer.status).toBe(200);
    expect(answer.json().data.entity.id).toBe(id);
  }
  // Round-robin brought at least one of them to the replica that did not know
  // the hash; that answer is no-store, and the edge did not keep it.
  expect(notFound.length).toBeGreaterThan(0);
  for (const answer of notFound) {
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.headers['x-cache']).not.toBe('HIT');
  }
  // Asked again by hash alone, the same questions never come back as a kept error.
  for (const id of ids) {
    const again = await get(graphqlPath({ variables: { id }, persisted: query }));
    if (again.headers['x-cache'] === 'HIT') expect(again.json().data.entity.id).toBe(id);
    else expect(again.headers['cache-control']).toMatch(/no-store|max-age=60/);
  }
});

test('one replica killed under load: GETs still succeed, the probe takes it out, and back when restarted', async () => {
  const [victim] = tier.replicas;
  expect(tier.edge.backendHealth()).toEqual({ api1: 'healthy', api2: 'healthy' });
  let stopLoad = false;
  const outcomes: { ok: boolean; at: number }[] = [];
  // Eight clients, each from a loopback address of its own, asking uncached
  // questions (fresh variables) and cached ones in turn.
  const client = async (n: number) => {
    for (let i = 0; !stopLoad; i += 1) {
      const variables = { id: i % 2 === 0 ? 'myoclonus' : `load-${n}-${i}` };
      const at = Date.now();
      try {
        const answer = await get(graphqlPath({ query: ENTITY, variables }), {
          from: `127.0.1.${n + 1}`,
        });
        outcomes.push({ ok: answer.status === 200, at });
      } catch {
        outcomes.push({ ok: false, at });
      }
    }
  };
  const load = Promise.all(Array.from({ length: 8 }, (_, n) => client(n)));
  await sleep(1_000);
  const killedAt = Date.now();
  await victim!.kill();
  const outAfterMs = await waitUntil(
    async () => tier.edge.backendHealth().api1 === 'sick',
    10_000,
    100,
  );
  await sleep(1_000);
  stopLoad = true;
  await load;

  const failed = outcomes.filter((o) => !o.ok);
  const during = outcomes.filter((o) => o.at >= killedAt);
  console.log(
    `replica kill: ${outcomes.length} requests, ${failed.length} failed, ${during.length} after the kill; probe took the replica out after ${outAfterMs} ms`,
  );
  // The edge retries an idempotent GET on the other replica when a connection fails.
  expect(failed.length).toBeLessThanOrEqual(2);
  expect(during.length).toBeGreaterThan(50);
  expect(outAfterMs).toBeLessThan(4_000);

  // Everything is served by the one left.
  const served = await Promise.all([1, 2, 3, 4].map(() => postGraphQL(edge(), '{ __typename }')));
  expect(new Set(served.map((s) => s.headers['x-served-by']))).toEqual(new Set(['api2']));

  await victim!.start();
  const backAfterMs = await waitUntil(
    async () => tier.edge.backendHealth().api1 === 'healthy',
    10_000,
    100,
  );
  console.log(`replica restart: back behind the edge ${backAfterMs} ms after it was ready`);
  const both = await Promise.all([1, 2, 3, 4].map(() => postGraphQL(edge(), '{ __typename }')));
  expect(new Set(both.map((s) => s.headers['x-served-by']))).toEqual(new Set(['api1', 'api2']));
}, 120_000);

test('after a reseed every replica and the edge serve the new release within the stated bound', async () => {
  const path = graphqlPath({ query: ENTITY, variables: { id: 'myoclonus' } });
  const nameAt = async (base: string, headers = GET_HEADERS) =>
    (await request(`${base}${path}`, { headers })).json().data.entity.name as string;
  await get(path);
  expect((await get(path)).headers['x-cache']).toBe('HIT');

  // Stated in docs/scaling.md: SEED_STATE_POLL_MS + the watch's interval, plus a round trip or two.
  const bound = POLL_MS + WATCH_MS + 500;
  const reseed = async (dir?: string) => {
    const before = tier.watch.bans();
    await seedDatabase(driver, dir);
    const committed = Date.now();
    const name = dir ? 'Myoclonus (revised)' : 'Myoclonus';
    const since = async (probe: () => Promise<boolean>) => {
      await waitUntil(probe, 10_000, 25);
      return Date.now() - committed;
    };
    const [replicasAfter, edgeAfter] = await Promise.all([
      since(async () =>
        (await Promise.all(tier.replicas.map((r) => nameAt(r.url)))).every((n) => n === name),
      ),
      since(async () => (await nameAt(edge())) === name),
    ]);
    return { replicasAfter, edgeAfter, bans: tier.watch.bans() - before };
  };

  const dir = copySeeds();
  editSeedFile(dir, 'entities/conditions.yaml', (t) =>
    t.replace('    name: Myoclonus\n', '    name: Myoclonus (revised)\n'),
  );
  const revised = await reseed(dir);
  // And back to the seeds' release, for the suites after this one.
  const restored = await reseed();
  console.log(
    `reseed: replicas on the new release after ${revised.replicasAfter} ms, the edge after ${revised.edgeAfter} ms; back: ${restored.replicasAfter} / ${restored.edgeAfter} ms (bound ${bound} ms)`,
  );
  for (const measured of [revised, restored]) {
    expect(measured.edgeAfter).toBeLessThanOrEqual(bound);
    expect(measured.bans).toBeGreaterThan(0);
  }
  // Kept at the edge again within the bound: a replica marks its answers
  // no-store until its own poll has seen the new release.
  await waitUntil(
    async () => {
      await get(path);
      return (await get(path)).headers['x-cache'] === 'HIT';
    },
    bound,
    50,
  );
}, 120_000);

// Last: it spends one client's allowance.
test('clients behind the edge stay distinct for the rate limit, and cannot pose as another', async () => {
  const ask = (from: string, headers: Record<string, string> = {}) =>
    postGraphQL(edge(), '{ __typename }', { from, headers });
  // One client spends its allowance on every replica ...
  const limitedBy = new Map<string, EdgeResponse>();
  const most = 2 * RATE_LIMIT * tier.replicas.length;
  for (let i = 0; i < most && limitedBy.size < tier.replicas.length; i += 1) {
    const answer = await ask('127.0.0.2');
    if (answer.status === 429) limitedBy.set(String(answer.headers['x-served-by']), answer);
  }
  expect([...limitedBy.keys()].sort()).toEqual(['api1', 'api2']);
  for (const answer of limitedBy.values())
    expect(answer.json().errors[0].extensions.code).toBe('RATE_LIMITED');
  // ... another client is served by each of them (requests in a row go to both
  // replicas in turn), and the first one's own X-Forwarded-For does not make it
  // someone else: the replicas trust only the edge's hop.
  const other = [];
  for (let i = 0; i < 2 * tier.replicas.length; i += 1) other.push(await ask('127.0.0.3'));
  expect(other.map((a) => a.status)).toEqual(other.map(() => 200));
  expect(new Set(other.map((a) => a.headers['x-served-by']))).toEqual(new Set(['api1', 'api2']));
  const posing = [];
  for (let i = 0; i < 2 * tier.replicas.length; i += 1)
    posing.push(await ask('127.0.0.2', { 'x-forwarded-for': '203.0.113.9' }));
  expect(posing.map((a) => a.status)).toEqual(posing.map(() => 429));
});
