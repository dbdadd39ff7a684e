import { cypher, type CypherStatement } from '../../cypher';
import { LOADING_IS_LIVE } from '../../load-claim';
import { CONCEPT_LABEL, CURATED_PREDICATE_NAMES } from '../../../domain/curated';
import {
  FACT_COUNT,
  MAX_HOPS,
  PREDICATE_TYPES,
  WITH_SOURCES,
  entityMap,
  entityReplacement,
  factRefMap,
  relationshipCount,
} from './fragments';

/** Shortest chain of facts between two entities, one prepared text per allowed maxHops. */
export const SHORTEST_PATH: Record<number, CypherStatement> = Object.fromEntries(
  Array.from({ length: MAX_HOPS }, (_, i) => i + 1).map((hops) => [
    hops,
    cypher(
      `shortest-path-${hops}`,
      `
OPTIONAL MATCH (a:Entity {id: $from}) USING INDEX SEEK a:Entity(id)
OPTIONAL MATCH (b:Entity {id: $to}) USING INDEX SEEK b:Entity(id)
OPTIONAL MATCH p = shortestPath((a)-[:${PREDICATE_TYPES}*..${hops}]-(b))
${WITH_SOURCES}
RETURN a IS NOT NULL AS fromExists, b IS NOT NULL AS toExists,
       CASE WHEN p IS NULL THEN null ELSE [n IN nodes(p) | ${entityMap('n')}] END AS entities,
       CASE WHEN p IS NULL THEN null ELSE [r IN relationships(p) | ${factRefMap('r')}] END AS facts,
       sources`,
    ),
  ]),
);

export const GRAPH_INFO = cypher(
  'graph-info',
  `
OPTIONAL MATCH (m:SeedMeta {id: 'current'}) USING INDEX SEEK m:SeedMeta(id)
CALL () { MATCH (n:Entity) RETURN count(n) AS entityCount }
CALL () { MATCH (n:${CONCEPT_LABEL}) RETURN count(n) AS conceptCount }
${relationshipCount(CURATED_PREDICATE_NAMES, 'curatedPredicates', 'curatedStatementCount')}
${FACT_COUNT}
RETURN m.version AS seedVersion, m.contentHash AS contentHash, toString(m.loadedAt) AS loadedAt, entityCount, total AS factCount,
       conceptCount, curatedStatementCount,
       CASE WHEN m.loading IS NULL THEN 'COMPLETE'
            WHEN ${LOADING_IS_LIVE} THEN 'LOADING'
            ELSE 'INCOMPLETE' END AS loadState`,
);

/**
 * Which graph is loaded and whether a load holds it: what the response cache
 * keys on (one index seek, no counts).
 */
export const SEED_STATE = cypher(
  'seed-state',
  `
OPTIONAL MATCH (m:SeedMeta {id: 'current'}) USING INDEX SEEK m:SeedMeta(id)
RETURN m.contentHash AS contentHash, m.version AS seedVersion,
       CASE WHEN m.loading IS NULL THEN 'COMPLETE'
            WHEN ${LOADING_IS_LIVE} THEN 'LOADING'
            ELSE 'INCOMPLETE' END AS loadState`,
);

/** Every source the graph cites, by id. */
export const SOURCES = cypher(
  'sources',
  'MATCH (src:Source) RETURN src {.*} AS source ORDER BY src.id',
);

/** An id of an earlier version that no longer exists, with what replaced it. */
export const RETIRED_ID = cypher(
  'retired-id',
  'MATCH (r:RetiredId {id: $id}) RETURN r {.id, .kind, .replacedBy, .since, .reason} AS retired',
);

/** The entities that replaced retired entity ids, for each id of the list that was so retired. */
export const REPLACEMENTS = cypher(
  'replacements',
  `UNWIND $ids AS id
MATCH (r:RetiredId {id: id})
WITH r, ${entityReplacement('r')} AS replacedBy
WHERE replacedBy IS NOT NULL
RETURN r.id AS id, replacedBy`,
);

export const PING = cypher('ping', 'RETURN 1 AS ok');
