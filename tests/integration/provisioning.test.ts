import { readGraphSettings } from '../../src/config';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createDriver } from '../../src/graph/driver';
import {
  DEFAULT_CACHE_DIR,
  ProvisioningError,
  provisionNeo4j,
  type Neo4jConnection,
} from '../../src/neo4j';

jest.setTimeout(180_000);

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function groupIsAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function killGroup(pgid: number): void {
  try {
    process.kill(-pgid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/** The promise's value, or undefined if it takes longer than `ms`. */
async function withinMs<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function waitUntilGone(pgid: number, timeoutMs = 30_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (groupIsAlive(pgid) && Date.now() < deadline) await sleep(250);
  return !groupIsAlive(pgid);
}

async function query<T>(
  connection: Neo4jConnection,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const driver = createDriver(connection, readGraphSettings().driver);
  try {
    const { records } = await driver.executeQuery(cypher, params, { database: 'neo4j' });
    return records.map((r) => r.get(0) as T);
  } finally {
    await driver.close();
  }
}

describe('a local Neo4j instance', () => {
  const started: Neo4jConnection[] = [];
  const startLocal = async () => {
    const connection = await provisionNeo4j({
      instance: 'provisioning-test',
      env: {},
      cacheDir: DEFAULT_CACHE_DIR,
    });
    started.push(connection);
    return connection;
  };

  afterAll(async () => {
    for (const connection of started) await connection.stop();
  });

  test('starts, answers queries, keeps its password file, and keeps its data across a restart', async () => {
    const marker = `run-${Date.now()}`;
    const first = await startLocal();
    expect(first.provider).toBe('local');
    expect(first.uri).not.toBe(process.env.NEO4J_URI);
    expect(await query<number>(first, 'RETURN 1')).toEqual([1]);
    const passwordFile = path.join(DEFAULT_CACHE_DIR, 'instances', 'provisioning-test', 'password');
    expect(existsSync(passwordFile)).toBe(true);
    expect(readFileSync(passwordFile, 'utf8').trim()).not.toBe('');
    await query(first, 'CREATE (m:ProvisioningMarker {run: $marker}) RETURN m.run', { marker });

    await first.stop();
    expect(groupIsAlive(first.pid!)).toBe(false);

    const second = await startLocal();
    expect(second.pid).not.toBe(first.pid);
    expect(
      await query<string>(second, 'MATCH (m:ProvisioningMarker {run: $marker}) RETURN m.run', {
        marker,
      }),
    ).toEqual([marker]);
    await query(second, 'MATCH (m:ProvisioningMarker) DELETE m');

    await second.stop();
    expect(() => process.kill(-second.pid!, 0)).toThrow();
  });
});

describe('a local Neo4j that does not answer within NEO4J_START_TIMEOUT_MS', () => {
  test('fails the start with a ProvisioningError naming the bound, and leaves no server running', async () => {
    const attempt = provisionNeo4j({
      instance: 'start-timeout-test',
      env: { NEO4J_START_TIMEOUT_MS: '1' },
      cacheDir: DEFAULT_CACHE_DIR,
    });
    await expect(attempt).rejects.toThrow(ProvisioningError);
    await expect(attempt).rejects.toThrow(
      /did not answer on bolt:\/\/127\.0\.0\.1:\d+ within 1 ms/,
    );
    const pgidFile = path.join(DEFAULT_CACHE_DIR, 'instances', 'start-timeout-test', 'server.pgid');
    expect(existsSync(pgidFile)).toBe(false);
  });
});

describe('a Neo4j named by the environment', () => {
  test('NEO4J_URI without NEO4J_PASSWORD is a ProvisioningError naming NEO4J_PASSWORD', async () => {
    const attempt = provisionNeo4j({
      instance: 'env-without-password',
      env: { NEO4J_URI: 'bolt://127.0.0.1:7687' },
    });
    await expect(attempt).rejects.toThrow(ProvisioningError);
    await expect(attempt).rejects.toThrow(/NEO4J_PASSWORD/);
  });

  test('NEO4J_URI with a password is used as it is, starting nothing', async () => {
    const connection = await provisionNeo4j({
      instance: 'env-only',
      env: { NEO4J_URI: 'bolt://db.example:7687', NEO4J_USER: 'reader', NEO4J_PASSWORD: 'secret' },
    });
    expect(connection).toMatchObject({
      provider: 'env',
      uri: 'bolt://db.example:7687',
      user: 'reader',
      password: 'secret',
    });
    expect(connection.pid).toBeUndefined();
    expect(existsSync(path.join(DEFAULT_CACHE_DIR, 'instances', 'env-only'))).toBe(false);
    await expect(connection.stop()).resolves.toBeUndefined();
  });
});

describe('Ctrl-C on a process that provisioned a local Neo4j', () => {
  test('SIGINT stops the Neo4j process group and the process exits', async () => {
    const child = spawn('npx', ['tsx', 'tests/fixtures/sigint-provision.ts'], {
      cwd: PROJECT_ROOT,
      // Its own process group, like a terminal's foreground job that Ctrl-C signals as a whole.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<string>((resolve) => child.once('exit', () => resolve('exited')));
    const running = () => child.exitCode === null && child.signalCode === null;

    let neo4jPid: number | undefined;
    try {
      const deadline = Date.now() + 150_000;
      while (neo4jPid === undefined && running() && Date.now() < deadline) {
        const match = /NEO4J_PID=(\d+)/.exec(stdout);
        if (match) neo4jPid = Number(match[1]);
        else await sleep(250);
      }
      if (neo4jPid === undefined)
        throw new Error(`the child did not report a Neo4j pid:\n${stdout}\n${stderr}`);
      expect(groupIsAlive(neo4jPid)).toBe(true);

      process.kill(-child.pid!, 'SIGINT');

      expect(await withinMs(exited, 30_000)).toBe('exited');
      expect(await waitUntilGone(neo4jPid)).toBe(true);
    } finally {
      if (running()) killGroup(child.pid!);
      if (neo4jPid !== undefined) killGroup(neo4jPid);
    }
  });
});
