import type {
  EntityKindName,
  Frequency,
  ModalityName,
  NameScope,
  PredicateName,
} from '../../domain';
import type { Page } from './paging';

/**
 * What the data layer hands to the resolvers: plain objects mapped from Neo4j
 * records. codegen maps the GraphQL types onto these (see codegen.ts).
 */

export interface SourceRecord {
  id: string;
  /** The Biolink information-resource id of the knowledge source. */
  infores: string;
  kind: 'article' | 'journal-article' | 'dataset';
  title: string;
  publisher: string;
  author: string;
  lastModified: string;
  version: string;
  licence: string;
  /** How to cite the source, as one line. */
  reference: string;
  identifiers: string[];
  /** The source's statement about medical advice, or the graph's own where the source makes none. */
  disclaimer: string;
  review: string | null;
}

/**
 * What an id a client typed names: an article entity (by its id, a CURIE it
 * matches exactly, or as a node of the curated layer that is also one), a
 * retired entity id with the entity that replaced it, a node of the curated
 * layer, or nothing.
 */
export type IdTargetRecord =
  | { names: 'entity'; id: string }
  | { names: 'retired'; id: string; replacedBy: string }
  | { names: 'node'; id: string }
  | { names: 'nothing' };

/** An id of an earlier version that names nothing now, with what replaced it. */
export interface RetiredIdRecord {
  id: string;
  kind: 'entity' | 'fact';
  replacedBy: string | null;
  since: string;
  reason: string;
}

/**
 * The entity id that replaced a retired id: only a retired entity id is
 * followed (the rule the reads' `entityReplacement` writes in Cypher).
 */
export const entityReplacementOf = (retired: RetiredIdRecord): string | null =>
  retired.kind === 'entity' ? retired.replacedBy : null;

/** A name of an entity with its scope (oboInOwl's exact, broad, narrow, related). */
export interface NameRecord {
  text: string;
  scope: NameScope;
  lay: boolean;
  misspelling: boolean;
}

export interface CitationRecord {
  source: SourceRecord;
  section: string;
  paragraph: number;
}

export interface XrefRecord {
  id: string;
  label: string | null;
  match: 'exact' | 'close' | 'broad' | 'narrow' | 'related';
  release: string;
  via: string | null;
}

export interface OntologySynonymRecord {
  text: string;
  source: string;
  match: 'exact' | 'close';
  /** How the name relates to that term (oboInOwl scope; a narrower term's name is `narrow`). */
  scope: NameScope;
}

export interface EntityRecord {
  id: string;
  kind: EntityKindName;
  /** The Biolink category, such as biolink:Disease. */
  category: string;
  name: string;
  properName: boolean;
  synonyms: string[];
  /** Every CURIE that finds it: its exact ontology terms and the curated records merged into it. */
  curies: string[];
  description: string | null;
  citation: CitationRecord;
}

/** What an entity carries beside its core fields, read when asked for. */
export interface EntityAnnotationsRecord {
  /** Every name, each with its scope; `synonyms` holds only the exact ones. */
  names: NameRecord[];
  ontologySynonyms: OntologySynonymRecord[];
  xrefs: XrefRecord[];
  xrefNote: string | null;
}

interface FigureRecord {
  value: number;
  unit: string;
  per: number;
  measure: string;
}

export interface FactRecord {
  id: string;
  predicate: PredicateName;
  subject: EntityRecord;
  object: EntityRecord;
  /** What kind of claim the cited sentence makes. */
  modality: ModalityName;
  /** The source's words that carry the modality. */
  cue: string;
  /** How often it holds, in the source's words. */
  frequency: Frequency | null;
  qualifier: string | null;
  /** Where another source reads the same thing otherwise. */
  note: string | null;
  /** The figure a FREQUENCY_IN fact states; null for every other fact. */
  figure: FigureRecord | null;
  /** The main citation: the first of `citations`. */
  citation: CitationRecord;
  /** Every paragraph that states it. */
  citations: CitationRecord[];
}

/** A related entity seen from the entity asked about, with the fact joining them. */
export interface LinkRecord {
  entity: EntityRecord;
  fact: FactRecord;
}

export interface CauseLinkRecord {
  cause: EntityRecord;
  condition: EntityRecord;
  group: EntityRecord | null;
  /** MEMBER_OF fact first for a group member, then the CAUSES fact. */
  facts: FactRecord[];
}

export interface StatisticRecord {
  id: string;
  value: number;
  unit: string;
  per: number;
  measure: string;
  qualifier: string | null;
  note: string | null;
  condition: EntityRecord;
  population: EntityRecord;
  citation: CitationRecord;
  citations: CitationRecord[];
}

/**
 * How a search hit matched what was typed: its name, one of its synonyms or
 * ontology names (the whole text, normalised), a name nearly the text (a
 * misspelling), or only some of its words.
 */
type SearchMatchType = 'exact_name' | 'synonym' | 'ontology_synonym' | 'fuzzy' | 'words';

export interface SearchMatchRecord {
  type: SearchMatchType;
  /** The name, synonym or ontology name that matched (the entity's name for a words match without one). */
  text: string;
  /** The scope of the name that matched (exact for the entity's own name); null for an ontology's name. */
  scope: NameScope | null;
}

export interface SearchHitRecord {
  entity: EntityRecord;
  score: number;
  match: SearchMatchRecord;
}

export interface PathRecord {
  entities: EntityRecord[];
  facts: FactRecord[];
}

/** A page of entities in id order (see paging.ts). */
export type EntityPage = Page<EntityRecord>;

export interface FactPage extends Page<FactRecord> {
  /**
   * The content hash of the graph the page was read from, in the same
   * transaction; null when the entity asked about does not exist.
   */
  contentHash: string | null;
}

/** Which graph is loaded: its content hash and seed version (null before any load) and its load state. */
export interface SeedStateRecord {
  contentHash: string | null;
  seedVersion: string | null;
  loadState: 'COMPLETE' | 'LOADING' | 'INCOMPLETE';
}

export interface GraphInfoRecord {
  seedVersion: string;
  contentHash: string;
  loadedAt: string;
  entityCount: number;
  factCount: number;
  /** Nodes of either layer, each real thing once (an article entity that is a curated term is one). */
  conceptCount: number;
  /** HPO's statements, negated ones included. */
  curatedStatementCount: number;
  loadState: 'COMPLETE' | 'LOADING' | 'INCOMPLETE';
}
