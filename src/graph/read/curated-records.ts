import type { CuratedPredicateName } from '../../domain/curated';
import type { NameScope } from '../../domain';
import type { EntityRecord, SourceRecord } from './records';

/**
 * What the data layer hands to the doors of the curated layer: plain objects
 * mapped from Neo4j records.
 */

/** A name a curated source gives, verbatim. */
export interface CuratedNameRecord {
  text: string;
  scope: NameScope;
  type: string | null;
}

/** A node of either layer, as much of it as a curated answer needs. */
export interface ConceptRecord {
  id: string;
  /** The article's kind (CONDITION...) or the curated kind (DISEASE, PHENOTYPE, GENE). */
  kind: string;
  /** Whether the node is an article entity (it then has the article's fields too). */
  isArticleEntity: boolean;
  category: string;
  name: string;
  definition: string | null;
  /** Exact names: an article entity's "also called", a curated node's exact synonyms. */
  synonyms: string[];
  names: CuratedNameRecord[];
  curies: string[];
  /** The source that names a curated node; null for an article entity (its citation says). */
  source: SourceRecord | null;
}

/**
 * A node named at one end of a curated statement: enough to name it, type it
 * and credit it. A door that needs the rest reads the node whole by its id.
 */
export type ConceptSummaryRecord = Pick<
  ConceptRecord,
  'id' | 'kind' | 'isArticleEntity' | 'category' | 'name' | 'source'
>;

/** Whether a node's record is whole, not a statement end's summary. */
export const isWholeConcept = (node: ConceptSummaryRecord | ConceptRecord): node is ConceptRecord =>
  'curies' in node;

export interface AnnotationFrequencyRecord {
  text: string;
  label: string | null;
  value: number | null;
}

/** One curated statement with both its ends. */
export interface AnnotationRecord {
  id: string;
  predicate: CuratedPredicateName;
  subject: ConceptSummaryRecord;
  object: ConceptSummaryRecord;
  negated: boolean;
  /** Why it is negated: the source's NOT (`qualifier`) or a count of none (`frequency`). */
  negatedBy: 'qualifier' | 'frequency' | null;
  source: SourceRecord;
  record: string | null;
  evidence: string | null;
  evidenceEco: string | null;
  agentType: string;
  knowledgeLevel: string;
  references: string[];
  frequency: AnnotationFrequencyRecord | null;
  onset: string | null;
  sex: string | null;
  modifiers: string[];
  curation: string | null;
}

/** A page of statements in the order asked for, from `offset`. */
export interface AnnotationPage {
  items: AnnotationRecord[];
  offset: number;
  hasMore: boolean;
  total: number;
  /** The node they are about; null when no node has the id. */
  about: ConceptRecord | null;
}

/** What a field of type Concept resolves to: an article entity's record, or a curated node's. */
export type ConceptParent = EntityRecord | ConceptSummaryRecord;
