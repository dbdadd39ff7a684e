import type { EntityKindName, PredicateName } from './vocabulary';

/**
 * How our vocabulary reads in the Biolink Model, the shared schema of
 * biomedical knowledge graphs (Monarch, the Translator KGs). Checked against
 * the model's own YAML (tests/unit/biolink.test.ts, seeds/ontologies/biolink-model.json).
 */
export const BIOLINK_MODEL_VERSION = '4.4.6';

export const BIOLINK_CATEGORIES = [
  'biolink:Disease',
  'biolink:PhenotypicFeature',
  'biolink:Drug',
  'biolink:Treatment',
  'biolink:Procedure',
  'biolink:ClinicalIntervention',
  'biolink:PopulationOfIndividualOrganisms',
  'biolink:Gene',
  'biolink:GeneticInheritance',
] as const;
export type BiolinkCategory = (typeof BIOLINK_CATEGORIES)[number];

/** The category an entity of each kind has unless its seed entry says otherwise. */
export const DEFAULT_CATEGORY: Record<EntityKindName, BiolinkCategory> = {
  // Myoclonus itself and its forms are phenotypes (HPO); their seeds say so.
  CONDITION: 'biolink:Disease',
  CAUSE: 'biolink:Disease',
  RISK_FACTOR: 'biolink:Disease',
  TREATMENT: 'biolink:Treatment',
  POPULATION: 'biolink:PopulationOfIndividualOrganisms',
  SYMPTOM: 'biolink:PhenotypicFeature',
};

export interface BiolinkPredicateMapping {
  predicate: `biolink:${string}`;
  /**
   * The Biolink association class of its edges (an edge's category): the one
   * the model has for the predicate between the kinds it joins, else the
   * model's root, biolink:Association, as the curated layer's subclass_of is.
   */
  association: `biolink:${string}`;
  /** Why this predicate, where the fit is not plain. */
  why?: string;
}

/** The model's root association class, for a predicate no narrower class is made for. */
const ASSOCIATION = 'biolink:Association';

export const BIOLINK_PREDICATES: Record<PredicateName, BiolinkPredicateMapping> = {
  SUBTYPE_OF: { predicate: 'biolink:subclass_of', association: ASSOCIATION },
  EXAMPLE_OF: {
    predicate: 'biolink:subclass_of',
    association: ASSOCIATION,
    why: 'Biolink has no "example of"; each everyday example the article gives (hiccups, twitching when falling asleep) is a kind of physiological myoclonus.',
  },
  CAUSES: {
    predicate: 'biolink:causes',
    association: ASSOCIATION,
    why: 'Only where the cited sentence states causation ("due to", "as a result of").',
  },
  MAY_INDICATE: {
    predicate: 'biolink:correlated_with',
    association: ASSOCIATION,
    why: 'Biolink has no predicate for "can be a sign of". manifestation_of would assert that the condition is a manifestation of each problem, which the article says only can happen, in rare cases; correlated_with claims only that the two go together. The direction, the "can" and the frequency travel on the edge (original_predicate, modality, frequency_text).',
  },
  MEMBER_OF: {
    predicate: 'biolink:subclass_of',
    association: ASSOCIATION,
    why: "Biolink's member_of joins a member to a collection of things; stroke, dementia and Alzheimer's disease are kinds of neurological condition, as MONDO has them under nervous system disorder.",
  },
  RISK_FACTOR_FOR: {
    predicate: 'biolink:associated_with_increased_likelihood_of',
    association: 'biolink:NamedThingAssociatedWithLikelihoodOfNamedThingAssociation',
  },
  AFFECTS: {
    predicate: 'biolink:occurs_in',
    association: ASSOCIATION,
    why: 'The article says in whom the condition occurs. biolink:affects would assert that the condition changes a state or quality of those people, which it does not say; occurs_in says only that it happens among them. A qualifier such as "same risk as females" stays on the edge.',
  },
  HAS_SYMPTOM: {
    predicate: 'biolink:has_phenotype',
    // The subject is a form of myoclonus, a phenotype: the disease's association would not hold.
    association: 'biolink:EntityToPhenotypicFeatureAssociation',
  },
  TREATS: {
    predicate: 'biolink:applied_to_treat',
    association: 'biolink:ChemicalOrDrugOrTreatmentToDiseaseOrPhenotypicFeatureAssociation',
    why: 'The article says what is done or advised for a form of myoclonus, not that a treatment is proven to work, which is what biolink:treats asserts.',
  },
  ADVISED_FOR: {
    predicate: 'biolink:related_to_at_instance_level',
    association: ASSOCIATION,
    why: 'Advice that is not a therapy ("see a doctor", "no treatment is needed"): no Biolink predicate states advice, and applied_to_treat or treats would say the advice is applied to treat the condition. The most general instance-level predicate is used, and original_predicate says what the edge means.',
  },
  MISTAKEN_FOR: {
    predicate: 'biolink:similar_to',
    association: ASSOCIATION,
    why: 'Looking alike goes both ways, and similar_to is symmetric (as Hetionet\'s "resembles" is).',
  },
  FREQUENCY_IN: {
    predicate: 'biolink:occurs_in',
    association: ASSOCIATION,
    why: 'A figure of how often a condition occurs among a population; the value and unit travel as edge attributes.',
  },
};
