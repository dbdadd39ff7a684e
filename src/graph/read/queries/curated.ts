import { CONCEPT_LABEL } from '../../../domain/curated';
import { cypher } from '../../cypher';
import { WITH_SOURCES, entityReplacement } from './fragments';

/**
 * The reads of the curated layer. A node is found by its id or by any CURIE
 * it carries (the `concept_curie` full-text index holds each CURIE as one
 * token; the list comparison keeps only a true match). Every value is a
 * parameter.
 */

/**
 * The properties of a node of either layer that curated answers read; an
 * article entity's also carry (in `article`) the rest of what the article's
 * reads give of it, so a door that reads it as the article's entity needs no
 * second round trip.
 */
export const conceptMap = (v: string) =>
  `${v} {.id, .kind, .category, .name, .definition, .description, .synonyms, .names, .curies, .exactXrefIds, .source, isArticleEntity: ${v}:Entity, article: CASE WHEN ${v}:Entity THEN ${v} {.properName, .section, .paragraph} END}`;

/**
 * A node at one end of a curated statement, as answers name it: its id,
 * name, kind, category and source. Its definition, synonyms, names and CURIEs
 * are most of its bytes and few answers ask for them: a door reads them when
 * asked (CONCEPTS_BY_ID). An article entity carries the rest of what the
 * article's reads give of it, as in conceptMap: there are few, and reading one
 * as the article's entity then costs no round trip.
 */
export const conceptSummaryMap = (v: string) =>
  `${v} {.id, .kind, .category, .name, .source, isArticleEntity: ${v}:Entity, article: CASE WHEN ${v}:Entity THEN ${v} {.description, .synonyms, .curies, .properName, .section, .paragraph} END}`;

export const annotationProps = (r: string) =>
  `${r} {.id, .source, .negated, .negatedBy, .record, .evidence, .evidenceEco, .agentType, .knowledgeLevel, .references, .frequency, .frequencyLabel, .frequencyValue, .onset, .sex, .modifiers, .curation}`;

const annotationMap = (r: string, s: string, o: string) =>
  `{props: ${annotationProps(r)}, predicate: type(${r}), subject: ${conceptSummaryMap(s)}, object: ${conceptSummaryMap(o)}}`;

/**
 * The body of a subquery returning `p` for the node with the id in the
 * parameter `id`, and for each carrying it as a CURIE (found by the parameter
 * `token`, xrefQuery's); no row when none.
 */
export const nodesNamed = (id: string, token: string) => `
  MATCH (p:${CONCEPT_LABEL} {id: ${id}}) RETURN p
  UNION
  CALL db.index.fulltext.queryNodes('concept_curie', ${token}) YIELD node AS p
  WITH p WHERE ${id} IN p.curies RETURN p`;

/** Binds `p` to the node with id $id, or carrying the CURIE $id (found by $token, xrefQuery's); no row when none. */
const RESOLVE = `CALL () {${nodesNamed('$id', '$token')}
}
WITH sources, p ORDER BY p.id LIMIT 1`;

/**
 * The statements in the order every page of them keeps: most frequent first,
 * unknown last, then id. Every statement is counted, but only the page's are
 * read into maps (a phenotype of many diseases has hundreds of statements and
 * a page wants ten).
 *
 * The answer comes as rows: first a header (the node, the total, the
 * sources), then one row per statement of the page, each in `item`. One row
 * holding the whole page would be one Bolt message of many chunks, and
 * neo4j-driver decodes every string of such a message on a slow path (a
 * string decoder per string, over every chunk): for a page of 100, 11-13 ms
 * of the client's CPU against 5-6 ms as rows.
 */
const PAGE_OF_ROWS = `ORDER BY coalesce(r.frequencyValue, -1.0) DESC, r.id
WITH sources, p, collect(CASE WHEN r IS NULL THEN null ELSE [r, s, o] END) AS rows
CALL (rows) {
  WITH rows[$offset..($offset + $limit)] AS slice
  UNWIND range(0, size(slice) - 1) AS i
  WITH i, slice[i][0] AS r, slice[i][1] AS s, slice[i][2] AS o
  ORDER BY i
  RETURN collect(${annotationMap('r', 's', 'o')}) AS page
}
UNWIND range(-1, size(page) - 1) AS i
RETURN CASE WHEN i < 0 THEN ${conceptMap('p')} END AS about,
       CASE WHEN i < 0 THEN size(rows) END AS total,
       CASE WHEN i < 0 THEN sources END AS sources,
       CASE WHEN i >= 0 THEN page[i] END AS item`;

export const CONCEPT = cypher(
  'concept',
  `
${WITH_SOURCES}
${RESOLVE}
RETURN ${conceptMap('p')} AS concept, sources`,
);

/** Nodes of either layer by their ids, whole; an id that names none has no row. */
export const CONCEPTS_BY_ID = cypher(
  'concepts-by-id',
  `
${WITH_SOURCES}
UNWIND $ids AS id
MATCH (n:${CONCEPT_LABEL} {id: id})
RETURN ${conceptMap('n')} AS concept, sources`,
);

/**
 * The node each of $refs names (each an id with its token, as RESOLVE takes
 * them), read at once: the node with the id, else the first by id of those
 * carrying it as a CURIE, else (a retired entity id) the node that replaced
 * it. A ref that names none has no row; `ref` is the id asked.
 */
export const CONCEPTS_NAMED = cypher(
  'concepts-named',
  `
${WITH_SOURCES}
UNWIND $refs AS ref
OPTIONAL CALL (ref) {
  CALL (ref) {${nodesNamed('ref.id', 'ref.token')}
  }
  RETURN p ORDER BY p.id LIMIT 1
}
OPTIONAL CALL (ref, p) {
  WITH ref, p WHERE p IS NULL
  MATCH (r:RetiredId {id: ref.id})
  MATCH (n:${CONCEPT_LABEL} {id: ${entityReplacement('r')}})
  RETURN n
}
WITH sources, ref, coalesce(p, n) AS c WHERE c IS NOT NULL
RETURN ref.id AS ref, ${conceptMap('c')} AS concept, sources`,
);

/** A node's statements, as subject or object, with the predicates, sources and negation asked for. */
export const ANNOTATIONS_OF = cypher(
  'annotations-of',
  `
${WITH_SOURCES}
${RESOLVE}
OPTIONAL CALL (p) {
  MATCH (p)-[r]->(o:${CONCEPT_LABEL})
  WHERE type(r) IN $predicates AND ($sources IS NULL OR r.source IN $sources)
    AND ($includeNegated OR NOT r.negated)
  RETURN r, p AS s, o
  UNION ALL
  MATCH (s:${CONCEPT_LABEL})-[r]->(p)
  WHERE type(r) IN $predicates AND ($sources IS NULL OR r.source IN $sources)
    AND ($includeNegated OR NOT r.negated)
  RETURN r, s, p AS o
}
WITH sources, p, r, s, o
${PAGE_OF_ROWS}`,
);

const diseasesWith = (narrower: boolean) => `
${WITH_SOURCES}
${RESOLVE}
CALL (p) {
  MATCH (t:${CONCEPT_LABEL})-[:SUBCLASS_OF*0..${narrower ? '' : '0'}]->(p)
  RETURN DISTINCT t
}
OPTIONAL MATCH (s:${CONCEPT_LABEL})-[r:HAS_PHENOTYPE]->(t)
WHERE NOT r.negated AND ($sources IS NULL OR r.source IN $sources)
WITH sources, p, r, s, t AS o
${PAGE_OF_ROWS}`;

/** The positive statements that a disease has the phenotype, or any narrower term of it. */
export const DISEASES_WITH_PHENOTYPE = {
  narrower: cypher('diseases-with-phenotype-or-narrower', diseasesWith(true)),
  exact: cypher('diseases-with-phenotype', diseasesWith(false)),
};

/**
 * Each ref is resolved as RESOLVE does; a ref no node has keeps its row (the
 * optional call gives it a null node), so `missing` names it.
 */
const diseasesWithAll = (narrower: boolean) => `
${WITH_SOURCES}
UNWIND $refs AS ref
OPTIONAL CALL (ref) {
  MATCH (p:${CONCEPT_LABEL} {id: ref.id}) RETURN p
  UNION
  CALL db.index.fulltext.queryNodes('concept_curie', ref.token) YIELD node AS p
  WITH p WHERE ref.id IN p.curies RETURN p
}
WITH sources, ref, p ORDER BY p.id
WITH sources, ref, head(collect(p)) AS p
CALL (p) {
  OPTIONAL MATCH (t:${CONCEPT_LABEL})-[:SUBCLASS_OF*0..${narrower ? '' : '0'}]->(p)
  OPTIONAL MATCH (d:${CONCEPT_LABEL})-[r:HAS_PHENOTYPE]->(t) WHERE NOT r.negated
  RETURN collect(DISTINCT d) AS diseases
}
WITH sources, collect({ref: ref.id, found: p IS NOT NULL, diseases: diseases}) AS sets
WITH sources, [x IN sets WHERE NOT x.found | x.ref] AS missing,
     reduce(acc = sets[0].diseases, x IN tail(sets) | [d IN acc WHERE d IN x.diseases]) AS found
CALL (found) {
  UNWIND found AS d
  WITH d ORDER BY d.id
  RETURN collect(d) AS ordered
}
RETURN missing, size(ordered) AS total, sources,
       [d IN [x IN ordered WHERE x.id > $after][0..$limit] | ${conceptMap('d')}] AS page`;

/** The diseases with a positive statement of every phenotype asked (or a narrower term of each). */
export const DISEASES_WITH_ALL = {
  narrower: cypher('diseases-with-all-phenotypes-or-narrower', diseasesWithAll(true)),
  exact: cypher('diseases-with-all-phenotypes', diseasesWithAll(false)),
};

/**
 * Diseases whose name or one of whose exact names starts with one of
 * $prefixes (normalised), in id order: the full-text index finds the nodes
 * that may hold the words ($words, a query per beginning whose last word may
 * be cut off), and the comparison keeps only those a name starts with.
 */
export const DISEASES_NAMED = cypher(
  'diseases-named',
  `
${WITH_SOURCES}
CALL () {
  CALL db.index.fulltext.queryNodes('concept_search', $words) YIELD node AS d
  WITH d WHERE d:Disease
    AND any(n IN [d.nameLower] + d.synonymsLower WHERE any(pre IN $prefixes WHERE n STARTS WITH pre))
  RETURN DISTINCT d
}
WITH sources, d ORDER BY d.id
WITH sources, collect(d) AS matched
RETURN size(matched) AS total, sources,
       [d IN [x IN matched WHERE x.id > $after][0..$limit] | ${conceptMap('d')}] AS page`,
);

/**
 * The genes associated with each disease of $ids, in one row: the sources
 * once, not once per disease (a dozen diseases would carry them a dozen times).
 * Each disease is found by its id first, and its genes from it, so that no
 * plan starts from every node.
 */
export const GENES_OF = cypher(
  'genes-of',
  `
${WITH_SOURCES}
UNWIND $ids AS id
OPTIONAL MATCH (d:${CONCEPT_LABEL} {id: id})
OPTIONAL MATCH (g:${CONCEPT_LABEL})-[:GENE_ASSOCIATED_WITH_CONDITION]->(d)
WITH sources, id, g ORDER BY g.name
WITH sources, id, collect(DISTINCT ${conceptMap('g')}) AS genes
RETURN collect({id: id, genes: genes}) AS diseases, sources`,
);

/**
 * Nodes of either layer whose name or names match what was typed: the
 * full-text query of search, and a node whose name or exact synonym is the
 * text itself first.
 */
export const CONCEPT_SEARCH = cypher(
  'concept-search',
  `
${WITH_SOURCES}
CALL db.index.fulltext.queryNodes('concept_search', $query) YIELD node, score
WITH sources, node, score + CASE
       WHEN node.nameLower = $exact OR $exact IN node.synonymsLower THEN $exactBonus
       ELSE 0.0 END AS score
RETURN ${conceptMap('node')} AS concept, score, sources
ORDER BY score DESC, node.id
LIMIT $first`,
);
