import { ENTITY_KINDS, KIND_LABELS, PREDICATE_NAMES, type EntityKindName } from '../../../domain';
import { cypher, type CypherStatement } from '../../cypher';
import {
  FACT_COUNT,
  MAX_DEPTH,
  PREDICATE_TYPES,
  WITH_SOURCES,
  entityMap,
  factRefMap,
} from './fragments';

/**
 * A page of entities in id order, of every kind or of one: one prepared text
 * per kind (a lookup in the closed vocabulary). The count comes from Neo4j's
 * count store and the page walks the id index in order from $after, so the
 * cost follows the page, not the number of entities.
 */
const entityPage = (label: string) => `
CALL () {
  MATCH (n:${label})
  RETURN count(n) AS total
}
CALL () {
  MATCH (n:Entity${label === 'Entity' ? '' : `:${label}`})
  USING INDEX SEEK n:Entity(id)
  WHERE n.id > $after
  WITH n ORDER BY n.id LIMIT $limit
  RETURN collect(${entityMap('n')}) AS page
}
${WITH_SOURCES}
RETURN total, page, sources`;

export const ENTITY_PAGE_ALL = cypher('entity-page', entityPage('Entity'));
export const ENTITY_PAGE_BY_KIND = Object.fromEntries(
  ENTITY_KINDS.map((kind) => [kind, cypher(`entity-page-${kind}`, entityPage(KIND_LABELS[kind]))]),
) as Record<EntityKindName, CypherStatement>;

/**
 * A page of facts (rows of `r` in order) as references plus the entities at
 * their ends, each entity projected once however many facts name it.
 */
const PAGE_OF_FACTS = `RETURN collect(${factRefMap('r')}) AS page,
         collect(DISTINCT startNode(r)) + collect(DISTINCT endNode(r)) AS ends`;

/** The loaded graph's content hash, read in the same transaction as the facts it describes. */
const WITH_CONTENT_HASH = `CALL () {
  OPTIONAL MATCH (m:SeedMeta {id: 'current'}) USING INDEX SEEK m:SeedMeta(id)
  RETURN m.contentHash AS contentHash
}`;

/**
 * Facts within `depth` hops of an entity; one prepared text per allowed depth.
 * Both expands name the article's relationship types, so the curated
 * statements of a shared node (myoclonus is HP:0001336) are never walked.
 */
export const FACTS_ABOUT: Record<number, CypherStatement> = Object.fromEntries(
  Array.from({ length: MAX_DEPTH }, (_, i) => i + 1).map((depth) => [
    depth,
    cypher(
      `facts-about-depth-${depth}`,
      `
MATCH (a:Entity {id: $about})
USING INDEX SEEK a:Entity(id)
MATCH (a)-[:${PREDICATE_TYPES}*0..${depth - 1}]-(x:Entity)
MATCH (x)-[r:${PREDICATE_TYPES}]-(:Entity)
WHERE type(r) IN $predicates
WITH DISTINCT r
WITH collect(r) AS facts
WITH size(facts) AS total, facts
CALL (facts) {
  UNWIND facts AS r
  WITH r WHERE r.id > $after
  WITH r ORDER BY r.id LIMIT $limit
  ${PAGE_OF_FACTS}
}
${WITH_SOURCES}
${WITH_CONTENT_HASH}
RETURN total, page, [e IN ends | ${entityMap('e')}] AS entities, sources, contentHash`,
    ),
  ]),
);

/**
 * Every fact, a page at a time in id order: each relationship type's id index
 * gives its next $limit facts after $after in order, and the page is the first
 * $limit of those; the cost follows the page, not the number of facts.
 */
export const ALL_FACTS = cypher(
  'all-facts',
  `
${FACT_COUNT}
CALL () {
  CALL () {
    ${PREDICATE_NAMES.map(
      (p) => `MATCH ()-[r:${p}]->()
    USING INDEX SEEK r:${p}(id)
    WHERE r.id > $after AND '${p}' IN $predicates
    WITH r ORDER BY r.id LIMIT $limit
    RETURN r`,
    ).join('\n    UNION ALL\n    ')}
  }
  WITH r ORDER BY r.id LIMIT $limit
  ${PAGE_OF_FACTS}
}
${WITH_SOURCES}
${WITH_CONTENT_HASH}
RETURN total, page, [e IN ends | ${entityMap('e')}] AS entities, sources, contentHash`,
);
