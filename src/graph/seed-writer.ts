import type { Driver, Transaction } from 'neo4j-driver';
import { randomUUID } from 'node:crypto';
import {
  KIND_LABELS,
  PREDICATE_NAMES,
  ENTITY_KINDS,
  type PredicateName,
  type EntityKindName,
} from '../seed/vocabulary';
import { canonicalJson, sha256, type SeedGraph } from '../seed/seed-graph';
import { SeedLoadError } from '../seed/seed-error';
import { DATABASE } from './driver';

/**
 * All Cypher that writes the graph. Labels and relationship types cannot be
 * query parameters, so each statement is built once from the closed vocabulary
 * (never from input) and every value goes in as a parameter.
 */

export const SCHEMA_STATEMENTS = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT statistic_id IF NOT EXISTS FOR (n:Statistic) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT seed_meta_id IF NOT EXISTS FOR (n:SeedMeta) REQUIRE n.id IS UNIQUE',
  'CREATE INDEX entity_name_lower IF NOT EXISTS FOR (n:Entity) ON (n.nameLower)',
  'CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)',
  // Each fact type's id index: pages of all facts walk them in id order.
  ...PREDICATE_NAMES.map(
    (p) => `CREATE INDEX fact_id_${p.toLowerCase()} IF NOT EXISTS FOR ()-[r:${p}]-() ON (r.id)`,
  ),
  "CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.synonymsText, n.description] OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}}",
];

const ALL_KIND_LABELS = ENTITY_KINDS.map((k) => KIND_LABELS[k]).join(':');

/** New entities: the diff was taken under the seed lock, so CREATE is safe and cheaper than MERGE. */
const CREATE_ENTITIES = Object.fromEntries(
  ENTITY_KINDS.map((kind) => [
    kind,
    `UNWIND $rows AS row
CREATE (n:Entity:${KIND_LABELS[kind]})
SET n = row.props`,
  ]),
) as Record<EntityKindName, string>;

/** Changed entities: all properties replaced, and the kind label set anew (the kind may have changed). */
const UPDATE_ENTITIES = Object.fromEntries(
  ENTITY_KINDS.map((kind) => [
    kind,
    `UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n = row.props
REMOVE n:${ALL_KIND_LABELS}
SET n:${KIND_LABELS[kind]}`,
  ]),
) as Record<EntityKindName, string>;

const CREATE_FACTS = Object.fromEntries(
  PREDICATE_NAMES.map((predicate) => [
    predicate,
    `UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
CREATE (s)-[r:${predicate}]->(o)
SET r = row.props`,
  ]),
) as Record<PredicateName, string>;

/** A fact's id fixes its ends, so an update only rewrites its properties. */
const UPDATE_FACTS = Object.fromEntries(
  PREDICATE_NAMES.map((predicate) => [
    predicate,
    `UNWIND $rows AS row
MATCH (:Entity {id: row.subject})-[r:${predicate} {id: row.id}]->()
SET r = row.props`,
  ]),
) as Record<PredicateName, string>;

const DELETE_FACTS = Object.fromEntries(
  PREDICATE_NAMES.map((predicate) => [
    predicate,
    `UNWIND $rows AS row
MATCH (:Entity {id: row.subject})-[r:${predicate} {id: row.id}]->()
DELETE r`,
  ]),
) as Record<PredicateName, string>;

const CYPHER = {
  lock: 'MERGE (m:SeedMeta {id: "current"}) SET m.lock = $runId RETURN m.contentHash AS contentHash',
  existingEntities: 'MATCH (n:Entity) RETURN n.id AS id, n.contentHash AS hash',
  existingFacts: `MATCH (s:Entity)-[r]->(:Entity) WHERE type(r) IN $predicates
RETURN r.id AS id, type(r) AS predicate, s.id AS subject, r.contentHash AS hash`,
  existingStatistics: 'MATCH (n:Statistic) RETURN n.id AS id, n.contentHash AS hash',
  existingSources: 'MATCH (n:Source) RETURN n.id AS id, n.contentHash AS hash',
  deleteEntities: 'UNWIND $ids AS id MATCH (n:Entity {id: id}) DETACH DELETE n',
  deleteStatistics: 'UNWIND $ids AS id MATCH (n:Statistic {id: id}) DETACH DELETE n',
  deleteSources: 'UNWIND $ids AS id MATCH (n:Source {id: id}) DETACH DELETE n',
  upsertSources: 'UNWIND $rows AS row MERGE (n:Source {id: row.id}) SET n = row.props',
  upsertStatistics: `UNWIND $rows AS row
MERGE (s:Statistic {id: row.id})
SET s = row.props
WITH s, row
OPTIONAL MATCH (s)-[old:HAS_STATISTIC|MEASURED_IN]-()
DELETE old
WITH DISTINCT s, row
MATCH (c:Entity {id: row.condition})
MATCH (p:Entity {id: row.population})
MERGE (c)-[:HAS_STATISTIC]->(s)
MERGE (s)-[:MEASURED_IN]->(p)`,
  finish: `MATCH (m:SeedMeta {id: "current"})
REMOVE m.lock
WITH m
WHERE $changed OR m.contentHash IS NULL OR m.contentHash <> $contentHash
SET m.version = $version, m.contentHash = $contentHash, m.loadedAt = datetime()`,
  meta: 'MATCH (m:SeedMeta {id: "current"}) RETURN m.version AS version, m.contentHash AS contentHash, toString(m.loadedAt) AS loadedAt',
};

export interface ChangeCounts {
  created: number;
  updated: number;
  removed: number;
  unchanged: number;
}

export interface LoadReport {
  version: string;
  contentHash: string;
  previousContentHash: string | null;
  sources: ChangeCounts;
  entities: ChangeCounts;
  facts: ChangeCounts;
  statistics: ChangeCounts;
  durationMs: number;
}

export interface WriteOptions {
  /** Rows per UNWIND statement. */
  batchSize?: number;
  /** Called before each write batch; a throw aborts the load (tests use it to fail mid-load). */
  beforeBatch?: (step: string, batchIndex: number) => void | Promise<void>;
  /** Server-side limit for the whole load transaction. */
  timeoutMs?: number;
}

interface Row {
  id: string;
  hash: string;
}

interface Diff<T> {
  create: T[];
  update: T[];
  remove: string[];
  unchanged: number;
}

function diff<T extends Row>(wanted: T[], existing: Map<string, string | null>): Diff<T> {
  const result: Diff<T> = { create: [], update: [], remove: [], unchanged: 0 };
  const wantedIds = new Set(wanted.map((w) => w.id));
  for (const row of wanted) {
    const hash = existing.get(row.id);
    if (hash === undefined) result.create.push(row);
    else if (hash !== row.hash) result.update.push(row);
    else result.unchanged++;
  }
  for (const id of existing.keys()) if (!wantedIds.has(id)) result.remove.push(id);
  return result;
}

const counts = <T>(d: Diff<T>): ChangeCounts => ({
  created: d.create.length,
  updated: d.update.length,
  removed: d.remove.length,
  unchanged: d.unchanged,
});

function withHash<P extends Record<string, unknown>>(props: P): P & { contentHash: string } {
  return { ...props, contentHash: sha256(canonicalJson(props)) };
}

/** The node and relationship properties, flattened: Neo4j stores no maps. */
export function toGraphRows(graph: SeedGraph) {
  const sources = graph.sources.map((s) => {
    const props = withHash({ ...s, review: s.review ?? null });
    return { id: s.id, hash: props.contentHash, props };
  });
  const entities = graph.entities.map((e) => {
    const props = withHash({
      id: e.id,
      kind: e.kind,
      name: e.name,
      nameLower: e.name.toLowerCase(),
      properName: e.properName ?? false,
      synonyms: e.synonyms,
      synonymsLower: e.synonyms.map((s) => s.toLowerCase()),
      synonymsText: e.synonyms.join(' | '),
      description: e.description,
      source: e.citation.source,
      section: e.citation.section,
      paragraph: e.citation.paragraph,
    });
    return { id: e.id, kind: e.kind, hash: props.contentHash, props };
  });
  const facts = graph.facts.map((f) => {
    const props = withHash({
      id: f.id,
      qualifier: f.qualifier ?? null,
      source: f.citation.source,
      section: f.citation.section,
      paragraph: f.citation.paragraph,
      // Endpoints are part of the hash so a moved fact is rewritten, not kept.
      subjectId: f.subject,
      objectId: f.object,
    });
    return {
      id: f.id,
      predicate: f.predicate,
      subject: f.subject,
      object: f.object,
      hash: props.contentHash,
      props,
    };
  });
  const statistics = graph.statistics.map((s) => {
    const props = withHash({
      id: s.id,
      value: s.value,
      unit: s.unit,
      per: s.per,
      measure: s.measure,
      qualifier: s.qualifier ?? null,
      conditionId: s.condition,
      populationId: s.population,
      source: s.citation.source,
      section: s.citation.section,
      paragraph: s.citation.paragraph,
    });
    return {
      id: s.id,
      condition: s.condition,
      population: s.population,
      hash: props.contentHash,
      props,
    };
  });
  return { sources, entities, facts, statistics };
}

async function readHashes(tx: Transaction, query: string, params: Record<string, unknown> = {}) {
  const result = await tx.run(query, params);
  return new Map(
    result.records.map((r) => [r.get('id') as string, (r.get('hash') as string | null) ?? null]),
  );
}

/** Creates constraints and indexes (idempotent) and waits until they are online. */
export async function applyGraphSchema(driver: Driver): Promise<void> {
  const session = driver.session({ database: DATABASE });
  try {
    for (const statement of SCHEMA_STATEMENTS) {
      try {
        await session.run(statement);
      } catch (error) {
        const code = (error as { code?: string }).code ?? '';
        throw new SeedLoadError(
          code.includes('ConstraintCreationFailed') || code.includes('Schema')
            ? `cannot create the graph's constraints and indexes (${code}): ${(error as Error).message}`
            : `schema statement failed: ${(error as Error).message}`,
        );
      }
    }
    await session.run('CALL db.awaitIndexes(120)');
  } finally {
    await session.close();
  }
}

/**
 * Writes the seed graph in one transaction: upserts what changed, removes
 * what is no longer in the files, and records version and hash. Any error
 * rolls everything back, leaving the previous graph as it was.
 */
export async function writeSeedGraph(
  driver: Driver,
  graph: SeedGraph,
  options: WriteOptions = {},
): Promise<LoadReport> {
  const started = Date.now();
  const batchSize = options.batchSize ?? 5_000;
  const rows = toGraphRows(graph);
  const session = driver.session({ database: DATABASE });
  const tx = session.beginTransaction({
    timeout: options.timeoutMs ?? 30 * 60_000,
    metadata: { app: 'seed' },
  });
  let batchIndex = 0;
  const runBatched = async <T>(
    step: string,
    query: string,
    items: T[],
    toParams: (batch: T[]) => Record<string, unknown>,
  ) => {
    for (let i = 0; i < items.length; i += batchSize) {
      await options.beforeBatch?.(step, batchIndex++);
      await tx.run(query, toParams(items.slice(i, i + batchSize)));
    }
  };
  try {
    // Taking the write lock on the meta node first makes a second concurrent seed wait for this one.
    const lock = await tx.run(CYPHER.lock, { runId: randomUUID() });
    const previousContentHash = (lock.records[0]?.get('contentHash') as string | null) ?? null;

    const existingSources = await readHashes(tx, CYPHER.existingSources);
    const existingEntities = await readHashes(tx, CYPHER.existingEntities);
    const existingStatistics = await readHashes(tx, CYPHER.existingStatistics);
    const factResult = await tx.run(CYPHER.existingFacts, { predicates: PREDICATE_NAMES });
    const existingFacts = new Map<string, string | null>();
    const factEnds = new Map<string, { predicate: PredicateName; subject: string }>();
    for (const r of factResult.records) {
      existingFacts.set(r.get('id') as string, (r.get('hash') as string | null) ?? null);
      factEnds.set(r.get('id') as string, {
        predicate: r.get('predicate') as PredicateName,
        subject: r.get('subject') as string,
      });
    }

    const sourceDiff = diff(rows.sources, existingSources);
    const entityDiff = diff(rows.entities, existingEntities);
    const factDiff = diff(rows.facts, existingFacts);
    const statisticDiff = diff(rows.statistics, existingStatistics);

    // Removals first, so an entity that changed kind or a fact that moved is rewritten cleanly.
    for (const predicate of PREDICATE_NAMES) {
      const stale = factDiff.remove
        .map((id) => ({ id, ...factEnds.get(id)! }))
        .filter((f) => f.predicate === predicate);
      await runBatched(`delete ${predicate}`, DELETE_FACTS[predicate], stale, (batch) => ({
        rows: batch,
      }));
    }
    await runBatched('delete statistics', CYPHER.deleteStatistics, statisticDiff.remove, (ids) => ({
      ids,
    }));
    await runBatched('delete entities', CYPHER.deleteEntities, entityDiff.remove, (ids) => ({
      ids,
    }));
    await runBatched('delete sources', CYPHER.deleteSources, sourceDiff.remove, (ids) => ({ ids }));

    const sourceRows = [...sourceDiff.create, ...sourceDiff.update];
    await runBatched('sources', CYPHER.upsertSources, sourceRows, (batch) => ({ rows: batch }));
    for (const kind of ENTITY_KINDS) {
      const ofKind = (e: { kind: EntityKindName }) => e.kind === kind;
      await runBatched(
        `create ${kind}`,
        CREATE_ENTITIES[kind],
        entityDiff.create.filter(ofKind),
        (rows) => ({ rows }),
      );
      await runBatched(
        `update ${kind}`,
        UPDATE_ENTITIES[kind],
        entityDiff.update.filter(ofKind),
        (rows) => ({ rows }),
      );
    }
    for (const predicate of PREDICATE_NAMES) {
      const withPredicate = (f: { predicate: PredicateName }) => f.predicate === predicate;
      await runBatched(
        `create ${predicate}`,
        CREATE_FACTS[predicate],
        factDiff.create.filter(withPredicate),
        (rows) => ({ rows }),
      );
      await runBatched(
        `update ${predicate}`,
        UPDATE_FACTS[predicate],
        factDiff.update.filter(withPredicate),
        (rows) => ({ rows }),
      );
    }
    const statisticRows = [...statisticDiff.create, ...statisticDiff.update];
    await runBatched('statistics', CYPHER.upsertStatistics, statisticRows, (batch) => ({
      rows: batch,
    }));

    const report: Omit<LoadReport, 'durationMs'> = {
      version: graph.version,
      contentHash: graph.contentHash,
      previousContentHash,
      sources: counts(sourceDiff),
      entities: counts(entityDiff),
      facts: counts(factDiff),
      statistics: counts(statisticDiff),
    };
    const changed = [report.sources, report.entities, report.facts, report.statistics].some(
      (c) => c.created + c.updated + c.removed > 0,
    );
    await tx.run(CYPHER.finish, {
      changed,
      version: graph.version,
      contentHash: graph.contentHash,
    });
    await tx.commit();
    return { ...report, durationMs: Date.now() - started };
  } catch (error) {
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    if (error instanceof SeedLoadError) throw error;
    const code = (error as { code?: string }).code;
    throw new SeedLoadError(
      `seed load failed and was rolled back${code ? ` (${code})` : ''}: ${(error as Error).message}`,
    );
  } finally {
    await session.close();
  }
}

export interface SeedMeta {
  version: string;
  contentHash: string;
  loadedAt: string;
}

export async function readSeedMeta(driver: Driver): Promise<SeedMeta | null> {
  return driver
    .executeQuery(CYPHER.meta, {}, { database: DATABASE, routing: 'READ' })
    .then(({ records }) => {
      const r = records[0];
      return r
        ? {
            version: r.get('version'),
            contentHash: r.get('contentHash'),
            loadedAt: r.get('loadedAt'),
          }
        : null;
    });
}
