import type { BiolinkCategory } from './biolink';
import type { EntityKindName, PredicateName } from './vocabulary';

/**
 * The content of the knowledge graph as the seed files state it and the
 * loader writes it: plain values, each with its citation.
 */

/** Where a statement stands in its source. */
export interface CitationContent {
  source: string;
  section: string;
  paragraph: number;
}

export interface SourceContent {
  id: string;
  title: string;
  publisher: string;
  author: string;
  lastModified: string;
  disclaimer: string;
  review?: string | undefined;
}

/** How an ontology term matches an entity, as SKOS and SSSOM say it. */
export const MATCH_TYPES = ['exact', 'close', 'broad', 'narrow'] as const;
export type MatchType = (typeof MATCH_TYPES)[number];

/** An identifier of the entity (or of a broader, narrower or close term) in a standard ontology. */
export interface XrefContent {
  /** A CURIE: HP:0001336, MONDO:0007661, MESH:D009207, ICD10CM:G25.3, UMLS:C0027066, SNOMEDCT:17450006. */
  id: string;
  /** The ontology's own label for the term; null where only a mapping file names it (UMLS, SNOMED CT). */
  label: string | null;
  /** How the term matches: `broad` means the term is broader than the entity. */
  match: MatchType;
  /** The ontology release the identifier was checked against. */
  release: string;
  /** For a UMLS or SNOMED CT identifier, the term whose mapping gives it. */
  via: string | null;
}

/** A name an ontology gives the same thing (or nearly), with the term it comes from. */
export interface OntologySynonymContent {
  text: string;
  /** The CURIE of the matching term that has this name. */
  source: string;
  /**
   * `exact`: a name of an exactly matching term, found like the entity's own
   * synonyms; `close`: of a closely matching term, found by search only, never
   * taken as an exact match.
   */
  match: 'exact' | 'close';
}

export interface EntityContent {
  id: string;
  kind: EntityKindName;
  /** The Biolink category; the kind's default (DEFAULT_CATEGORY) unless the seed says otherwise. */
  category: BiolinkCategory;
  name: string;
  /** A proper name keeps its capital letter inside a generated sentence. */
  properName?: boolean | undefined;
  synonyms: string[];
  description: string;
  /** Its terms in standard ontologies, checked against the ontologies' own files. */
  xrefs: XrefContent[];
  /** Why no term fits, or only a broader one, where that is so. */
  xrefNote?: string | undefined;
  /** Names from the ontologies: labels and exact synonyms of exactly or closely matching terms. */
  ontologySynonyms: OntologySynonymContent[];
  citation: CitationContent;
}

/** A figure the source gives: `value` `unit`, counted per `per` (1.3 cases per 100,000 people). */
export interface FigureContent {
  value: number;
  unit: string;
  per: number;
  measure: string;
}

export interface FactContent {
  /** Derived from what the fact says (see factId). */
  id: string;
  subject: string;
  predicate: PredicateName;
  object: string;
  qualifier?: string | undefined;
  /** The figure a FREQUENCY_IN fact states. */
  figure?: FigureContent | undefined;
  citation: CitationContent;
}

export interface StatisticContent {
  id: string;
  condition: string;
  population: string;
  value: number;
  unit: string;
  per: number;
  measure: string;
  qualifier?: string | undefined;
  citation: CitationContent;
}

/** The whole graph: what one load writes. */
export interface GraphContent {
  version: string;
  /** sha256 of the canonical content: equal hashes mean equal graphs. */
  contentHash: string;
  sources: SourceContent[];
  entities: EntityContent[];
  facts: FactContent[];
  statistics: StatisticContent[];
}

/** Facts are identified by what they say, so the same statement always has the same id. */
export function factId(subject: string, predicate: string, object: string): string {
  return `${subject}--${predicate.toLowerCase()}--${object}`;
}
