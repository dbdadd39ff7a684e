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
  'biolink:PopulationOfIndividualOrganisms',
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
  /** Why this predicate, where the fit is not plain. */
  why?: string;
}

export const BIOLINK_PREDICATES: Record<PredicateName, BiolinkPredicateMapping> = {
  SUBTYPE_OF: { predicate: 'biolink:subclass_of' },
  EXAMPLE_OF: {
    predicate: 'biolink:subclass_of',
    why: 'Biolink has no "example of"; each everyday example the article gives (hiccups, twitching when falling asleep) is a kind of physiological myoclonus.',
  },
  CAUSES: { predicate: 'biolink:causes' },
  MEMBER_OF: {
    predicate: 'biolink:subclass_of',
    why: "Biolink's member_of joins a member to a collection of things; stroke, dementia and Alzheimer's disease are kinds of neurological condition, as MONDO has them under nervous system disorder.",
  },
  RISK_FACTOR_FOR: { predicate: 'biolink:associated_with_increased_likelihood_of' },
  AFFECTS: {
    predicate: 'biolink:affects',
    why: 'Biolink has no predicate from a condition to the people it occurs in; affects (no domain or range) says that the condition changes the state of those people. A qualifier such as "same risk as females" stays on the edge.',
  },
  HAS_SYMPTOM: { predicate: 'biolink:has_phenotype' },
  TREATS: {
    predicate: 'biolink:applied_to_treat',
    why: 'The article says what is done or advised for a form of myoclonus, not that a treatment is proven to work, which is what biolink:treats asserts.',
  },
  MISTAKEN_FOR: {
    predicate: 'biolink:similar_to',
    why: 'Looking alike goes both ways, and similar_to is symmetric (as Hetionet\'s "resembles" is).',
  },
  FREQUENCY_IN: {
    predicate: 'biolink:occurs_in',
    why: 'A figure of how often a condition occurs among a population; the value and unit travel as edge attributes.',
  },
};
