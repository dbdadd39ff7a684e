import { PREDICATE_NAMES } from '../../../domain';

/**
 * The pieces the read queries are built from: constants and the closed
 * vocabulary, never input (every value travels as a parameter).
 */

/** Variable-length bounds cannot be parameters in Cypher: the bounded traversals are prepared once per allowed bound. */
export const MAX_DEPTH = 3;
export const MAX_HOPS = 6;

export const PREDICATE_TYPES = PREDICATE_NAMES.join('|');

/**
 * Sources are few and cited by everything; each query returns them once in a
 * `sources` column and every citation names its source by id.
 */
/**
 * The entity that replaced a retired id `r`: only a retired entity id is
 * followed, to the entity named in its place (null when none is). A retired
 * fact id is not: its replacement is a fact, read as one.
 */
export const entityReplacement = (r: string) =>
  `CASE WHEN ${r}.kind = 'entity' THEN ${r}.replacedBy END`;

export const WITH_SOURCES = 'CALL () { MATCH (src:Source) RETURN collect(src {.*}) AS sources }';

/**
 * Map projection of an entity node (its citation's source by id). Its
 * cross-references and ontology names are read only when asked for (the
 * neighbourhood's `annotations` mode): most answers name many entities and
 * want none of them.
 */
export const entityMap = (v: string) =>
  `${v} {.id, .kind, .category, .name, .properName, .synonyms, .curies, .description, .source, .section, .paragraph}`;

/** The properties of a fact the API reads (not its content hash, which only the loader needs). */
const factProps = (r: string) =>
  `${r} {.id, .modality, .cue, .frequency, .qualifier, .note, .value, .unit, .per, .measure, .source, .section, .paragraph, .citations}`;

/** A fact: the relationship's properties (its source by id), its type and both endpoints (bound variables). */
export const factMap = (r: string, subject: string, object: string) =>
  `{props: ${factProps(r)}, predicate: type(${r}), subject: ${entityMap(subject)}, object: ${entityMap(object)}}`;

/** A fact whose endpoints are given by id only (inside list comprehensions, where nothing can be bound). */
export const factRefMap = (r: string) =>
  `{props: ${factProps(r)}, predicate: type(${r}), subjectId: startNode(${r}).id, objectId: endNode(${r}).id}`;

/**
 * The number of relationships whose type is one of `types` and is named in the
 * list parameter `$<param>`, in a column `as`: each type's count comes from
 * Neo4j's count store (a literal type and nothing else in the MATCH, or the
 * planner counts by scanning), and the requested ones are summed, each once
 * however often the list names it (as `type(r) IN $<param>` reads it).
 */
export const relationshipCount = (types: readonly string[], param: string, as: string) => `CALL () {
  ${types.map((t) => `CALL () { MATCH ()-[r:${t}]->() RETURN count(r) AS ${t} }`).join('\n  ')}
  WITH {${types.map((t) => `${t}: ${t}`).join(', ')}} AS counts
  RETURN reduce(total = 0, name IN [t IN keys(counts) WHERE t IN $${param}] | total + counts[name]) AS ${as}
}`;

/** The number of facts with one of $predicates, in a column `total`. */
export const FACT_COUNT = relationshipCount(PREDICATE_NAMES, 'predicates', 'total');
