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
   * unit. A frequency word opens the sentence; the qualifier is added in brackets.
   */
  statement: string;
  /**
   * Templates for cues that claim less than the predicate's own sentence: a
   * source that only says a treatment "can be administered" names an option,
   * and its sentence must not read as advice.
   */
  statementByCue?: Readonly<Record<string, string>>;
  /** The modalities a fact of this predicate may have (see MODALITIES). */
  modalities: readonly ModalityName[];
  /** Facts of this predicate are made from the seeds' statistics, one a figure, never written as facts. */
  fromStatistics?: true;
  /** Subject and object are of one kind (a group and its members). */
  sameKind?: true;
}

/**
 * What kind of claim a fact is, as its cited sentence makes it. Each modality
 * lists the words of a source that carry it (its cues): a fact records the cue
 * its sentence uses, and the seed check refuses a cue its modality lacks. The
 * rule the graph keeps: a fact is a causation (CAUSES) only when its sentence
 * says "due to" or "as a result of"; "can be an indication of" is an
 * indication, "more common in people who" and "risk factors that increase the
 * likelihood" are increased likelihood, never cause.
 */
export const MODALITIES = {
  CAUSATION: {
    description: 'The source says the subject brings the object about.',
    knowledgeLevel: 'knowledge_assertion',
    cues: ['due to', 'as a result of'],
  },
  INDICATION: {
    description:
      'The source says the subject can be a sign of the object, an underlying problem; not that the object causes it.',
    knowledgeLevel: 'knowledge_assertion',
    cues: ['can be an indication of', 'can also signify'],
  },
  INCREASED_LIKELIHOOD: {
    description:
      'The source says the object is more common, or more likely, with the subject: an association, not a cause.',
    knowledgeLevel: 'knowledge_assertion',
    cues: [
      'more common',
      'risk factors that increase the likelihood',
      'occur in people who have had',
      'can also experience',
      'consistently higher in men',
    ],
  },
  OCCURRENCE: {
    description: 'The source reports in whom the condition is seen.',
    knowledgeLevel: 'observation',
    cues: [
      'anyone can experience',
      'equal risk',
      'often occurs',
      'can occur in',
      'only affects',
      'can occur in a large number',
    ],
  },
  CLASSIFICATION: {
    description: 'The source names the subject as a form, kind or example of the object.',
    knowledgeLevel: 'knowledge_assertion',
    cues: [
      'is referred to as',
      'for example',
      'such as',
      'i.e.',
      'in particular',
      'form',
      'in case of persistence',
    ],
  },
  DESCRIPTION: {
    description: 'The source describes how the condition shows itself.',
    knowledgeLevel: 'knowledge_assertion',
    cues: [
      'refers to',
      'describe the phenomena as',
      'experiences difficulties in',
      'keep getting worse',
      'burst of spontaneous muscle activity',
      'muscle silencing',
    ],
  },
  RESEMBLANCE: {
    description: 'The source says the two can be confused.',
    knowledgeLevel: 'knowledge_assertion',
    cues: ['can be mistaken for', 'similar to'],
  },
  RECOMMENDATION: {
    description:
      'The source advises this for the condition, or names it as an option; it does not report that it works.',
    knowledgeLevel: 'knowledge_assertion',
    cues: [
      'no need for treatment',
      'is necessary',
      'most appropriate',
      'can be administered',
      'should be offered',
      'is advised',
      'should visit a doctor',
      'should ensure you visit a doctor',
    ],
  },
  FIGURE: {
    description: 'The source gives a number of cases.',
    knowledgeLevel: 'observation',
    cues: ['cases'],
  },
} as const satisfies Record<
  string,
  { description: string; knowledgeLevel: KnowledgeLevel; cues: readonly string[] }
>;
export type ModalityName = keyof typeof MODALITIES;
export const MODALITY_NAMES = Object.keys(MODALITIES) as ModalityName[];

/** The Biolink knowledge levels our facts take (Biolink's KnowledgeLevelEnum). */
export type KnowledgeLevel = 'knowledge_assertion' | 'observation';

/** How often, in the source's words, what a fact states holds; it opens the fact's sentence. */
export const FREQUENCIES = ['in most cases', 'often', 'in rare cases'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/**
 * Each predicate is also the Neo4j relationship type. Direction is always
 * subject -> object, and the statement reads in that direction.
 */
export const PREDICATES = {
  SUBTYPE_OF: {
    subject: ['CONDITION'],
    object: ['CONDITION'],
    statement: '{S} is a subtype of {o}',
    modalities: ['CLASSIFICATION'],
  },
  EXAMPLE_OF: {
    subject: ['CONDITION'],
    object: ['CONDITION'],
    statement: '{O} includes {s} as an everyday example',
    modalities: ['CLASSIFICATION'],
  },
  CAUSES: {
    subject: ['CAUSE'],
    object: ['CONDITION'],
    statement: '{O} is due to {s}',
    modalities: ['CAUSATION'],
  },
  MAY_INDICATE: {
    subject: ['CONDITION'],
    object: ['CAUSE', 'RISK_FACTOR'],
    statement: '{S} can be a sign of underlying {o}',
    modalities: ['INDICATION'],
  },
  MEMBER_OF: {
    subject: ['CAUSE', 'RISK_FACTOR'],
    object: ['CAUSE', 'RISK_FACTOR'],
    statement: '{S} is a kind of {o}',
    modalities: ['CLASSIFICATION'],
    sameKind: true,
  },
  RISK_FACTOR_FOR: {
    subject: ['RISK_FACTOR'],
    object: ['CONDITION'],
    statement: '{O} is more likely with {s}',
    modalities: ['INCREASED_LIKELIHOOD'],
  },
  AFFECTS: {
    subject: ['CONDITION'],
    object: ['POPULATION'],
    statement: '{S} can occur in {o}',
    modalities: ['OCCURRENCE', 'INCREASED_LIKELIHOOD'],
  },
  HAS_SYMPTOM: {
    subject: ['CONDITION'],
    object: ['SYMPTOM'],
    statement: '{O} is a sign of {s}',
    modalities: ['DESCRIPTION'],
  },
  TREATS: {
    subject: ['TREATMENT'],
    object: ['CONDITION'],
    statement: 'For {o}, the source advises: {s}',
    statementByCue: { 'can be administered': 'For {o}, the source says {s} can be given' },
    modalities: ['RECOMMENDATION'],
  },
  ADVISED_FOR: {
    subject: ['TREATMENT'],
    object: ['CONDITION'],
    statement: 'For {o}, the source gives this advice: {s}',
    modalities: ['RECOMMENDATION'],
  },
  MISTAKEN_FOR: {
    subject: ['CONDITION'],
    object: ['CONDITION'],
    statement: '{S} can be mistaken for {o}',
    modalities: ['RESEMBLANCE'],
  },
  FREQUENCY_IN: {
    subject: ['CONDITION'],
    object: ['POPULATION'],
    statement: '{S} occurs at about {figure} among {o}',
    modalities: ['FIGURE'],
    fromStatistics: true,
  },
} as const satisfies Record<string, PredicateRule>;

export type PredicateName = keyof typeof PREDICATES;

/** The sentence template of a fact: its cue's own where the cue claims less than the predicate. */
export function statementTemplate(predicate: PredicateName, cue: string): string {
  const rule: PredicateRule = PREDICATES[predicate];
  return rule.statementByCue?.[cue] ?? rule.statement;
}
export const PREDICATE_NAMES = Object.keys(PREDICATES) as PredicateName[];

/** The predicates a seed file may state as facts (the others are made from its statistics). */
export const STATED_PREDICATE_NAMES = PREDICATE_NAMES.filter(
  (p) => !('fromStatistics' in PREDICATES[p]),
);

/**
 * How a name relates to the entity it names, as oboInOwl's synonym scopes
 * (and HPO and MONDO) read: `exact`, the same thing; `broad`, a name of
 * something broader ("twitching" for myoclonus); `narrow`, of something
 * narrower; `related`, associated but not a name of it.
 */
export const NAME_SCOPES = ['exact', 'broad', 'narrow', 'related'] as const;
export type NameScope = (typeof NAME_SCOPES)[number];
