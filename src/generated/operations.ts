/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type FactsForChatbotQueryVariables = Exact<{
  about?: string | number | null | undefined;
  depth?: number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FactsForChatbotQuery = { facts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, predicate: Predicate, modality: Modality, frequency: string | null, statement: string, qualifier: string | null, subject:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , object:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , citation: { section: string, paragraph: number, disclaimer: string, source: { title: string, publisher: string, lastModified: string } } } }> } };

export type MyoclonusOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type MyoclonusOverviewQuery = { condition: { id: string, name: string, description: string | null, subtypes: Array<{ qualifier: string | null, condition: { name: string, examples: Array<{ condition: { name: string } }>, treatments: Array<{ qualifier: string | null, treatment: { name: string } }> } }>, lookAlikes: Array<{ condition: { name: string }, fact: { statement: string }, citation: { section: string, paragraph: number } }>, riskFactors: Array<{ riskFactor: { name: string } }>, populations: Array<{ qualifier: string | null, population: { name: string } }>, statistics: Array<{ value: number, unit: string, per: number, qualifier: string | null, population: { name: string }, citation: { section: string, paragraph: number } }> } | null };

export type DiseaseProfileQueryVariables = Exact<{
  id?: string | number;
}>;


export type DiseaseProfileQuery = { concept:
    | { id: string, name: string, curies: Array<string>, annotations: { totalCount: number, edges: Array<{ node: { negated: boolean, record: string | null, statement: string, object:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , frequency: { text: string, label: string | null } | null } }> } }
    | { id: string, name: string, curies: Array<string>, annotations: { totalCount: number, edges: Array<{ node: { negated: boolean, record: string | null, statement: string, object:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , frequency: { text: string, label: string | null } | null } }> } }
    | { id: string, name: string, curies: Array<string>, annotations: { totalCount: number, edges: Array<{ node: { negated: boolean, record: string | null, statement: string, object:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , frequency: { text: string, label: string | null } | null } }> } }
    | { id: string, name: string, curies: Array<string>, annotations: { totalCount: number, edges: Array<{ node: { negated: boolean, record: string | null, statement: string, object:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , frequency: { text: string, label: string | null } | null } }> } }
    | { id: string, name: string, curies: Array<string>, annotations: { totalCount: number, edges: Array<{ node: { negated: boolean, record: string | null, statement: string, object:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , frequency: { text: string, label: string | null } | null } }> } }
    | { id: string, name: string, curies: Array<string>, annotations: { totalCount: number, edges: Array<{ node: { negated: boolean, record: string | null, statement: string, object:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , frequency: { text: string, label: string | null } | null } }> } }
    | { id: string, name: string, curies: Array<string>, annotations: { totalCount: number, edges: Array<{ node: { negated: boolean, record: string | null, statement: string, object:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , frequency: { text: string, label: string | null } | null } }> } }
    | { id: string, name: string, curies: Array<string>, annotations: { totalCount: number, edges: Array<{ node: { negated: boolean, record: string | null, statement: string, object:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , frequency: { text: string, label: string | null } | null } }> } }
    | { id: string, name: string, curies: Array<string>, annotations: { totalCount: number, edges: Array<{ node: { negated: boolean, record: string | null, statement: string, object:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , frequency: { text: string, label: string | null } | null } }> } }
   | null };

export type DiseasesWithMyoclonusAndDystoniaQueryVariables = Exact<{
  phenotypes?: Array<string | number> | string | number;
}>;


export type DiseasesWithMyoclonusAndDystoniaQuery = { diseasesWithPhenotypes: { totalCount: number, edges: Array<{ node:
        | { id: string, name: string, curies: Array<string> }
        | { id: string, name: string, curies: Array<string> }
        | { id: string, name: string, curies: Array<string> }
        | { id: string, name: string, curies: Array<string> }
        | { id: string, name: string, curies: Array<string> }
        | { id: string, name: string, curies: Array<string> }
        | { id: string, name: string, curies: Array<string> }
        | { id: string, name: string, curies: Array<string> }
        | { id: string, name: string, curies: Array<string> }
       }> } };

export type DiseasesWithMyoclonusQueryVariables = Exact<{
  phenotype?: string | number;
}>;


export type DiseasesWithMyoclonusQuery = { diseasesWithPhenotype: { totalCount: number, edges: Array<{ node: { record: string | null, evidence: string | null, evidenceEco: string | null, references: Array<string>, subject:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , object:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , frequency: { text: string, label: string | null, value: number | null } | null, source: { infores: string, version: string } } }> } };

export type GenesOfProgressiveMyoclonusEpilepsiesQueryVariables = Exact<{
  names?: Array<string> | string;
}>;


export type GenesOfProgressiveMyoclonusEpilepsiesQuery = { diseasesNamed: { totalCount: number, edges: Array<{ node:
        | { id: string, name: string }
        | { id: string, name: string }
        | { curies: Array<string>, id: string, name: string, genes: Array<{ id: string, symbol: string }> }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       }> } };

export type MyoclonusWithKidneyFailureQueryVariables = Exact<{
  phenotypes?: Array<string | number> | string | number;
}>;


export type MyoclonusWithKidneyFailureQuery = { diseasesWithPhenotypes: { totalCount: number, edges: Array<{ node:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       }> }, concept:
    | { id: string, curies: Array<string> }
    | { id: string, curies: Array<string> }
    | { id: string, curies: Array<string> }
    | { id: string, curies: Array<string> }
    | { id: string, curies: Array<string> }
    | { id: string, curies: Array<string> }
    | { id: string, curies: Array<string>, riskFor: Array<{ condition: { id: string }, fact: { statement: string } }> }
    | { id: string, curies: Array<string> }
    | { id: string, curies: Array<string> }
   | null };

export type PathFromAlzheimersToMyoclonusQueryVariables = Exact<{
  from?: string | number;
  to?: string | number;
  maxHops?: number | null | undefined;
}>;


export type PathFromAlzheimersToMyoclonusQuery = { path: { length: number, entities: Array<
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
    >, facts: Array<{ id: string, predicate: Predicate, modality: Modality, frequency: string | null, statement: string, qualifier: string | null, subject:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , object:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , citation: { section: string, paragraph: number, source: { id: string } } }> } | null };

export type SearchLayPhraseQueryVariables = Exact<{
  text?: string;
  first?: number | null | undefined;
}>;


export type SearchLayPhraseQuery = { search: Array<{ score: number, entity:
      | { id: string, name: string, kind: EntityKind, synonyms: Array<string> }
      | { id: string, name: string, kind: EntityKind, synonyms: Array<string> }
      | { id: string, name: string, kind: EntityKind, synonyms: Array<string> }
      | { id: string, name: string, kind: EntityKind, synonyms: Array<string> }
      | { id: string, name: string, kind: EntityKind, synonyms: Array<string> }
      | { id: string, name: string, kind: EntityKind, synonyms: Array<string> }
     }> };

export type TreatmentOfEpilepticMyoclonusQueryVariables = Exact<{ [key: string]: never; }>;


export type TreatmentOfEpilepticMyoclonusQuery = { condition: { name: string, treatments: Array<{ treatment: { id: string, name: string, treats: Array<{ qualifier: string | null, condition: { name: string } }> }, fact: { statement: string } }> } | null };

export type UnderlyingCausesOfSecondaryMyoclonusQueryVariables = Exact<{
  name?: string;
}>;


export type UnderlyingCausesOfSecondaryMyoclonusQuery = { condition: { id: string, name: string, underlyingCauses: Array<{ cause: { id: string } }>, riskFactors: Array<{ qualifier: string | null, riskFactor: { id: string, name: string, members: Array<{ entity:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           }> }, fact: { id: string, modality: Modality, cue: string, statement: string }, citation: { section: string, paragraph: number, disclaimer: string, source: { title: string, publisher: string, lastModified: string } } }>, subtypeOf: Array<{ condition: { id: string, name: string, underlyingCauses: Array<{ cause: { id: string, name: string }, condition: { name: string }, facts: Array<{ id: string, modality: Modality, statement: string }> }>, mayIndicate: Array<{ entity:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
          , fact: { id: string, modality: Modality, frequency: string | null, statement: string } }> } }> } | null };

export type ExplorerFactFragment = { __typename: 'Fact', id: string, predicate: Predicate, modality: Modality, cue: string, frequency: string | null, knowledgeLevel: string, qualifier: string | null, note: string | null, statement: string, figure: { value: number, unit: string, per: number, measure: string } | null, subject:
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
  , object:
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
    | { id: string, name: string, kind: EntityKind }
  , citation: { section: string, paragraph: number, disclaimer: string, source: { id: string, infores: string, title: string, publisher: string, lastModified: string, version: string } }, citations: Array<{ section: string, paragraph: number }> };

export type ExplorerSearchQueryVariables = Exact<{
  text: string;
  first: number;
}>;


export type ExplorerSearchQuery = { search: Array<{ score: number, entity:
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
     }> };

type ExplorerNode_Cause_Fragment = { __typename: 'Cause', kind: EntityKind, id: string, name: string };

type ExplorerNode_Condition_Fragment = { __typename: 'Condition', kind: EntityKind, id: string, name: string };

type ExplorerNode_Disease_Fragment = { __typename: 'Disease', id: string, name: string };

type ExplorerNode_Gene_Fragment = { __typename: 'Gene', id: string, name: string };

type ExplorerNode_PhenotypicFeature_Fragment = { __typename: 'PhenotypicFeature', id: string, name: string };

type ExplorerNode_Population_Fragment = { __typename: 'Population', kind: EntityKind, id: string, name: string };

type ExplorerNode_RiskFactor_Fragment = { __typename: 'RiskFactor', kind: EntityKind, id: string, name: string };

type ExplorerNode_Symptom_Fragment = { __typename: 'Symptom', kind: EntityKind, id: string, name: string };

type ExplorerNode_Treatment_Fragment = { __typename: 'Treatment', kind: EntityKind, id: string, name: string };

export type ExplorerNodeFragment =
  | ExplorerNode_Cause_Fragment
  | ExplorerNode_Condition_Fragment
  | ExplorerNode_Disease_Fragment
  | ExplorerNode_Gene_Fragment
  | ExplorerNode_PhenotypicFeature_Fragment
  | ExplorerNode_Population_Fragment
  | ExplorerNode_RiskFactor_Fragment
  | ExplorerNode_Symptom_Fragment
  | ExplorerNode_Treatment_Fragment
;

export type ExplorerAnnotationFragment = { __typename: 'Annotation', id: string, predicate: CuratedPredicate, biolinkPredicate: string, negated: boolean, statement: string, record: string | null, evidence: string | null, evidenceEco: string | null, agentType: string, knowledgeLevel: string, references: Array<string>, onset: string | null, sex: string | null, modifiers: Array<string>, curation: string | null, frequency: { text: string, label: string | null, value: number | null } | null, subject:
    | { __typename: 'Cause', kind: EntityKind, id: string, name: string }
    | { __typename: 'Condition', kind: EntityKind, id: string, name: string }
    | { __typename: 'Disease', id: string, name: string }
    | { __typename: 'Gene', id: string, name: string }
    | { __typename: 'PhenotypicFeature', id: string, name: string }
    | { __typename: 'Population', kind: EntityKind, id: string, name: string }
    | { __typename: 'RiskFactor', kind: EntityKind, id: string, name: string }
    | { __typename: 'Symptom', kind: EntityKind, id: string, name: string }
    | { __typename: 'Treatment', kind: EntityKind, id: string, name: string }
  , object:
    | { __typename: 'Cause', kind: EntityKind, id: string, name: string }
    | { __typename: 'Condition', kind: EntityKind, id: string, name: string }
    | { __typename: 'Disease', id: string, name: string }
    | { __typename: 'Gene', id: string, name: string }
    | { __typename: 'PhenotypicFeature', id: string, name: string }
    | { __typename: 'Population', kind: EntityKind, id: string, name: string }
    | { __typename: 'RiskFactor', kind: EntityKind, id: string, name: string }
    | { __typename: 'Symptom', kind: EntityKind, id: string, name: string }
    | { __typename: 'Treatment', kind: EntityKind, id: string, name: string }
  , source: { id: string, infores: string, title: string, version: string, kind: string, disclaimer: string } };

export type ExplorerEntitiesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ExplorerEntitiesQuery = { concepts: Array<
    | { __typename: 'Cause', kind: EntityKind, id: string, name: string }
    | { __typename: 'Condition', kind: EntityKind, id: string, name: string }
    | { __typename: 'Disease', id: string, name: string }
    | { __typename: 'Gene', id: string, name: string }
    | { __typename: 'PhenotypicFeature', id: string, name: string }
    | { __typename: 'Population', kind: EntityKind, id: string, name: string }
    | { __typename: 'RiskFactor', kind: EntityKind, id: string, name: string }
    | { __typename: 'Symptom', kind: EntityKind, id: string, name: string }
    | { __typename: 'Treatment', kind: EntityKind, id: string, name: string }
   | null> };

export type ExplorerNeighboursQueryVariables = Exact<{
  id: string | number;
  factsFirst: number;
  factsAfter?: string | null | undefined;
  annotationsFirst: number;
  annotationsAfter?: string | null | undefined;
}>;


export type ExplorerNeighboursQuery = { concept:
    | { __typename: 'Cause', kind: EntityKind, id: string, name: string, annotations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { __typename: 'Annotation', id: string, predicate: CuratedPredicate, biolinkPredicate: string, negated: boolean, statement: string, record: string | null, evidence: string | null, evidenceEco: string | null, agentType: string, knowledgeLevel: string, references: Array<string>, onset: string | null, sex: string | null, modifiers: Array<string>, curation: string | null, frequency: { text: string, label: string | null, value: number | null } | null, subject:
              | { __typename: 'Cause', kind: EntityKind, id: string, name: string }
              | { __typename: 'Condition', kind: EntityKind, id: string, name: string }
              | { __typename: 'Disease', id: string, name: string }
              | { __typename: 'Gene', id: string, name: string }
              | { __typename: 'PhenotypicFeature', id: string, name: string }
              | { __typename: 'Population', kind: EntityKind, id: string, name: string }
              | { __typename: 'RiskFactor', kind: EntityKind, id: string, name: string }
              | { __typename: 'Symptom', kind: EntityKind, id: string, name: string }
              | { __typename: 'Treatment', kind: EntityKind, id: string, name: string }
            , object:
              | { __typename: 'Cause', kind: EntityKind, id: string, name: string }
              | { __typename: 'Condition', kind: EntityKind, id: string, name: string }
              | { __typename: 'Disease', id: string, name: string }
              | { __typename: 'Gene', id: string, name: string }
              | { __typename: 'PhenotypicFeature', id: string, name: string }
              | { __typename: 'Population', kind: EntityKind, id: string, name: string }
              | { __typename: 'RiskFactor', kind: EntityKind, id: string, name: string }
              | { __typename: 'Symptom', kind: EntityKind, id: string, name: string }
              | { __typename: 'Treatment', kind: EntityKind, id: string, name: string }
            , source: { id: string, infores: string, title: string, version: string, kind: string, disclaimer: string } } }> } }
    | { __typename: 'Condition', kind: EntityKind, id: string, name: string, annotations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { __typename: 'Annotation', id: string, predicate: CuratedPredicate, biolinkPredicate: string, negated: boolean, statement: string, record: string | null, evidence: string | null, evidenceEco: string | null, agentType: string, knowledgeLevel: string, references: Array<string>, onset: string | null, sex: string | null, modifiers: Array<string>, curation: string | null, frequency: { text: string, label: string | null, value: number | null } | null, subject:
              | { __typename: 'Cause', kind: EntityKind, id: string, name: string }
              | { __typename: 'Condition', kind: EntityKind, id: string, name: string }
              | { __typename: 'Disease', id: string, name: string }
              | { __typename: 'Gene', id: string, name: string }
              | { __typename: 'PhenotypicFeature', id: string, name: string }
              | { __typename: 'Population', kind: EntityKind, id: string, name: string }
              | { __typename: 'RiskFactor', kind: EntityKind, id: string, name: string }
              | { __typename: 'Symptom', kind: EntityKind, id: string, name: string }
              | { __typename: 'Treatment', kind: EntityKind, id: string, name: string }
            , object:
              | { __typename: 'Cause', kind: EntityKind, id: string, name: string }
              | { __typename: 'Condition', kind: EntityKind, id: string, name: string }
              | { __typename: 'Disease', id: string, name: string }
              | { __typename: 'Gene', id: string, name: string }
              | { __typename: 'PhenotypicFeature', id: string, name: string }
              | { __typename: 'Population', kind: EntityKind, id: string, name: string }
              | { __typename: 'RiskFactor', kind: EntityKind, id: string, name: string }
              | { __typename: 'Symptom', kind: EntityKind, id: string, name: string }
              | { __typename: 'Treatment', kind: EntityKind, id: string, name: string }
            , source: { id: string, infores: string, title: string, version: string, kind: string, disclaimer: string } } }> } }
    | { __typename: 'Disease', id: string, name: string, annotations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { __typename: 'Annotation', id: string, predicate: CuratedPredicate, biolinkPredicate: string, negated: boolean, statement: string, record: string | null, evidence: string | null, evidenceEco: string | null, agentType: string, knowledgeLevel: string, references: Array<string>, onset: string | null, sex: string | null, modifiers: Array<string>, curation: string | null, frequency: { text: string, label: string | null, value: number | null } | null, subject:
              | { __typename: 'Cause', kind: EntityKind, id: string, name: string }
              | { __typename: 'Condition', kind: EntityKind, id: string, name: string }
              | { __typename: 'Disease', id: string, name: string }
              | { __typename: 'Gene', id: string, name: string }
              | { __typename: 'PhenotypicFeature', id: string, name: string }
              | { __typename: 'Population', kind: EntityKind, id: string, name: string }
              | { __typename: 'RiskFactor', kind: EntityKind, id: string, name: string }
              | { __typename: 'Symptom', kind: EntityKind, id: string, name: string }
              | { __typename: 'Treatment', kind: EntityKind, id: string, name: string }
            , object:
              | { __typename: 'Cause', kind: EntityKind, id: string, name: string }
              | { __typename: 'Condition', kind: EntityKind, id: string, name: string }
              | { __typename: 'Disease', id: string, name: string }
              | { __typename: 'Gene', id: string, name: string }
              | { __typename: 'PhenotypicFeature', id: string, name: string }
              | { __typename: 'Population', kind: EntityKind, id: string, name: string }
              | { __typename: 'RiskFactor', kind: EntityKind, id: string, name: string }
              | { __typename: 'Symptom', kind: EntityKind, id: string, name: string }
              | { __typename: 'Treatment', kind: EntityKind, id: string, name: string }
            , source: { id: string, infores: string, title: string, version: string, kind: string, disclaimer: string } } }> } }
    | { __typename: 'Gene', id: string, name: string, annotations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { __typename: 'Annotation', id: string, predicate: CuratedPredicate, biolinkPredicate: string, negated: boolean, statement: string, record: string | null, evidence: string | null, evidenceEco: string | null, agentType: string, knowledgeLevel: string, references: Array<string>, onset: string | null, sex: string | null, modifiers: Array<string>, curation: string | null, frequency: { text: string, label: string | null, value: number | null } | null, subject:
              | { __typename: 'Cause', kind: EntityKind, id: string, name: string }
              | { __typename: 'Condition', kind: EntityKind, id: string, name: string }
              | { __typename: 'Disease', id: string, name: string }
              | { __typename: 'Gene', id: string, name: string }
              | { __typename: 'PhenotypicFeature', id: string, name: string }
              | { __typename: 'Population', kind: EntityKind, id: string, name: string }
              | { __typename: 'RiskFactor', kind: EntityKind, id: string, name: string }
              | { __typename: 'Symptom', kind: EntityKind, id: string, name: string }
              | { __typename: 'Treatment', kind: EntityKind, id: string, name: string }
            , object:
              | { __typename: 'Cause', kind: EntityKind, id: string, name: string }
              | { __typename: 'Condition', kind: EntityKind, id: string, name: string }
              | { __typename: 'Disease', id: string, name: string }
              | { __typename: 'Gene', id: string, name: string }
              | { __typename: 'PhenotypicFeature', id: string, name: string }
              | { __typename: 'Population', kind: EntityKind, id: string, name: string }
              | { __typename: 'RiskFactor', kind: EntityKind, id: string, name: string }
              | { __typename: 'Symptom', kind: EntityKind, id: string, name: string }
              | { __typename: 'Treatment', kind: EntityKind, id: string, name: string }
            , source: { id: string, infores: string, title: string, version: string, kind: string, disclaimer: string } } }> } }
    | { __typename: 'PhenotypicFeature', id: string, name: string, annotations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { __typename: 'Annotation', id: string, predicate: CuratedPredicate, biolinkPredicate: string, negated: boolean, statement: string, record: string | null, evidence: string | null, evidenceEco: string | null, agentType: string, knowledgeLevel: string, references: Array<string>, onset: string | null, sex: string | null, modifiers: Array<string>, curation: string | null, frequency: { text: string, label: string | null, value: number | null } | null, subject:
              | { __typename: 'Cause', kind: EntityKind, id: string, name: string }
              | { __typename: 'Condition', kind: EntityKind, id: string, name: string }
              | { __typename: 'Disease', id: string, name: string }
              | { __typename: 'Gene', id: string, name: string }
              | { __typename: 'PhenotypicFeature', id: string, name: string }
              | { __typename: 'Population', kind: EntityKind, id: string, name: string }
              | { __typename: 'RiskFactor', kind: EntityKind, id: string, name: string }
              | { __typename: 'Symptom', kind: EntityKind, id: string, name: string }
              | { __typename: 'Treatment', kind: EntityKind, id: string, name: string }
            , object:
              | { __typename: 'Cause', kind: EntityKind, id: string, name: string }
              | { __typename: 'Condition', kind: EntityKind, id: string, name: string }
              | { __typename: 'Disease', id: string, name: string }
              | { __typename: 'Gene', id: string, name: string }
              | { __typename: 'PhenotypicFeature', id: string, name: string }
              | { __typename: 'Population', kind: EntityKind, id: string, name: string }
              | { __typename: 'RiskFactor', kind: EntityKind, id: string, name: string }
              | { __typename: 'Symptom', kind: EntityKind, id: string, name: string }
              | { __typename: 'Treatment', kind: EntityKind, id: string, name: string }
            , source: { id: string, infores: string, title: string, version: string, kind: string, disclaimer: string } } }> } }
    | { __typename: 'Population', kind: EntityKind, id: string, name: string, annotations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { __typename: 'Annotation', id: string, predicate: CuratedPredicate, biolinkPredicate: string, negated: boolean, statement: string, record: string | null, evidence: string | null, evidenceEco: string | null, agentType: string, knowledgeLevel: string, references: Array<string>, onset: string | null, sex: string | null, modifiers: Array<string>, curation: string | null, frequency: { text: string, label: string | null, value: number | null } | null, subject:
              | { __typename: 'Cause', kind: EntityKind, id: string, name: string }
              | { __typename: 'Condition', kind: EntityKind, id: string, name: string }
              | { __typename: 'Disease', id: string, name: string }
              | { __typename: 'Gene', id: string, name: string }
              | { __typename: 'PhenotypicFeature', id: string, name: string }
              | { __typename: 'Population', kind: EntityKind, id: string, name: string }
              | { __typename: 'RiskFactor', kind: EntityKind, id: string, name: string }
              | { __typename: 'Symptom', kind: EntityKind, id: string, name: string }
              | { __typename: 'Treatment', kind: EntityKind, id: string, name: string }
            , object:
              | { __typename: 'Cause', kind: EntityKind, id: string, name: string }
              | { __typename: 'Condition', kind: EntityKind, id: string, name: string }
              | { __typename: 'Disease', id: string, name: string }
              | { __typename: 'Gene', id: string, name: string }
              | { __typename: 'PhenotypicFeature', id: string, name: string }
              | { __typename: 'Population', kind: EntityKind, id: string, name: string }
              | { __typename: 'RiskFactor', kind: EntityKind, id: string, name: string }
              | { __typename: 'Symptom', kind: EntityKind, id: string, name: string }
              | { __typename: 'Treatment', kind: EntityKind, id: string, name: string }
            , source: { id: string, infores: string, title: string, version: string, kind: string, disclaimer: string } } }> } }
    | { __typename: 'RiskFactor', kind: EntityKind, id: string, name: string, annotations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { __typename: 'Annotation', id: string, predicate: CuratedPredicate, biolinkPredicate: string, negated: boolean, statement: string, record: string | null, evidence: string | null, evidenceEco: string | null, agentType: string, knowledgeLevel: string, references: Array<string>, onset: string | null, sex: string | null, modifiers: Array<string>, curation: string | null, frequency: { text: string, label: string | null, value: number | null } | null, subject:
              | { __typename: 'Cause', kind: EntityKind, id: string, name: string }
              | { __typename: 'Condition', kind: EntityKind, id: string, name: string }
              | { __typename: 'Disease', id: string, name: string }
              | { __typename: 'Gene', id: string, name: string }
              | { __typename: 'PhenotypicFeature', id: string, name: string }
              | { __typename: 'Population', kind: EntityKind, id: string, name: string }
              | { __typename: 'RiskFactor', kind: EntityKind, id: string, name: string }
              | { __typename: 'Symptom', kind: EntityKind, id: string, name: string }
              | { __typename: 'Treatment', kind: EntityKind, id: string, name: string }
            , object:
              | { __typename: 'Cause', kind: EntityKind, id: string, name: string }
              | { __typename: 'Condition', kind: EntityKind, id: string, name: string }
              | { __typename: 'Disease', id: string, name: string }
              | { __typename: 'Gene', id: string, name: string }
              | { __typename: 'PhenotypicFeature', id: string, name: string }
              | { __typename: 'Population', kind: EntityKind, id: string, name: string }
              | { __typename: 'RiskFactor', kind: EntityKind, id: string, name: string }
              | { __typename: 'Symptom', kind: EntityKind, id: string, name: string }
              | { __typename: 'Treatment', kind: EntityKind, id: string, name: string }
            , source: { id: string, infores: string, title: string, version: string, kind: string, disclaimer: string } } }> } }
    | { __typename: 'Symptom', kind: EntityKind, id: string, name: string, annotations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { __typename: 'Annotation', id: string, predicate: CuratedPredicate, biolinkPredicate: string, negated: boolean, statement: string, record: string | null, evidence: string | null, evidenceEco: string | null, agentType: string, knowledgeLevel: string, references: Array<string>, onset: string | null, sex: string | null, modifiers: Array<string>, curation: string | null, frequency: { text: string, label: string | null, value: number | null } | null, subject:
              | { __typename: 'Cause', kind: EntityKind, id: string, name: string }
              | { __typename: 'Condition', kind: EntityKind, id: string, name: string }
              | { __typename: 'Disease', id: string, name: string }
              | { __typename: 'Gene', id: string, name: string }
              | { __typename: 'PhenotypicFeature', id: string, name: string }
              | { __typename: 'Population', kind: EntityKind, id: string, name: string }
              | { __typename: 'RiskFactor', kind: EntityKind, id: string, name: string }
              | { __typename: 'Symptom', kind: EntityKind, id: string, name: string }
              | { __typename: 'Treatment', kind: EntityKind, id: string, name: string }
            , object:
              | { __typename: 'Cause', kind: EntityKind, id: string, name: string }
              | { __typename: 'Condition', kind: EntityKind, id: string, name: string }
              | { __typename: 'Disease', id: string, name: string }
              | { __typename: 'Gene', id: string, name: string }
              | { __typename: 'PhenotypicFeature', id: string, name: string }
              | { __typename: 'Population', kind: EntityKind, id: string, name: string }
              | { __typename: 'RiskFactor', kind: EntityKind, id: string, name: string }
              | { __typename: 'Symptom', kind: EntityKind, id: string, name: string }
              | { __typename: 'Treatment', kind: EntityKind, id: string, name: string }
            , source: { id: string, infores: string, title: string, version: string, kind: string, disclaimer: string } } }> } }
    | { __typename: 'Treatment', kind: EntityKind, id: string, name: string, annotations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { __typename: 'Annotation', id: string, predicate: CuratedPredicate, biolinkPredicate: string, negated: boolean, statement: string, record: string | null, evidence: string | null, evidenceEco: string | null, agentType: string, knowledgeLevel: string, references: Array<string>, onset: string | null, sex: string | null, modifiers: Array<string>, curation: string | null, frequency: { text: string, label: string | null, value: number | null } | null, subject:
              | { __typename: 'Cause', kind: EntityKind, id: string, name: string }
              | { __typename: 'Condition', kind: EntityKind, id: string, name: string }
              | { __typename: 'Disease', id: string, name: string }
              | { __typename: 'Gene', id: string, name: string }
              | { __typename: 'PhenotypicFeature', id: string, name: string }
              | { __typename: 'Population', kind: EntityKind, id: string, name: string }
              | { __typename: 'RiskFactor', kind: EntityKind, id: string, name: string }
              | { __typename: 'Symptom', kind: EntityKind, id: string, name: string }
              | { __typename: 'Treatment', kind: EntityKind, id: string, name: string }
            , object:
              | { __typename: 'Cause', kind: EntityKind, id: string, name: string }
              | { __typename: 'Condition', kind: EntityKind, id: string, name: string }
              | { __typename: 'Disease', id: string, name: string }
              | { __typename: 'Gene', id: string, name: string }
              | { __typename: 'PhenotypicFeature', id: string, name: string }
              | { __typename: 'Population', kind: EntityKind, id: string, name: string }
              | { __typename: 'RiskFactor', kind: EntityKind, id: string, name: string }
              | { __typename: 'Symptom', kind: EntityKind, id: string, name: string }
              | { __typename: 'Treatment', kind: EntityKind, id: string, name: string }
            , source: { id: string, infores: string, title: string, version: string, kind: string, disclaimer: string } } }> } }
   | null, facts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { __typename: 'Fact', id: string, predicate: Predicate, modality: Modality, cue: string, frequency: string | null, knowledgeLevel: string, qualifier: string | null, note: string | null, statement: string, figure: { value: number, unit: string, per: number, measure: string } | null, subject:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , object:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , citation: { section: string, paragraph: number, disclaimer: string, source: { id: string, infores: string, title: string, publisher: string, lastModified: string, version: string } }, citations: Array<{ section: string, paragraph: number }> } }> } };

export type ExplorerDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerDetailsQuery = { concept:
    | { __typename: 'Cause', kind: EntityKind, description: string | null, synonyms: Array<string>, id: string, name: string, biolinkCategory: string, curies: Array<string>, xrefs: Array<{ id: string, ontology: string, label: string | null, match: MatchType, url: string }>, citation: { section: string, paragraph: number, disclaimer: string, source: { title: string, lastModified: string } } }
    | { __typename: 'Condition', kind: EntityKind, description: string | null, synonyms: Array<string>, id: string, name: string, biolinkCategory: string, curies: Array<string>, xrefs: Array<{ id: string, ontology: string, label: string | null, match: MatchType, url: string }>, citation: { section: string, paragraph: number, disclaimer: string, source: { title: string, lastModified: string } }, statistics: Array<{ id: string, value: number, unit: string, per: number, measure: string, qualifier: string | null, population: { id: string, name: string } }> }
    | { __typename: 'Disease', id: string, name: string, biolinkCategory: string, curies: Array<string>, diseaseNames: Array<string>, source: { id: string, title: string, version: string } }
    | { __typename: 'Gene', symbol: string, id: string, name: string, biolinkCategory: string, curies: Array<string>, source: { id: string, title: string, version: string } }
    | { __typename: 'PhenotypicFeature', definition: string | null, id: string, name: string, biolinkCategory: string, curies: Array<string>, names: Array<{ text: string, scope: NameScope, type: string | null }>, source: { id: string, title: string, version: string } }
    | { __typename: 'Population', kind: EntityKind, description: string | null, synonyms: Array<string>, id: string, name: string, biolinkCategory: string, curies: Array<string>, xrefs: Array<{ id: string, ontology: string, label: string | null, match: MatchType, url: string }>, citation: { section: string, paragraph: number, disclaimer: string, source: { title: string, lastModified: string } } }
    | { __typename: 'RiskFactor', kind: EntityKind, description: string | null, synonyms: Array<string>, id: string, name: string, biolinkCategory: string, curies: Array<string>, xrefs: Array<{ id: string, ontology: string, label: string | null, match: MatchType, url: string }>, citation: { section: string, paragraph: number, disclaimer: string, source: { title: string, lastModified: string } } }
    | { __typename: 'Symptom', kind: EntityKind, description: string | null, synonyms: Array<string>, id: string, name: string, biolinkCategory: string, curies: Array<string>, xrefs: Array<{ id: string, ontology: string, label: string | null, match: MatchType, url: string }>, citation: { section: string, paragraph: number, disclaimer: string, source: { title: string, lastModified: string } } }
    | { __typename: 'Treatment', kind: EntityKind, description: string | null, synonyms: Array<string>, id: string, name: string, biolinkCategory: string, curies: Array<string>, xrefs: Array<{ id: string, ontology: string, label: string | null, match: MatchType, url: string }>, citation: { section: string, paragraph: number, disclaimer: string, source: { title: string, lastModified: string } } }
   | null };

export type ExplorerCuratedSourceFragment = { id: string, title: string, version: string };

export type ExplorerSourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerSourcesQuery = { sources: Array<{ id: string, kind: string, title: string, version: string, infores: string, reference: string }> };

export type ExplorerTermsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ExplorerTermsQuery = { concepts: Array<
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
   | null> };

export type ExplorerPathQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type ExplorerPathQuery = { path: { length: number, entities: Array<
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
    >, facts: Array<{ __typename: 'Fact', id: string, predicate: Predicate, modality: Modality, cue: string, frequency: string | null, knowledgeLevel: string, qualifier: string | null, note: string | null, statement: string, figure: { value: number, unit: string, per: number, measure: string } | null, subject:
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
      , object:
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
      , citation: { section: string, paragraph: number, disclaimer: string, source: { id: string, infores: string, title: string, publisher: string, lastModified: string, version: string } }, citations: Array<{ section: string, paragraph: number }> }> } | null };

export const ExplorerFactFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerFact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Fact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"cue"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"knowledgeLevel"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"figure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"per"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"disclaimer"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"infores"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"lastModified"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}}]}}]}}]} as unknown as DocumentNode<ExplorerFactFragment, unknown>;
export const ExplorerNodeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concept"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<ExplorerNodeFragment, unknown>;
export const ExplorerAnnotationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerAnnotation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Annotation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"biolinkPredicate"}},{"kind":"Field","name":{"kind":"Name","value":"negated"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"record"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceEco"}},{"kind":"Field","name":{"kind":"Name","value":"agentType"}},{"kind":"Field","name":{"kind":"Name","value":"knowledgeLevel"}},{"kind":"Field","name":{"kind":"Name","value":"references"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onset"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"modifiers"}},{"kind":"Field","name":{"kind":"Name","value":"curation"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"infores"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"disclaimer"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concept"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<ExplorerAnnotationFragment, unknown>;
export const ExplorerCuratedSourceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerCuratedSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ExplorerCuratedSourceFragment, unknown>;
export const FactsForChatbotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FactsForChatbot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"about"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}},"defaultValue":{"kind":"StringValue","value":"epileptic-myoclonus","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"1"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"about"},"value":{"kind":"Variable","name":{"kind":"Name","value":"about"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"lastModified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disclaimer"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FactsForChatbotQuery, FactsForChatbotQueryVariables>;
export const MyoclonusOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyoclonusOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"myoclonus","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"subtypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"examples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"treatments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treatment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lookAlikes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskFactors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"populations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"population"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"per"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"population"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyoclonusOverviewQuery, MyoclonusOverviewQueryVariables>;
export const DiseaseProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiseaseProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"ORPHA:307","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"concept"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"curies"}},{"kind":"Field","name":{"kind":"Name","value":"annotations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"predicates"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"HAS_PHENOTYPE"}]}},{"kind":"Argument","name":{"kind":"Name","value":"includeNegated"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"negated"}},{"kind":"Field","name":{"kind":"Name","value":"record"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statement"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DiseaseProfileQuery, DiseaseProfileQueryVariables>;
export const DiseasesWithMyoclonusAndDystoniaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiseasesWithMyoclonusAndDystonia"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phenotypes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},"defaultValue":{"kind":"ListValue","values":[{"kind":"StringValue","value":"HP:0001336","block":false},{"kind":"StringValue","value":"HP:0001332","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diseasesWithPhenotypes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"phenotypes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phenotypes"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeNarrower"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"curies"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DiseasesWithMyoclonusAndDystoniaQuery, DiseasesWithMyoclonusAndDystoniaQueryVariables>;
export const DiseasesWithMyoclonusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiseasesWithMyoclonus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phenotype"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"HP:0001336","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diseasesWithPhenotype"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"phenotype"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phenotype"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeNarrower"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frequency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"record"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceEco"}},{"kind":"Field","name":{"kind":"Name","value":"references"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"infores"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DiseasesWithMyoclonusQuery, DiseasesWithMyoclonusQueryVariables>;
export const GenesOfProgressiveMyoclonusEpilepsiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GenesOfProgressiveMyoclonusEpilepsies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"names"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},"defaultValue":{"kind":"ListValue","values":[{"kind":"StringValue","value":"Epilepsy, progressive myoclonic","block":false},{"kind":"StringValue","value":"Progressive myoclonic epilepsy","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diseasesNamed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"startingWith"},"value":{"kind":"Variable","name":{"kind":"Name","value":"names"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Disease"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"curies"}},{"kind":"Field","name":{"kind":"Name","value":"genes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GenesOfProgressiveMyoclonusEpilepsiesQuery, GenesOfProgressiveMyoclonusEpilepsiesQueryVariables>;
export const MyoclonusWithKidneyFailureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyoclonusWithKidneyFailure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phenotypes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},"defaultValue":{"kind":"ListValue","values":[{"kind":"StringValue","value":"myoclonus","block":false},{"kind":"StringValue","value":"kidney-failure","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diseasesWithPhenotypes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"phenotypes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phenotypes"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"concept"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"kidney-failure","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"curies"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskFactor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statement"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyoclonusWithKidneyFailureQuery, MyoclonusWithKidneyFailureQueryVariables>;
export const PathFromAlzheimersToMyoclonusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PathFromAlzheimersToMyoclonus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"alzheimers-disease","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"myoclonus","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"4"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"entities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PathFromAlzheimersToMyoclonusQuery, PathFromAlzheimersToMyoclonusQueryVariables>;
export const SearchLayPhraseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchLayPhrase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"twitching when falling asleep","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"synonyms"}}]}}]}}]}}]} as unknown as DocumentNode<SearchLayPhraseQuery, SearchLayPhraseQueryVariables>;
export const TreatmentOfEpilepticMyoclonusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TreatmentOfEpilepticMyoclonus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"epileptic myoclonus","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"treatments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treatment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"treats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statement"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TreatmentOfEpilepticMyoclonusQuery, TreatmentOfEpilepticMyoclonusQueryVariables>;
export const UnderlyingCausesOfSecondaryMyoclonusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnderlyingCausesOfSecondaryMyoclonus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"secondary myoclonus","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"underlyingCauses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeGroupMembers"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cause"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskFactors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"fact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"cue"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"lastModified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disclaimer"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtypeOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"underlyingCauses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeSubtypes"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cause"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"condition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mayIndicate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnderlyingCausesOfSecondaryMyoclonusQuery, UnderlyingCausesOfSecondaryMyoclonusQueryVariables>;
export const ExplorerSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerSearchQuery, ExplorerSearchQueryVariables>;
export const ExplorerEntitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerEntities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"concepts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerNode"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concept"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<ExplorerEntitiesQuery, ExplorerEntitiesQueryVariables>;
export const ExplorerNeighboursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerNeighbours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"factsFirst"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"factsAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"annotationsFirst"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"annotationsAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"concept"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerNode"}},{"kind":"Field","name":{"kind":"Name","value":"annotations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeNegated"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"annotationsFirst"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"annotationsAfter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerAnnotation"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"about"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"factsFirst"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"factsAfter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerFact"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Concept"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerAnnotation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Annotation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"biolinkPredicate"}},{"kind":"Field","name":{"kind":"Name","value":"negated"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"record"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceEco"}},{"kind":"Field","name":{"kind":"Name","value":"agentType"}},{"kind":"Field","name":{"kind":"Name","value":"knowledgeLevel"}},{"kind":"Field","name":{"kind":"Name","value":"references"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onset"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"modifiers"}},{"kind":"Field","name":{"kind":"Name","value":"curation"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"infores"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"disclaimer"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerFact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Fact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"cue"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"knowledgeLevel"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"figure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"per"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"disclaimer"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"infores"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"lastModified"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}}]}}]}}]} as unknown as DocumentNode<ExplorerNeighboursQuery, ExplorerNeighboursQueryVariables>;
export const ExplorerDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"concept"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"biolinkCategory"}},{"kind":"Field","name":{"kind":"Name","value":"curies"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"synonyms"}},{"kind":"Field","name":{"kind":"Name","value":"xrefs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ontology"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"match"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"disclaimer"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"lastModified"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Condition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"per"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"population"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Disease"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"diseaseNames"},"name":{"kind":"Name","value":"synonyms"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerCuratedSource"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhenotypicFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerCuratedSource"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gene"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerCuratedSource"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerCuratedSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ExplorerDetailsQuery, ExplorerDetailsQueryVariables>;
export const ExplorerSourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"infores"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<ExplorerSourcesQuery, ExplorerSourcesQueryVariables>;
export const ExplorerTermsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerTerms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"concepts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ExplorerTermsQuery, ExplorerTermsQueryVariables>;
export const ExplorerPathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerPath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"entities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerFact"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerFact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Fact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"cue"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"knowledgeLevel"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"figure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"per"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"disclaimer"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"infores"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"lastModified"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}}]}}]}}]} as unknown as DocumentNode<ExplorerPathQuery, ExplorerPathQueryVariables>;