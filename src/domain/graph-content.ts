import type { BiolinkCategory } from './biolink';
import type { CuratedContent } from './curated';
import type {
  EntityKindName,
  Frequency,
  ModalityName,
  NameScope,
  PredicateName,
} from './vocabulary';

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

/**
 * What the graph says of medical advice where a source makes no statement of
 * its own (a journal article): quoted beside its facts like a source's own.
 */
export const GRAPH_DISCLAIMER =
  'General information drawn from published sources; it is not medical advice and does not replace a consultation with a doctor.';

/** A source of statements: a record each fact points to, never a string repeated on each edge. */
export interface SourceContent {
  id: string;
  /** The Biolink information-resource id (`infores:...`) of the knowledge source. */
  infores: string;
  /** What the source is: a web article, a journal article, a curated dataset (whose statements carry their own references). */
  kind: 'article' | 'journal-article' | 'dataset';
  title: string;
  publisher: string;
  author: string;
  lastModified: string;
  /** The release or date of the source that was read. */
  version: string;
  /** The source's terms of use, and how the graph uses it. */
  licence: string;
  /** How to cite the source, as one line. */
  citation: string;
  /** The source's own identifiers: `PMID:...`, `DOI:...`, a publisher's id. */
  identifiers: string[];
  /** The source's own statement about medical advice, where it makes one. */
  disclaimer?: string | undefined;
  review?: string | undefined;
}

/** A name of an entity, with how it relates to the entity (oboInOwl's scopes). */
export interface NameContent {
  text: string;
  scope: NameScope;
  /** An everyday word rather than a clinical term. */
  lay: boolean;
  /** A misspelling: found by search, never shown or exported as a name. */
  misspelling: boolean;
}

/** A name is shown and exported as "also called" only when it names exactly the same thing and is spelt right. */
export const isAlsoCalled = (name: NameContent) => name.scope === 'exact' && !name.misspelling;

/** An id that no longer names anything, and what took its place. */
export interface RetiredIdContent {
  id: string;
  kind: 'entity' | 'fact';
  /** The id that replaced it; null when nothing did. */
  replacedBy: string | null;
  /** The seed version that retired it. */
  since: string;
  reason: string;
}

/** How an ontology term matches an entity, as SKOS and SSSOM say it. */
export const MATCH_TYPES = ['exact', 'close', 'broad', 'narrow', 'related'] as const;
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
   * `exact`: a name of an exactly matching term (its exact names are found like
   * the entity's own synonyms); `close`: of a closely matching term, found by
   * search, never taken as an exact match.
   */
  match: 'exact' | 'close';
  /**
   * How the name relates to that term, as the ontology scopes its synonyms
   * (oboInOwl): the label and EXACT synonyms are `exact`; BROAD, NARROW and
   * RELATED synonyms keep theirs; the name of a term below it (is_a, or a code
   * nested under it) is `narrow`.
   */
  scope: NameScope;
}

/**
 * An ontology name's weight for search: 0 ranks as the entity's own name (an
 * exact term's exact names), 1 as a scoped name (its other names, a close
 * term's exact names), 2 is only searched (a close term's other names).
 */
export function ontologyNameRank(s: Pick<OntologySynonymContent, 'match' | 'scope'>): 0 | 1 | 2 {
  if (s.match === 'exact') return s.scope === 'exact' ? 0 : 1;
  return s.scope === 'exact' ? 1 : 2;
}

export interface EntityContent {
  id: string;
  kind: EntityKindName;
  /** The Biolink category; the kind's default (DEFAULT_CATEGORY) unless the seed says otherwise. */
  category: BiolinkCategory;
  name: string;
  /** A proper name keeps its capital letter inside a generated sentence. */
  properName?: boolean | undefined;
  /** Its other names, each with a scope; only exact ones are "also called". */
  names: NameContent[];
  description: string;
  /** Its terms in standard ontologies, checked against the ontologies' own files. */
  xrefs: XrefContent[];
  /** Why no term fits, or only a broader one, where that is so. */
  xrefNote?: string | undefined;
  /** Names from the ontologies: labels and exact synonyms of exactly or closely matching terms. */
  ontologySynonyms: OntologySynonymContent[];
  citation: CitationContent;
  /** The curated CURIEs this entity also is (the records its exact MONDO class merges); none without the curated layer. */
  curatedCuries?: string[] | undefined;
}

/** A figure the source gives: `value` `unit`, counted per `per` (1.3 cases per 100,000 people). */
interface FigureContent {
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
  /** What kind of claim the cited sentence makes (MODALITIES). */
  modality: ModalityName;
  /** The source's own words that carry the modality ("can be an indication of"). */
  cue: string;
  /** How often it holds, in the source's words; it opens the sentence. */
  frequency?: Frequency | undefined;
  qualifier?: string | undefined;
  /** The figure a FREQUENCY_IN fact states. */
  figure?: FigureContent | undefined;
  /** Where the source states it: one or more paragraphs of one source, the first the main one. */
  citations: CitationContent[];
  /** Where another source reads the same thing otherwise. */
  note?: string | undefined;
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
  /** Where another source reads the figure otherwise. */
  note?: string | undefined;
  /** Set only when one condition and population have several figures: it ends the figure's fact id. */
  measureKey?: string | undefined;
  citations: CitationContent[];
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
  /** Ids of earlier versions that no longer exist, each with what replaced it. */
  retired: RetiredIdContent[];
  /** The curated layer (HPO's annotations); absent where a graph has the article only. */
  curated?: CuratedContent | undefined;
}

/** Facts are identified by what they say, so the same statement always has the same id. */
export function factId(subject: string, predicate: string, object: string): string {
  return `${subject}--${predicate.toLowerCase()}--${object}`;
}
