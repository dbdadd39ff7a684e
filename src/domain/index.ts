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
  factId,
  type CitationContent,
  type EntityContent,
  type FactContent,
  type FigureContent,
  type GraphContent,
  type SourceContent,
  type StatisticContent,
} from './graph-content';
