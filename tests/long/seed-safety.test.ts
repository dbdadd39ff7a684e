import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { readSeedMeta } from '../../src/graph/write';
import { loadSeedGraph } from '../../src/seed/seed-graph';
import { DEFAULT_SEED_DIR, seedDatabase } from '../../src/seed/seed';
import { writeBigSeedFolder } from '../fixtures/big-seeds';
import { sleep, waitUntil } from '../fixtures/ports';
import { graphHash } from '../fixtures/security-kit';
import { snapshotGraph, snapshotGraphIgnoringLoadTime, testDriver } from '../fixtures/testkit';

/**
 * The seed loader writes in one transaction: a load killed with SIGKILL
 * leaves the previous graph exactly as it was, and two loads at once end with
 * one folder's graph, never a mix. Uses the run's shared Neo4j.
 */

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
const BIG_COUNT = Number(process.env.SEED_SAFETY_ENTITIES ?? 20_000);

let driver: Driver;
let bigDir: string;
let otherDir: string;
let realSnapshot: string;
const folders: string[] = [];

interface SeedChild {
  child: ChildProcess;
  output: () => string;
  exit: Promise<number | null>;
}

/** `npx tsx src/seed/cli.ts --dir <dir>` in its own process group, on the run's Neo4j. */
function spawnSeed(dir: string): SeedChild {
  const child = spawn('npx', ['tsx', 'src/seed/cli.ts', '--dir', dir], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      NEO4J_URI: process.env.NEO4J_URI,
      NEO4J_USER: process.env.NEO4J_USER,
      NEO4J_PASSWORD: process.env.NEO4J_PASSWORD,
    },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exit };
}

/** SIGKILL to the child's whole process group (npx, tsx and node). */
function killGroup(child: ChildProcess): void {
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    // already gone
  }
}

async function seedTransactions(): Promise<{ id: string; status: string }[]> {
  const { records } = await driver.executeQuery(
    `SHOW TRANSACTIONS YIELD transactionId, metaData, status
     WHERE metaData.app = 'seed' RETURN transactionId, status`,
    {},
    { database: 'neo4j' },
  );
  return records.map((r) => ({ id: r.get('transactionId'), status: r.get('status') }));
}

async function counts(): Promise<{ entities: number; facts: number }> {
  const { records } = await driver.executeQuery(
    `CALL { MATCH (n:Entity) RETURN count(n) AS entities }
     CALL { MATCH (:Entity)-[r]->(:Entity) WHERE r.id IS NOT NULL RETURN count(r) AS facts }
     RETURN entities, facts`,
    {},
    { database: 'neo4j' },
  );
  return { entities: records[0]!.get('entities'), facts: records[0]!.get('facts') };
}

const expected = (dir: string) => {
  const graph = loadSeedGraph(dir);
  return {
    contentHash: graph.contentHash,
    counts: { entities: graph.entities.length, facts: graph.facts.length },
  };
};

beforeAll(async () => {
  driver = testDriver();
  await seedDatabase(driver);
  realSnapshot = await snapshotGraphIgnoringLoadTime(driver);
  console.log(
    `seed-safety: graph hash before ${await graphHash(driver)} (without loadedAt: ${sha256(realSnapshot)})`,
  );
  bigDir = writeBigSeedFolder(BIG_COUNT, 'big');
  otherDir = writeBigSeedFolder(Math.round(BIG_COUNT / 4), 'other');
  folders.push(bigDir, otherDir);
}, 180_000);

afterAll(async () => {
  if (driver) {
    const withoutLoadTime = sha256(await snapshotGraphIgnoringLoadTime(driver));
    console.log(
      `seed-safety: graph hash after  ${await graphHash(driver)} (without loadedAt: ${withoutLoadTime}; loadedAt changes on reload)`,
    );
    await driver.close();
  }
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
}, 60_000);

test('a seed killed with SIGKILL mid-transaction leaves the previous graph unchanged', async () => {
  const before = await snapshotGraph(driver);
  const seed = spawnSeed(bigDir);
  let exited = false;
  void seed.exit.then(() => (exited = true));
  // Wait for its load transaction to be open in Neo4j, then let it write for a while.
  await waitUntil(
    async () => {
      if (exited) throw new Error(`seed exited before its transaction was seen:\n${seed.output()}`);
      return (await seedTransactions()).length > 0;
    },
    120_000,
    100,
  );
  await sleep(1_500);
  const running = await seedTransactions();
  expect(running.length).toBe(1);
  expect(exited).toBe(false);
  killGroup(seed.child);
  expect(await seed.exit).toBeNull(); // died of the signal, not of its own accord
  // Neo4j notices the dropped connection and rolls the transaction back.
  await waitUntil(async () => (await seedTransactions()).length === 0, 60_000);
  expect(await snapshotGraph(driver)).toBe(before);
  console.log(
    `seed-safety: killed the seed CLI (pid ${seed.child.pid}) while transaction ${running[0]!.id} was ${running[0]!.status}; graph unchanged`,
  );
}, 240_000);

test('after the kill, a rerun completes and then the real seeds reload cleanly', async () => {
  const started = Date.now();
  const rerun = spawnSeed(bigDir);
  const code = await rerun.exit;
  expect({ code, output: rerun.output().slice(-1_000) }).toMatchObject({ code: 0 });
  const big = expected(bigDir);
  expect((await readSeedMeta(driver))?.contentHash).toBe(big.contentHash);
  expect(await counts()).toEqual(big.counts);
  console.log(
    `seed-safety: rerun of ${big.counts.entities} entities / ${big.counts.facts} facts took ${Date.now() - started} ms (CLI, incl. validation)`,
  );

  const report = await seedDatabase(driver, DEFAULT_SEED_DIR);
  expect(report.entities.removed).toBe(BIG_COUNT);
  expect(await snapshotGraphIgnoringLoadTime(driver)).toBe(realSnapshot);
}, 300_000);

test('two seeds at once end with exactly one folder’s graph, never a mix', async () => {
  const a = expected(bigDir);
  const b = expected(otherDir);
  const first = spawnSeed(bigDir);
  const second = spawnSeed(otherDir);
  const codes = await Promise.all([first.exit, second.exit]);
  const outputs = [first.output(), second.output()];
  // Both succeed (the second waits for the first's lock), or one fails with a clear message.
  for (const [i, code] of codes.entries()) {
    if (code !== 0) {
      expect(code).toBe(2);
      expect(outputs[i]).toMatch(/seed load failed and was rolled back/);
    }
  }
  expect(codes.some((code) => code === 0)).toBe(true);

  const meta = await readSeedMeta(driver);
  const winner =
    meta?.contentHash === a.contentHash ? a : meta?.contentHash === b.contentHash ? b : undefined;
  expect(winner).toBeDefined();
  expect(await counts()).toEqual(winner!.counts);
  // Loading the winner's folder again changes nothing: the graph is exactly that folder's graph.
  const winnerDir = winner === a ? bigDir : otherDir;
  const report = await seedDatabase(driver, winnerDir);
  for (const part of [report.sources, report.entities, report.facts, report.statistics])
    expect(part.created + part.updated + part.removed).toBe(0);
  console.log(
    `seed-safety: concurrent seeds exited ${codes.join(' and ')}; graph is the ${winner === a ? 'big' : 'other'} folder's (${winner!.counts.entities} entities)`,
  );

  await seedDatabase(driver, DEFAULT_SEED_DIR);
  expect(await snapshotGraphIgnoringLoadTime(driver)).toBe(realSnapshot);
}, 400_000);
