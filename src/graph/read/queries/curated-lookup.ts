import { CONCEPT_LABEL, EVIDENCE_CODES, EVIDENCE_CODE_NAMES } from '../../../domain/curated';
import { cypher } from '../../cypher';
import { annotationProps, conceptMap, conceptSummaryMap } from './curated';
import { WITH_SOURCES } from './fragments';

/**
 * The curated reads a chatbot door needs beyond curated.ts: the statements of
 * several nodes as one ranked sequence, paged by offset, with a tally of what
 * the whole sequence holds; and curated nodes by the words of a name. Every
 * value is a parameter.
 */

const WITH_CONTENT_HASH = `CALL () {
  OPTIONAL MATCH (m:SeedMeta {id: 'current'}) USING INDEX SEEK m:SeedMeta(id)
  RETURN m.contentHash AS contentHash
}`;

/** PCS, then TAS, then IEA (the domain's rank), then a statement with no evidence code. */
const EVIDENCE_RANK = `CASE r.evidence ${EVIDENCE_CODE_NAMES.map(
  (code) => `WHEN '${code}' THEN ${EVIDENCE_CODES[code].rank}`,
).join(' ')} ELSE ${EVIDENCE_CODE_NAMES.length} END`;

/**
 * The statements of the nodes $ids, node by node, each node's ranked: what
 * the source states before what it denies, a curator's statement before a
 * program's, the most frequent first (unknown last), then by evidence code
 * and id. A statement joining a node to one asked before it is given with
 * that earlier node only. The tally names every statement of the sequence
 * (negated ones too), the page only those asked for.
 */
export const CURATED_STATEMENTS = cypher(
  'curated-statements',
  `
${WITH_SOURCES}
${WITH_CONTENT_HASH}
UNWIND range(0, size($ids) - 1) AS i
MATCH (p:${CONCEPT_LABEL} {id: $ids[i]})
CALL (p, i) {
  MATCH (p)-[r]->(o:${CONCEPT_LABEL})
  WHERE type(r) IN $predicates AND ($sources IS NULL OR r.source IN $sources)
    AND NOT o.id IN $ids[0..i]
  RETURN r, p AS s, o
  UNION ALL
  MATCH (s:${CONCEPT_LABEL})-[r]->(p)
  WHERE type(r) IN $predicates AND ($sources IS NULL OR r.source IN $sources)
    AND NOT s.id IN $ids[0..i]
  RETURN r, s, p AS o
}
WITH sources, contentHash, i, r, s, o
ORDER BY i, CASE WHEN r.negated THEN 1 ELSE 0 END,
         CASE r.agentType WHEN 'automated_agent' THEN 1 ELSE 0 END,
         coalesce(r.frequencyValue, -1.0) DESC, ${EVIDENCE_RANK}, r.id
WITH sources, contentHash,
     collect({node: i, predicate: type(r), source: r.source, negated: r.negated, r: r, s: s, o: o}) AS rows
WITH sources, contentHash, rows, [x IN rows WHERE $includeNegated OR NOT x.negated] AS kept
UNWIND ([null] + kept[$offset..($offset + $limit)]) AS x
WITH sources, contentHash, rows, x.r AS r, x.s AS s, x.o AS o, x.predicate AS predicate
WITH sources, contentHash, rows,
     collect(CASE WHEN r IS NULL THEN null ELSE
       {props: ${annotationProps('r')}, predicate: predicate, subject: ${conceptSummaryMap('s')}, object: ${conceptSummaryMap('o')}}
     END) AS page
RETURN sources, contentHash, page,
       [x IN rows | {node: x.node, predicate: x.predicate, source: x.source, negated: x.negated}] AS tally`,
);

/**
 * Curated nodes (not the article's entities, which search finds) one of whose
 * exact names, normalised, holds every word of $words, shortest name first.
 */
export const CURATED_NAMED = cypher(
  'curated-named',
  `
${WITH_SOURCES}
MATCH (n:${CONCEPT_LABEL})
WHERE NOT n:Entity AND ($kinds IS NULL OR n.kind IN $kinds)
WITH sources, n, [n.nameLower] + coalesce(n.synonymsLower, []) AS names
WHERE any(name IN names WHERE all(w IN $words WHERE name CONTAINS w))
WITH sources, n, names ORDER BY size(n.nameLower), n.id LIMIT $limit
RETURN ${conceptMap('n')} AS concept, names, sources`,
);
