import { PREDICATE_NAMES } from '../../domain';
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
          .description, .source, .section, .paragraph} AS entity
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

export const EXPORT_PARAMS = { predicates: PREDICATE_NAMES };
