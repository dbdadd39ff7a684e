/**
 * The records of a KGX release: nodes and edges, each a flat record of
 * Biolink slots (snake_case, as KGX writes the model's slot names) beside a
 * few columns of this graph's own (kind, modality, citation). Every slot
 * name here is one of Biolink Model 4.4.6's (seeds/ontologies/
 * biolink-model.json) unless its comment says it is ours.
 */

import { LOCAL_PREFIX, type NameScope } from '../../domain';

export { LOCAL_PREFIX };
export const LOCAL_PREFIX_IRI = 'https://w3id.org/myoclonus-kg/';
/**
 * The infores id of this knowledge graph, which aggregates what its sources
 * state, and is itself the primary knowledge source of what it curated from a
 * publication (the study's figures, read from its abstract).
 */
export const KG_INFORES = 'infores:myoclonus-kg';

/**
 * The release of a primary knowledge source that a release gives: a source's
 * own version, or the seed version for the graph's own curation, which is of
 * that version of the graph (not of the publication it was curated from).
 */
export const knowledgeSourceVersion = (
  source: { infores: string; version: string },
  seedVersion: string,
) => (source.infores === KG_INFORES ? seedVersion : source.version);

/**
 * Prefixes a release uses that the Biolink Model's prefix map lacks, with
 * their IRIs. HPO writes Orphanet's records `ORPHA:` (Biolink's map has no
 * Orphanet prefix); the IRI is ORDO's.
 */
export const LOCAL_CURIE_MAP: Record<string, string> = {
  [LOCAL_PREFIX]: LOCAL_PREFIX_IRI,
  ICD10CM: 'http://purl.bioontology.org/ontology/ICD10CM/',
  ORPHA: 'http://www.orpha.net/ORDO/Orphanet_',
};

/** A node's id in the release: an article entity's is `MYOKG:<id>`; a curated node's id is already a CURIE. */
export const nodeId = (id: string) => (id.includes(':') ? id : `${LOCAL_PREFIX}:${id}`);

/** An edge's id in the release: `MYOKG:<statement id>`, whichever layer states it (a curated id holds CURIEs). */
export const edgeId = (id: string) =>
  id.startsWith(`${LOCAL_PREFIX}:`) ? id : `${LOCAL_PREFIX}:${id}`;

/** A retired id in the release's form: an entity's as a node's id, a fact's as an edge's. */
export const retiredReleaseId = (kind: 'entity' | 'fact', id: string) =>
  kind === 'entity' ? nodeId(id) : edgeId(id);

/** The edge columns of ours that follow Biolink's slots in a release's edge table, in their order. */
export const OWN_EDGE_COLUMNS = [
  'curation',
  'statement',
  'modality',
  'modality_cue',
  'frequency_text',
  'qualifier_text',
  'note',
  'source_section',
  'source_paragraph',
  'figure_value',
  'figure_unit',
  'figure_per',
  'figure_measure',
] as const;

/** The columns of ours, beside Biolink's slots: every other property of a record is a Biolink slot. */
/**
 * Ours (oboInOwl's hasBroadSynonym, hasNarrowSynonym, hasRelatedSynonym): an
 * article entity's names of the other scopes, spelt right. They are not
 * `synonym`, which names exactly the same thing; search finds them, and a
 * release's changes list them, so a name moved from one scope to another shows.
 * Each is one text, its names joined by SCOPED_SYNONYM_SEPARATOR: KGX takes a
 * property Biolink does not define as single-valued, and `|` would make a list.
 * Not named broad_synonym and so on: kgx reads those as Biolink's, and then
 * refuses one value as much as a list.
 */
export const SCOPED_SYNONYM_SEPARATOR = '; ';
export type ScopedSynonymScope = Exclude<NameScope, 'exact'>;
/** Each scope other than exact, and its column. */
export const SCOPED_SYNONYM_COLUMN_OF = {
  broad: 'broad_names',
  narrow: 'narrow_names',
  related: 'related_names',
} as const satisfies Record<ScopedSynonymScope, string>;
export type ScopedSynonymColumn = (typeof SCOPED_SYNONYM_COLUMN_OF)[ScopedSynonymScope];
export const SCOPED_SYNONYM_SCOPES = Object.keys(SCOPED_SYNONYM_COLUMN_OF) as ScopedSynonymScope[];
export const SCOPED_SYNONYM_COLUMNS: readonly ScopedSynonymColumn[] =
  Object.values(SCOPED_SYNONYM_COLUMN_OF);

export const OWN_PROPERTIES = {
  node: ['kind', 'source_section', 'source_paragraph', 'replaced_by', ...SCOPED_SYNONYM_COLUMNS],
  edge: ['primary_knowledge_source_version', ...OWN_EDGE_COLUMNS],
} as const;

export interface KgxNode {
  id: string;
  category: string[];
  name: string;
  /** An article entity's description in our words; a curated node's definition, verbatim. */
  description: string;
  /** Names of exactly the same thing. */
  synonym: string[];
  /** Exact cross-references, and the records a curated disease merges. */
  xref: string[];
  provided_by: string[];
  /** Ours: the article's kind (CONDITION, CAUSE, ...) or the curated kind (DISEASE, PHENOTYPE, GENE); empty for a retired id. */
  kind: string;
  /** Ours: where the article describes the entity (article entities only). */
  source_section?: string;
  source_paragraph?: number | string;
  /** A retired id: kept, as an ontology keeps an obsolete term, and pointing to what replaced it. */
  deprecated?: boolean;
  /** Ours (OBO's term_replaced_by): what a retired id became. */
  replaced_by?: string;
  /** Ours: an article entity's names of other scopes (SCOPED_SYNONYM_COLUMNS). */
  broad_names?: string;
  narrow_names?: string;
  related_names?: string;
}

/** Slots every edge has, whichever layer states it. */
interface KgxEdgeCore {
  id: string;
  /** The Biolink association class. */
  category: string[];
  subject: string;
  predicate: string;
  object: string;
  /** Ours: our relationship type (MYOKG:CAUSES, MYOKG:HAS_PHENOTYPE), which the Biolink predicate stands for. */
  original_predicate: string;
  primary_knowledge_source: string;
  /** Ours: the release of the primary source the edge is of (Biolink has no slot for it on an edge). */
  primary_knowledge_source_version: string;
  aggregator_knowledge_source: string[];
  knowledge_level: string;
  agent_type: string;
  /** Ours: the edge as one sentence, as strong as its source. */
  statement: string;
  /** The source's identifiers (PMID, DOI), or the references HPO gives for its row, as HPO writes them. */
  publications: string[];
}

/** Slots of an edge of the article's layer. */
interface ArticleEdgeSlots {
  /** Ours: what kind of claim the cited sentence makes (CAUSATION, INDICATION, ...). */
  modality?: string;
  /** Ours: the source's words that carry it. */
  modality_cue?: string;
  /** Ours: how often it holds, in the source's words ("in rare cases"). */
  frequency_text?: string;
  qualifier_text?: string;
  /** Ours: where another source reads it otherwise. */
  note?: string;
  /**
   * Ours: the section of each citation, a list (["Introduction", "Who Is At Risk For Myoclonus?"];
   * "Introduction|Who Is At Risk For Myoclonus?" in the TSV, as KGX writes a list there).
   */
  source_section?: string[];
  /** Ours: the paragraph of each citation, side by side with source_section ([1, 2]; "1|2" in the TSV). */
  source_paragraph?: number[];
  /** Ours: a figure's value, unit, denominator and measure (FREQUENCY_IN edges only). */
  figure_value?: number;
  figure_unit?: string;
  figure_per?: number;
  figure_measure?: string;
}

/** Slots of an edge of the curated layer: Biolink's association slots for an HPO row. */
interface CuratedEdgeSlots {
  /** HPO's NOT: the source states the disease does not have it. */
  negated?: boolean;
  /** The OMIM or ORPHA record HPO annotated (a disease's statements). */
  original_subject?: string;
  /** The record a gene is associated with (HPO's gene files). */
  original_object?: string;
  /** The evidence code's ECO class. */
  has_evidence?: string[];
  /** An HPO frequency term (HP:0040281). */
  frequency_qualifier?: string;
  /** HPO's n/m: n cases of m. */
  has_count?: number;
  has_total?: number;
  /** HPO's n%. */
  has_percentage?: number;
  /** HPO's onset term. */
  onset_qualifier?: string;
  /** PATO's class for HPO's MALE or FEMALE. */
  sex_qualifier?: string;
  /** HPO's modifier terms. */
  clinical_modifier_qualifier?: string[];
  /** Ours: HPO's biocuration field (curators and dates), as written. */
  curation?: string;
}

export type KgxEdge = KgxEdgeCore & ArticleEdgeSlots & CuratedEdgeSlots;

/** One row of the SSSOM mapping table: an entity and an ontology term. */
export interface SssomMapping {
  subject_id: string;
  subject_label: string;
  predicate_id: string;
  object_id: string;
  object_label: string;
  mapping_justification: string;
  object_source_version: string;
}

export interface KgxGraph {
  nodes: KgxNode[];
  edges: KgxEdge[];
  mappings: SssomMapping[];
}
