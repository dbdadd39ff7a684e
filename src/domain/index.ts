export {
  ENTITY_KINDS,
  KIND_LABELS,
  PREDICATES,
  PREDICATE_NAMES,
  STATED_PREDICATE_NAMES,
  type EntityKindName,
  type PredicateName,
} from './vocabulary';
export { factStatement, type NamedEntity, type StatedFact } from './fact-sentence';
export { canonicalJson, contentHash, sha256 } from './content-hash';
export { normalizeName } from './names';
export {
  MATCH_TYPES,
  factId,
  type CitationContent,
  type EntityContent,
  type FactContent,
  type FigureContent,
  type GraphContent,
  type MatchType,
  type OntologySynonymContent,
  type XrefContent,
  type SourceContent,
  type StatisticContent,
} from './graph-content';
export {
  BIOLINK_CATEGORIES,
  BIOLINK_MODEL_VERSION,
  BIOLINK_PREDICATES,
  DEFAULT_CATEGORY,
  type BiolinkCategory,
} from './biolink';
export { XREF_PREFIXES, curiePrefix, curieUrl, normalizeCurie } from './curies';
