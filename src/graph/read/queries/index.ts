/**
 * Every read query of the data layer, named, by job: the batched
 * neighbourhood, lookups, pages, and the graph's state, sources and paths.
 */
export { MAX_DEPTH, MAX_HOPS } from './fragments';
export { NEIGHBOURHOOD } from './neighbourhood';
export { CONDITION_BY_NAME, ENTITY_BY_XREF, ID_TARGETS, SEARCH } from './lookups';
export { ALL_FACTS, ENTITY_PAGE_ALL, ENTITY_PAGE_BY_KIND, FACTS_ABOUT } from './pages';
export {
  GRAPH_INFO,
  PING,
  REPLACEMENTS,
  RETIRED_ID,
  SEED_STATE,
  SHORTEST_PATH,
  SOURCES,
} from './graph-state';
