import type { Driver, Record as Neo4jRecord, Session } from 'neo4j-driver';
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
import { HEARTBEAT_MS, LOADING_IS_LIVE, LOADING_STALE_AFTER_S } from './load-claim';

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
  lock: `MERGE (m:SeedMeta {id: "current"}) SET m.lock = $runId
RETURN m.contentHash AS contentHash, m.loading AS loading,
       ${LOADING_IS_LIVE} AS loadingIsLive`,
  /** A batched load claims the graph unless another one is writing it (its heartbeat is fresh). */
  claim: `MERGE (m:SeedMeta {id: "current"})
WITH m, m.loading IS NOT NULL AS wasIncomplete,
     m.loading IS NOT NULL AND m.loading <> $runId
       AND ${LOADING_IS_LIVE} AS busy
SET m.loading = CASE WHEN busy THEN m.loading ELSE $runId END,
    m.loadingHeartbeat = CASE WHEN busy THEN m.loadingHeartbeat ELSE datetime() END
RETURN busy, wasIncomplete, m.contentHash AS contentHash`,
  /** A batched load that failed before committing anything gives the graph back as it was. */
  release: `MATCH (m:SeedMeta {id: "current"}) WHERE m.loading = $runId
REMOVE m.loading, m.loadingHeartbeat`,
  heartbeat: `MATCH (m:SeedMeta {id: "current"}) WHERE m.loading = $runId
SET m.loadingHeartbeat = datetime() RETURN count(m) AS owned`,
  /** A failed batched load leaves its mark with a dead heartbeat: the graph reads as incomplete. */
  abandon: `MATCH (m:SeedMeta {id: "current"}) WHERE m.loading = $runId
REMOVE m.loadingHeartbeat`,
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
WHERE $runId IS NULL OR m.loading = $runId
REMOVE m.lock, m.loading, m.loadingHeartbeat
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

export type LoadMode = 'single' | 'batched';

export interface WriteOptions {
  /** Rows per UNWIND statement (and, in batched mode, per committed transaction). */
  batchSize?: number;
  /** Called before each write batch; a throw aborts the load (tests use it to fail mid-load). */
  beforeBatch?: (step: string, batchIndex: number) => void | Promise<void>;
  /** Server-side limit for the load transaction (single mode) or for each batch (batched mode). */
  timeoutMs?: number;
  /**
   * `single`: one transaction, all or nothing. `batched`: committed batches,
   * for graphs too large for one transaction; see writeSeedGraph. The default
   * picks `batched` when the graph has more than `singleTransactionLimit` items.
   */
  mode?: LoadMode | 'auto';
  /** Items (sources, entities, facts, statistics) up to which `auto` loads in one transaction. */
  singleTransactionLimit?: number;
  /** Concurrent write transactions for the create steps of a batched load. */
  writers?: number;
}

export interface LoadReport {
  version: string;
  contentHash: string;
  previousContentHash: string | null;
  mode: LoadMode;
  sources: ChangeCounts;
  entities: ChangeCounts;
  facts: ChangeCounts;
  statistics: ChangeCounts;
  durationMs: number;
}

/** Items up to which a load runs in one transaction (about 100 MB of transaction state). */
export const SINGLE_TRANSACTION_LIMIT = 50_000;

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
    const stored = {
      id: f.id,
      qualifier: f.qualifier ?? null,
      source: f.citation.source,
      section: f.citation.section,
      paragraph: f.citation.paragraph,
    };
    // The ends are part of the hash, so a moved fact is rewritten, but not stored: the relationship has them.
    const contentHash = sha256(
      canonicalJson({ ...stored, subjectId: f.subject, objectId: f.object }),
    );
    return {
      id: f.id,
      predicate: f.predicate,
      subject: f.subject,
      object: f.object,
      hash: contentHash,
      props: { ...stored, contentHash },
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

/** Runs the batches of one write step; `parallel` steps may use several writers. */
type StepRunner = <T>(
  step: string,
  query: string,
  items: T[],
  toParams: (batch: T[]) => Record<string, unknown>,
  parallel?: boolean,
) => Promise<void>;

/** Reads a query's rows (inside the load transaction, or on their own in batched mode). */
type Reader = (query: string, params?: Record<string, unknown>) => Promise<Neo4jRecord[]>;

interface Existing {
  sources: Map<string, string | null>;
  entities: Map<string, string | null>;
  statistics: Map<string, string | null>;
  facts: Map<string, string | null>;
  factEnds: Map<string, { predicate: PredicateName; subject: string }>;
}

async function readExisting(read: Reader): Promise<Existing> {
  const hashes = async (query: string) =>
    new Map(
      (await read(query)).map((r) => [
        r.get('id') as string,
        (r.get('hash') as string | null) ?? null,
      ]),
    );
  const existing: Existing = {
    sources: await hashes(CYPHER.existingSources),
    entities: await hashes(CYPHER.existingEntities),
    statistics: await hashes(CYPHER.existingStatistics),
    facts: new Map(),
    factEnds: new Map(),
  };
  for (const r of await read(CYPHER.existingFacts, { predicates: PREDICATE_NAMES })) {
    existing.facts.set(r.get('id') as string, (r.get('hash') as string | null) ?? null);
    existing.factEnds.set(r.get('id') as string, {
      predicate: r.get('predicate') as PredicateName,
      subject: r.get('subject') as string,
    });
  }
  return existing;
}

/** Diffs the wanted rows against what is stored and writes the difference; returns the counts. */
async function writeChanges(
  rows: ReturnType<typeof toGraphRows>,
  existing: Existing,
  run: StepRunner,
): Promise<Changes> {
  const sourceDiff = diff(rows.sources, existing.sources);
  const entityDiff = diff(rows.entities, existing.entities);
  const factDiff = diff(rows.facts, existing.facts);
  const statisticDiff = diff(rows.statistics, existing.statistics);

  // Removals first, so an entity that changed kind or a fact that moved is rewritten cleanly.
  for (const predicate of PREDICATE_NAMES) {
    const stale = factDiff.remove
      .map((id) => ({ id, ...existing.factEnds.get(id)! }))
      .filter((f) => f.predicate === predicate);
    await run(`delete ${predicate}`, DELETE_FACTS[predicate], stale, (rows) => ({ rows }));
  }
  await run('delete statistics', CYPHER.deleteStatistics, statisticDiff.remove, (ids) => ({ ids }));
  await run('delete entities', CYPHER.deleteEntities, entityDiff.remove, (ids) => ({ ids }));
  await run('delete sources', CYPHER.deleteSources, sourceDiff.remove, (ids) => ({ ids }));

  const sourceRows = [...sourceDiff.create, ...sourceDiff.update];
  await run('sources', CYPHER.upsertSources, sourceRows, (rows) => ({ rows }));
  for (const kind of ENTITY_KINDS) {
    const ofKind = (e: { kind: EntityKindName }) => e.kind === kind;
    const create = entityDiff.create.filter(ofKind);
    await run(`create ${kind}`, CREATE_ENTITIES[kind], create, (rows) => ({ rows }), true);
    const update = entityDiff.update.filter(ofKind);
    await run(`update ${kind}`, UPDATE_ENTITIES[kind], update, (rows) => ({ rows }));
  }
  for (const predicate of PREDICATE_NAMES) {
    const withPredicate = (f: { predicate: PredicateName }) => f.predicate === predicate;
    const create = factDiff.create.filter(withPredicate);
    await run(`create ${predicate}`, CREATE_FACTS[predicate], create, (rows) => ({ rows }), true);
    const update = factDiff.update.filter(withPredicate);
    await run(`update ${predicate}`, UPDATE_FACTS[predicate], update, (rows) => ({ rows }));
  }
  const statisticRows = [...statisticDiff.create, ...statisticDiff.update];
  await run('statistics', CYPHER.upsertStatistics, statisticRows, (rows) => ({ rows }));

  return {
    sources: counts(sourceDiff),
    entities: counts(entityDiff),
    facts: counts(factDiff),
    statistics: counts(statisticDiff),
  };
}

const anyChange = (report: Changes) =>
  [report.sources, report.entities, report.facts, report.statistics].some(
    (c) => c.created + c.updated + c.removed > 0,
  );

type Changes = Pick<LoadReport, 'sources' | 'entities' | 'facts' | 'statistics'>;

const toReport = (
  graph: SeedGraph,
  previousContentHash: string | null,
  mode: LoadMode,
  changes: Changes,
  startedAt: number,
): LoadReport => ({
  version: graph.version,
  contentHash: graph.contentHash,
  previousContentHash,
  mode,
  ...changes,
  durationMs: Date.now() - startedAt,
});

function loadError(error: unknown, what: string): SeedLoadError {
  if (error instanceof SeedLoadError) return error;
  const code = (error as { code?: string }).code;
  return new SeedLoadError(`${what}${code ? ` (${code})` : ''}: ${(error as Error).message}`);
}

/**
 * Writes the seed graph: upserts what changed, removes what is no longer in
 * the files, and records version and hash. A second load of the same graph
 * changes nothing.
 *
 * `single` mode (every graph up to SINGLE_TRANSACTION_LIMIT items, so the
 * article's): one transaction; any error rolls everything back, leaving the
 * previous graph as it was.
 *
 * `batched` mode (larger graphs, which one transaction cannot hold in Neo4j's
 * memory): the load claims the graph (SeedMeta.loading, kept alive by a
 * heartbeat, so a second load refuses while it runs), then commits batch
 * after batch, creating with several writers at once. Readers see the graph
 * fill up, and GraphInfo.loadState says LOADING. If it fails, what was
 * committed stays and loadState reads INCOMPLETE until the next load, which
 * picks up from there (the diff writes only what is still missing or
 * different).
 */
export async function writeSeedGraph(
  driver: Driver,
  graph: SeedGraph,
  options: WriteOptions = {},
): Promise<LoadReport> {
  const items =
    graph.sources.length + graph.entities.length + graph.facts.length + graph.statistics.length;
  const mode: LoadMode =
    options.mode === 'single' || options.mode === 'batched'
      ? options.mode
      : items > (options.singleTransactionLimit ?? SINGLE_TRANSACTION_LIMIT)
        ? 'batched'
        : 'single';
  return mode === 'single'
    ? writeInOneTransaction(driver, graph, options)
    : writeInBatches(driver, graph, options);
}

async function writeInOneTransaction(
  driver: Driver,
  graph: SeedGraph,
  options: WriteOptions,
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
  const run: StepRunner = async (step, query, items, toParams) => {
    for (let i = 0; i < items.length; i += batchSize) {
      await options.beforeBatch?.(step, batchIndex++);
      await tx.run(query, toParams(items.slice(i, i + batchSize)));
    }
  };
  try {
    // Taking the write lock on the meta node first makes a second concurrent seed wait for this one.
    const lock = await tx.run(CYPHER.lock, {
      runId: randomUUID(),
      staleAfterS: LOADING_STALE_AFTER_S,
    });
    if (lock.records[0]?.get('loadingIsLive'))
      throw new SeedLoadError(
        `another seed load (${String(lock.records[0].get('loading'))}) is writing the graph in batches; try again when it has finished`,
      );
    const previousContentHash = (lock.records[0]?.get('contentHash') as string | null) ?? null;
    const existing = await readExisting(
      async (query, params) => (await tx.run(query, params)).records,
    );
    const changes = await writeChanges(rows, existing, run);
    await tx.run(CYPHER.finish, {
      runId: null,
      changed: anyChange(changes),
      version: graph.version,
      contentHash: graph.contentHash,
    });
    await tx.commit();
    return toReport(graph, previousContentHash, 'single', changes, started);
  } catch (error) {
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    throw loadError(error, 'seed load failed and was rolled back');
  } finally {
    await session.close();
  }
}

async function writeInBatches(
  driver: Driver,
  graph: SeedGraph,
  options: WriteOptions,
): Promise<LoadReport> {
  const started = Date.now();
  const batchSize = options.batchSize ?? 10_000;
  const writers = Math.max(1, options.writers ?? 2);
  const txConfig = { timeout: options.timeoutMs ?? 10 * 60_000, metadata: { app: 'seed' } };
  const runId = randomUUID();
  const rows = toGraphRows(graph);
  // Every batch, read and claim step is a transaction of its own, in a session of its own.
  const inSession = async <T>(work: (session: Session) => Promise<T>): Promise<T> => {
    const session = driver.session({ database: DATABASE });
    try {
      return await work(session);
    } finally {
      await session.close();
    }
  };
  const write = (query: string, params: Record<string, unknown>) =>
    inSession((session) => session.executeWrite((tx) => tx.run(query, params), txConfig));

  let claimed = false;
  let wasIncomplete = false;
  let lost = false;
  let committed = 0;
  let heartbeat: NodeJS.Timeout | undefined;
  try {
    const claim = await write(CYPHER.claim, { runId, staleAfterS: LOADING_STALE_AFTER_S });
    if (claim.records[0]?.get('busy'))
      throw new SeedLoadError(
        'another seed load is writing the graph in batches; try again when it has finished',
      );
    claimed = true;
    wasIncomplete = Boolean(claim.records[0]?.get('wasIncomplete'));
    const previousContentHash = (claim.records[0]?.get('contentHash') as string | null) ?? null;
    heartbeat = setInterval(() => {
      write(CYPHER.heartbeat, { runId })
        .then((r) => {
          if (Number(r.records[0]?.get('owned') ?? 0) === 0) lost = true;
        })
        .catch(() => undefined);
    }, HEARTBEAT_MS);
    heartbeat.unref();

    const existing = await readExisting(async (query, params = {}) =>
      inSession(async (session) => {
        const result = await session.executeRead((tx) => tx.run(query, params), txConfig);
        return result.records;
      }),
    );

    let batchIndex = 0;
    const run: StepRunner = async (step, query, items, toParams, parallel = false) => {
      const batches: (typeof items)[] = [];
      for (let i = 0; i < items.length; i += batchSize) batches.push(items.slice(i, i + batchSize));
      let next = 0;
      let failed = false;
      const worker = async () => {
        try {
          while (next < batches.length && !failed) {
            const batch = batches[next++]!;
            if (lost) throw new SeedLoadError('this load lost its claim on the graph');
            await options.beforeBatch?.(step, batchIndex++);
            await write(query, toParams(batch));
            committed++;
          }
        } catch (error) {
          // The other writers stop after their current batch.
          failed = true;
          throw error;
        }
      };
      await Promise.all(Array.from({ length: parallel ? writers : 1 }, worker));
    };
    const changes = await writeChanges(rows, existing, run);

    await inSession((session) =>
      session.executeWrite(async (tx) => {
        const owned = await tx.run(CYPHER.heartbeat, { runId });
        if (Number(owned.records[0]?.get('owned') ?? 0) === 0)
          throw new SeedLoadError('this load lost its claim on the graph');
        await tx.run(CYPHER.finish, {
          runId,
          changed: anyChange(changes),
          version: graph.version,
          contentHash: graph.contentHash,
        });
      }, txConfig),
    );
    return toReport(graph, previousContentHash, 'batched', changes, started);
  } catch (error) {
    // Nothing written over a complete graph: it is still complete. Otherwise it is not.
    const untouched = committed === 0 && !wasIncomplete;
    if (claimed)
      await write(untouched ? CYPHER.release : CYPHER.abandon, { runId }).catch(() => undefined);
    throw loadError(
      error,
      !claimed
        ? 'batched seed load failed'
        : untouched
          ? 'batched seed load failed before writing anything; the graph is as it was'
          : `batched seed load failed after ${committed} committed batch(es); the graph is incomplete until the next load`,
    );
  } finally {
    clearInterval(heartbeat);
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
