import type {
  CauseGroupLinkResolvers,
  CauseLinkResolvers,
  CitationResolvers,
  ConditionLinkResolvers,
  CuratedNameResolvers,
  EntityLinkResolvers,
  FactResolvers,
  MatchType,
  NameResolvers,
  NameScope,
  RetiredIdResolvers,
  RetiredIdKind,
  OntologySynonymResolvers,
  PathResolvers,
  PopulationLinkResolvers,
  RiskFactorLinkResolvers,
  SymptomLinkResolvers,
  TreatmentLinkResolvers,
  XrefResolvers,
} from '../../generated/resolvers-types';
import { entityReplacementOf, type LinkRecord } from '../../graph/read';
import { BIOLINK_PREDICATES, MODALITIES, curiePrefix, curieUrl, factStatement } from '../../domain';

/** What every link type shares: qualifier, citation and fact come from the joining fact. */
const linkFields = {
  qualifier: (link: LinkRecord) => link.fact.qualifier,
  citation: (link: LinkRecord) => link.fact.citation,
  fact: (link: LinkRecord) => link.fact,
};

export const ConditionLink: ConditionLinkResolvers = {
  ...linkFields,
  condition: (link) => link.entity,
};
export const CauseGroupLink: CauseGroupLinkResolvers = {
  ...linkFields,
  cause: (link) => link.entity,
};
export const RiskFactorLink: RiskFactorLinkResolvers = {
  ...linkFields,
  riskFactor: (link) => link.entity,
};
export const TreatmentLink: TreatmentLinkResolvers = {
  ...linkFields,
  treatment: (link) => link.entity,
};
export const PopulationLink: PopulationLinkResolvers = {
  ...linkFields,
  population: (link) => link.entity,
};
export const SymptomLink: SymptomLinkResolvers = { ...linkFields, symptom: (link) => link.entity };
export const EntityLink: EntityLinkResolvers = { ...linkFields, entity: (link) => link.entity };

/** A name's scope as the enum spells it: the graph stores oboInOwl's scopes in lower case. */
const nameScope = (name: { scope: string }) => name.scope.toUpperCase() as NameScope;

export const Name: NameResolvers = { scope: nameScope };

export const CuratedName: CuratedNameResolvers = { scope: nameScope };

export const RetiredId: RetiredIdResolvers = {
  kind: (retired) => retired.kind.toUpperCase() as RetiredIdKind,
  replacement: (retired, _, { graph }) => {
    const replacement = entityReplacementOf(retired);
    return replacement === null ? null : graph.entity(replacement);
  },
};

export const CauseLink: CauseLinkResolvers = {
  qualifier: (link) => link.facts[link.facts.length - 1]?.qualifier ?? null,
  citation: (link) => link.facts[0]!.citation,
};

export const Xref: XrefResolvers = {
  ontology: (xref) => curiePrefix(xref.id),
  match: (xref) => xref.match.toUpperCase() as MatchType,
  url: (xref) => curieUrl(xref.id),
};

export const OntologySynonym: OntologySynonymResolvers = {
  match: (synonym) => synonym.match.toUpperCase() as MatchType,
  scope: nameScope,
};

export const Fact: FactResolvers = {
  statement: (fact) => factStatement(fact),
  biolinkPredicate: (fact) => BIOLINK_PREDICATES[fact.predicate].predicate,
  knowledgeLevel: (fact) => MODALITIES[fact.modality].knowledgeLevel,
};

export const Citation: CitationResolvers = {
  disclaimer: (citation) => citation.source.disclaimer,
};

export const Path: PathResolvers = {
  length: (path) => path.facts.length,
};
