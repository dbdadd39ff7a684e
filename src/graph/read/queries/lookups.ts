import { cypher } from '../../cypher';
import { EXACT_NAME_BONUS, SCOPED_NAME_BONUS } from '../search-ranking';
import { nodesNamed } from './curated';
import { WITH_SOURCES, entityMap, entityReplacement } from './fragments';

/** The entities a door names or a person typed: by CURIE, by name, by search. */

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
 * Everything an id a client typed may name, read at once, for the reader to
 * choose from in the order the doors try them: the entity with the id $id
 * (null for a CURIE), what the retired entity id $id became, the entity that
 * the CURIE $curie matches exactly (null for an id), the node that the text
 * $typed names (and whether it is an article entity), and the node that $node
 * (the text as the graph spells a CURIE) names. Each a seek by id or an
 * exact CURIE token; no row is read into a map.
 */
export const ID_TARGETS = cypher(
  'id-targets',
  `
CALL () {
  OPTIONAL MATCH (e:Entity {id: $id}) USING INDEX SEEK e:Entity(id)
  RETURN e.id AS entityId
}
CALL () {
  OPTIONAL MATCH (r:RetiredId {id: $id}) USING INDEX SEEK r:RetiredId(id)
  RETURN ${entityReplacement('r')} AS replacedBy
}
CALL () {
  OPTIONAL CALL () {
    WITH $curie AS curie WHERE curie IS NOT NULL
    CALL db.index.fulltext.queryNodes('entity_xref', $curieToken) YIELD node AS n
    WITH n WHERE $curie IN n.exactXrefIds
    RETURN n.id AS xrefEntityId ORDER BY xrefEntityId LIMIT 1
  }
  RETURN xrefEntityId
}
CALL () {
  OPTIONAL CALL () {
    CALL () {${nodesNamed('$typed', '$typedToken')}
    }
    RETURN p.id AS typedNodeId, p:Entity AS typedIsEntity ORDER BY typedNodeId LIMIT 1
  }
  RETURN typedNodeId, typedIsEntity
}
CALL () {
  OPTIONAL CALL () {
    CALL () {${nodesNamed('$node', '$nodeToken')}
    }
    RETURN p.id AS nodeId ORDER BY nodeId LIMIT 1
  }
  RETURN nodeId
}
RETURN entityId, replacedBy, xrefEntityId, typedNodeId, typedIsEntity, nodeId`,
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
 * Full-text search, of the article kinds $kinds or carrying a CURIE with one
 * of $curiePrefixes (a term of a curated kind; both null for every entity);
 * a hit whose name or exact synonym is exactly what was
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
WHERE ($kinds IS NULL AND $curiePrefixes IS NULL) OR node.kind IN coalesce($kinds, [])
   OR any(c IN coalesce(node.curies, []) WHERE any(p IN coalesce($curiePrefixes, []) WHERE c STARTS WITH p))
WITH sources, node, score + CASE
       WHEN node.nameLower = $exact OR $exact IN node.synonymsLower THEN ${EXACT_NAME_BONUS}
       WHEN $exact IN node.otherNamesLower THEN ${SCOPED_NAME_BONUS}
       ELSE 0.0 END AS score
RETURN ${entityMap('node')} AS entity, [node.nameLower] + node.synonymsLower AS names,
       node.names AS scopedNames, node.ontologySynonyms AS ontologySynonyms, score, sources
ORDER BY score DESC, node.id
LIMIT $first`,
);
