import { logger } from '../../src/logger';
import { startTestServer, type TestServer } from '../fixtures/api-server';

/**
 * Who the client is, behind an HTTP cache: the direct peer, unless that peer
 * is one of TRUSTED_PROXIES, and then the address its X-Forwarded-For names.
 * The rate limit and the request's log line both key on that address. The
 * tests reach the service from 127.0.0.1, so trusting 127.0.0.1 plays the
 * cache in front, and trusting another address plays a client that reached
 * a replica directly and forged the header.
 */

const LIMIT = 2;
const QUERY = '{ __typename }';

const servers: TestServer[] = [];
async function serverTrusting(proxies: string[] | null): Promise<TestServer> {
  const server = await startTestServer({
    RATE_LIMIT_PER_MINUTE: LIMIT,
    RESPONSE_CACHE_ENABLED: false,
    ...(proxies ? { TRUSTED_PROXIES: proxies } : {}),
  });
  servers.push(server);
  return server;
}
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
});

const from = (server: TestServer, forwardedFor?: string) =>
  server.post(QUERY, undefined, forwardedFor ? { 'x-forwarded-for': forwardedFor } : {});

/** The statuses of `count` requests, each forwarded for `forwardedFor`. */
async function statuses(server: TestServer, count: number, forwardedFor?: string) {
  const seen: number[] = [];
  for (let i = 0; i < count; i++) seen.push((await from(server, forwardedFor)).status);
  return seen;
}

/** The client address the GraphQL request log names for a request with this id. */
async function loggedClient(server: TestServer, forwardedFor: string): Promise<unknown> {
  const child = jest.spyOn(logger, 'child');
  try {
    const requestId = `client-check-${Math.random().toString(36).slice(2)}`;
    await server.post(QUERY, undefined, {
      'x-forwarded-for': forwardedFor,
      'x-request-id': requestId,
    });
    const bindings = child.mock.calls
      .map(([fields]) => fields as { requestId?: string; client?: unknown })
      .find((fields) => fields.requestId === requestId);
    return bindings?.client;
  } finally {
    child.mockRestore();
  }
}

test('through a trusted proxy, each forwarded address has a limit of its own', async () => {
  const server = await serverTrusting(['127.0.0.1']);
  expect(await statuses(server, LIMIT + 1, '203.0.113.1')).toEqual([200, 200, 429]);
  // Another client behind the same proxy is not held back by the first one's requests.
  expect(await statuses(server, LIMIT, '203.0.113.2')).toEqual([200, 200]);
  expect((await from(server, '203.0.113.2')).status).toBe(429);
});

test('the client is the nearest address no trusted proxy holds: what a client forged further left counts for nothing', async () => {
  const server = await serverTrusting(['127.0.0.1', '10.0.0.0/8']);
  // A load balancer (10.1.2.3) in front of the cache (127.0.0.1): the client is the address before them.
  expect(await loggedClient(server, '198.51.100.7, 10.1.2.3')).toBe('198.51.100.7');
  // A client that writes a header of its own in front of its address stays itself.
  expect(await statuses(server, LIMIT, '192.0.2.1, 198.51.100.8')).toEqual([200, 200]);
  expect((await from(server, '192.0.2.99, 198.51.100.8')).status).toBe(429);
});

test('from a peer that is not a trusted proxy, a forged X-Forwarded-For is ignored: it does not escape the limit', async () => {
  const server = await serverTrusting(['10.0.0.1']);
  expect(await statuses(server, 1, '203.0.113.1')).toEqual([200]);
  expect(await statuses(server, 1, '203.0.113.2')).toEqual([200]);
  expect(await statuses(server, 1, '203.0.113.3')).toEqual([429]);
  expect(await statuses(server, 1)).toEqual([429]);
});

test('by default no proxy is trusted: the client is the peer, whatever the header says', async () => {
  const server = await serverTrusting(null);
  expect(await loggedClient(server, '203.0.113.1')).toBe('127.0.0.1');
  expect(await statuses(server, LIMIT, '203.0.113.2')).toEqual([200, 429]);
});

test("the request's log line names the client a trusted proxy forwarded", async () => {
  const server = await serverTrusting(['127.0.0.1']);
  expect(await loggedClient(server, '203.0.113.50')).toBe('203.0.113.50');
  // An IPv6 client, as the cache forwards it.
  expect(await loggedClient(server, '2001:db8::7')).toBe('2001:db8::7');
});
