import { GraphQLResolveInfo } from 'graphql';
import { EntityRecord, FactRecord, CitationRecord, SourceRecord, StatisticRecord, XrefRecord, OntologySynonymRecord, LinkRecord, CauseLinkRecord, NameRecord, RetiredIdRecord, SearchHitRecord, PathRecord } from '../graph/read/records';
import { ConceptParent, ConceptSummaryRecord, CuratedNameRecord, AnnotationRecord, AnnotationFrequencyRecord } from '../graph/read/curated-records';
import { RequestContext } from '../schema/context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/**
 * One statement of a curated source, as the source states it: one row of HPO's
 * annotation file, with its record, evidence, references and qualifiers.
 */
export type Annotation = {
  __typename?: 'Annotation';
  /** Biolink's agent type: `manual_agent` for PCS and TAS, `automated_agent` for IEA. */
  agentType: Scalars['String']['output'];
  /** The relationship as a Biolink predicate, such as `biolink:has_phenotype`. */
  biolinkPredicate: Scalars['String']['output'];
  /** Who curated it and when, as the source writes it (`HPO:probinson[2021-06-21]`). */
  curation?: Maybe<Scalars['String']['output']>;
  /** The source's evidence code: `PCS` (published clinical study), `TAS` (traceable author statement) or `IEA` (inferred electronically). */
  evidence?: Maybe<Scalars['String']['output']>;
  /** The evidence as an Evidence and Conclusion Ontology class, such as `ECO:0000304`. */
  evidenceEco?: Maybe<Scalars['String']['output']>;
  /** How often the feature is seen in the disease, where the source says. */
  frequency?: Maybe<AnnotationFrequency>;
  /** Stable id: subject, predicate, object and the record. */
  id: Scalars['ID']['output'];
  /** Biolink's knowledge level: `knowledge_assertion`. */
  knowledgeLevel: Scalars['String']['output'];
  /** HPO clinical modifier terms, where given. */
  modifiers: Array<Scalars['String']['output']>;
  /** True where the source states that it is not so: HPO's NOT, or a frequency that counts none of the patients studied (`0/9`, `0%`). The disease does not have the feature. Never a positive statement. */
  negated: Scalars['Boolean']['output'];
  /** Why a negated statement is one: `qualifier` (the source's NOT) or `frequency` (a count of none, kept as the source writes it); null when it is not negated. */
  negatedBy?: Maybe<Scalars['String']['output']>;
  /** The object (a phenotype, a mode of inheritance, a disease, a broader term). */
  object: Concept;
  /** The age of onset, as an HPO onset term (`HP:0003581`), where given. */
  onset?: Maybe<Scalars['String']['output']>;
  /** The relationship. */
  predicate: CuratedPredicate;
  /** The disease record the statement was made of (`OMIM:254780`, `ORPHA:501`): Biolink's original subject (original object for a gene's). */
  record?: Maybe<Scalars['String']['output']>;
  /** The references, as the source writes them (`PMID:…`, `OMIM:…`, `ORPHA:…`). */
  references: Array<Scalars['String']['output']>;
  /** The sex the statement is limited to (`MALE`, `FEMALE`), where given. */
  sex?: Maybe<Scalars['String']['output']>;
  /** The source that states it (its `primary_knowledge_source` is `source.infores`), with its version. */
  source: Source;
  /** The statement as one sentence, as strong as its source, naming the frequency, the source and the record. */
  statement: Scalars['String']['output'];
  /** The subject (a disease, a gene, a narrower term). */
  subject: Concept;
};

/** A page of curated statements. */
export type AnnotationConnection = {
  __typename?: 'AnnotationConnection';
  /** The statements of this page. */
  edges: Array<AnnotationEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** How many statements in all. */
  totalCount: Scalars['Int']['output'];
};

/** One statement of a page. */
export type AnnotationEdge = {
  __typename?: 'AnnotationEdge';
  /** Pass as `after` for the statements that follow. */
  cursor: Scalars['String']['output'];
  /** The statement. */
  node: Annotation;
};

/** How often a feature is seen in a disease, as the source writes it. */
export type AnnotationFrequency = {
  __typename?: 'AnnotationFrequency';
  /** The HPO frequency term's label (`Very frequent`), where the text is one. */
  label?: Maybe<Scalars['String']['output']>;
  /** As written: an HPO frequency term (`HP:0040281`), `n/m` patients, or a percentage. */
  text: Scalars['String']['output'];
  /** The share of cases, 0 to 1; for an HPO frequency term, the middle of the range its definition gives. Null where unknown. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** Who may keep a cached answer. */
export type CacheControlScope =
  /** Only the client's own cache. */
  | 'PRIVATE'
  /** Any cache, a CDN's among them. */
  | 'PUBLIC';

/** Something that underlies a condition. */
export type Cause = Concept & Entity & {
  __typename?: 'Cause';
  /** The curated source's statements in which this entity is the subject or the object (HPO's annotations, where it is an HPO term or a MONDO disease): most frequent first. Its article facts are in `facts`. */
  annotations: AnnotationConnection;
  /** The entity's category in the Biolink Model, such as `biolink:Disease` or `biolink:PhenotypicFeature`. */
  biolinkCategory: Scalars['String']['output'];
  /** The conditions that are due to this cause (CAUSES); with `viaGroups`, also those due to a group it belongs to. */
  causes: Array<ConditionLink>;
  /** Where the source introduces it. */
  citation: Citation;
  /** Every CURIE that finds this node: its exact ontology terms and, where it is also a curated node, the curated records merged into it. */
  curies: Array<Scalars['String']['output']>;
  /** One line about what it is. */
  description?: Maybe<Scalars['String']['output']>;
  /** Every fact about this cause, optionally limited to some predicates. */
  facts: Array<Fact>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The conditions that can be a sign of this problem (MAY_INDICATE). */
  indicatedBy: Array<ConditionLink>;
  /** Always CAUSE. */
  kind: EntityKind;
  /** The grouping causes this one belongs to. */
  memberOf: Array<CauseGroupLink>;
  /** The causes grouped under this one. */
  members: Array<CauseGroupLink>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Every other name people use for it, each with its scope (EXACT, BROAD, NARROW, RELATED) and whether it is a lay word or a misspelling. Search finds them all; an exact one ranks above the others. */
  names: Array<Name>;
  /** Names the ontologies give it: labels and exact synonyms of its exactly and closely matching terms, each with the term it comes from and how that term matches. `search` finds them all; `condition(name)` and the exact-name ranking take only the exact ones. */
  ontologySynonyms: Array<OntologySynonym>;
  /** What it is also called: names that mean exactly the same thing. */
  synonyms: Array<Scalars['String']['output']>;
  /** Why no ontology term fits this entity exactly, or only a broader or narrower one, where that is so. */
  xrefNote?: Maybe<Scalars['String']['output']>;
  /** Its terms in standard ontologies: HPO, MONDO, MeSH and ICD-10-CM, checked against each ontology's own file, and the UMLS and SNOMED CT identifiers their mapping files give for an exact match. Exact matches first. */
  xrefs: Array<Xref>;
};


/** Something that underlies a condition. */
export type CauseAnnotationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeNegated?: InputMaybe<Scalars['Boolean']['input']>;
  predicates?: InputMaybe<Array<CuratedPredicate>>;
  sources?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/** Something that underlies a condition. */
export type CauseCausesArgs = {
  viaGroups?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Something that underlies a condition. */
export type CauseFactsArgs = {
  predicates?: InputMaybe<Array<Predicate>>;
};

/** A link between a grouping cause and one of its members, with the MEMBER_OF fact. */
export type CauseGroupLink = {
  __typename?: 'CauseGroupLink';
  /** The cause at the other end: the member, or the group. */
  cause: Cause;
  /** Where the source states the fact. */
  citation: Citation;
  /** The MEMBER_OF fact. */
  fact: Fact;
  /** A qualifier on the fact. */
  qualifier?: Maybe<Scalars['String']['output']>;
};

/** A link to a Cause, with the fact that supports it. */
export type CauseLink = {
  __typename?: 'CauseLink';
  /** The cause. */
  cause: Cause;
  /** Where the source states the fact (for a group member: where it names the member). */
  citation: Citation;
  /** The condition this cause underlies directly: the one asked about, or one of its subtypes. */
  condition: Condition;
  /** The facts that support the link, in order: the MEMBER_OF fact first for a group member, then the CAUSES fact. */
  facts: Array<Fact>;
  /** When the cause was reached as a member of a grouping cause (one that MEMBER_OF facts name as their group), that group. */
  group?: Maybe<Cause>;
  /** A qualifier on the fact, such as `in rare cases`. */
  qualifier?: Maybe<Scalars['String']['output']>;
};

/** Where in a source a fact or entity stands. */
export type Citation = {
  __typename?: 'Citation';
  /** The source's disclaimer, repeated here so a client can quote it next to the fact. */
  disclaimer: Scalars['String']['output'];
  /** The paragraph within that section, counting from 1. */
  paragraph: Scalars['Int']['output'];
  /**
   * The heading of the section that states the fact. The paragraph under the
   * article's title, before its first heading, is in the section "Introduction";
   * the closing paragraph, which has no heading of its own, counts as the last
   * paragraph of the section before it. Every (section, paragraph) pair falls
   * inside the source's outline (seeds/outline.yaml).
   */
  section: Scalars['String']['output'];
  /** The source. */
  source: Source;
};

/**
 * Any node of the graph, from either layer: an entity of the article (a
 * condition, cause, risk factor...), or a disease, phenotype or gene that a
 * curated source (HPO's annotations) names. An article entity whose exact
 * ontology term is a curated id is one node: it keeps the article's id and
 * carries the curated CURIE in `curies`.
 */
export type Concept = {
  /**
   * The curated source's statements in which this node is the subject or the
   * object: most frequent first (statements without a frequency last), then by
   * id. The article's facts are in `Entity.facts`.
   */
  annotations: AnnotationConnection;
  /** Its Biolink category, such as `biolink:Disease`, `biolink:PhenotypicFeature`, `biolink:Gene`. */
  biolinkCategory: Scalars['String']['output'];
  /** Every CURIE that finds this node: its exact ontology terms and the curated records merged into it (`OMIM:254770`, `ORPHA:307`). */
  curies: Array<Scalars['String']['output']>;
  /** Its id: an article entity's own (`myoclonus`), or a curated node's CURIE (`MONDO:0009697`, `HP:0001250`, `NCBIGene:2138`). */
  id: Scalars['ID']['output'];
  /** Its name: the article's, or as the curated source writes it (HPO's label, MONDO's label, the HGNC symbol). */
  name: Scalars['String']['output'];
};


/**
 * Any node of the graph, from either layer: an entity of the article (a
 * condition, cause, risk factor...), or a disease, phenotype or gene that a
 * curated source (HPO's annotations) names. An article entity whose exact
 * ontology term is a curated id is one node: it keeps the article's id and
 * carries the curated CURIE in `curies`.
 */
export type ConceptAnnotationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeNegated?: InputMaybe<Scalars['Boolean']['input']>;
  predicates?: InputMaybe<Array<CuratedPredicate>>;
  sources?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** A node of either layer that matches what was typed, with how well. */
export type ConceptHit = {
  __typename?: 'ConceptHit';
  /** The node: an article entity or a curated disease, phenotype or gene. */
  concept: Concept;
  /** The full-text score; 100 or more when the text is the node's name or one of its exact synonyms. */
  score: Scalars['Float']['output'];
};

/** A medical condition: myoclonus, its forms and examples, and the disorders that can be mistaken for it. */
export type Condition = Concept & Entity & {
  __typename?: 'Condition';
  /** Advice the source gives for it that is not a therapy (ADVISED_FOR): see a doctor, no treatment needed. */
  advice: Array<TreatmentLink>;
  /** The curated source's statements in which this entity is the subject or the object (HPO's annotations, where it is an HPO term or a MONDO disease): most frequent first. Its article facts are in `facts`. */
  annotations: AnnotationConnection;
  /** The entity's category in the Biolink Model, such as `biolink:Disease` or `biolink:PhenotypicFeature`. */
  biolinkCategory: Scalars['String']['output'];
  /** Where the source introduces it. */
  citation: Citation;
  /** Every CURIE that finds this node: its exact ontology terms and, where it is also a curated node, the curated records merged into it. */
  curies: Array<Scalars['String']['output']>;
  /** One line about what it is. */
  description?: Maybe<Scalars['String']['output']>;
  /** The conditions this one is an everyday example of. */
  exampleOf: Array<ConditionLink>;
  /** Everyday examples of this condition (hiccups for physiological myoclonus). */
  examples: Array<ConditionLink>;
  /** Every fact about this condition, optionally limited to some predicates. */
  facts: Array<Fact>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Always CONDITION. */
  kind: EntityKind;
  /** Conditions that look alike, found from either end: for myoclonus, the disorders that can be mistaken for it; for such a disorder, myoclonus. */
  lookAlikes: Array<ConditionLink>;
  /** The underlying problems this condition can be a sign of (MAY_INDICATE), with how often the source says so (`fact.frequency`, such as `in rare cases`). */
  mayIndicate: Array<EntityLink>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Every other name people use for it, each with its scope (EXACT, BROAD, NARROW, RELATED) and whether it is a lay word or a misspelling. Search finds them all; an exact one ranks above the others. */
  names: Array<Name>;
  /** Names the ontologies give it: labels and exact synonyms of its exactly and closely matching terms, each with the term it comes from and how that term matches. `search` finds them all; `condition(name)` and the exact-name ranking take only the exact ones. */
  ontologySynonyms: Array<OntologySynonym>;
  /** The groups of people it affects or puts at risk. */
  populations: Array<PopulationLink>;
  /** What this condition is more likely or more common with: associations, not causes. */
  riskFactors: Array<RiskFactorLink>;
  /** The figures the source gives for it. */
  statistics: Array<Statistic>;
  /** The conditions this one is a form of. */
  subtypeOf: Array<ConditionLink>;
  /** The forms of this condition (by mechanism and by form). */
  subtypes: Array<ConditionLink>;
  /** How it shows itself, and what it does over time. */
  symptoms: Array<SymptomLink>;
  /** What it is also called: names that mean exactly the same thing. */
  synonyms: Array<Scalars['String']['output']>;
  /** Therapies the source advises for it, or names as an option (TREATS). */
  treatments: Array<TreatmentLink>;
  /** What this condition is due to, where the source states causation (CAUSES facts only: "due to", "as a result of"). What only makes it more likely is in `riskFactors`; what it can be a sign of, in `mayIndicate`. */
  underlyingCauses: Array<CauseLink>;
  /** Why no ontology term fits this entity exactly, or only a broader or narrower one, where that is so. */
  xrefNote?: Maybe<Scalars['String']['output']>;
  /** Its terms in standard ontologies: HPO, MONDO, MeSH and ICD-10-CM, checked against each ontology's own file, and the UMLS and SNOMED CT identifiers their mapping files give for an exact match. Exact matches first. */
  xrefs: Array<Xref>;
};


/** A medical condition: myoclonus, its forms and examples, and the disorders that can be mistaken for it. */
export type ConditionAnnotationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeNegated?: InputMaybe<Scalars['Boolean']['input']>;
  predicates?: InputMaybe<Array<CuratedPredicate>>;
  sources?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/** A medical condition: myoclonus, its forms and examples, and the disorders that can be mistaken for it. */
export type ConditionFactsArgs = {
  predicates?: InputMaybe<Array<Predicate>>;
};


/** A medical condition: myoclonus, its forms and examples, and the disorders that can be mistaken for it. */
export type ConditionUnderlyingCausesArgs = {
  includeGroupMembers?: InputMaybe<Scalars['Boolean']['input']>;
  includeSubtypes?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A link from one entity to a Condition, with the fact that supports it. */
export type ConditionLink = {
  __typename?: 'ConditionLink';
  /** Where the source states the fact. */
  citation: Citation;
  /** The linked condition. */
  condition: Condition;
  /** The fact itself, with its sentence. */
  fact: Fact;
  /** A qualifier on the fact, such as `by form` or `in rare cases`. */
  qualifier?: Maybe<Scalars['String']['output']>;
};

/** A name a curated source gives a node, verbatim, with its scope. */
export type CuratedName = {
  __typename?: 'CuratedName';
  /** How it relates to the node (oboInOwl): EXACT, BROAD, NARROW or RELATED. */
  scope: NameScope;
  /** The name as the source writes it. */
  text: Scalars['String']['output'];
  /** The source's type of synonym, such as `layperson` or `abbreviation`; null where it gives none. */
  type?: Maybe<Scalars['String']['output']>;
};

/** The relationships of the curated layer, each with its Biolink predicate in `Annotation.biolinkPredicate`. */
export type CuratedPredicate =
  /** A gene is associated with a disease (`biolink:gene_associated_with_condition`): HPO's gene files state an association, not a cause. */
  | 'GENE_ASSOCIATED_WITH_CONDITION'
  /** A disease is inherited in this mode (`biolink:has_mode_of_inheritance`). */
  | 'HAS_MODE_OF_INHERITANCE'
  /** A disease has a phenotypic feature (`biolink:has_phenotype`). */
  | 'HAS_PHENOTYPE'
  /** One phenotype term is a kind of another, in HPO's hierarchy (`biolink:subclass_of`). */
  | 'SUBCLASS_OF';

/** A disease as a curated source names it: one node per MONDO class, its OMIM and Orphanet records merged (or one record's CURIE where MONDO has no exact class). */
export type Disease = Concept & {
  __typename?: 'Disease';
  /** Its curated statements: phenotypes, mode of inheritance, genes. */
  annotations: AnnotationConnection;
  /** Always `biolink:Disease`. */
  biolinkCategory: Scalars['String']['output'];
  /** Its MONDO id and every OMIM and ORPHA record merged into it. */
  curies: Array<Scalars['String']['output']>;
  /** The genes the curated source associates with it (an association, not a cause), by symbol. */
  genes: Array<Gene>;
  /** Its MONDO id, or the record's CURIE where no MONDO class matches it exactly. */
  id: Scalars['ID']['output'];
  /** MONDO's label, or HPO's name of the record. */
  name: Scalars['String']['output'];
  /** The source that names it, with its version. */
  source: Source;
  /** HPO's names of its records, as HPO writes them ("Epilepsy, progressive myoclonic 2A"). */
  synonyms: Array<Scalars['String']['output']>;
};


/** A disease as a curated source names it: one node per MONDO class, its OMIM and Orphanet records merged (or one record's CURIE where MONDO has no exact class). */
export type DiseaseAnnotationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeNegated?: InputMaybe<Scalars['Boolean']['input']>;
  predicates?: InputMaybe<Array<CuratedPredicate>>;
  sources?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** A page of diseases. */
export type DiseaseConnection = {
  __typename?: 'DiseaseConnection';
  /** The diseases of this page. */
  edges: Array<DiseaseEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** How many diseases in all. */
  totalCount: Scalars['Int']['output'];
};

/** One disease of a page. */
export type DiseaseEdge = {
  __typename?: 'DiseaseEdge';
  /** Pass as `after` for the diseases that follow. */
  cursor: Scalars['String']['output'];
  /** The disease (an article entity where the article names it). */
  node: Concept;
};

/** Anything the graph knows about: a condition, cause, risk factor, treatment, population or symptom. */
export type Entity = {
  /** The curated source's statements in which this entity is the subject or the object (HPO's annotations, where it is an HPO term or a MONDO disease): most frequent first. Its article facts are in `facts`. */
  annotations: AnnotationConnection;
  /** The entity's category in the Biolink Model, such as `biolink:Disease` or `biolink:PhenotypicFeature`. */
  biolinkCategory: Scalars['String']['output'];
  /** Where the source introduces this entity. */
  citation: Citation;
  /** Every CURIE that finds this node: its exact ontology terms and, where it is also a curated node, the curated records merged into it. */
  curies: Array<Scalars['String']['output']>;
  /** One line about what it is, drawn from the source. */
  description?: Maybe<Scalars['String']['output']>;
  /** Every fact in which this entity is the subject or the object, optionally limited to some predicates. */
  facts: Array<Fact>;
  /** Stable identifier, such as `secondary-myoclonus`; safe to store. */
  id: Scalars['ID']['output'];
  /** What kind of entity this is; the GraphQL type has the same name in PascalCase. */
  kind: EntityKind;
  /** Display name in sentence case. */
  name: Scalars['String']['output'];
  /** Every other name people use for it, each with its scope (EXACT, BROAD, NARROW, RELATED) and whether it is a lay word or a misspelling. Search finds them all; an exact one ranks above the others. */
  names: Array<Name>;
  /** Names the ontologies give it: labels and exact synonyms of its exactly and closely matching terms, each with the term it comes from and how that term matches. `search` finds them all; `condition(name)` and the exact-name ranking take only the exact ones. */
  ontologySynonyms: Array<OntologySynonym>;
  /** What it is also called: its names that mean exactly the same thing ("hiccup", "singultus"). Broader, narrower, related and misspelt names are in `names`. */
  synonyms: Array<Scalars['String']['output']>;
  /** Why no ontology term fits this entity exactly, or only a broader or narrower one, where that is so. */
  xrefNote?: Maybe<Scalars['String']['output']>;
  /** Its terms in standard ontologies: HPO, MONDO, MeSH and ICD-10-CM, checked against each ontology's own file, and the UMLS and SNOMED CT identifiers their mapping files give for an exact match. Exact matches first. */
  xrefs: Array<Xref>;
};


/** Anything the graph knows about: a condition, cause, risk factor, treatment, population or symptom. */
export type EntityAnnotationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeNegated?: InputMaybe<Scalars['Boolean']['input']>;
  predicates?: InputMaybe<Array<CuratedPredicate>>;
  sources?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/** Anything the graph knows about: a condition, cause, risk factor, treatment, population or symptom. */
export type EntityFactsArgs = {
  predicates?: InputMaybe<Array<Predicate>>;
};

/** A page of entities. */
export type EntityConnection = {
  __typename?: 'EntityConnection';
  /** The entities of this page with their cursors. */
  edges: Array<EntityEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of entities across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An entity with its cursor. */
export type EntityEdge = {
  __typename?: 'EntityEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The entity. */
  node: Entity;
};

/**
 * The kind of an entity in the graph. Each kind is also a GraphQL type that
 * implements `Entity`, so `... on Condition { underlyingCauses { ... } }` works
 * on any entity whose kind is CONDITION.
 */
export type EntityKind =
  /** A medical problem the source names as underlying a condition: the condition is due to it (epileptic myoclonus to epilepsy), or can be a sign of it (myoclonus, in rare cases, of Parkinson disease). */
  | 'CAUSE'
  /** A medical condition: myoclonus, one of its forms or everyday examples, or a disorder that looks like it. */
  | 'CONDITION'
  /** A group of people affected by or at risk of a condition, such as infants or people with epilepsy. */
  | 'POPULATION'
  /** Something with which a condition is more likely or more common, such as kidney failure or a head injury: an association, not a cause. A risk factor may group others (neurological conditions). */
  | 'RISK_FACTOR'
  /** How a condition shows itself, or what it does to a person over time. */
  | 'SYMPTOM'
  /** A treatment or management step, including the advice that no treatment is needed or that a doctor should be seen. */
  | 'TREATMENT';

/** A link to an entity of any kind, with the fact that supports it. */
export type EntityLink = {
  __typename?: 'EntityLink';
  /** Where the source states the fact. */
  citation: Citation;
  /** The linked entity. */
  entity: Entity;
  /** The fact itself, with its modality and sentence. */
  fact: Fact;
  /** A qualifier on the fact. */
  qualifier?: Maybe<Scalars['String']['output']>;
};

/** One statement of the graph: subject, predicate, object, with its citation. */
export type Fact = {
  __typename?: 'Fact';
  /** The relationship as a Biolink Model predicate, such as `biolink:causes` (the mapping is in the README). */
  biolinkPredicate: Scalars['String']['output'];
  /** Where the source states it (the first of `citations`). */
  citation: Citation;
  /** Every paragraph that states it, all of one source. */
  citations: Array<Citation>;
  /** The source's own words that carry the modality, such as `can be an indication of`. */
  cue: Scalars['String']['output'];
  /** The figure a FREQUENCY_IN fact states (the same figure as the condition's `statistics`); null for every other fact. */
  figure?: Maybe<Figure>;
  /** How often it holds, in the source's words (`in most cases`, `often`, `in rare cases`); the statement opens with it. */
  frequency?: Maybe<Scalars['String']['output']>;
  /** Stable identifier derived from subject, predicate and object. */
  id: Scalars['ID']['output'];
  /** The Biolink knowledge level of the statement: `knowledge_assertion`, or `observation` for what the source reports seeing and for figures. */
  knowledgeLevel: Scalars['String']['output'];
  /** What kind of claim the cited sentence makes: a fact is a CAUSATION only where the source states one. */
  modality: Modality;
  /** Where another source reads the same thing otherwise, such as the study behind a figure. */
  note?: Maybe<Scalars['String']['output']>;
  /** The entity at the head of the arrow. */
  object: Entity;
  /** The relationship. */
  predicate: Predicate;
  /** Context of the fact in our words, such as `same risk as females`. */
  qualifier?: Maybe<Scalars['String']['output']>;
  /** The fact as one plain sentence, as strong as its source, ready to quote: "In rare cases, myoclonus can be a sign of underlying head injury." */
  statement: Scalars['String']['output'];
  /** The entity the fact is about (the tail of the arrow). */
  subject: Entity;
};

/** A page of facts. */
export type FactConnection = {
  __typename?: 'FactConnection';
  /** The facts of this page with their cursors. */
  edges: Array<FactEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of facts across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A fact with its cursor. */
export type FactEdge = {
  __typename?: 'FactEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The fact. */
  node: Fact;
};

/** A figure as the source gives it: `value` `unit`, such as 1.3 cases per 100,000 people. */
export type Figure = {
  __typename?: 'Figure';
  /** What kind of figure it is: `cases`. */
  measure: Scalars['String']['output'];
  /** The denominator the unit names: 100000. */
  per: Scalars['Int']['output'];
  /** What is counted, per how many: `cases per 100,000 people`. */
  unit: Scalars['String']['output'];
  /** The number the source gives (about). */
  value: Scalars['Float']['output'];
};

/** A gene as HPO's gene files name it. */
export type Gene = Concept & {
  __typename?: 'Gene';
  /** Its curated statements: the diseases it is associated with. */
  annotations: AnnotationConnection;
  /** Always `biolink:Gene`. */
  biolinkCategory: Scalars['String']['output'];
  /** Its NCBI Gene id. */
  curies: Array<Scalars['String']['output']>;
  /** Its NCBI Gene id, such as `NCBIGene:2138`. */
  id: Scalars['ID']['output'];
  /** Its HGNC symbol, as HPO's gene file gives it. */
  name: Scalars['String']['output'];
  /** The source that names it, with its version. */
  source: Source;
  /** Its HGNC symbol. */
  symbol: Scalars['String']['output'];
};


/** A gene as HPO's gene files name it. */
export type GeneAnnotationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeNegated?: InputMaybe<Scalars['Boolean']['input']>;
  predicates?: InputMaybe<Array<CuratedPredicate>>;
  sources?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** The loaded seed data. */
export type GraphInfo = {
  __typename?: 'GraphInfo';
  /** Number of nodes of both layers, each real thing once: the article's entities and HPO's diseases, phenotypic features and genes (an entity that is an HPO term is one node). */
  conceptCount: Scalars['Int']['output'];
  /** sha256 of the seed content: equal hashes mean equal graphs. */
  contentHash: Scalars['String']['output'];
  /** Number of the curated layer's statements (HPO's annotations, gene associations and its terms' subclass links), negated ones included. */
  curatedStatementCount: Scalars['Int']['output'];
  /** Number of the article's entities (the first layer). */
  entityCount: Scalars['Int']['output'];
  /** Number of the first layer's facts (the article's and the study's). */
  factCount: Scalars['Int']['output'];
  /** Whether the graph is whole: a large seed load commits in batches, and the graph fills up while it runs. */
  loadState: LoadState;
  /** When the current content was loaded, ISO 8601. */
  loadedAt: Scalars['String']['output'];
  /** Version of the seed files. */
  seedVersion: Scalars['String']['output'];
};

/** Where the graph stands with respect to its seed load. */
export type LoadState =
  /** The last load finished: the graph is the seed content named by contentHash. */
  | 'COMPLETE'
  /** A batched load stopped before it finished: the graph holds part of the new content until the next load completes it. */
  | 'INCOMPLETE'
  /** A load is writing in committed batches: part of the new content is there. */
  | 'LOADING';

/** How an ontology term matches an entity, as SKOS and SSSOM say it (skos:exactMatch, skos:closeMatch, skos:broadMatch, skos:narrowMatch). */
export type MatchType =
  /** The term is broader than the entity: the entity is a kind of it. */
  | 'BROAD'
  /** The term means nearly the same thing; the two may be used in each other's place with care. */
  | 'CLOSE'
  /** The term means the same thing. */
  | 'EXACT'
  /** The term is narrower than the entity: it is a kind of the entity. */
  | 'NARROW'
  /** The term is related to the entity but neither the same, broader nor narrower (skos:relatedMatch): HPO's recurrent singultus for hiccups. */
  | 'RELATED';

/**
 * What kind of claim a fact is, as its cited sentence makes it. A fact is a
 * causation only when its sentence states one (\"due to\", \"as a result of\");
 * \"can be an indication of\" is an indication and \"more common in people
 * who\" an increased likelihood, never a cause. `Fact.cue` gives the source's
 * own words.
 */
export type Modality =
  /** The source says the subject brings the object about (CAUSES). */
  | 'CAUSATION'
  /** The source names the subject as a form, kind or example of the object. */
  | 'CLASSIFICATION'
  /** The source describes how the condition shows itself. */
  | 'DESCRIPTION'
  /** The source gives a figure (Biolink knowledge level: observation). */
  | 'FIGURE'
  /** The source says the condition is more common, or more likely, with the subject: an association, not a cause. */
  | 'INCREASED_LIKELIHOOD'
  /** The source says the subject can be a sign of the object, an underlying problem; not that the problem causes it (MAY_INDICATE). */
  | 'INDICATION'
  /** The source reports in whom the condition is seen (Biolink knowledge level: observation). */
  | 'OCCURRENCE'
  /** The source advises this for the condition, or names it as an option; it does not report that it works. */
  | 'RECOMMENDATION'
  /** The source says the two can be confused. */
  | 'RESEMBLANCE';

/** A name of an entity, with how it relates to the entity. */
export type Name = {
  __typename?: 'Name';
  /** An everyday word rather than a clinical term. */
  lay: Scalars['Boolean']['output'];
  /** A misspelling people type: search finds it; it is never shown or exported as a name. */
  misspelling: Scalars['Boolean']['output'];
  /** How it relates to the entity: only EXACT names are "also called". */
  scope: NameScope;
  /** The name as people write it. */
  text: Scalars['String']['output'];
};

/**
 * How a name relates to the entity it names, with oboInOwl's synonym scopes
 * (as HPO and MONDO use them).
 */
export type NameScope =
  /** The name is of something broader ("twitching" for myoclonus): found by search, ranked below exact names. */
  | 'BROAD'
  /** The name means exactly the entity: shown as "also called" and exported as a synonym (unless misspelt). */
  | 'EXACT'
  /** The name is of something narrower: found by search, ranked below exact names. */
  | 'NARROW'
  /** The name is related but not a name of the entity: found by search, ranked below exact names. */
  | 'RELATED';

/** A name an ontology gives the same thing, or nearly the same. */
export type OntologySynonym = {
  __typename?: 'OntologySynonym';
  /** EXACT: a name of an exactly matching term, found like the entity's own synonyms (search, condition(name)); CLOSE: of a closely matching term, found by search but never taken as an exact match. */
  match: MatchType;
  /** How the name relates to that term, as the ontology scopes its synonyms (oboInOwl): EXACT for its label and exact synonyms; BROAD, NARROW and RELATED as the ontology gives them; NARROW for the name of a term below it. */
  scope: NameScope;
  /** The CURIE of the term that gives it. */
  source: Scalars['ID']['output'];
  /** The name, as the ontology writes it. */
  text: Scalars['String']['output'];
};

/** Information about a page in a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge of this page; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when another page follows. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A chain of facts from one entity to another. */
export type Path = {
  __typename?: 'Path';
  /** The entities along the chain, from the start to the end. */
  entities: Array<Entity>;
  /** The facts joining them, in order; each keeps its own direction. */
  facts: Array<Fact>;
  /** Number of facts in the chain. */
  length: Scalars['Int']['output'];
};

/** A phenotypic feature, or a mode of inheritance, as HPO defines it: label, definition and synonyms verbatim. */
export type PhenotypicFeature = Concept & {
  __typename?: 'PhenotypicFeature';
  /** Its curated statements: the diseases that have it, its place in HPO's hierarchy (SUBCLASS_OF). */
  annotations: AnnotationConnection;
  /** `biolink:PhenotypicFeature`, or `biolink:GeneticInheritance` for a mode of inheritance. */
  biolinkCategory: Scalars['String']['output'];
  /** Its HP id. */
  curies: Array<Scalars['String']['output']>;
  /** HPO's definition, verbatim; null where HPO gives none. */
  definition?: Maybe<Scalars['String']['output']>;
  /** Its HP id. */
  id: Scalars['ID']['output'];
  /** HPO's label. */
  name: Scalars['String']['output'];
  /** HPO's synonyms, verbatim, each with its scope and, where HPO gives one, its type (`layperson`, `abbreviation`...). */
  names: Array<CuratedName>;
  /** The source that names it, with its version. */
  source: Source;
};


/** A phenotypic feature, or a mode of inheritance, as HPO defines it: label, definition and synonyms verbatim. */
export type PhenotypicFeatureAnnotationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeNegated?: InputMaybe<Scalars['Boolean']['input']>;
  predicates?: InputMaybe<Array<CuratedPredicate>>;
  sources?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** A group of people affected by or at risk of a condition. */
export type Population = Concept & Entity & {
  __typename?: 'Population';
  /** The conditions that affect this group. */
  affectedBy: Array<ConditionLink>;
  /** The curated source's statements in which this entity is the subject or the object (HPO's annotations, where it is an HPO term or a MONDO disease): most frequent first. Its article facts are in `facts`. */
  annotations: AnnotationConnection;
  /** The entity's category in the Biolink Model, such as `biolink:Disease` or `biolink:PhenotypicFeature`. */
  biolinkCategory: Scalars['String']['output'];
  /** Where the source introduces it. */
  citation: Citation;
  /** Every CURIE that finds this node: its exact ontology terms and, where it is also a curated node, the curated records merged into it. */
  curies: Array<Scalars['String']['output']>;
  /** One line about who they are. */
  description?: Maybe<Scalars['String']['output']>;
  /** Every fact about this population, optionally limited to some predicates. */
  facts: Array<Fact>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Always POPULATION. */
  kind: EntityKind;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Every other name people use for it, each with its scope (EXACT, BROAD, NARROW, RELATED) and whether it is a lay word or a misspelling. Search finds them all; an exact one ranks above the others. */
  names: Array<Name>;
  /** Names the ontologies give it: labels and exact synonyms of its exactly and closely matching terms, each with the term it comes from and how that term matches. `search` finds them all; `condition(name)` and the exact-name ranking take only the exact ones. */
  ontologySynonyms: Array<OntologySynonym>;
  /** What it is also called: names that mean exactly the same thing. */
  synonyms: Array<Scalars['String']['output']>;
  /** Why no ontology term fits this entity exactly, or only a broader or narrower one, where that is so. */
  xrefNote?: Maybe<Scalars['String']['output']>;
  /** Its terms in standard ontologies: HPO, MONDO, MeSH and ICD-10-CM, checked against each ontology's own file, and the UMLS and SNOMED CT identifiers their mapping files give for an exact match. Exact matches first. */
  xrefs: Array<Xref>;
};


/** A group of people affected by or at risk of a condition. */
export type PopulationAnnotationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeNegated?: InputMaybe<Scalars['Boolean']['input']>;
  predicates?: InputMaybe<Array<CuratedPredicate>>;
  sources?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/** A group of people affected by or at risk of a condition. */
export type PopulationFactsArgs = {
  predicates?: InputMaybe<Array<Predicate>>;
};

/** A link to a Population, with the fact that supports it. */
export type PopulationLink = {
  __typename?: 'PopulationLink';
  /** Where the source states the fact. */
  citation: Citation;
  /** The fact itself. */
  fact: Fact;
  /** The group of people. */
  population: Population;
  /** How the group is affected, such as `after feeding or during sleep`. */
  qualifier?: Maybe<Scalars['String']['output']>;
};

/**
 * The closed set of relationships between entities. A fact always reads from
 * its subject to its object: `head-injury CAUSES secondary-myoclonus`.
 */
export type Predicate =
  /** The source gives this advice for a Condition, which is not a therapy: see a doctor, or no treatment is needed. No Biolink predicate states advice; a release exports it as related_to_at_instance_level. */
  | 'ADVISED_FOR'
  /** A Condition occurs in a Population (Biolink: occurs_in); where the source says it is more common there, the fact's modality is INCREASED_LIKELIHOOD. */
  | 'AFFECTS'
  /** A Condition is due to a Cause (subject: the cause). Only where the cited sentence states causation ("due to", "as a result of"); its Biolink predicate is causes. */
  | 'CAUSES'
  /** A Condition is an everyday example of another Condition (subject: the example). */
  | 'EXAMPLE_OF'
  /** A Condition occurs at a figure the source gives (Fact.figure) among a Population; made from the condition's statistics, so that facts carry the figures too. */
  | 'FREQUENCY_IN'
  /** A Condition shows itself as a Symptom. */
  | 'HAS_SYMPTOM'
  /** A Condition can be a sign of an underlying problem, a Cause or a RiskFactor (subject: the condition). The source says it can be, often only in rare cases (Fact.frequency); it does not say the problem causes it. Biolink: correlated_with. */
  | 'MAY_INDICATE'
  /** An entity belongs to a grouping entity of its own kind (subject: the member, object: the group). */
  | 'MEMBER_OF'
  /** The subject, a Condition, can be mistaken for the object, another Condition (the article names disorders that can be mistaken for myoclonus). Looking alike goes both ways: its Biolink predicate is the symmetric similar_to. */
  | 'MISTAKEN_FOR'
  /** A Condition is more likely, or more common, with a RiskFactor (subject: the risk factor): an association, not a cause. Biolink: associated_with_increased_likelihood_of. */
  | 'RISK_FACTOR_FOR'
  /** A Condition is a form of another Condition (subject: the subtype). */
  | 'SUBTYPE_OF'
  /** A Treatment is applied to a Condition, as the source advises or names as an option (Biolink: applied_to_treat): not a claim that it works. */
  | 'TREATS';

/**
 * Read-only access to the myoclonus knowledge graph. Every answer is drawn from
 * one cited source; quote `Citation.disclaimer` with anything shown to a person.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * The node with this id or CURIE, of either layer: an article id, a MONDO,
   * OMIM, ORPHA, HP or NCBIGene CURIE, or any exact ontology term of an article
   * entity; a retired article id finds the node that replaced it. Null when
   * nothing carries it.
   */
  concept?: Maybe<Concept>;
  /**
   * The nodes these ids or CURIEs name, each found as `concept` finds it, in
   * the order asked: null where nothing carries one, and an id named twice
   * answered twice. One request for the many nodes a client already knows the
   * ids of, such as a shared view.
   */
  concepts: Array<Maybe<Concept>>;
  /** The condition with this name or synonym, compared without regard to case; null when none matches. */
  condition?: Maybe<Condition>;
  /**
   * Diseases whose name, or the name the curated source gives one of their
   * records, starts with one of these texts (without regard to case), in id
   * order: `["Epilepsy, progressive myoclonic", "Progressive myoclonic epilepsy"]`.
   */
  diseasesNamed: DiseaseConnection;
  /**
   * The curated statements that a disease has this phenotype, or (by default)
   * any narrower term of it in HPO's hierarchy: most frequent first, each with
   * its record, evidence and references. Negated statements are left out.
   */
  diseasesWithPhenotype: AnnotationConnection;
  /**
   * The diseases that have every one of these phenotypes (each, or by default
   * any narrower term of it), by a positive curated statement; in id order. An
   * article entity that is an HPO term joins the two layers: `kidney-failure` is
   * HP:0000083.
   */
  diseasesWithPhenotypes: DiseaseConnection;
  /** All entities, optionally of one kind, in id order, a page at a time. */
  entities: EntityConnection;
  /**
   * The entity with this id, or null when there is none. A CURIE of a standard
   * ontology (`HP:0001336`, `MONDO:0007661`, `MESH:D009207`, `ICD10CM:G25.3`,
   * `UMLS:C0027066`) finds the entity it matches exactly, and a curated record
   * merged into an entity (`ORPHA:399`) finds that entity. An id that an earlier
   * seed version retired finds the entity that replaced it (its `id` is then the
   * new one; `retiredId` says why), as an ontology follows an obsolete term's
   * replacement.
   */
  entity?: Maybe<Entity>;
  /**
   * Facts, in id order, a page at a time. With `about`, the facts within `depth`
   * hops of that entity; without it, every fact in the graph. An `about` that
   * names no node is refused (BAD_USER_INPUT), never answered with no facts; a
   * node of the curated layer only, which no fact of the article names, has none.
   */
  facts: FactConnection;
  /** What data the graph holds: the seed version and content hash. */
  graphInfo: GraphInfo;
  /** The shortest chain of facts joining two entities, followed in either direction; null when none is within `maxHops`. */
  path?: Maybe<Path>;
  /**
   * What became of an entity or fact id that an earlier seed version had and
   * this one does not: the id that replaced it, since when, and why. Null for an
   * id that exists, or never did.
   */
  retiredId?: Maybe<RetiredId>;
  /**
   * Entities whose name, synonyms (the ontologies' names among them) or
   * description match what a person typed, best first. Tolerates misspellings.
   * A phrase that names nothing in the graph gives no hits, or hits with a low
   * score: see `SearchHit.score` for where to draw the line.
   */
  search: Array<SearchHit>;
  /**
   * Nodes of both layers whose name or synonyms match what was typed, best
   * first: a disease by the name HPO gives any of its records ("EPILEPSY,
   * PROGRESSIVE MYOCLONIC, 2A" or "Lafora disease"), an HPO term by its label or
   * synonyms. `search` stays the way into the article's entities by people's
   * words; this one reaches the curated names too.
   */
  searchConcepts: Array<ConceptHit>;
  /** Every source the graph's statements come from, each with its infores id, version, licence and how to cite it. */
  sources: Array<Source>;
};


/**
 * Read-only access to the myoclonus knowledge graph. Every answer is drawn from
 * one cited source; quote `Citation.disclaimer` with anything shown to a person.
 */
export type QueryConceptArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Read-only access to the myoclonus knowledge graph. Every answer is drawn from
 * one cited source; quote `Citation.disclaimer` with anything shown to a person.
 */
export type QueryConceptsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/**
 * Read-only access to the myoclonus knowledge graph. Every answer is drawn from
 * one cited source; quote `Citation.disclaimer` with anything shown to a person.
 */
export type QueryConditionArgs = {
  name: Scalars['String']['input'];
};


/**
 * Read-only access to the myoclonus knowledge graph. Every answer is drawn from
 * one cited source; quote `Citation.disclaimer` with anything shown to a person.
 */
export type QueryDiseasesNamedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  startingWith: Array<Scalars['String']['input']>;
};


/**
 * Read-only access to the myoclonus knowledge graph. Every answer is drawn from
 * one cited source; quote `Citation.disclaimer` with anything shown to a person.
 */
export type QueryDiseasesWithPhenotypeArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeNarrower?: InputMaybe<Scalars['Boolean']['input']>;
  phenotype: Scalars['ID']['input'];
  sources?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/**
 * Read-only access to the myoclonus knowledge graph. Every answer is drawn from
 * one cited source; quote `Citation.disclaimer` with anything shown to a person.
 */
export type QueryDiseasesWithPhenotypesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeNarrower?: InputMaybe<Scalars['Boolean']['input']>;
  phenotypes: Array<Scalars['ID']['input']>;
};


/**
 * Read-only access to the myoclonus knowledge graph. Every answer is drawn from
 * one cited source; quote `Citation.disclaimer` with anything shown to a person.
 */
export type QueryEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<EntityKind>;
};


/**
 * Read-only access to the myoclonus knowledge graph. Every answer is drawn from
 * one cited source; quote `Citation.disclaimer` with anything shown to a person.
 */
export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Read-only access to the myoclonus knowledge graph. Every answer is drawn from
 * one cited source; quote `Citation.disclaimer` with anything shown to a person.
 */
export type QueryFactsArgs = {
  about?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  predicates?: InputMaybe<Array<Predicate>>;
};


/**
 * Read-only access to the myoclonus knowledge graph. Every answer is drawn from
 * one cited source; quote `Citation.disclaimer` with anything shown to a person.
 */
export type QueryPathArgs = {
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


/**
 * Read-only access to the myoclonus knowledge graph. Every answer is drawn from
 * one cited source; quote `Citation.disclaimer` with anything shown to a person.
 */
export type QueryRetiredIdArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Read-only access to the myoclonus knowledge graph. Every answer is drawn from
 * one cited source; quote `Citation.disclaimer` with anything shown to a person.
 */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  text: Scalars['String']['input'];
};


/**
 * Read-only access to the myoclonus knowledge graph. Every answer is drawn from
 * one cited source; quote `Citation.disclaimer` with anything shown to a person.
 */
export type QuerySearchConceptsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};

/** An id of an earlier seed version that names nothing now, as an ontology keeps an obsolete term. */
export type RetiredId = {
  __typename?: 'RetiredId';
  /** The retired id. */
  id: Scalars['ID']['output'];
  /** Whether it named an entity or a fact. */
  kind: RetiredIdKind;
  /** Why it was retired. */
  reason: Scalars['String']['output'];
  /** The id that replaced it; null when nothing did (see `reason`). */
  replacedBy?: Maybe<Scalars['ID']['output']>;
  /** For an entity id, the entity that replaced it. */
  replacement?: Maybe<Entity>;
  /** The seed version that retired it. */
  since: Scalars['String']['output'];
};

/** Whether a retired id named an entity or a fact. */
export type RetiredIdKind =
  /** An entity id. */
  | 'ENTITY'
  /** A fact id. */
  | 'FACT';

/** Something that makes a condition more likely. */
export type RiskFactor = Concept & Entity & {
  __typename?: 'RiskFactor';
  /** The curated source's statements in which this entity is the subject or the object (HPO's annotations, where it is an HPO term or a MONDO disease): most frequent first. Its article facts are in `facts`. */
  annotations: AnnotationConnection;
  /** The entity's category in the Biolink Model, such as `biolink:Disease` or `biolink:PhenotypicFeature`. */
  biolinkCategory: Scalars['String']['output'];
  /** Where the source introduces it. */
  citation: Citation;
  /** Every CURIE that finds this node: its exact ontology terms and, where it is also a curated node, the curated records merged into it. */
  curies: Array<Scalars['String']['output']>;
  /** One line about what it is. */
  description?: Maybe<Scalars['String']['output']>;
  /** Every fact about this risk factor, optionally limited to some predicates. */
  facts: Array<Fact>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The conditions that can be a sign of it (MAY_INDICATE). */
  indicatedBy: Array<ConditionLink>;
  /** Always RISK_FACTOR. */
  kind: EntityKind;
  /** The grouping risk factors this one belongs to. */
  memberOf: Array<EntityLink>;
  /** The risk factors grouped under this one (stroke under neurological conditions). */
  members: Array<EntityLink>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Every other name people use for it, each with its scope (EXACT, BROAD, NARROW, RELATED) and whether it is a lay word or a misspelling. Search finds them all; an exact one ranks above the others. */
  names: Array<Name>;
  /** Names the ontologies give it: labels and exact synonyms of its exactly and closely matching terms, each with the term it comes from and how that term matches. `search` finds them all; `condition(name)` and the exact-name ranking take only the exact ones. */
  ontologySynonyms: Array<OntologySynonym>;
  /** The conditions that are more likely, or more common, with it. */
  riskFor: Array<ConditionLink>;
  /** What it is also called: names that mean exactly the same thing. */
  synonyms: Array<Scalars['String']['output']>;
  /** Why no ontology term fits this entity exactly, or only a broader or narrower one, where that is so. */
  xrefNote?: Maybe<Scalars['String']['output']>;
  /** Its terms in standard ontologies: HPO, MONDO, MeSH and ICD-10-CM, checked against each ontology's own file, and the UMLS and SNOMED CT identifiers their mapping files give for an exact match. Exact matches first. */
  xrefs: Array<Xref>;
};


/** Something that makes a condition more likely. */
export type RiskFactorAnnotationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeNegated?: InputMaybe<Scalars['Boolean']['input']>;
  predicates?: InputMaybe<Array<CuratedPredicate>>;
  sources?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/** Something that makes a condition more likely. */
export type RiskFactorFactsArgs = {
  predicates?: InputMaybe<Array<Predicate>>;
};

/** A link to a RiskFactor, with the fact that supports it. */
export type RiskFactorLink = {
  __typename?: 'RiskFactorLink';
  /** Where the source states the fact. */
  citation: Citation;
  /** The fact itself. */
  fact: Fact;
  /** A qualifier on the fact. */
  qualifier?: Maybe<Scalars['String']['output']>;
  /** The risk factor. */
  riskFactor: RiskFactor;
};

/** A search result. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The matching entity. */
  entity: Entity;
  /**
   * Relevance, higher is better. 100 or more: the text is the entity's name or
   * one of its exact synonyms. From about 45 to 100: a name nearly the text (a
   * misspelling: 60 times how alike the two are, 0.75 to 1, plus the index's
   * score), or one of its broad, narrow or related names (50 plus the index's
   * score). Below that, the full-text index's score (words of the text in its
   * names or description) plus smaller bonuses: up to 35 for a broad, narrow,
   * related or ontology name nearly the text; else up to 30 for a name the text
   * holds or the text's telling words in its names, 10 for a cause the text
   * names, 10 for the kind of entity it asks for, less 5 for a group of people
   * it does not ask about.
   * Phrases that name nothing in the graph scored under 10 when measured, so a
   * client that wants only real matches can drop hits under 10.
   */
  score: Scalars['Float']['output'];
};

/** The published work a fact is drawn from: a record that every citation points to. */
export type Source = {
  __typename?: 'Source';
  /** Who wrote, edited or reviewed it, as the source names them. */
  author: Scalars['String']['output'];
  /** The source's own statement about medical advice, or the graph's where the source makes none; quote it with any answer drawn from the graph. */
  disclaimer: Scalars['String']['output'];
  /** Stable identifier of the source. */
  id: Scalars['ID']['output'];
  /** Its identifiers, such as `PMID:...` or `DOI:...`. */
  identifiers: Array<Scalars['String']['output']>;
  /** Its Biolink information-resource id, the `primary_knowledge_source` of its facts in a release, such as `infores:epainassist-myoclonus-risk`. */
  infores: Scalars['String']['output'];
  /** What it is: `article` (a web article), `journal-article`, or `dataset` (a curated source, such as HPO's annotations, whose statements carry their own references). */
  kind: Scalars['String']['output'];
  /** The date the source says it was last changed (a journal article: published), as ISO 8601 to the precision the source gives: YYYY-MM-DD, YYYY-MM or YYYY. */
  lastModified: Scalars['String']['output'];
  /** The source's terms, and how the graph uses it. */
  licence: Scalars['String']['output'];
  /** Who published it. */
  publisher: Scalars['String']['output'];
  /** How to cite it, as one line. */
  reference: Scalars['String']['output'];
  /** What the source says about its review, if anything. */
  review?: Maybe<Scalars['String']['output']>;
  /** Title of the work. */
  title: Scalars['String']['output'];
  /** The release or date of the source that was read. */
  version: Scalars['String']['output'];
};

/** A figure the source gives for a condition, stored as a number with its unit and population. */
export type Statistic = {
  __typename?: 'Statistic';
  /** Where the source gives the figure. */
  citation: Citation;
  /** Every paragraph that gives it. */
  citations: Array<Citation>;
  /** The condition the figure is about. */
  condition: Condition;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** What is measured, in the source's terms. */
  measure: Scalars['String']['output'];
  /** Where another source reads the figure otherwise: the study behind the article's figures. */
  note?: Maybe<Scalars['String']['output']>;
  /** The size of the reference group the value is given per, such as 100000. */
  per: Scalars['Int']['output'];
  /** The population the figure is measured in. */
  population: Population;
  /** The scope of the figure, such as `persistent or serious forms`. */
  qualifier?: Maybe<Scalars['String']['output']>;
  /** What the number counts, such as `cases per 100,000 people`. */
  unit: Scalars['String']['output'];
  /** The number, such as 1.3. */
  value: Scalars['Float']['output'];
};

/** How a condition shows itself. */
export type Symptom = Concept & Entity & {
  __typename?: 'Symptom';
  /** The curated source's statements in which this entity is the subject or the object (HPO's annotations, where it is an HPO term or a MONDO disease): most frequent first. Its article facts are in `facts`. */
  annotations: AnnotationConnection;
  /** The entity's category in the Biolink Model, such as `biolink:Disease` or `biolink:PhenotypicFeature`. */
  biolinkCategory: Scalars['String']['output'];
  /** Where the source introduces it. */
  citation: Citation;
  /** Every CURIE that finds this node: its exact ontology terms and, where it is also a curated node, the curated records merged into it. */
  curies: Array<Scalars['String']['output']>;
  /** One line about what it is. */
  description?: Maybe<Scalars['String']['output']>;
  /** Every fact about this symptom, optionally limited to some predicates. */
  facts: Array<Fact>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Always SYMPTOM. */
  kind: EntityKind;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Every other name people use for it, each with its scope (EXACT, BROAD, NARROW, RELATED) and whether it is a lay word or a misspelling. Search finds them all; an exact one ranks above the others. */
  names: Array<Name>;
  /** Names the ontologies give it: labels and exact synonyms of its exactly and closely matching terms, each with the term it comes from and how that term matches. `search` finds them all; `condition(name)` and the exact-name ranking take only the exact ones. */
  ontologySynonyms: Array<OntologySynonym>;
  /** The conditions that show this symptom. */
  symptomOf: Array<ConditionLink>;
  /** What it is also called: names that mean exactly the same thing. */
  synonyms: Array<Scalars['String']['output']>;
  /** Why no ontology term fits this entity exactly, or only a broader or narrower one, where that is so. */
  xrefNote?: Maybe<Scalars['String']['output']>;
  /** Its terms in standard ontologies: HPO, MONDO, MeSH and ICD-10-CM, checked against each ontology's own file, and the UMLS and SNOMED CT identifiers their mapping files give for an exact match. Exact matches first. */
  xrefs: Array<Xref>;
};


/** How a condition shows itself. */
export type SymptomAnnotationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeNegated?: InputMaybe<Scalars['Boolean']['input']>;
  predicates?: InputMaybe<Array<CuratedPredicate>>;
  sources?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/** How a condition shows itself. */
export type SymptomFactsArgs = {
  predicates?: InputMaybe<Array<Predicate>>;
};

/** A link to a Symptom, with the fact that supports it. */
export type SymptomLink = {
  __typename?: 'SymptomLink';
  /** Where the source states the fact. */
  citation: Citation;
  /** The fact itself. */
  fact: Fact;
  /** A qualifier on the fact. */
  qualifier?: Maybe<Scalars['String']['output']>;
  /** The symptom. */
  symptom: Symptom;
};

/** A treatment or management step. */
export type Treatment = Concept & Entity & {
  __typename?: 'Treatment';
  /** The conditions for which the source gives it as advice (ADVISED_FOR). */
  advisedFor: Array<ConditionLink>;
  /** The curated source's statements in which this entity is the subject or the object (HPO's annotations, where it is an HPO term or a MONDO disease): most frequent first. Its article facts are in `facts`. */
  annotations: AnnotationConnection;
  /** The entity's category in the Biolink Model, such as `biolink:Disease` or `biolink:PhenotypicFeature`. */
  biolinkCategory: Scalars['String']['output'];
  /** Where the source introduces it. */
  citation: Citation;
  /** Every CURIE that finds this node: its exact ontology terms and, where it is also a curated node, the curated records merged into it. */
  curies: Array<Scalars['String']['output']>;
  /** One line about what it is. */
  description?: Maybe<Scalars['String']['output']>;
  /** Every fact about this treatment, optionally limited to some predicates. */
  facts: Array<Fact>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Always TREATMENT. */
  kind: EntityKind;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Every other name people use for it, each with its scope (EXACT, BROAD, NARROW, RELATED) and whether it is a lay word or a misspelling. Search finds them all; an exact one ranks above the others. */
  names: Array<Name>;
  /** Names the ontologies give it: labels and exact synonyms of its exactly and closely matching terms, each with the term it comes from and how that term matches. `search` finds them all; `condition(name)` and the exact-name ranking take only the exact ones. */
  ontologySynonyms: Array<OntologySynonym>;
  /** What it is also called: names that mean exactly the same thing. */
  synonyms: Array<Scalars['String']['output']>;
  /** The conditions it is applied to (TREATS), with when it applies. */
  treats: Array<ConditionLink>;
  /** Why no ontology term fits this entity exactly, or only a broader or narrower one, where that is so. */
  xrefNote?: Maybe<Scalars['String']['output']>;
  /** Its terms in standard ontologies: HPO, MONDO, MeSH and ICD-10-CM, checked against each ontology's own file, and the UMLS and SNOMED CT identifiers their mapping files give for an exact match. Exact matches first. */
  xrefs: Array<Xref>;
};


/** A treatment or management step. */
export type TreatmentAnnotationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeNegated?: InputMaybe<Scalars['Boolean']['input']>;
  predicates?: InputMaybe<Array<CuratedPredicate>>;
  sources?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/** A treatment or management step. */
export type TreatmentFactsArgs = {
  predicates?: InputMaybe<Array<Predicate>>;
};

/** A link to a Treatment, with the fact that supports it. */
export type TreatmentLink = {
  __typename?: 'TreatmentLink';
  /** Where the source states the fact. */
  citation: Citation;
  /** The fact itself. */
  fact: Fact;
  /** When or why it applies, such as `when the underlying condition cannot be found`. */
  qualifier?: Maybe<Scalars['String']['output']>;
  /** The treatment or management step. */
  treatment: Treatment;
};

/** An identifier of an entity, or of a broader, narrower or close term, in a standard ontology. */
export type Xref = {
  __typename?: 'Xref';
  /** The identifier as a CURIE: `HP:0001336`, `MONDO:0007661`, `MESH:D009207`, `ICD10CM:G25.3`, `UMLS:C0027066`, `SNOMEDCT:17450006`. */
  id: Scalars['ID']['output'];
  /** The ontology's own label for the term; null for UMLS and SNOMED CT identifiers, which only a mapping file names. */
  label?: Maybe<Scalars['String']['output']>;
  /** How the term matches the entity. */
  match: MatchType;
  /** The ontology's prefix: HP, MONDO, MESH, ICD10CM, UMLS or SNOMEDCT. */
  ontology: Scalars['String']['output'];
  /** The release of the ontology the identifier was checked against (for UMLS and SNOMED CT: of the ontology whose mapping gives it). */
  release: Scalars['String']['output'];
  /** Where the term is described on the web, by the CURIE's usual resolver. */
  url: Scalars['String']['output'];
  /** For a UMLS or SNOMED CT identifier, the term whose mapping gives it; null otherwise. */
  via?: Maybe<Scalars['ID']['output']>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Annotation: ResolverTypeWrapper<AnnotationRecord>;
  AnnotationConnection: ResolverTypeWrapper<Omit<AnnotationConnection, 'edges'> & { edges: Array<ResolversTypes['AnnotationEdge']> }>;
  AnnotationEdge: ResolverTypeWrapper<Omit<AnnotationEdge, 'node'> & { node: ResolversTypes['Annotation'] }>;
  AnnotationFrequency: ResolverTypeWrapper<AnnotationFrequencyRecord>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CacheControlScope: CacheControlScope;
  Cause: ResolverTypeWrapper<EntityRecord>;
  CauseGroupLink: ResolverTypeWrapper<LinkRecord>;
  CauseLink: ResolverTypeWrapper<CauseLinkRecord>;
  Citation: ResolverTypeWrapper<CitationRecord>;
  Concept: ResolverTypeWrapper<ConceptParent>;
  ConceptHit: ResolverTypeWrapper<Omit<ConceptHit, 'concept'> & { concept: ResolversTypes['Concept'] }>;
  Condition: ResolverTypeWrapper<EntityRecord>;
  ConditionLink: ResolverTypeWrapper<LinkRecord>;
  CuratedName: ResolverTypeWrapper<CuratedNameRecord>;
  CuratedPredicate: CuratedPredicate;
  Disease: ResolverTypeWrapper<ConceptSummaryRecord>;
  DiseaseConnection: ResolverTypeWrapper<Omit<DiseaseConnection, 'edges'> & { edges: Array<ResolversTypes['DiseaseEdge']> }>;
  DiseaseEdge: ResolverTypeWrapper<Omit<DiseaseEdge, 'node'> & { node: ResolversTypes['Concept'] }>;
  Entity: ResolverTypeWrapper<EntityRecord>;
  EntityConnection: ResolverTypeWrapper<Omit<EntityConnection, 'edges'> & { edges: Array<ResolversTypes['EntityEdge']> }>;
  EntityEdge: ResolverTypeWrapper<Omit<EntityEdge, 'node'> & { node: ResolversTypes['Entity'] }>;
  EntityKind: EntityKind;
  EntityLink: ResolverTypeWrapper<LinkRecord>;
  Fact: ResolverTypeWrapper<FactRecord>;
  FactConnection: ResolverTypeWrapper<Omit<FactConnection, 'edges'> & { edges: Array<ResolversTypes['FactEdge']> }>;
  FactEdge: ResolverTypeWrapper<Omit<FactEdge, 'node'> & { node: ResolversTypes['Fact'] }>;
  Figure: ResolverTypeWrapper<Figure>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Gene: ResolverTypeWrapper<ConceptSummaryRecord>;
  GraphInfo: ResolverTypeWrapper<GraphInfo>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LoadState: LoadState;
  MatchType: MatchType;
  Modality: Modality;
  Name: ResolverTypeWrapper<NameRecord>;
  NameScope: NameScope;
  OntologySynonym: ResolverTypeWrapper<OntologySynonymRecord>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Path: ResolverTypeWrapper<PathRecord>;
  PhenotypicFeature: ResolverTypeWrapper<ConceptSummaryRecord>;
  Population: ResolverTypeWrapper<EntityRecord>;
  PopulationLink: ResolverTypeWrapper<LinkRecord>;
  Predicate: Predicate;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RetiredId: ResolverTypeWrapper<RetiredIdRecord>;
  RetiredIdKind: RetiredIdKind;
  RiskFactor: ResolverTypeWrapper<EntityRecord>;
  RiskFactorLink: ResolverTypeWrapper<LinkRecord>;
  SearchHit: ResolverTypeWrapper<SearchHitRecord>;
  Source: ResolverTypeWrapper<SourceRecord>;
  Statistic: ResolverTypeWrapper<StatisticRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Symptom: ResolverTypeWrapper<EntityRecord>;
  SymptomLink: ResolverTypeWrapper<LinkRecord>;
  Treatment: ResolverTypeWrapper<EntityRecord>;
  TreatmentLink: ResolverTypeWrapper<LinkRecord>;
  Xref: ResolverTypeWrapper<XrefRecord>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Annotation: AnnotationRecord;
  AnnotationConnection: Omit<AnnotationConnection, 'edges'> & { edges: Array<ResolversParentTypes['AnnotationEdge']> };
  AnnotationEdge: Omit<AnnotationEdge, 'node'> & { node: ResolversParentTypes['Annotation'] };
  AnnotationFrequency: AnnotationFrequencyRecord;
  Boolean: Scalars['Boolean']['output'];
  Cause: EntityRecord;
  CauseGroupLink: LinkRecord;
  CauseLink: CauseLinkRecord;
  Citation: CitationRecord;
  Concept: ConceptParent;
  ConceptHit: Omit<ConceptHit, 'concept'> & { concept: ResolversParentTypes['Concept'] };
  Condition: EntityRecord;
  ConditionLink: LinkRecord;
  CuratedName: CuratedNameRecord;
  Disease: ConceptSummaryRecord;
  DiseaseConnection: Omit<DiseaseConnection, 'edges'> & { edges: Array<ResolversParentTypes['DiseaseEdge']> };
  DiseaseEdge: Omit<DiseaseEdge, 'node'> & { node: ResolversParentTypes['Concept'] };
  Entity: EntityRecord;
  EntityConnection: Omit<EntityConnection, 'edges'> & { edges: Array<ResolversParentTypes['EntityEdge']> };
  EntityEdge: Omit<EntityEdge, 'node'> & { node: ResolversParentTypes['Entity'] };
  EntityLink: LinkRecord;
  Fact: FactRecord;
  FactConnection: Omit<FactConnection, 'edges'> & { edges: Array<ResolversParentTypes['FactEdge']> };
  FactEdge: Omit<FactEdge, 'node'> & { node: ResolversParentTypes['Fact'] };
  Figure: Figure;
  Float: Scalars['Float']['output'];
  Gene: ConceptSummaryRecord;
  GraphInfo: GraphInfo;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Name: NameRecord;
  OntologySynonym: OntologySynonymRecord;
  PageInfo: PageInfo;
  Path: PathRecord;
  PhenotypicFeature: ConceptSummaryRecord;
  Population: EntityRecord;
  PopulationLink: LinkRecord;
  Query: Record<PropertyKey, never>;
  RetiredId: RetiredIdRecord;
  RiskFactor: EntityRecord;
  RiskFactorLink: LinkRecord;
  SearchHit: SearchHitRecord;
  Source: SourceRecord;
  Statistic: StatisticRecord;
  String: Scalars['String']['output'];
  Symptom: EntityRecord;
  SymptomLink: LinkRecord;
  Treatment: EntityRecord;
  TreatmentLink: LinkRecord;
  Xref: XrefRecord;
}>;

export type CacheControlDirectiveArgs = {
  inheritMaxAge?: Maybe<Scalars['Boolean']['input']>;
  maxAge?: Maybe<Scalars['Int']['input']>;
  scope?: Maybe<CacheControlScope>;
};

export type CacheControlDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AnnotationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Annotation'] = ResolversParentTypes['Annotation']> = ResolversObject<{
  agentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  biolinkPredicate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  curation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidenceEco?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  frequency?: Resolver<Maybe<ResolversTypes['AnnotationFrequency']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  knowledgeLevel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  modifiers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  negated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  negatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  object?: Resolver<ResolversTypes['Concept'], ParentType, ContextType>;
  onset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  predicate?: Resolver<ResolversTypes['CuratedPredicate'], ParentType, ContextType>;
  record?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  references?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sex?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Concept'], ParentType, ContextType>;
}>;

export type AnnotationConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnnotationConnection'] = ResolversParentTypes['AnnotationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AnnotationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AnnotationEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnnotationEdge'] = ResolversParentTypes['AnnotationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Annotation'], ParentType, ContextType>;
}>;

export type AnnotationFrequencyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnnotationFrequency'] = ResolversParentTypes['AnnotationFrequency']> = ResolversObject<{
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type CauseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Cause'] = ResolversParentTypes['Cause']> = ResolversObject<{
  annotations?: Resolver<ResolversTypes['AnnotationConnection'], ParentType, ContextType, RequireFields<CauseAnnotationsArgs, 'first' | 'includeNegated'>>;
  biolinkCategory?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  causes?: Resolver<Array<ResolversTypes['ConditionLink']>, ParentType, ContextType, RequireFields<CauseCausesArgs, 'viaGroups'>>;
  citation?: Resolver<ResolversTypes['Citation'], ParentType, ContextType>;
  curies?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  facts?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType, Partial<CauseFactsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicatedBy?: Resolver<Array<ResolversTypes['ConditionLink']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  memberOf?: Resolver<Array<ResolversTypes['CauseGroupLink']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['CauseGroupLink']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  names?: Resolver<Array<ResolversTypes['Name']>, ParentType, ContextType>;
  ontologySynonyms?: Resolver<Array<ResolversTypes['OntologySynonym']>, ParentType, ContextType>;
  synonyms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  xrefNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  xrefs?: Resolver<Array<ResolversTypes['Xref']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CauseGroupLinkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CauseGroupLink'] = ResolversParentTypes['CauseGroupLink']> = ResolversObject<{
  cause?: Resolver<ResolversTypes['Cause'], ParentType, ContextType>;
  citation?: Resolver<ResolversTypes['Citation'], ParentType, ContextType>;
  fact?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
  qualifier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CauseLinkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CauseLink'] = ResolversParentTypes['CauseLink']> = ResolversObject<{
  cause?: Resolver<ResolversTypes['Cause'], ParentType, ContextType>;
  citation?: Resolver<ResolversTypes['Citation'], ParentType, ContextType>;
  condition?: Resolver<ResolversTypes['Condition'], ParentType, ContextType>;
  facts?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType>;
  group?: Resolver<Maybe<ResolversTypes['Cause']>, ParentType, ContextType>;
  qualifier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CitationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation']> = ResolversObject<{
  disclaimer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paragraph?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
}>;

export type ConceptResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Concept'] = ResolversParentTypes['Concept']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Cause' | 'Condition' | 'Disease' | 'Gene' | 'PhenotypicFeature' | 'Population' | 'RiskFactor' | 'Symptom' | 'Treatment', ParentType, ContextType>;
}>;

export type ConceptHitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConceptHit'] = ResolversParentTypes['ConceptHit']> = ResolversObject<{
  concept?: Resolver<ResolversTypes['Concept'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ConditionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Condition'] = ResolversParentTypes['Condition']> = ResolversObject<{
  advice?: Resolver<Array<ResolversTypes['TreatmentLink']>, ParentType, ContextType>;
  annotations?: Resolver<ResolversTypes['AnnotationConnection'], ParentType, ContextType, RequireFields<ConditionAnnotationsArgs, 'first' | 'includeNegated'>>;
  biolinkCategory?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  citation?: Resolver<ResolversTypes['Citation'], ParentType, ContextType>;
  curies?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  exampleOf?: Resolver<Array<ResolversTypes['ConditionLink']>, ParentType, ContextType>;
  examples?: Resolver<Array<ResolversTypes['ConditionLink']>, ParentType, ContextType>;
  facts?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType, Partial<ConditionFactsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  lookAlikes?: Resolver<Array<ResolversTypes['ConditionLink']>, ParentType, ContextType>;
  mayIndicate?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  names?: Resolver<Array<ResolversTypes['Name']>, ParentType, ContextType>;
  ontologySynonyms?: Resolver<Array<ResolversTypes['OntologySynonym']>, ParentType, ContextType>;
  populations?: Resolver<Array<ResolversTypes['PopulationLink']>, ParentType, ContextType>;
  riskFactors?: Resolver<Array<ResolversTypes['RiskFactorLink']>, ParentType, ContextType>;
  statistics?: Resolver<Array<ResolversTypes['Statistic']>, ParentType, ContextType>;
  subtypeOf?: Resolver<Array<ResolversTypes['ConditionLink']>, ParentType, ContextType>;
  subtypes?: Resolver<Array<ResolversTypes['ConditionLink']>, ParentType, ContextType>;
  symptoms?: Resolver<Array<ResolversTypes['SymptomLink']>, ParentType, ContextType>;
  synonyms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  treatments?: Resolver<Array<ResolversTypes['TreatmentLink']>, ParentType, ContextType>;
  underlyingCauses?: Resolver<Array<ResolversTypes['CauseLink']>, ParentType, ContextType, RequireFields<ConditionUnderlyingCausesArgs, 'includeGroupMembers' | 'includeSubtypes'>>;
  xrefNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  xrefs?: Resolver<Array<ResolversTypes['Xref']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ConditionLinkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConditionLink'] = ResolversParentTypes['ConditionLink']> = ResolversObject<{
  citation?: Resolver<ResolversTypes['Citation'], ParentType, ContextType>;
  condition?: Resolver<ResolversTypes['Condition'], ParentType, ContextType>;
  fact?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
  qualifier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CuratedNameResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CuratedName'] = ResolversParentTypes['CuratedName']> = ResolversObject<{
  scope?: Resolver<ResolversTypes['NameScope'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type DiseaseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Disease'] = ResolversParentTypes['Disease']> = ResolversObject<{
  annotations?: Resolver<ResolversTypes['AnnotationConnection'], ParentType, ContextType, RequireFields<DiseaseAnnotationsArgs, 'first' | 'includeNegated'>>;
  biolinkCategory?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  curies?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  genes?: Resolver<Array<ResolversTypes['Gene']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  synonyms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DiseaseConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DiseaseConnection'] = ResolversParentTypes['DiseaseConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DiseaseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DiseaseEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DiseaseEdge'] = ResolversParentTypes['DiseaseEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Concept'], ParentType, ContextType>;
}>;

export type EntityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Cause' | 'Condition' | 'Population' | 'RiskFactor' | 'Symptom' | 'Treatment', ParentType, ContextType>;
}>;

export type EntityConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EntityConnection'] = ResolversParentTypes['EntityConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EntityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EntityEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EntityEdge'] = ResolversParentTypes['EntityEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
}>;

export type EntityLinkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EntityLink'] = ResolversParentTypes['EntityLink']> = ResolversObject<{
  citation?: Resolver<ResolversTypes['Citation'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  fact?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
  qualifier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type FactResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Fact'] = ResolversParentTypes['Fact']> = ResolversObject<{
  biolinkPredicate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  citation?: Resolver<ResolversTypes['Citation'], ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  cue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  figure?: Resolver<Maybe<ResolversTypes['Figure']>, ParentType, ContextType>;
  frequency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  knowledgeLevel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  modality?: Resolver<ResolversTypes['Modality'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  object?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  predicate?: Resolver<ResolversTypes['Predicate'], ParentType, ContextType>;
  qualifier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
}>;

export type FactConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FactConnection'] = ResolversParentTypes['FactConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FactEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FactEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FactEdge'] = ResolversParentTypes['FactEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
}>;

export type FigureResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Figure'] = ResolversParentTypes['Figure']> = ResolversObject<{
  measure?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  per?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type GeneResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Gene'] = ResolversParentTypes['Gene']> = ResolversObject<{
  annotations?: Resolver<ResolversTypes['AnnotationConnection'], ParentType, ContextType, RequireFields<GeneAnnotationsArgs, 'first' | 'includeNegated'>>;
  biolinkCategory?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  curies?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  symbol?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type GraphInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GraphInfo'] = ResolversParentTypes['GraphInfo']> = ResolversObject<{
  conceptCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  contentHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  curatedStatementCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  factCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  loadState?: Resolver<ResolversTypes['LoadState'], ParentType, ContextType>;
  loadedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seedVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type NameResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Name'] = ResolversParentTypes['Name']> = ResolversObject<{
  lay?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  misspelling?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['NameScope'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type OntologySynonymResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OntologySynonym'] = ResolversParentTypes['OntologySynonym']> = ResolversObject<{
  match?: Resolver<ResolversTypes['MatchType'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['NameScope'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PathResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = ResolversObject<{
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  facts?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PhenotypicFeatureResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PhenotypicFeature'] = ResolversParentTypes['PhenotypicFeature']> = ResolversObject<{
  annotations?: Resolver<ResolversTypes['AnnotationConnection'], ParentType, ContextType, RequireFields<PhenotypicFeatureAnnotationsArgs, 'first' | 'includeNegated'>>;
  biolinkCategory?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  curies?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  definition?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  names?: Resolver<Array<ResolversTypes['CuratedName']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PopulationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Population'] = ResolversParentTypes['Population']> = ResolversObject<{
  affectedBy?: Resolver<Array<ResolversTypes['ConditionLink']>, ParentType, ContextType>;
  annotations?: Resolver<ResolversTypes['AnnotationConnection'], ParentType, ContextType, RequireFields<PopulationAnnotationsArgs, 'first' | 'includeNegated'>>;
  biolinkCategory?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  citation?: Resolver<ResolversTypes['Citation'], ParentType, ContextType>;
  curies?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  facts?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType, Partial<PopulationFactsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  names?: Resolver<Array<ResolversTypes['Name']>, ParentType, ContextType>;
  ontologySynonyms?: Resolver<Array<ResolversTypes['OntologySynonym']>, ParentType, ContextType>;
  synonyms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  xrefNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  xrefs?: Resolver<Array<ResolversTypes['Xref']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PopulationLinkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PopulationLink'] = ResolversParentTypes['PopulationLink']> = ResolversObject<{
  citation?: Resolver<ResolversTypes['Citation'], ParentType, ContextType>;
  fact?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
  population?: Resolver<ResolversTypes['Population'], ParentType, ContextType>;
  qualifier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  concept?: Resolver<Maybe<ResolversTypes['Concept']>, ParentType, ContextType, RequireFields<QueryConceptArgs, 'id'>>;
  concepts?: Resolver<Array<Maybe<ResolversTypes['Concept']>>, ParentType, ContextType, RequireFields<QueryConceptsArgs, 'ids'>>;
  condition?: Resolver<Maybe<ResolversTypes['Condition']>, ParentType, ContextType, RequireFields<QueryConditionArgs, 'name'>>;
  diseasesNamed?: Resolver<ResolversTypes['DiseaseConnection'], ParentType, ContextType, RequireFields<QueryDiseasesNamedArgs, 'first' | 'startingWith'>>;
  diseasesWithPhenotype?: Resolver<ResolversTypes['AnnotationConnection'], ParentType, ContextType, RequireFields<QueryDiseasesWithPhenotypeArgs, 'first' | 'includeNarrower' | 'phenotype'>>;
  diseasesWithPhenotypes?: Resolver<ResolversTypes['DiseaseConnection'], ParentType, ContextType, RequireFields<QueryDiseasesWithPhenotypesArgs, 'first' | 'includeNarrower' | 'phenotypes'>>;
  entities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryEntitiesArgs, 'first'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  facts?: Resolver<ResolversTypes['FactConnection'], ParentType, ContextType, RequireFields<QueryFactsArgs, 'depth' | 'first'>>;
  graphInfo?: Resolver<ResolversTypes['GraphInfo'], ParentType, ContextType>;
  path?: Resolver<Maybe<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathArgs, 'from' | 'maxHops' | 'to'>>;
  retiredId?: Resolver<Maybe<ResolversTypes['RetiredId']>, ParentType, ContextType, RequireFields<QueryRetiredIdArgs, 'id'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  searchConcepts?: Resolver<Array<ResolversTypes['ConceptHit']>, ParentType, ContextType, RequireFields<QuerySearchConceptsArgs, 'first' | 'text'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
}>;

export type RetiredIdResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RetiredId'] = ResolversParentTypes['RetiredId']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RetiredIdKind'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  replacedBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  replacement?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  since?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RiskFactorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RiskFactor'] = ResolversParentTypes['RiskFactor']> = ResolversObject<{
  annotations?: Resolver<ResolversTypes['AnnotationConnection'], ParentType, ContextType, RequireFields<RiskFactorAnnotationsArgs, 'first' | 'includeNegated'>>;
  biolinkCategory?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  citation?: Resolver<ResolversTypes['Citation'], ParentType, ContextType>;
  curies?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  facts?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType, Partial<RiskFactorFactsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicatedBy?: Resolver<Array<ResolversTypes['ConditionLink']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  memberOf?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  names?: Resolver<Array<ResolversTypes['Name']>, ParentType, ContextType>;
  ontologySynonyms?: Resolver<Array<ResolversTypes['OntologySynonym']>, ParentType, ContextType>;
  riskFor?: Resolver<Array<ResolversTypes['ConditionLink']>, ParentType, ContextType>;
  synonyms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  xrefNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  xrefs?: Resolver<Array<ResolversTypes['Xref']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RiskFactorLinkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RiskFactorLink'] = ResolversParentTypes['RiskFactorLink']> = ResolversObject<{
  citation?: Resolver<ResolversTypes['Citation'], ParentType, ContextType>;
  fact?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
  qualifier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  riskFactor?: Resolver<ResolversTypes['RiskFactor'], ParentType, ContextType>;
}>;

export type SearchHitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = ResolversObject<{
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SourceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = ResolversObject<{
  author?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  disclaimer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifiers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  infores?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastModified?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  licence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  review?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StatisticResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Statistic'] = ResolversParentTypes['Statistic']> = ResolversObject<{
  citation?: Resolver<ResolversTypes['Citation'], ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  condition?: Resolver<ResolversTypes['Condition'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  per?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  population?: Resolver<ResolversTypes['Population'], ParentType, ContextType>;
  qualifier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SymptomResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Symptom'] = ResolversParentTypes['Symptom']> = ResolversObject<{
  annotations?: Resolver<ResolversTypes['AnnotationConnection'], ParentType, ContextType, RequireFields<SymptomAnnotationsArgs, 'first' | 'includeNegated'>>;
  biolinkCategory?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  citation?: Resolver<ResolversTypes['Citation'], ParentType, ContextType>;
  curies?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  facts?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType, Partial<SymptomFactsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  names?: Resolver<Array<ResolversTypes['Name']>, ParentType, ContextType>;
  ontologySynonyms?: Resolver<Array<ResolversTypes['OntologySynonym']>, ParentType, ContextType>;
  symptomOf?: Resolver<Array<ResolversTypes['ConditionLink']>, ParentType, ContextType>;
  synonyms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  xrefNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  xrefs?: Resolver<Array<ResolversTypes['Xref']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SymptomLinkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SymptomLink'] = ResolversParentTypes['SymptomLink']> = ResolversObject<{
  citation?: Resolver<ResolversTypes['Citation'], ParentType, ContextType>;
  fact?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
  qualifier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  symptom?: Resolver<ResolversTypes['Symptom'], ParentType, ContextType>;
}>;

export type TreatmentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Treatment'] = ResolversParentTypes['Treatment']> = ResolversObject<{
  advisedFor?: Resolver<Array<ResolversTypes['ConditionLink']>, ParentType, ContextType>;
  annotations?: Resolver<ResolversTypes['AnnotationConnection'], ParentType, ContextType, RequireFields<TreatmentAnnotationsArgs, 'first' | 'includeNegated'>>;
  biolinkCategory?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  citation?: Resolver<ResolversTypes['Citation'], ParentType, ContextType>;
  curies?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  facts?: Resolver<Array<ResolversTypes['Fact']>, ParentType, ContextType, Partial<TreatmentFactsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  names?: Resolver<Array<ResolversTypes['Name']>, ParentType, ContextType>;
  ontologySynonyms?: Resolver<Array<ResolversTypes['OntologySynonym']>, ParentType, ContextType>;
  synonyms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  treats?: Resolver<Array<ResolversTypes['ConditionLink']>, ParentType, ContextType>;
  xrefNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  xrefs?: Resolver<Array<ResolversTypes['Xref']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type TreatmentLinkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TreatmentLink'] = ResolversParentTypes['TreatmentLink']> = ResolversObject<{
  citation?: Resolver<ResolversTypes['Citation'], ParentType, ContextType>;
  fact?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
  qualifier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  treatment?: Resolver<ResolversTypes['Treatment'], ParentType, ContextType>;
}>;

export type XrefResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Xref'] = ResolversParentTypes['Xref']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  match?: Resolver<ResolversTypes['MatchType'], ParentType, ContextType>;
  ontology?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  release?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  via?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = RequestContext> = ResolversObject<{
  Annotation?: AnnotationResolvers<ContextType>;
  AnnotationConnection?: AnnotationConnectionResolvers<ContextType>;
  AnnotationEdge?: AnnotationEdgeResolvers<ContextType>;
  AnnotationFrequency?: AnnotationFrequencyResolvers<ContextType>;
  Cause?: CauseResolvers<ContextType>;
  CauseGroupLink?: CauseGroupLinkResolvers<ContextType>;
  CauseLink?: CauseLinkResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  Concept?: ConceptResolvers<ContextType>;
  ConceptHit?: ConceptHitResolvers<ContextType>;
  Condition?: ConditionResolvers<ContextType>;
  ConditionLink?: ConditionLinkResolvers<ContextType>;
  CuratedName?: CuratedNameResolvers<ContextType>;
  Disease?: DiseaseResolvers<ContextType>;
  DiseaseConnection?: DiseaseConnectionResolvers<ContextType>;
  DiseaseEdge?: DiseaseEdgeResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  EntityLink?: EntityLinkResolvers<ContextType>;
  Fact?: FactResolvers<ContextType>;
  FactConnection?: FactConnectionResolvers<ContextType>;
  FactEdge?: FactEdgeResolvers<ContextType>;
  Figure?: FigureResolvers<ContextType>;
  Gene?: GeneResolvers<ContextType>;
  GraphInfo?: GraphInfoResolvers<ContextType>;
  Name?: NameResolvers<ContextType>;
  OntologySynonym?: OntologySynonymResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  PhenotypicFeature?: PhenotypicFeatureResolvers<ContextType>;
  Population?: PopulationResolvers<ContextType>;
  PopulationLink?: PopulationLinkResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RetiredId?: RetiredIdResolvers<ContextType>;
  RiskFactor?: RiskFactorResolvers<ContextType>;
  RiskFactorLink?: RiskFactorLinkResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  Statistic?: StatisticResolvers<ContextType>;
  Symptom?: SymptomResolvers<ContextType>;
  SymptomLink?: SymptomLinkResolvers<ContextType>;
  Treatment?: TreatmentResolvers<ContextType>;
  TreatmentLink?: TreatmentLinkResolvers<ContextType>;
  Xref?: XrefResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = RequestContext> = ResolversObject<{
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
}>;
