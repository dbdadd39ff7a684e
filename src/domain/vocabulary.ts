/**
 * The closed vocabulary of the graph: what kinds of entity exist and which
 * predicates may join them. The GraphQL enums `EntityKind` and `Predicate`
 * mirror these lists; a unit test keeps the two in step.
 */

export const ENTITY_KINDS = [
  'CONDITION',
  'CAUSE',
  'RISK_FACTOR',
  'TREATMENT',
  'POPULATION',
  'SYMPTOM',
] as const;
export type EntityKindName = (typeof ENTITY_KINDS)[number];

/** Neo4j label for each kind; every entity also carries the `Entity` label. */
export const KIND_LABELS: Record<EntityKindName, string> = {
  CONDITION: 'Condition',
  CAUSE: 'Cause',
  RISK_FACTOR: 'RiskFactor',
  TREATMENT: 'Treatment',
  POPULATION: 'Population',
  SYMPTOM: 'Symptom',
};

interface PredicateRule {
  /** Kinds allowed as the subject (the tail of the arrow). */
  subject: readonly EntityKindName[];
  /** Kinds allowed as the object (the head of the arrow). */
  object: readonly EntityKindName[];
  /**
   * Sentence template. `{S}`/`{s}` is the subject's name (capitalised / as inside a sentence),
   * `{O}`/`{o}` the object's; each template names both; `{figure}` is a figure's value and
   * unit. The qualifier is added in brackets.
   */
  statement: string;
  /** Facts of this predicate are made from the seeds' statistics, one a figure, never written as facts. */
  fromStatistics?: true;
}

/**
 * Each predicate is also the Neo4j relationship type. Direction is always
 * subject -> object, and the statement reads in that direction.
 */
export const PREDICATES = {
  SUBTYPE_OF: {
    subject: ['CONDITION'],
    object: ['CONDITION'],
    statement: '{S} is a subtype of {o}',
  },
  EXAMPLE_OF: {
    subject: ['CONDITION'],
    object: ['CONDITION'],
    statement: '{O} includes {s} as an everyday example',
  },
  CAUSES: {
    subject: ['CAUSE'],
    object: ['CONDITION'],
    statement: '{S} is an underlying cause of {o}',
  },
  MEMBER_OF: {
    subject: ['CAUSE'],
    object: ['CAUSE'],
    statement: '{S} is a kind of {o}',
  },
  RISK_FACTOR_FOR: {
    subject: ['RISK_FACTOR'],
    object: ['CONDITION'],
    statement: '{O} is more likely with {s}',
  },
  AFFECTS: {
    subject: ['CONDITION'],
    object: ['POPULATION'],
    statement: '{S} can affect {o}',
  },
  HAS_SYMPTOM: {
    subject: ['CONDITION'],
    object: ['SYMPTOM'],
    statement: '{O} is a sign of {s}',
  },
  TREATS: {
    subject: ['TREATMENT'],
    object: ['CONDITION'],
    statement: 'For {o}, the source advises: {s}',
  },
  MISTAKEN_FOR: {
    subject: ['CONDITION'],
    object: ['CONDITION'],
    statement: '{S} can be mistaken for {o}',
  },
  FREQUENCY_IN: {
    subject: ['CONDITION'],
    object: ['POPULATION'],
    statement: '{S} occurs at about {figure} among {o}',
    fromStatistics: true,
  },
} as const satisfies Record<string, PredicateRule>;

export type PredicateName = keyof typeof PREDICATES;
export const PREDICATE_NAMES = Object.keys(PREDICATES) as PredicateName[];

/** The predicates a seed file may state as facts (the others are made from its statistics). */
export const STATED_PREDICATE_NAMES = PREDICATE_NAMES.filter(
  (p) => !('fromStatistics' in PREDICATES[p]),
);
