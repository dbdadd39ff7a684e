import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import {
  SeedLoadError,
  readSeedMeta,
  type ChangeCounts,
  type LoadReport,
} from '../../src/graph/write';
import { MODALITIES, PREDICATE_NAMES, type ModalityName } from '../../src/domain';
import { SeedValidationError } from '../../src/seed/seed-error';
import { loadSeedGraph } from '../../src/seed/seed-graph';
import { DEFAULT_SEED_DIR, seedDatabase, seedUnlessLoaded } from '../../src/seed/seed';
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

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
const seedGraph = loadSeedGraph(DEFAULT_SEED_DIR);
const none = (unchanged: number): ChangeCounts => ({
  created: 0,
  updated: 0,
  removed: 0,
  unchanged,
});

let driver: Driver;

async function count(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const { records } = await driver.executeQuery(cypher, params, { database: 'neo4j' });
  return records[0]?.get(0) as number;
}

/** The article's facts: relationships of its predicates (curated edges between article entities are not facts). */
const predicateCount = () =>
  count('MATCH (:Entity)-[r]->(:Entity) WHERE type(r) IN $predicates RETURN count(r)', {
    predicates: PREDICATE_NAMES,
  });

beforeAll(() => {
  driver = testDriver();
});

afterAll(async () => {
  await driver.close();
});

describe('loading the seeds', () => {
  beforeAll(async () => {
    await clearGraph(driver);
  });

  let firstReport: LoadReport;

  test('a first load into an empty graph creates everything in the seed files', async () => {
    firstReport = await seedDatabase(driver);
    expect(firstReport.sources).toEqual({
      created: seedGraph.sources.length,
      updated: 0,
      removed: 0,
      unchanged: 0,
    });
    expect(firstReport.entities).toEqual({
      created: seedGraph.entities.length,
      updated: 0,
      removed: 0,
      unchanged: 0,
    });
    expect(firstReport.facts).toEqual({
      created: seedGraph.facts.length,
      updated: 0,
      removed: 0,
      unchanged: 0,
    });
    expect(firstReport.statistics).toEqual({
      created: seedGraph.statistics.length,
      updated: 0,
      removed: 0,
      unchanged: 0,
    });
    expect(firstReport.previousContentHash).toBeNull();
    expect(await count('MATCH (n:Entity) RETURN count(n)')).toBe(seedGraph.entities.length);
    expect(await count('MATCH (n:Source) RETURN count(n)')).toBe(seedGraph.sources.length);
    expect(await count('MATCH (n:Statistic) RETURN count(n)')).toBe(seedGraph.statistics.length);
    expect(await predicateCount()).toBe(seedGraph.facts.length);
    const curated = seedGraph.curated!;
    expect(firstReport.curatedNodes.created).toBe(curated.nodes.length);
    expect(firstReport.annotations.created).toBe(curated.annotations.length);
    expect(await count('MATCH (n:Concept) WHERE NOT n:Entity RETURN count(n)')).toBe(
      curated.nodes.length,
    );
    expect(
      await count(
        "MATCH (:Concept)-[r]->(:Concept) WHERE r.source = 'hpo-annotations' RETURN count(r)",
      ),
    ).toBe(curated.annotations.length);
  });

  test('a second load of the same files changes nothing', async () => {
    const before = await snapshotGraph(driver);
    const report = await seedDatabase(driver);
    expect(report.sources).toEqual(none(seedGraph.sources.length));
    expect(report.entities).toEqual(none(seedGraph.entities.length));
    expect(report.facts).toEqual(none(seedGraph.facts.length));
    expect(report.statistics).toEqual(none(seedGraph.statistics.length));
    expect(report.curatedNodes).toEqual(none(seedGraph.curated!.nodes.length));
    expect(report.annotations).toEqual(none(seedGraph.curated!.annotations.length));
    expect(report.previousContentHash).toBe(seedGraph.contentHash);
    expect(await snapshotGraph(driver)).toBe(before);
  });

  test('each entity carries its kind label and the Entity label', async () => {
    const { records } = await driver.executeQuery(
      'MATCH (n:Entity {id: $id}) RETURN labels(n) AS labels',
      { id: 'epileptic-myoclonus' },
      { database: 'neo4j' },
    );
    expect([...(records[0]?.get('labels') as string[])].sort()).toEqual([
      'Concept',
      'Condition',
      'Entity',
    ]);
  });
});

describe('reloading edited seed files', () => {
  let original: string;

  beforeAll(async () => {
    await clearGraph(driver);
    await seedDatabase(driver);
    original = await snapshotGraphIgnoringLoadTime(driver);
  });

  test('a fact and an entity removed from the files are removed from the graph, and come back with the original files', async () => {
    const dir = copySeeds();
    removeSeedListItem(dir, 'facts/look-alikes.yaml', (item) =>
      item.includes('subject: huntingtons-disease'),
    );
    removeSeedListItem(dir, 'facts/look-alikes.yaml', (item) =>
      item.includes('subject: torsion-dystonia'),
    );
    removeSeedListItem(dir, 'entities/conditions.yaml', (item) =>
      item.includes('id: torsion-dystonia'),
    );

    const report = await seedDatabase(driver, dir);
    expect(report.entities).toMatchObject({ created: 0, updated: 0, removed: 1 });
    expect(report.facts).toMatchObject({ created: 0, updated: 0, removed: 2 });
    expect(await count('MATCH (n {id: $id}) RETURN count(n)', { id: 'torsion-dystonia' })).toBe(0);
    expect(
      await count('MATCH ()-[r]->() WHERE r.id IN $ids RETURN count(r)', {
        ids: [
          'huntingtons-disease--mistaken_for--myoclonus',
          'torsion-dystonia--mistaken_for--myoclonus',
        ],
      }),
    ).toBe(0);
    expect(
      await count('MATCH (n:Entity {id: $id}) RETURN count(n)', { id: 'huntingtons-disease' }),
    ).toBe(1);
    expect(await predicateCount()).toBe(seedGraph.facts.length - 2);

    const restored = await seedDatabase(driver);
    expect(restored.entities).toMatchObject({ created: 1, removed: 0 });
    expect(restored.facts).toMatchObject({ created: 2, removed: 0 });
    expect(await snapshotGraphIgnoringLoadTime(driver)).toBe(original);
  });

  test('a changed description updates exactly that entity', async () => {
    const dir = copySeeds();
    editSeedFile(dir, 'entities/risk-factors.yaml', (t) =>
      t.replace(/(id: kidney-failure[\s\S]*?description: )/, '$1Edited. '),
    );

    const report = await seedDatabase(driver, dir);
    expect(report.entities).toEqual({
      created: 0,
      updated: 1,
      removed: 0,
      unchanged: seedGraph.entities.length - 1,
    });
    expect(report.facts).toEqual(none(seedGraph.facts.length));
    const { records } = await driver.executeQuery(
      'MATCH (n:Entity {id: "kidney-failure"}) RETURN n.description AS description',
      {},
      { database: 'neo4j' },
    );
    expect(records[0]?.get('description')).toMatch(/^Edited\. /);
    expect((await readSeedMeta(driver))?.contentHash).toBe(loadSeedGraph(dir).contentHash);

    await seedDatabase(driver);
    expect(await snapshotGraphIgnoringLoadTime(driver)).toBe(original);
  });
});

describe('a load that fails leaves the previous graph as it was', () => {
  beforeAll(async () => {
    await clearGraph(driver);
    await seedDatabase(driver);
  });

  test('a failure on the third write batch rolls back the whole load', async () => {
    const dir = copySeeds();
    widenOutline(dir);
    editSeedFile(dir, 'facts/populations.yaml', (t) =>
      t.replaceAll('paragraph: 1', 'paragraph: 4'),
    );
    editSeedFile(dir, 'entities/conditions.yaml', (t) =>
      t.replaceAll('paragraph: 1', 'paragraph: 4'),
    );
    removeSeedListItem(dir, 'entities/treatments.yaml', (item) =>
      item.includes('id: combination-drug-therapy'),
    );
    removeSeedListItem(dir, 'facts/treatments.yaml', (item) =>
      item.includes('subject: combination-drug-therapy'),
    );
    const before = await snapshotGraph(driver);
    const batches: string[] = [];

    const load = seedDatabase(driver, dir, {
      batchSize: 5,
      beforeBatch: (step, index) => {
        batches.push(step);
        if (index === 2) throw new Error('simulated failure on batch 3');
      },
    });

    await expect(load).rejects.toThrow(SeedLoadError);
    await expect(load).rejects.toThrow(/rolled back.*simulated failure on batch 3/);
    expect(batches).toHaveLength(3);
    expect(await snapshotGraph(driver)).toBe(before);
  });

  test('the same edited files load once nothing fails (so the failed load did have work to undo)', async () => {
    const dir = copySeeds();
    widenOutline(dir);
    editSeedFile(dir, 'facts/populations.yaml', (t) =>
      t.replaceAll('paragraph: 1', 'paragraph: 4'),
    );
    const report = await seedDatabase(driver, dir, { batchSize: 5 });
    expect(report.facts.updated).toBeGreaterThan(5);
    await seedDatabase(driver);
  });

  test('a malformed seed folder is rejected before anything is written', async () => {
    const dir = copySeeds();
    editSeedFile(dir, 'facts/look-alikes.yaml', (t) =>
      t.replace('subject: torsion-dystonia', 'subject: nowhere'),
    );
    const before = await snapshotGraph(driver);

    await expect(seedDatabase(driver, dir)).rejects.toThrow(SeedValidationError);
    expect(await snapshotGraph(driver)).toBe(before);
  });

  test('a malformed or truncated row of the curated extract names its file and line, and writes nothing', async () => {
    const before = await snapshotGraph(driver);
    const file = 'curated/hpo/annotations.tsv';
    const malformed = copySeeds();
    // Row 5 (line 5) loses its evidence code: HPO's evidence is one of IEA, PCS, TAS.
    editSeedFile(malformed, file, (t) =>
      t
        .split('\n')
        .map((line, i) => (i === 4 ? line.replace(/\t(PCS|TAS|IEA)\t/, '\tXYZ\t') : line))
        .join('\n'),
    );
    await expect(seedDatabase(driver, malformed)).rejects.toThrow(/annotations\.tsv:5\b/);
    const truncated = copySeeds();
    let lines = 0;
    editSeedFile(truncated, file, (t) => {
      const rows = t.trimEnd().split('\n');
      lines = rows.length;
      const last = rows.pop()!;
      return `${rows.join('\n')}\n${last.slice(0, 20)}`;
    });
    await expect(seedDatabase(driver, truncated)).rejects.toThrow(
      new RegExp(`annotations\\.tsv:${lines}\\b`),
    );
    // A JSON cell of a shape the checks did not foresee: a list holding null.
    const nullCell = copySeeds();
    editSeedFile(nullCell, 'curated/hpo/phenotypes.tsv', (t) =>
      t.replace(/^(HP:0001336\t[^\t]*\t[^\t]*\t)[^\t]*/m, '$1[null]'),
    );
    const line =
      readFileSync(path.join(nullCell, 'curated/hpo/phenotypes.tsv'), 'utf8')
        .split('\n')
        .findIndex((l) => l.startsWith('HP:0001336\t')) + 1;
    const refused = seedDatabase(driver, nullCell);
    await expect(refused).rejects.toThrow(SeedValidationError);
    await expect(refused).rejects.toThrow(
      new RegExp(`phenotypes\\.tsv:${line}: synonyms: is not a list of synonyms`),
    );
    expect(await snapshotGraph(driver)).toBe(before);
  });

  test('an extract that is not the one its manifest describes is refused, naming the file, and writes nothing', async () => {
    const before = await snapshotGraph(driver);
    // Well-formed both, each short of statements the graph holds, which a load would remove.
    const dropped = copySeeds();
    editSeedFile(dropped, 'curated/hpo/annotations.tsv', (t) => {
      const lines = t.split('\n');
      lines.splice(5, 1);
      return lines.join('\n');
    });
    const cut = copySeeds();
    editSeedFile(cut, 'curated/hpo/gene-diseases.tsv', (t) => t.replace(/[^\n]*\n$/, ''));
    for (const [dir, file] of [
      [dropped, 'annotations.tsv'],
      [cut, 'gene-diseases.tsv'],
    ] as const) {
      const load = seedDatabase(driver, dir);
      await expect(load).rejects.toThrow(SeedValidationError);
      await expect(load).rejects.toThrow(`${path.join(dir, 'curated/hpo', file)}: sha256 `);
    }
    expect(await snapshotGraph(driver)).toBe(before);
  });

  test('every edge of both layers names its source, whose record gives its release, and has a knowledge level', async () => {
    const { records } = await driver.executeQuery(
      `MATCH ()-[r]->() WHERE r.id IS NOT NULL
       OPTIONAL MATCH (s:Source {id: r.source})
       RETURN type(r) AS type, r.id AS id, r.modality AS modality, r.knowledgeLevel AS level,
              s.version AS release, s.infores AS infores`,
      {},
      { database: 'neo4j' },
    );
    expect(records.length).toBe(seedGraph.facts.length + seedGraph.curated!.annotations.length);
    const missing = records
      .map((r) => ({
        id: r.get('id') as string,
        level:
          (r.get('level') as string | null) ??
          MODALITIES[r.get('modality') as ModalityName]?.knowledgeLevel ??
          null,
        release: r.get('release') as string | null,
        infores: r.get('infores') as string | null,
      }))
      .filter((e) => !e.level || !e.release || !e.infores?.startsWith('infores:'));
    expect(missing).toEqual([]);
  });
});

describe('constraint violations are reported', () => {
  afterAll(async () => {
    await driver.executeQuery(
      'MATCH (n:Entity {id: "dup"}) DETACH DELETE n',
      {},
      { database: 'neo4j' },
    );
  });

  test('duplicate entity ids in the database stop the load with a SeedLoadError naming the constraint', async () => {
    await clearGraph(driver);
    await driver.executeQuery('DROP CONSTRAINT entity_id IF EXISTS', {}, { database: 'neo4j' });
    await driver.executeQuery(
      'CREATE (:Entity {id: "dup"}) CREATE (:Entity {id: "dup"})',
      {},
      { database: 'neo4j' },
    );

    const load = seedDatabase(driver);
    await expect(load).rejects.toThrow(SeedLoadError);
    await expect(load).rejects.toThrow(/constraint/i);
    await expect(load).rejects.toThrow(/entity_id|dup/);
  });

  test('once the duplicates are gone, the next load recreates the constraint', async () => {
    await driver.executeQuery(
      'MATCH (n:Entity {id: "dup"}) DETACH DELETE n',
      {},
      { database: 'neo4j' },
    );
    await seedDatabase(driver);
    expect(
      await count('SHOW CONSTRAINTS YIELD name WHERE name = "entity_id" RETURN count(*)'),
    ).toBe(1);
  });
});

describe('graph schema and seed metadata', () => {
  beforeAll(async () => {
    await clearGraph(driver);
    await seedDatabase(driver);
  });

  test('entity ids are held unique by the entity_id constraint', async () => {
    const { records } = await driver.executeQuery(
      'SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties WHERE name = "entity_id" RETURN *',
      {},
      { database: 'neo4j' },
    );
    expect(records).toHaveLength(1);
    expect(records[0]?.get('type')).toMatch(/UNIQUENESS/);
    expect(records[0]?.get('labelsOrTypes')).toEqual(['Entity']);
    expect(records[0]?.get('properties')).toEqual(['id']);
  });

  test('the entity_search full-text index covers name, synonymsText and description', async () => {
    const { records } = await driver.executeQuery(
      'SHOW INDEXES YIELD name, type, state, labelsOrTypes, properties WHERE name = "entity_search" RETURN *',
      {},
      { database: 'neo4j' },
    );
    expect(records).toHaveLength(1);
    expect(records[0]?.get('type')).toBe('FULLTEXT');
    expect(records[0]?.get('state')).toBe('ONLINE');
    expect(records[0]?.get('labelsOrTypes')).toEqual(['Entity']);
    expect(records[0]?.get('properties')).toEqual(['name', 'synonymsText', 'description']);
  });

  test('the SeedMeta node records the version and content hash of the loaded seed files', async () => {
    const meta = await readSeedMeta(driver);
    expect(meta).toMatchObject({ version: seedGraph.version, contentHash: seedGraph.contentHash });
    expect(meta?.loadedAt).toBeTruthy();
  });
});

describe('the seed CLI', () => {
  const runCli = (...args: string[]) =>
    spawnSync('npx', ['tsx', 'src/seed/cli.ts', ...args], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });

  test('a bad seed folder exits 1 and names file:line and the field', () => {
    const dir = copySeeds();
    editSeedFile(dir, 'facts/look-alikes.yaml', (t) =>
      t.replace('subject: torsion-dystonia', 'subject: nowhere'),
    );
    const line =
      readFileSync(path.join(dir, 'facts/look-alikes.yaml'), 'utf8')
        .split('\n')
        .indexOf('  - subject: nowhere') + 1;
    const file = path.relative(PROJECT_ROOT, path.join(dir, 'facts/look-alikes.yaml'));

    const result = runCli('--dir', dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${file}:${line}: facts[1].subject: unknown entity "nowhere"`);
  });

  test('a malformed cell of the curated extract exits 1 and names file:line', () => {
    const dir = copySeeds();
    editSeedFile(dir, 'curated/hpo/diseases.tsv', (t) =>
      t.replace(/^(MONDO:0009696\t[^\t]*\t)[^\t\n]*/m, '$1[null]'),
    );
    const line =
      readFileSync(path.join(dir, 'curated/hpo/diseases.tsv'), 'utf8')
        .split('\n')
        .findIndex((l) => l.startsWith('MONDO:0009696\t')) + 1;
    const file = path.join(dir, 'curated/hpo/diseases.tsv');

    const result = runCli('--check', '--dir', dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `${file}:${line}: records: is not a list of records with names`,
    );
  });

  test('--check on the real seeds exits 0 and reports what they hold', () => {
    const result = runCli('--check');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      `seed files are valid: ${seedGraph.entities.length} entities, ${seedGraph.facts.length} facts, ${seedGraph.statistics.length} statistics`,
    );
  });
});

describe('npm start seeds only what is not loaded already (seedUnlessLoaded)', () => {
  test('the same content, whole: nothing is read or written beyond the seed state', async () => {
    await clearGraph(driver);
    expect(await seedUnlessLoaded(driver)).toMatch(/loaded in \d+ ms/);
    const before = await snapshotGraph(driver);
    expect(await seedUnlessLoaded(driver)).toMatch(/is loaded already: nothing to write/);
    // Not even loadedAt moves.
    expect(await snapshotGraph(driver)).toBe(before);
  });

  test('other content, or a load left unfinished, is loaded', async () => {
    const dir = copySeeds();
    editSeedFile(dir, 'entities/conditions.yaml', (t) =>
      t.replace('    name: Myoclonus\n', '    name: Myoclonus (changed)\n'),
    );
    expect(await seedUnlessLoaded(driver, dir)).toMatch(/updated 1,/);
    await driver.executeQuery(
      "MATCH (m:SeedMeta {id: 'current'}) SET m.loading = 'a-stopped-load'",
      {},
      { database: 'neo4j' },
    );
    expect(await seedUnlessLoaded(driver, dir)).toMatch(/loaded in \d+ ms/);
    expect((await readSeedMeta(driver))?.complete).toBe(true);
    await seedDatabase(driver);
  });
});
