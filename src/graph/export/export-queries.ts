import { PREDICATE_NAMES } from '../../domain';
import { CONCEPT_LABEL, CURATED_PREDICATE_NAMES } from '../../domain/curated';
import { cypher } from '../cypher';

/**
 * The reads of a release: the whole graph, in id order. They scan every
 * entity and fact, which is what an export is; the API's reads never do.
 */

export const EXPORT_SOURCES = cypher(
  'export-sources',
  'MATCH (s:Source) RETURN s {.*} AS source ORDER BY s.id',
);

export const EXPORT_ENTITIES = cypher(
  'export-entities',
  `MATCH (n:Entity)
RETURN n {.id, .kind, .category, .name, .properName, .synonyms, .names, .ontologySynonyms, .xrefs, .xrefNote,
          .curies, .description, .source, .section, .paragraph} AS entity
ORDER BY n.id`,
);

export const EXPORT_FACTS = cypher(
  'export-facts',
  `MATCH (s:Entity)-[r]->(o:Entity) WHERE type(r) IN $predicates
RETURN {props: r {.id, .modality, .cue, .frequency, .qualifier, .note, .value, .unit, .per, .measure,
                  .source, .section, .paragraph, .citations},
        predicate: type(r), subjectId: s.id, objectId: o.id} AS fact
ORDER BY r.id`,
);

export const EXPORT_RETIRED = cypher(
  'export-retired',
  'MATCH (r:RetiredId) RETURN r {.id, .kind, .replacedBy, .since, .reason} AS retired ORDER BY r.id',
);

/** The nodes of the curated layer that no article entity is. */
export const EXPORT_CURATED_NODES = cypher(
  'export-curated-nodes',
  `MATCH (n:${CONCEPT_LABEL}) WHERE NOT n:Entity
RETURN n {.id, .kind, .category, .name, .definition, .synonyms, .names, .curies, .source} AS node
ORDER BY n.id`,
);

/** The curated statements, each with the ids of its ends (either may be an article entity). */
export const EXPORT_ANNOTATIONS = cypher(
  'export-annotations',
  `MATCH (s:${CONCEPT_LABEL})-[r]->(o:${CONCEPT_LABEL}) WHERE type(r) IN $curatedPredicates
RETURN {props: r {.id, .source, .negated, .record, .evidence, .evidenceEco, .agentType, .knowledgeLevel,
                  .references, .frequency, .frequencyLabel, .frequencyValue, .onset, .sex, .modifiers,
                  .curation},
        predicate: type(r), subjectId: s.id, objectId: o.id} AS annotation
ORDER BY r.id`,
);

export const EXPORT_PARAMS = {
  predicates: PREDICATE_NAMES,
  curatedPredicates: CURATED_PREDICATE_NAMES,
};
