import type { Resolvers } from '../../generated/resolvers-types';
import { withGraphQLErrors } from '../graphql-errors';
import * as Query from './query';
import { Cause, Condition, Entity, Population, RiskFactor, Symptom, Treatment } from './entities';
import {
  CauseGroupLink,
  CauseLink,
  Citation,
  ConditionLink,
  Fact,
  Path,
  PopulationLink,
  RiskFactorLink,
  SymptomLink,
  TreatmentLink,
  OntologySynonym,
  Xref,
} from './links';

/** Every resolver, its errors mapped to GraphQL errors with codes. */
export const resolvers: Resolvers = withGraphQLErrors({
  Query,
  Entity,
  Condition,
  Cause,
  RiskFactor,
  Treatment,
  Population,
  Symptom,
  ConditionLink,
  CauseLink,
  CauseGroupLink,
  RiskFactorLink,
  TreatmentLink,
  PopulationLink,
  SymptomLink,
  Fact,
  Citation,
  Path,
  Xref,
  OntologySynonym,
});
