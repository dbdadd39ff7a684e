export {
  ENTITY_KINDS,
  FREQUENCIES,
  KIND_LABELS,
  MODALITIES,
  MODALITY_NAMES,
  NAME_SCOPES,
  PREDICATES,
  PREDICATE_NAMES,
  STATED_PREDICATE_NAMES,
  type EntityKindName,
  type Frequency,
  type ModalityName,
  type NameScope,
  type PredicateName,
} from './vocabulary';
export { factStatement } from './fact-sentence';
export { canonicalJson, contentHash, sha256 } from './content-hash';
export { normalizeName } from './names';
export {
  GRAPH_DISCLAIMER,
  MATCH_TYPES,
  factId,
  isAlsoCalled,
  type RetiredIdContent,
  type CitationContent,
  type EntityContent,
  type FactContent,
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
} from './biolink';
export { LOCAL_PREFIX, curiePrefix, curieUrl, entityRef, nodeRefId, unreleasedId } from './curies';
export { sourceIdsOf, unknownSourcesMessage } from './source-ids';
