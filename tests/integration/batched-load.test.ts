import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { SeedLoadError, applyGraphSchema } from '../../src/graph/write';
import { dropFulltextIndexes } from '../../src/graph/write/graph-schema';
import { seedDatabase } from '../../src/seed/seed';
import { startTestServer, type TestServer } from '../fixtures/api-server';
import {
  clearGraph,
  copySeeds,
  editSeedFile,
  removeSeedListItem,
  snapshotGraph,
  snapshotGraphIgnoringLoadTime,
  testDriver,
  widenOutline,
} from '../fixtures/testkit';

/**
 * Graphs too large for one transaction load in committed batches: the graph
 * is claimed while they run, a failure leaves it marked incomplete, and the
 * next load completes it. The article's seeds stand in for a large graph
 * here by forcing the mode and using tiny batches.
 */
let driver: Driver;
let server: TestServer;
const ARTICLE = articleSeeds();

const loadState = async (): Promise<string> => {
  const { body } = await server.post('{ graphInfo { loadState } }');
  expect(body.errors).toBeUndefined();
  return body.data.graphInfo.loadState as string;
};

/** The article's seeds alone: tiny batches over the curated layer's twenty thousand items would take minutes. */
function articleSeeds(): string {
  const dir = copySeeds();
  rmSync(path.join(dir, 'curated'), { recursive: true, force: true });
  return dir;
}

/** Seeds with a changed paragraph on many facts and one treatment (and its fact) removed. */
function editedSeeds(): string {
  const dir = articleSeeds();
  widenOutline(dir);
  editSeedFile(dir, 'facts/populations.yaml', (t) => t.replaceAll('paragraph: 1', 'paragraph: 4'));
  removeSeedListItem(dir, 'entities/treatments.yaml', (item) =>
    item.includes('id: combination-drug-therapy'),
  );
  removeSeedListItem(dir, 'facts/treatments.yaml', (item) =>
    item.includes('subject: combination-drug-therapy'),
  );
  return dir;
}

/** The graph a clean single-transaction load of `dir` gives. */
async function referenceSnapshot(dir = ARTICLE): Promise<string> {
  await clearGraph(driver);
  await seedDatabase(driver, dir, { mode: 'single' });
  return snapshotGraphIgnoringLoadTime(driver);
}

beforeAll(async () => {
  driver = testDriver();
  // Load states are read as they are at each moment: no answer from the response cache.
  server = await startTestServer({ RESPONSE_CACHE_ENABLED: false });
});

afterAll(async () => {
  await server.stop();
  await clearGraph(driver);
  await seedDatabase(driver);
  await driver.close();
});

test('a batched load writes exactly the graph a single-transaction load writes', async () => {
  const reference = await referenceSnapshot();
  await clearGraph(driver);

  const report = await seedDatabase(driver, ARTICLE, {
    mode: 'batched',
    batchSize: 7,
    writers: 3,
  });

  expect(report.mode).toBe('batched');
  expect(report.entities.created).toBeGreaterThan(50);
  expect(await snapshotGraphIgnoringLoadTime(driver)).toBe(reference);
  expect(await loadState()).toBe('COMPLETE');
});

test('a load that creates most of the graph builds the search indexes after writing: the same graph, and search works', async () => {
  const reference = await referenceSnapshot();
  await clearGraph(driver);
  const report = await seedDatabase(driver, ARTICLE, {
    mode: 'batched',
    batchSize: 11,
    rebuildFulltextFrom: 1,
  });
  expect(report.entities.created).toBeGreaterThan(50);
  expect(await snapshotGraphIgnoringLoadTime(driver)).toBe(reference);
  const { body } = await server.post('{ search(text: "hypnic jerk", first: 1) { entity { id } } }');
  expect(body.data.search[0].entity.id).toBe('hypnic-jerks');
  const byCurie = await server.post('{ entity(id: "HP:0001336") { id } }');
  expect(byCurie.body.data.entity.id).toBe('myoclonus');
});

test('a load that fails after dropping the search indexes builds them again before it gives up', async () => {
  await clearGraph(driver);
  const load = seedDatabase(driver, ARTICLE, {
    mode: 'batched',
    batchSize: 5,
    rebuildFulltextFrom: 1,
    beforeBatch: (_step, index) => {
      if (index === 6) throw new Error('simulated failure on batch 7');
    },
  });
  await expect(load).rejects.toThrow(/simulated failure on batch 7/);
  const { body } = await server.post('{ search(text: "myoclonus", first: 3) { score } }');
  expect(body.errors).toBeUndefined();
});

test('while the search index is being built, search answers SERVICE_UNAVAILABLE and other questions are answered', async () => {
  // A whole graph of its own (the failed load before leaves whatever its first batches held).
  await seedDatabase(driver, ARTICLE, { mode: 'single' });
  await dropFulltextIndexes(driver);
  try {
    const { body } = await server.post('{ search(text: "jerks", first: 1) { score } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(body.errors?.[0]?.message).toMatch(/search index is being built/);
    const other = await server.post('{ entity(id: "myoclonus") { name } }');
    expect(other.body.data.entity.name).toBe('Myoclonus');
  } finally {
    await applyGraphSchema(driver);
  }
});

test('the default mode is one transaction up to the limit and batches above it', async () => {
  await clearGraph(driver);
  expect((await seedDatabase(driver, ARTICLE)).mode).toBe('single');
  await clearGraph(driver);
  expect((await seedDatabase(driver, ARTICLE, { singleTransactionLimit: 10 })).mode).toBe(
    'batched',
  );
  // The batched load recorded its content like any other: a default reload changes nothing.
  const again = await seedDatabase(driver, ARTICLE);
  expect(again.entities).toEqual(expect.objectContaining({ created: 0, updated: 0, removed: 0 }));
  expect(again.facts).toEqual(expect.objectContaining({ created: 0, updated: 0, removed: 0 }));
});

test('a batched load that fails midway leaves the graph INCOMPLETE, and the next load completes it', async () => {
  const dir = editedSeeds();
  const wanted = await referenceSnapshot(dir);
  await referenceSnapshot();
  const before = await snapshotGraph(driver);

  const load = seedDatabase(driver, dir, {
    mode: 'batched',
    batchSize: 3,
    beforeBatch: (_step, index) => {
      if (index === 4) throw new Error('simulated failure on batch 5');
    },
  });
  await expect(load).rejects.toThrow(SeedLoadError);
  await expect(load).rejects.toThrow(
    /failed after 4 committed batch\(es\); the graph is incomplete until the next load: simulated failure on batch 5/,
  );
  // Committed batches stay (this is not the single-transaction contract), and the graph says so.
  expect(await snapshotGraph(driver)).not.toBe(before);
  expect(await loadState()).toBe('INCOMPLETE');

  const report = await seedDatabase(driver, dir, { mode: 'batched', batchSize: 3 });
  expect(report.facts.updated + report.facts.created + report.facts.removed).toBeGreaterThan(0);
  expect(await loadState()).toBe('COMPLETE');
  expect(await snapshotGraphIgnoringLoadTime(driver)).toBe(wanted);
});

test('a batched load that fails before its first batch leaves the graph as it was, and COMPLETE', async () => {
  await referenceSnapshot();
  const before = await snapshotGraph(driver);

  const load = seedDatabase(driver, editedSeeds(), {
    mode: 'batched',
    beforeBatch: () => {
      throw new Error('simulated failure before any write');
    },
  });
  await expect(load).rejects.toThrow(
    /failed before writing anything; the graph is as it was: simulated failure before any write/,
  );
  expect(await snapshotGraph(driver)).toBe(before);
  expect(await loadState()).toBe('COMPLETE');
});

test('while a batched load writes, graphInfo says LOADING and a second load of either mode is refused', async () => {
  await referenceSnapshot();
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let paused!: () => void;
  const reachedPause = new Promise<void>((resolve) => (paused = resolve));

  const first = seedDatabase(driver, editedSeeds(), {
    mode: 'batched',
    batchSize: 3,
    beforeBatch: async (_step, index) => {
      if (index === 2) {
        paused();
        await released;
      }
    },
  });
  await reachedPause;
  try {
    expect(await loadState()).toBe('LOADING');
    await expect(seedDatabase(driver, ARTICLE, { mode: 'single' })).rejects.toThrow(
      /another seed load .*is writing the graph in batches/,
    );
    await expect(seedDatabase(driver, ARTICLE, { mode: 'batched' })).rejects.toThrow(
      /another seed load is writing the graph in batches/,
    );
  } finally {
    release();
  }
  const report = await first;
  expect(report.mode).toBe('batched');
  expect(await loadState()).toBe('COMPLETE');
});

test('a claim whose heartbeat has stopped (its loader died) does not block the next load', async () => {
  await referenceSnapshot();
  await driver.executeQuery(
    `MATCH (m:SeedMeta {id: 'current'})
     SET m.loading = 'a-killed-run', m.loadingHeartbeat = datetime() - duration('PT10M')`,
    {},
    { database: 'neo4j' },
  );
  expect(await loadState()).toBe('INCOMPLETE');

  const report = await seedDatabase(driver, ARTICLE, { mode: 'single' });

  expect(report.mode).toBe('single');
  expect(await loadState()).toBe('COMPLETE');
});
