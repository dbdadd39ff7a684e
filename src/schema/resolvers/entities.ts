import type {
  CauseResolvers,
  ConditionResolvers,
  EntityResolvers,
  PopulationResolvers,
  RiskFactorResolvers,
  SymptomResolvers,
  TreatmentResolvers,
} from '../../generated/resolvers-types';
import { KIND_LABELS, PREDICATE_NAMES } from '../../domain';
import type { EntityRecord } from '../../graph/read';
import type { RequestContext } from '../context';
import { annotationsField } from './curated';

/** The GraphQL type of an entity is named after its kind (CONDITION -> Condition). */
export const Entity: EntityResolvers = {
  __resolveType: (entity) =>
    KIND_LABELS[entity.kind] as ReturnType<NonNullable<EntityResolvers['__resolveType']>>,
};

/** Fields every entity type shares. */
const common = {
  facts: (
    entity: EntityRecord,
    { predicates }: { predicates?: readonly (typeof PREDICATE_NAMES)[number][] | null },
    { graph }: RequestContext,
  ) => graph.facts(entity.id, predicates && predicates.length > 0 ? predicates : PREDICATE_NAMES),
  biolinkCategory: (entity: EntityRecord) => entity.category,
  annotations: annotationsField,
  xrefs: async (entity: EntityRecord, _: unknown, { graph }: RequestContext) =>
    (await graph.annotations(entity.id)).xrefs,
  xrefNote: async (entity: EntityRecord, _: unknown, { graph }: RequestContext) =>
    (await graph.annotations(entity.id)).xrefNote,
  ontologySynonyms: async (entity: EntityRecord, _: unknown, { graph }: RequestContext) =>
    (await graph.annotations(entity.id)).ontologySynonyms,
  names: async (entity: EntityRecord, _: unknown, { graph }: RequestContext) =>
    (await graph.annotations(entity.id)).names,
};

export const Condition: ConditionResolvers = {
  ...common,
  subtypes: (c, _, { graph }) => graph.links(c.id, ['SUBTYPE_OF'], 'IN'),
  subtypeOf: (c, _, { graph }) => graph.links(c.id, ['SUBTYPE_OF'], 'OUT'),
  examples: (c, _, { graph }) => graph.links(c.id, ['EXAMPLE_OF'], 'IN'),
  exampleOf: (c, _, { graph }) => graph.links(c.id, ['EXAMPLE_OF'], 'OUT'),
  underlyingCauses: (c, { includeGroupMembers, includeSubtypes }, { graph }) =>
    graph.underlyingCauses(c.id, {
      includeGroupMembers: includeGroupMembers ?? true,
      includeSubtypes: includeSubtypes ?? false,
    }),
  riskFactors: (c, _, { graph }) => graph.links(c.id, ['RISK_FACTOR_FOR'], 'IN'),
  mayIndicate: (c, _, { graph }) => graph.links(c.id, ['MAY_INDICATE'], 'OUT'),
  treatments: (c, _, { graph }) => graph.links(c.id, ['TREATS'], 'IN'),
  advice: (c, _, { graph }) => graph.links(c.id, ['ADVISED_FOR'], 'IN'),
  lookAlikes: (c, _, { graph }) => graph.links(c.id, ['MISTAKEN_FOR'], 'BOTH'),
  symptoms: (c, _, { graph }) => graph.links(c.id, ['HAS_SYMPTOM'], 'OUT'),
  populations: (c, _, { graph }) => graph.links(c.id, ['AFFECTS'], 'OUT'),
  statistics: (c, _, { graph }) => graph.statistics(c.id),
};

export const Cause: CauseResolvers = {
  ...common,
  causes: (c, { viaGroups }, { graph }) => graph.conditionsCausedBy(c.id, viaGroups ?? true),
  members: (c, _, { graph }) => graph.links(c.id, ['MEMBER_OF'], 'IN'),
  memberOf: (c, _, { graph }) => graph.links(c.id, ['MEMBER_OF'], 'OUT'),
  indicatedBy: (c, _, { graph }) => graph.links(c.id, ['MAY_INDICATE'], 'IN'),
};

export const RiskFactor: RiskFactorResolvers = {
  ...common,
  riskFor: (r, _, { graph }) => graph.links(r.id, ['RISK_FACTOR_FOR'], 'OUT'),
  indicatedBy: (r, _, { graph }) => graph.links(r.id, ['MAY_INDICATE'], 'IN'),
  members: (r, _, { graph }) => graph.links(r.id, ['MEMBER_OF'], 'IN'),
  memberOf: (r, _, { graph }) => graph.links(r.id, ['MEMBER_OF'], 'OUT'),
};

export const Treatment: TreatmentResolvers = {
  ...common,
  treats: (t, _, { graph }) => graph.links(t.id, ['TREATS'], 'OUT'),
  advisedFor: (t, _, { graph }) => graph.links(t.id, ['ADVISED_FOR'], 'OUT'),
};

export const Population: PopulationResolvers = {
  ...common,
  affectedBy: (p, _, { graph }) => graph.links(p.id, ['AFFECTS'], 'IN'),
};

export const Symptom: SymptomResolvers = {
  ...common,
  symptomOf: (s, _, { graph }) => graph.links(s.id, ['HAS_SYMPTOM'], 'IN'),
};
