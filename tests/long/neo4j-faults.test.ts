import { spawn } from 'node:child_process';
import path from 'node:path';
import { readConfig, readGraphSettings } from '../../src/config';
import { createDriver } from '../../src/graph/driver';
import { provisionNeo4j, type Neo4jConnection } from '../../src/neo4j';
import { seedDatabase } from '../../src/seed/seed';
import { startTestServer, type TestServer } from '../fixtures/api-server';
import { freePort, waitUntil } from '../fixtures/ports';
import { codesOf, graphHash, postGraphQL } from '../fixtures/security-kit';

/**
 * Neo4j going away and coming back under a running API: readiness follows it,
 * queries fail fast with SERVICE_UNAVAILABLE, liveness stays up, and the same
 * server recovers on its own. Runs its own local Neo4j ("faults" instance).
 */

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
const QUERY = '{ graphInfo { entityCount factCount } entity(id: "myoclonus") { id name } }';

let ports: { boltPort: number; httpPort: number };
let connection: Neo4jConnection | undefined;
let server: TestServer | undefined;
const faults: string[] = [];

const provision = () =>
  provisionNeo4j({ instance: 'faults', env: {}, local: { ...ports, startTimeoutMs: 180_000 } });

beforeAll(async () => {
  ports = { boltPort: await freePort(), httpPort: await freePort() };
  connection = await provision();
  const seedDriver = createDriver(connection, readGraphSettings().driver);
  try {
    await seedDatabase(seedDriver);
    console.log(`neo4j-faults: graph hash before ${await graphHash(seedDriver)}`);
  } finally {
    await seedDriver.close();
  }
  server = await startTestServer(
    readConfig({ NODE_ENV: 'production', PORT: '0', RATE_LIMIT_PER_MINUTE: '0' }),
    { driver: createDriver(connection, readGraphSettings().driver) },
  );
}, 300_000);

afterAll(async () => {
  await server?.stop().catch(() => undefined);
  if (connection) {
    const driver = createDriver(connection, readGraphSettings().driver);
    await graphHash(driver)
      .then((hash) => console.log(`neo4j-faults: graph hash after  ${hash}`))
      .catch(() => console.log('neo4j-faults: graph hash after  (Neo4j not reachable)'))
      .finally(() => driver.close());
  }
  await connection?.stop();
  console.log(`neo4j-faults survived:\n  ${faults.join('\n  ')}`);
}, 120_000);

const get = (route: string) => fetch(`${server!.url}${route}`);

describe('a running API while its Neo4j stops and starts again', () => {
  test('answers queries and reports ready while Neo4j is up', async () => {
    const result = await postGraphQL(server!.graphqlUrl, QUERY);
    expect(result.status).toBe(200);
    expect(result.json.errors).toBeUndefined();
    expect(result.json.data.graphInfo.entityCount).toBeGreaterThan(0);
    expect((await get('/health/ready')).status).toBe(200);
  });

  test('Neo4j down: ready is 503, live is 200, queries fail fast with SERVICE_UNAVAILABLE', async () => {
    await connection!.stop();
    const readyAfter = await waitUntil(
      async () => (await get('/health/ready')).status === 503,
      10_000,
    );
    const ready = await get('/health/ready');
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unavailable', neo4j: 'down' });
    expect((await get('/health/live')).status).toBe(200);

    const durations: number[] = [];
    for (const query of [
      QUERY,
      '{ search(text: "jerk") { score } }',
      '{ path(from: "epilepsy", to: "myoclonus") { length } }',
    ]) {
      const started = Date.now();
      const result = await postGraphQL(server!.graphqlUrl, query);
      durations.push(Date.now() - started);
      expect(result.status).toBeLessThan(500);
      expect(codesOf(result)).toContain('SERVICE_UNAVAILABLE');
      expect(new Set(codesOf(result))).toEqual(new Set(['SERVICE_UNAVAILABLE']));
      expect(result.text).not.toContain(connection!.password);
      expect(result.text).not.toContain(String(ports.boltPort));
    }
    for (const ms of durations) expect(ms).toBeLessThan(10_000);
    expect((await get('/health/live')).status).toBe(200);
    faults.push(
      `Neo4j stopped: ready 503 after ${readyAfter} ms, queries failed in ${durations.join('/')} ms with SERVICE_UNAVAILABLE, live stayed 200`,
    );
  }, 90_000);

  test('Neo4j back on the same address: the same server answers again within 30 s', async () => {
    connection = await provision();
    const recovered = await waitUntil(async () => {
      const result = await postGraphQL(server!.graphqlUrl, QUERY);
      return result.status === 200 && result.json.errors === undefined;
    }, 30_000);
    const result = await postGraphQL(server!.graphqlUrl, QUERY);
    expect(result.json.data.entity).toEqual({ id: 'myoclonus', name: 'Myoclonus' });
    expect((await get('/health/ready')).status).toBe(200);
    faults.push(
      `Neo4j restarted on bolt port ${ports.boltPort}: queries answered again after ${recovered} ms, no API restart`,
    );
  }, 240_000);
});

describe('the service started while Neo4j is down', () => {
  test('logs "waiting for Neo4j", then exits non-zero naming the URI', async () => {
    const closedPort = await freePort();
    const uri = `bolt://127.0.0.1:${closedPort}`;
    const password = 'child-secret-password-123';
    const started = Date.now();
    const child = spawn('npx', ['tsx', 'src/main.ts'], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NEO4J_URI: uri,
        NEO4J_USER: 'neo4j',
        NEO4J_PASSWORD: password,
        NEO4J_STARTUP_WAIT_MS: '3000',
        PORT: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      child.on('exit', (exitCode) => {
        clearTimeout(timer);
        resolve(exitCode);
      });
    });
    const elapsed = Date.now() - started;
    expect(code).not.toBe(0);
    expect(code).not.toBeNull();
    expect(elapsed).toBeLessThan(15_000);
    expect(output.match(/waiting for Neo4j/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(output).toContain(`Neo4j at ${uri} did not answer within 3 s`);
    expect(output).not.toContain(password);
    faults.push(`start with Neo4j down: exit ${code} after ${elapsed} ms, naming ${uri}`);
  }, 60_000);
});
