import { BIOLINK_PREDICATES, MODALITIES, factStatement, isAlsoCalled } from '../../domain';
import type { FactRecord, RetiredIdRecord } from '../read/records';
import type { GraphSnapshot } from './graph-snapshot';
import {
  KG_INFORES,
  LOCAL_PREFIX,
  SCOPED_SYNONYM_COLUMN_OF,
  SCOPED_SYNONYM_SCOPES,
  SCOPED_SYNONYM_SEPARATOR,
  edgeId,
  knowledgeSourceVersion,
  nodeId,
  type KgxEdge,
  type KgxNode,
  type ScopedSynonymColumn,
  type ScopedSynonymScope,
  type SssomMapping,
} from './kgx-model';

/** The article's layer in KGX: its entities, facts, retired ids and ontology mappings. */

type SnapshotEntity = GraphSnapshot['entities'][number];

export function articleNode(entity: SnapshotEntity): KgxNode {
  const exactXrefs = entity.xrefs.filter((x) => x.match === 'exact').map((x) => x.id);
  return {
    id: nodeId(entity.id),
    category: [entity.category],
    name: entity.name,
    description: entity.description ?? '',
    // Only names of exactly the same thing are synonyms: the entity's exact names and an exact
    // term's exact synonyms (not the names of its narrower terms).
    synonym: [
      ...entity.names.filter(isAlsoCalled).map((n) => n.text),
      ...entity.ontologySynonyms
        .filter((s) => s.match === 'exact' && s.scope === 'exact')
        .map((s) => s.text),
    ],
    // An entity that is a curated node also names the records HPO annotates it under.
    xref: [...new Set([...exactXrefs, ...entity.curies])],
    provided_by: [KG_INFORES],
    kind: entity.kind,
    source_section: entity.citation.section,
    source_paragraph: entity.citation.paragraph,
    ...scopedNames(entity.names),
  };
}

/** The names of each scope other than exact, spelt right (a misspelling is never exported). */
function scopedNames(names: SnapshotEntity['names']): Pick<KgxNode, ScopedSynonymColumn> {
  const of = (scope: ScopedSynonymScope) =>
    names
      .filter((n) => n.scope === scope && !n.misspelling)
      .map((n) => n.text)
      .join(SCOPED_SYNONYM_SEPARATOR);
  return Object.fromEntries(
    SCOPED_SYNONYM_SCOPES.map((scope) => [SCOPED_SYNONYM_COLUMN_OF[scope], of(scope)]),
  ) as Record<ScopedSynonymColumn, string>;
}

/** A retired entity id as a deprecated node that names its replacement, as OBO keeps obsolete terms. */
export function retiredNode(
  retired: RetiredIdRecord,
  replacement: SnapshotEntity | undefined,
): KgxNode {
  return {
    id: nodeId(retired.id),
    category: [replacement?.category ?? 'biolink:NamedThing'],
    name: `obsolete ${retired.id}`,
    description: retired.reason,
    synonym: [],
    xref: [],
    provided_by: [KG_INFORES],
    kind: '',
    source_section: '',
    source_paragraph: '',
    deprecated: true,
    ...(retired.replacedBy ? { replaced_by: nodeId(retired.replacedBy) } : {}),
  };
}

/** A fact as an edge of the release of `seedVersion`. */
export function articleEdge(fact: FactRecord, seedVersion: string): KgxEdge {
  const source = fact.citation.source;
  return {
    id: edgeId(fact.id),
    category: [BIOLINK_PREDICATES[fact.predicate].association],
    subject: nodeId(fact.subject.id),
    predicate: BIOLINK_PREDICATES[fact.predicate].predicate,
    object: nodeId(fact.object.id),
    original_predicate: `${LOCAL_PREFIX}:${fact.predicate}`,
    primary_knowledge_source: source.infores,
    primary_knowledge_source_version: knowledgeSourceVersion(source, seedVersion),
    aggregator_knowledge_source: source.infores === KG_INFORES ? [] : [KG_INFORES],
    knowledge_level: MODALITIES[fact.modality].knowledgeLevel,
    agent_type: 'manual_agent',
    modality: fact.modality,
    modality_cue: fact.cue,
    frequency_text: fact.frequency ?? '',
    statement: factStatement(fact),
    qualifier_text: fact.qualifier ?? '',
    note: fact.note ?? '',
    publications: source.identifiers.filter((id) => /^(PMID|DOI):/.test(id)),
    // One place a citation: the n-th section goes with the n-th paragraph. Lists, as KGX's
    // TSV reads "Introduction|Who Is At Risk For Myoclonus?" and JSON Lines hold an array.
    source_section: fact.citations.map((c) => c.section),
    source_paragraph: fact.citations.map((c) => c.paragraph),
    ...(fact.figure
      ? {
          figure_value: fact.figure.value,
          figure_unit: fact.figure.unit,
          figure_per: fact.figure.per,
          figure_measure: fact.figure.measure,
        }
      : {}),
  };
}

const SKOS: Record<string, string> = {
  exact: 'skos:exactMatch',
  close: 'skos:closeMatch',
  broad: 'skos:broadMatch',
  narrow: 'skos:narrowMatch',
  related: 'skos:relatedMatch',
};

export function articleMappings(entity: SnapshotEntity): SssomMapping[] {
  return entity.xrefs.map((x) => ({
    subject_id: nodeId(entity.id),
    subject_label: entity.name,
    predicate_id: SKOS[x.match]!,
    object_id: x.id,
    object_label: x.label ?? '',
    // A UMLS or SNOMED CT id comes through an ontology's own mapping of a term we matched by hand.
    mapping_justification: x.via ? 'semapv:MappingChaining' : 'semapv:ManualMappingCuration',
    object_source_version: x.release,
  }));
}
