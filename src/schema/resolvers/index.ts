import type { Resolvers } from '../../generated/resolvers-types';
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
} from './links';

export const resolvers: Resolvers = {
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
};
