import { ENTITY_KINDS, KIND_LABELS, PREDICATE_NAMES, type EntityKindName } from '../../domain';
import { cypher, type CypherStatement } from '../cypher';
import { LOADING_IS_LIVE } from '../load-claim';
import { EXACT_NAME_BONUS, SCOPED_NAME_BONUS } from './search-ranking';

/**
 * Every read query of the data layer, in one place and named. Values always travel as
 * parameters. Variable-length bounds cannot be parameters in Cypher, so the
 * bounded traversals are prepared once per allowed bound (a lookup, never a
 * splice of client input).
 */

export const MAX_DEPTH = 3;
export const MAX_HOPS = 6;

const PREDICATE_TYPES = PREDICATE_NAMES.join('|');

/**
 * Sources are few and cited by everything; each query returns them once in a
 * `sources` column and every citation names its source by id.
 */
const WITH_SOURCES = 'CALL () { MATCH (src:Source) RETURN collect(src {.*}) AS sources }';

/**
 * Map projection of an entity node (its citation's source by id). Its
 * cross-references and ontology names are read only when asked for (the
 * neighbourhood's `annotations` mode): most answers name many entities and
 * want none of them.
 */
const entityMap = (v: string) =>
  `${v} {.id, .kind, .category, .name, .properName, .synonyms, .description, .source, .section, .paragraph}`;

/** The properties of a fact the API reads (not its content hash, which only the loader needs). */
const factProps = (r: string) =>
  `${r} {.id, .modality, .cue, .frequency, .qualifier, .note, .value, .unit, .per, .measure, .source, .section, .paragraph, .citations}`;

/** A fact: the relationship's properties (its source by id), its type and both endpoints (bound variables). */
const factMap = (r: string, subject: string, object: string) =>
  `{props: ${factProps(r)}, predicate: type(${r}), subject: ${entityMap(subject)}, object: ${entityMap(object)}}`;

/** A fact whose endpoints are given by id only (inside list comprehensions, where nothing can be bound). */
const factRefMap = (r: string) =>
  `{props: ${factProps(r)}, predicate: type(${r}), subjectId: startNode(${r}).id, objectId: endNode(${r}).id}`;

/**
 * The batched neighbourhood query: every relationship field requested at one
 * level of a GraphQL request becomes one entry of $requests, answered in one
 * round trip. Each entry has a mode, and one branch of the union answers it.
 */
export const NEIGHBOURHOOD = cypher(
  'neighbourhood',
  `
${WITH_SOURCES}
UNWIND $requests AS req
CALL (req) {
  WITH req WHERE req.mode = 'entity'
  MATCH (n:Entity {id: req.id})
  USING INDEX SEEK n:Entity(id)
  RETURN {entity: ${entityMap('n')}} AS item
  UNION ALL
  WITH req WHERE req.mode = 'links'
  MATCH (n:Entity {id: req.id})-[r]-(m:Entity)
  USING INDEX SEEK n:Entity(id)
  WHERE type(r) IN req.predicates
    AND (req.direction = 'BOTH' OR (req.direction = 'OUT') = (startNode(r) = n))
  WITH r, startNode(r) AS s, endNode(r) AS o
  RETURN {fact: ${factMap('r', 's', 'o')}} AS item
  UNION ALL
  WITH req WHERE req.mode = 'causes'
  MATCH (n:Entity {id: req.id})
  USING INDEX SEEK n:Entity(id)
  MATCH (t:Entity)-[:SUBTYPE_OF*0..${MAX_DEPTH}]->(n)
  WHERE req.includeSubtypes OR t = n
  MATCH (c:Cause)-[r:CAUSES]->(t)
  RETURN {fact: ${factMap('r', 'c', 't')},
          members: CASE WHEN req.includeGroupMembers
                   THEN [(member:Cause)-[mr:MEMBER_OF]->(c) | ${factMap('mr', 'member', 'c')}] ELSE [] END} AS item
  UNION ALL
  WITH req WHERE req.mode = 'causedBy'
  MATCH (n:Entity {id: req.id})
  USING INDEX SEEK n:Entity(id)
  WHERE n:Cause
  MATCH (n)-[:MEMBER_OF*0..1]->(g:Cause)
  WHERE req.viaGroups OR g = n
  MATCH (g)-[r:CAUSES]->(x:Entity)
  RETURN {fact: ${factMap('r', 'g', 'x')}} AS item
  UNION ALL
  WITH req WHERE req.mode = 'statistics'
  MATCH (n:Entity {id: req.id})-[:HAS_STATISTIC]->(s:Statistic)-[:MEASURED_IN]->(p:Entity)
  USING INDEX SEEK n:Entity(id)
  RETURN {statistic: s {.id, .value, .unit, .per, .measure, .qualifier, .note, .source, .section, .paragraph, .citations}, condition: ${entityMap('n')}, population: ${entityMap('p')}} AS item
  UNION ALL
  WITH req WHERE req.mode = 'annotations'
  MATCH (n:Entity {id: req.id})
  USING INDEX SEEK n:Entity(id)
  RETURN {annotations: n {.names, .xrefs, .xrefNote, .ontologySynonyms}} AS item
}
RETURN req.key AS key, collect(item) AS items, sources`,
);

/**
 * An entity by a CURIE it matches exactly (HP:0001336): the full-text index on
 * `xrefText` holds each exact CURIE as one token, and the list comparison
 * keeps only a true match; the first by id when several entities match.
 */
export const ENTITY_BY_XREF = cypher(
  'entity-by-xref',
  `
${WITH_SOURCES}
CALL db.index.fulltext.queryNodes('entity_xref', $token) YIELD node AS n
WITH sources, n WHERE $curie IN n.exactXrefIds
WITH sources, n ORDER BY n.id LIMIT 1
RETURN ${entityMap('n')} AS entity, sources`,
);

/**
 * A condition by exact name or synonym (lower-cased). The name goes through the
 * nameLower index; synonyms are found through the full-text index (a phrase
 * query on the synonyms field) and then compared exactly, so the cost follows
 * the answer, not the number of conditions.
 */
export const CONDITION_BY_NAME = cypher(
  'condition-by-name',
  `
${WITH_SOURCES}
CALL () {
  MATCH (n:Entity {nameLower: $name}) USING INDEX SEEK n:Entity(nameLower) WHERE n:Condition
  RETURN n, 0 AS rank
  UNION
  WITH $synonymQuery AS synonymQuery WHERE synonymQuery <> ''
  CALL db.index.fulltext.queryNodes('entity_search', synonymQuery) YIELD node AS n
  WITH n WHERE n:Condition AND $name IN n.synonymsLower
  RETURN n, 1 AS rank
}
WITH sources, n, rank ORDER BY rank, n.id LIMIT 1
RETURN ${entityMap('n')} AS entity, sources`,
);

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
 * Full-text search; a hit whose name or exact synonym is exactly what was
 * typed outranks every partial hit (a one-word name gets no phrase boost
 * otherwise); one whose broad, narrow or related name is what was typed comes
 * next, below every exact name but above words alone (a lay "twitching" finds
 * myoclonus without outranking what "twitching" names exactly).
 */
export const SEARCH = cypher(
  'search',
  `
${WITH_SOURCES}
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
WITH sources, node, score + CASE
       WHEN node.nameLower = $exact OR $exact IN node.synonymsLower THEN ${EXACT_NAME_BONUS}
       WHEN $exact IN node.otherNamesLower THEN ${SCOPED_NAME_BONUS}
       ELSE 0.0 END AS score
RETURN ${entityMap('node')} AS entity, [node.nameLower] + node.synonymsLower AS names,
       node.names AS scopedNames, node.ontologySynonyms AS ontologySynonyms, score, sources
ORDER BY score DESC, node.id
LIMIT $first`,
);

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

/** Facts within `depth` hops of an entity; one prepared text per allowed depth. */
export const FACTS_ABOUT: Record<number, CypherStatement> = Object.fromEntries(
  Array.from({ length: MAX_DEPTH }, (_, i) => i + 1).map((depth) => [
    depth,
    cypher(
      `facts-about-depth-${depth}`,
      `
MATCH (a:Entity {id: $about})
USING INDEX SEEK a:Entity(id)
MATCH (a)-[:${PREDICATE_TYPES}*0..${depth - 1}]-(x:Entity)
MATCH (x)-[r]-(:Entity)
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
 * The number of facts with one of $predicates: each type's count comes from
 * Neo4j's count store (a literal type and nothing else in the MATCH, or the
 * planner counts by scanning), and the requested ones are summed.
 */
const FACT_COUNT = `CALL () {
  ${PREDICATE_NAMES.map((p) => `CALL () { MATCH ()-[r:${p}]->() RETURN count(r) AS ${p} }`).join('\n  ')}
  WITH {${PREDICATE_NAMES.map((p) => `${p}: ${p}`).join(', ')}} AS counts
  RETURN reduce(total = 0, predicate IN $predicates | total + counts[predicate]) AS total
}`;

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
${FACT_COUNT}
RETURN m.version AS seedVersion, m.contentHash AS contentHash, toString(m.loadedAt) AS loadedAt, entityCount, total AS factCount,
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

export const PING = cypher('ping', 'RETURN 1 AS ok');
