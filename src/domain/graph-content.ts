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

export interface EntityContent {
  id: string;
  kind: EntityKindName;
  name: string;
  /** A proper name keeps its capital letter inside a generated sentence. */
  properName?: boolean | undefined;
  synonyms: string[];
  description: string;
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
