import {
  ENTITY_KINDS,
  KIND_LABELS,
  PREDICATE_NAMES,
  type EntityKindName,
  type PredicateName,
} from '../../domain';
import { CONCEPT_LABEL } from '../../domain/curated';
import { cypher, type CypherStatement } from '../cypher';
import { LOADING_IS_LIVE } from '../load-claim';

/**
 * All Cypher that writes the graph, each statement named. Labels and
 * relationship types cannot be query parameters, so each statement is built
 * once from the closed vocabulary (never from input) and every value goes in
 * as a parameter.
 */

const ALL_KIND_LABELS = ENTITY_KINDS.map((k) => KIND_LABELS[k]).join(':');

const perKind = (name: string, text: (kind: EntityKindName) => string) =>
  Object.fromEntries(
    ENTITY_KINDS.map((kind) => [kind, cypher(`${name}-${kind}`, text(kind))]),
  ) as Record<EntityKindName, CypherStatement>;

const perPredicate = (name: string, text: (predicate: PredicateName) => string) =>
  Object.fromEntries(
    PREDICATE_NAMES.map((predicate) => [
      predicate,
      cypher(`${name}-${predicate}`, text(predicate)),
    ]),
  ) as Record<PredicateName, CypherStatement>;

/**
 * New entities of every kind in one statement: the diff was taken under the
 * seed lock, so CREATE is safe and cheaper than MERGE. Each row names its
 * kind's label (KIND_LABELS, never input), so a load sends one statement per
 * batch, not one per kind.
 */
export const CREATE_ENTITIES = cypher(
  'create-entities',
  `UNWIND $rows AS row
CREATE (n:Entity:${CONCEPT_LABEL}:$(row.label))
SET n = row.props`,
);

/** Changed entities: all properties replaced, and the kind label set anew (the kind may have changed). */
export const UPDATE_ENTITIES = perKind(
  'update-entities',
  (kind) => `UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n = row.props
REMOVE n:${ALL_KIND_LABELS}
SET n:${CONCEPT_LABEL}:${KIND_LABELS[kind]}`,
);

/** New facts of every predicate in one statement: each row names its type (PREDICATE_NAMES). */
export const CREATE_FACTS = cypher(
  'create-facts',
  `UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
CREATE (s)-[r:$(row.predicate)]->(o)
SET r = row.props`,
);

/** A fact's id fixes its ends, so an update only rewrites its properties. */
export const UPDATE_FACTS = perPredicate(
  'update-facts',
  (predicate) => `UNWIND $rows AS row
MATCH (:Entity {id: row.subject})-[r:${predicate} {id: row.id}]->()
SET r = row.props`,
);

export const DELETE_FACTS = perPredicate(
  'delete-facts',
  (predicate) => `UNWIND $rows AS row
MATCH (:Entity {id: row.subject})-[r:${predicate} {id: row.id}]->()
DELETE r`,
);

/** A single-transaction load takes the write lock on the meta node first, so a second load waits. */
export const LOCK = cypher(
  'lock',
  `MERGE (m:SeedMeta {id: "current"}) SET m.lock = $runId
RETURN m.contentHash AS contentHash, m.loading AS loading,
       ${LOADING_IS_LIVE} AS loadingIsLive`,
);

/** A batched load claims the graph unless another one is writing it (its heartbeat is fresh). */
export const CLAIM = cypher(
  'claim',
  `MERGE (m:SeedMeta {id: "current"})
WITH m, m.loading IS NOT NULL AS wasIncomplete,
     m.loading IS NOT NULL AND m.loading <> $runId
       AND ${LOADING_IS_LIVE} AS busy
SET m.loading = CASE WHEN busy THEN m.loading ELSE $runId END,
    m.loadingHeartbeat = CASE WHEN busy THEN m.loadingHeartbeat ELSE datetime() END
RETURN busy, wasIncomplete, m.contentHash AS contentHash`,
);

/** A batched load that failed before committing anything gives the graph back as it was. */
export const RELEASE = cypher(
  'release',
  `MATCH (m:SeedMeta {id: "current"}) WHERE m.loading = $runId
REMOVE m.loading, m.loadingHeartbeat`,
);

/**
 * The load's heartbeat. It takes the node's write lock before it reads who
 * owns the load: read first, it could wait on the lock of the load's own
 * finish, then write a heartbeat onto a graph that load had already let go.
 */
export const HEARTBEAT = cypher(
  'heartbeat',
  `MATCH (m:SeedMeta {id: "current"})
SET m.heartbeatLock = true
REMOVE m.heartbeatLock
WITH m WHERE m.loading = $runId
SET m.loadingHeartbeat = datetime()
RETURN count(m) AS owned`,
);

/** A failed batched load leaves its mark with a dead heartbeat: the graph reads as incomplete. */
export const ABANDON = cypher(
  'abandon',
  `MATCH (m:SeedMeta {id: "current"}) WHERE m.loading = $runId
REMOVE m.loadingHeartbeat`,
);

export const EXISTING_ENTITIES = cypher(
  'existing-entities',
  'MATCH (n:Entity) RETURN n.id AS id, n.contentHash AS hash',
);
export const EXISTING_FACTS = cypher(
  'existing-facts',
  `MATCH (s:Entity)-[r]->(:Entity) WHERE type(r) IN $predicates
RETURN r.id AS id, type(r) AS predicate, s.id AS subject, r.contentHash AS hash`,
);
export const EXISTING_STATISTICS = cypher(
  'existing-statistics',
  'MATCH (n:Statistic) RETURN n.id AS id, n.contentHash AS hash',
);
export const EXISTING_SOURCES = cypher(
  'existing-sources',
  'MATCH (n:Source) RETURN n.id AS id, n.contentHash AS hash',
);

export const EXISTING_RETIRED = cypher(
  'existing-retired',
  'MATCH (n:RetiredId) RETURN n.id AS id, n.contentHash AS hash',
);
export const DELETE_RETIRED = cypher(
  'delete-retired',
  'UNWIND $ids AS id MATCH (n:RetiredId {id: id}) DELETE n',
);
export const UPSERT_RETIRED = cypher(
  'upsert-retired',
  'UNWIND $rows AS row MERGE (n:RetiredId {id: row.id}) SET n = row.props',
);

export const DELETE_ENTITIES = cypher(
  'delete-entities',
  'UNWIND $ids AS id MATCH (n:Entity {id: id}) DETACH DELETE n',
);
export const DELETE_STATISTICS = cypher(
  'delete-statistics',
  'UNWIND $ids AS id MATCH (n:Statistic {id: id}) DETACH DELETE n',
);
export const DELETE_SOURCES = cypher(
  'delete-sources',
  'UNWIND $ids AS id MATCH (n:Source {id: id}) DETACH DELETE n',
);
export const UPSERT_SOURCES = cypher(
  'upsert-sources',
  'UNWIND $rows AS row MERGE (n:Source {id: row.id}) SET n = row.props',
);
export const UPSERT_STATISTICS = cypher(
  'upsert-statistics',
  `UNWIND $rows AS row
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
);

/** Ends a load: the lock or claim is let go, and version and hash are recorded when something changed. */
export const FINISH = cypher(
  'finish',
  `MATCH (m:SeedMeta {id: "current"})
WHERE $runId IS NULL OR m.loading = $runId
REMOVE m.lock, m.loading, m.loadingHeartbeat
WITH m
WHERE $changed OR m.contentHash IS NULL OR m.contentHash <> $contentHash
SET m.version = $version, m.contentHash = $contentHash, m.loadedAt = datetime()`,
);

export const SEED_META = cypher(
  'seed-meta',
  `MATCH (m:SeedMeta {id: "current"})
RETURN m.version AS version, m.contentHash AS contentHash, toString(m.loadedAt) AS loadedAt,
       m.loading IS NULL AND m.lock IS NULL AS complete`,
);
