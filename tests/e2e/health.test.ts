import { once } from 'node:events';
import { startTestServer, type TestServer } from '../fixtures/api-server';
import { useSeededServer } from '../fixtures/seeded-server';

/** Health routes, and a graceful stop that lets running requests finish. */

jest.setTimeout(60_000);
const ctx = useSeededServer();

test('/health/live is 200 {status: "ok"}', async () => {
  const response = await fetch(`${ctx.server.url}/health/live`);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok' });
});

test('/health/ready is 200 while Neo4j is up', async () => {
  const response = await fetch(`${ctx.server.url}/health/ready`);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok', neo4j: 'up' });
});

describe('graceful shutdown', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  test('a request in flight when stop() is called completes with data; later ones are refused', async () => {
    const arrived = once(server.httpServer, 'request');
    const inFlight = server.post(
      '{ condition(name: "myoclonus") { subtypes { condition { treatments { treatment { name } } } } } }',
    );
    await arrived;
    const stopped = server.stop();
    const result = await inFlight;
    expect(result.status).toBe(200);
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data.condition.subtypes).toHaveLength(7);
    await stopped;
    await expect(fetch(`${server.url}/health/live`)).rejects.toThrow();
  });
});
