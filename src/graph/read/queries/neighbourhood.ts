import { cypher } from '../../cypher';
import { MAX_DEPTH, PREDICATE_TYPES, WITH_SOURCES, entityMap, factMap } from './fragments';

/**
 * The batched neighbourhood query: every relationship field requested at one
 * level of a GraphQL request becomes one entry of $requests, answered in one
 * round trip. Each entry has a mode, and one branch of the union answers it.
 * A links entry expands the article's relationship types only (the requested
 * ones are then kept): an untyped expand would also walk every curated
 * statement of a node the curated layer shares, hundreds on myoclonus.
 * The answer is one row: the entries' items by key, and the sources once
 * (a row per entry would repeat them in each).
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
  MATCH (n:Entity {id: req.id})-[r:${PREDICATE_TYPES}]-(m:Entity)
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
WITH sources, req.key AS key, collect(item) AS items
RETURN collect({key: key, items: items}) AS results, sources`,
);
