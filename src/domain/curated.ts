import type { NameScope } from './vocabulary';

/**
 * The vocabulary of the curated layer: HPO's disease–phenotype–gene
 * annotations. Its nodes and edges sit beside the article's entities and
 * facts; an article entity whose exact mapping is a curated id is that node
 * (it keeps the article's id, and the curated CURIE as a cross-reference).
 */

/** The kinds of curated node, each with its Neo4j label and Biolink category. */
export const CURATED_KINDS = {
  DISEASE: { label: 'Disease', category: 'biolink:Disease' },
  PHENOTYPE: { label: 'PhenotypicFeature', category: 'biolink:PhenotypicFeature' },
  GENE: { label: 'Gene', category: 'biolink:Gene' },
} as const;
export type CuratedKindName = keyof typeof CURATED_KINDS;
export const CURATED_KIND_NAMES = Object.keys(CURATED_KINDS) as CuratedKindName[];

/**
 * The CURIE prefixes of each curated kind's terms. A node that carries one
 * (an article entity whose exact term is an HP term, say) is a term of that
 * kind, whatever else it is: the article's own kind stays its `kind`.
 */
const CURATED_KIND_PREFIXES: Record<CuratedKindName, readonly string[]> = {
  DISEASE: ['MONDO', 'OMIM', 'ORPHA'],
  PHENOTYPE: ['HP'],
  GENE: ['NCBIGene'],
};

/** Every prefix of the curated layer's CURIEs, as the graph spells them. */
export const CURATED_PREFIXES: readonly string[] = Object.values(CURATED_KIND_PREFIXES).flat();

/** The CURIE prefixes, with their colon (`HP:`), of the curated kinds asked for. */
export const curatedCuriePrefixes = (kinds: readonly CuratedKindName[]): string[] =>
  kinds.flatMap((k) => CURATED_KIND_PREFIXES[k].map((p) => `${p}:`));

/** Whether a node with these CURIEs is a term of one of the curated kinds asked for. */
export const isOfCuratedKinds = (curies: readonly string[], kinds: readonly CuratedKindName[]) =>
  curatedCuriePrefixes(kinds).some((p) => curies.some((c) => c.startsWith(p)));

/** Every node of either layer carries this label; article entities carry `Entity` too. */
export const CONCEPT_LABEL = 'Concept';

/**
 * The curated predicates. Each is the Neo4j relationship type, read subject
 * to object, with the Biolink predicate and association class of its edges.
 */
export const CURATED_PREDICATES = {
  HAS_PHENOTYPE: {
    biolink: 'biolink:has_phenotype',
    association: 'biolink:DiseaseToPhenotypicFeatureAssociation',
    statement: '{S} has {o}',
    negatedStatement: '{S} does not have {o}',
  },
  HAS_MODE_OF_INHERITANCE: {
    biolink: 'biolink:has_mode_of_inheritance',
    association: 'biolink:DiseaseOrPhenotypicFeatureToGeneticInheritanceAssociation',
    statement: '{S} is inherited as {o}',
    negatedStatement: '{S} is not inherited as {o}',
  },
  GENE_ASSOCIATED_WITH_CONDITION: {
    biolink: 'biolink:gene_associated_with_condition',
    // HPO's gene files join a gene to a disease through the disease's annotations: an association, never a cause.
    association: 'biolink:CorrelatedGeneToDiseaseAssociation',
    statement: '{S} is associated with {o}',
    negatedStatement: '{S} is not associated with {o}',
  },
  SUBCLASS_OF: {
    biolink: 'biolink:subclass_of',
    association: 'biolink:Association',
    statement: '{S} is a kind of {o}',
    negatedStatement: '{S} is not a kind of {o}',
  },
} as const;
export type CuratedPredicateName = keyof typeof CURATED_PREDICATES;
export const CURATED_PREDICATE_NAMES = Object.keys(CURATED_PREDICATES) as CuratedPredicateName[];

/**
 * HPO's evidence codes and their Evidence and Conclusion Ontology classes, as
 * ECO's own files give them (seeds/curated/eco/evidence-codes.tsv: gaf-eco-mapping.txt's
 * default for IEA and TAS; PCS is the exact synonym HPO:PCS of ECO:0006017).
 * IEA is inferred by a program; PCS and TAS are curators' statements.
 */
export const EVIDENCE_CODES = {
  IEA: { eco: 'ECO:0000501', agentType: 'automated_agent', rank: 2 },
  PCS: { eco: 'ECO:0006017', agentType: 'manual_agent', rank: 0 },
  TAS: { eco: 'ECO:0000304', agentType: 'manual_agent', rank: 1 },
} as const;
type EvidenceCode = keyof typeof EVIDENCE_CODES;
export const EVIDENCE_CODE_NAMES = Object.keys(EVIDENCE_CODES) as EvidenceCode[];

/** A name a curated source gives a node, with its oboInOwl scope and, where the source says, its type. */
interface CuratedNameContent {
  text: string;
  scope: NameScope;
  /** HPO's synonym type, such as `layperson` or `abbreviation`. */
  type?: string | undefined;
}

/** A node of the curated layer that no article entity is (an article entity keeps its own record). */
export interface CuratedNodeContent {
  /** Its CURIE: MONDO:…, HP:…, NCBIGene:…, or an OMIM or ORPHA record with no exact MONDO class. */
  id: string;
  kind: CuratedKindName;
  /** Its Biolink category: its kind's, or (a mode of inheritance) biolink:GeneticInheritance. */
  category: string;
  /** As the source writes it: HPO's label, the MONDO label, HPO's disease name, the HGNC symbol. */
  name: string;
  /** The source's definition, verbatim; null where it gives none. */
  definition: string | null;
  names: CuratedNameContent[];
  /** Every CURIE that names it: its own id, and the OMIM and ORPHA records merged into it. */
  curies: string[];
  /** The source that states it (a source record's id). */
  source: string;
}

/** How often a phenotype is seen in a disease, as HPO writes it, with a value to order by. */
export interface AnnotationFrequencyContent {
  /** As HPO writes it: an HPO frequency term (HP:0040281), `n/m` or `n%`. */
  text: string;
  /** The HPO frequency term's label, where the text is one. */
  label: string | null;
  /** The share of cases, 0 to 1 (a term: the middle of the range its definition gives). */
  value: number | null;
}

/** One curated statement: one row of the source's file, with its evidence and references. */
export interface AnnotationContent {
  /** Stable: derived from the source, the record and what it says. */
  id: string;
  predicate: CuratedPredicateName;
  subject: string;
  object: string;
  /** The source record's id. */
  source: string;
  /**
   * The source says this is not so: never a positive edge. HPO says it with
   * NOT, or with a frequency that counts none of the patients (`0/9`, `0%`).
   */
  negated: boolean;
  /** Why it is negated: the source's NOT (`qualifier`) or a count of none (`frequency`); null when it is not. */
  negatedBy: 'qualifier' | 'frequency' | null;
  /**
   * The disease record the statement was made of (OMIM:254780, ORPHA:501):
   * Biolink's original_subject of a disease's annotation, original_object of
   * a gene's association.
   */
  record: string | null;
  evidence: EvidenceCode | null;
  /** As the source writes them: PMID:…, OMIM:…, ORPHA:…. */
  references: string[];
  frequency: AnnotationFrequencyContent | null;
  /** The onset term (HPO's), where given. */
  onset: string | null;
  sex: string | null;
  /** HPO modifier terms. */
  modifiers: string[];
  /** HPO's biocuration field: curators and dates, as written. */
  curation: string | null;
}

/** The curated layer as one load writes it. */
export interface CuratedContent {
  nodes: CuratedNodeContent[];
  annotations: AnnotationContent[];
  /** For each article entity that is a curated node: the curated CURIEs it now also carries. */
  mergedCuries: Record<string, string[]>;
}

/** The id of a curated statement: what it says, and the record it was made of. */
export function annotationId(
  a: Pick<AnnotationContent, 'subject' | 'predicate' | 'object' | 'record' | 'negated'>,
): string {
  const record = a.record ? `--${a.record}` : '';
  return `${a.subject}--${a.predicate.toLowerCase()}${a.negated ? '-not' : ''}--${a.object}${record}`;
}

/** A curated statement as one sentence, as strong as its source: "Lafora disease has Myoclonus". */
export function annotationStatement(
  a: Pick<AnnotationContent, 'predicate' | 'negated'>,
  subjectName: string,
  objectName: string,
): string {
  const rule = CURATED_PREDICATES[a.predicate];
  const template = a.negated ? rule.negatedStatement : rule.statement;
  return template.replace('{S}', subjectName).replace('{o}', objectName);
}
