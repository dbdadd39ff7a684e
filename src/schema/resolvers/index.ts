import type { Resolvers } from '../../generated/resolvers-types';
import { withGraphQLErrors } from '../graphql-errors';
import * as ArticleQuery from './query';
import {
  Annotation,
  Concept,
  Disease,
  Gene,
  PhenotypicFeature,
  concept,
  concepts,
  diseasesNamed,
  diseasesWithPhenotype,
  diseasesWithPhenotypes,
  searchConcepts,
} from './curated';

const Query = {
  ...ArticleQuery,
  concept,
  concepts,
  diseasesWithPhenotype,
  diseasesWithPhenotypes,
  diseasesNamed,
  searchConcepts,
};
import { Cause, Condition, Entity, Population, RiskFactor, Symptom, Treatment } from './entities';
import {
  CauseGroupLink,
  CauseLink,
  Citation,
  ConditionLink,
  CuratedName,
  EntityLink,
  Fact,
  Name,
  Path,
  RetiredId,
  PopulationLink,
  RiskFactorLink,
  SymptomLink,
  TreatmentLink,
  OntologySynonym,
  Xref,
} from './links';

/**
 * Every resolver. Those that read the graph (the root queries, the entity
 * types' relationship fields, a retired id's replacement) have their errors
 * mapped to GraphQL errors with codes; the others only reshape what was read,
 * cannot meet a data-layer error, and are called once per field of every
 * fact, so they stay unwrapped.
 */
export const resolvers: Resolvers = {
  ...withGraphQLErrors({
    Query,
    Condition,
    Cause,
    RiskFactor,
    Treatment,
    Population,
    Symptom,
    Disease,
    PhenotypicFeature,
    Gene,
    Annotation,
    RetiredId,
  }),
  Concept,
  Entity,
  ConditionLink,
  CauseLink,
  CauseGroupLink,
  RiskFactorLink,
  TreatmentLink,
  PopulationLink,
  SymptomLink,
  EntityLink,
  Name,
  CuratedName,
  Fact,
  Citation,
  Path,
  Xref,
  OntologySynonym,
};
