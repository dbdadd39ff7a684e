import {
  CONCEPT_LABEL,
  CURATED_KINDS,
  CURATED_KIND_NAMES,
  CURATED_PREDICATE_NAMES,
  type CuratedKindName,
  type CuratedPredicateName,
} from '../../domain/curated';
import { cypher, type CypherStatement } from '../cypher';

/**
 * The Cypher that writes the curated layer. Its nodes carry `Concept` and
 * their kind's label, never `Entity` (the article's entities carry both), so
 * every read of the article's entities is unchanged. Labels and relationship
 * types come from the closed vocabulary, never from input.
 */

const perKind = (name: string, text: (kind: CuratedKindName) => string) =>
  Object.fromEntries(
    CURATED_KIND_NAMES.map((kind) => [kind, cypher(`${name}-${kind}`, text(kind))]),
  ) as Record<CuratedKindName, CypherStatement>;

const perPredicate = (name: string, text: (predicate: CuratedPredicateName) => string) =>
  Object.fromEntries(
    CURATED_PREDICATE_NAMES.map((p) => [p, cypher(`${name}-${p}`, text(p))]),
  ) as Record<CuratedPredicateName, CypherStatement>;

const ALL_CURATED_LABELS = CURATED_KIND_NAMES.map((k) => CURATED_KINDS[k].label).join(':');

export const EXISTING_CURATED_NODES = cypher(
  'existing-curated-nodes',
  `MATCH (n:${CONCEPT_LABEL}) WHERE NOT n:Entity RETURN n.id AS id, n.contentHash AS hash`,
);

export const EXISTING_ANNOTATIONS = cypher(
  'existing-annotations',
  `MATCH (s:${CONCEPT_LABEL})-[r]->(:${CONCEPT_LABEL}) WHERE type(r) IN $predicates
RETURN r.id AS id, type(r) AS predicate, s.id AS subject, r.contentHash AS hash`,
);

/**
 * New curated nodes, one statement per kind: a label written in the text
 * (CURATED_KINDS, never input) creates faster than one named per row (a
 * dynamic label), about a fifth on the myoclonus slice.
 */
export const CREATE_CURATED_NODES = perKind(
  'create-curated-nodes',
  (kind) => `UNWIND $rows AS row
CREATE (n:${CONCEPT_LABEL}:${CURATED_KINDS[kind].label})
SET n = row.props`,
);

export const UPDATE_CURATED_NODES = perKind(
  'update-curated-nodes',
  (kind) => `UNWIND $rows AS row
MATCH (n:${CONCEPT_LABEL} {id: row.id}) WHERE NOT n:Entity
SET n = row.props
REMOVE n:${ALL_CURATED_LABELS}
SET n:${CURATED_KINDS[kind].label}`,
);

export const DELETE_CURATED_NODES = cypher(
  'delete-curated-nodes',
  `UNWIND $ids AS id MATCH (n:${CONCEPT_LABEL} {id: id}) WHERE NOT n:Entity DETACH DELETE n`,
);

/**
 * New curated statements, one statement per predicate: a type written in the
 * text (CURATED_PREDICATE_NAMES) creates faster than one named per row (a
 * dynamic type), about a quarter on the myoclonus slice.
 */
export const CREATE_ANNOTATIONS = perPredicate(
  'create-annotations',
  (predicate) => `UNWIND $rows AS row
MATCH (s:${CONCEPT_LABEL} {id: row.subject})
MATCH (o:${CONCEPT_LABEL} {id: row.object})
CREATE (s)-[r:${predicate}]->(o)
SET r = row.props`,
);

export const UPDATE_ANNOTATIONS = perPredicate(
  'update-annotations',
  (predicate) => `UNWIND $rows AS row
MATCH (:${CONCEPT_LABEL} {id: row.subject})-[r:${predicate} {id: row.id}]->()
SET r = row.props`,
);

export const DELETE_ANNOTATIONS = perPredicate(
  'delete-annotations',
  (predicate) => `UNWIND $rows AS row
MATCH (:${CONCEPT_LABEL} {id: row.subject})-[r:${predicate} {id: row.id}]->()
DELETE r`,
);
