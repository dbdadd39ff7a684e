import {
  MAX_ID_LENGTH,
  MAX_SEARCH_TEXT_LENGTH,
  MAX_SOURCE_ID_LENGTH,
  MAX_SOURCES,
} from '../domain/limits';
import { MAX_DEPTH, MAX_HOPS } from '../graph/read';

/**
 * The bounds of the MCP tools' inputs, written here once: the tools' input
 * schemas (tool-inputs.ts), the get_facts cursor, the tool descriptions and
 * the server's instructions all take them from here. The MCP door pages by
 * token budget, so its bounds are its own, not the GraphQL door's; those
 * that reach a bounded traversal are kept within the data layer's, which
 * prepares one statement per allowed bound.
 */
export const TOOL_LIMITS = {
  /** resolve_entity's text: as long as a search's at the GraphQL door. */
  maxTextLength: MAX_SEARCH_TEXT_LENGTH,
  maxIdLength: MAX_ID_LENGTH,
  maxCandidates: 20,
  maxEntityIds: 5,
  /** get_facts' depth: 2, or the data layer's deepest neighbourhood if that is less. */
  maxDepth: Math.min(2, MAX_DEPTH),
  maxFacts: 200,
  minTokens: 500,
  defaultTokens: 2_000,
  maxTokens: 8_000,
  /** explain_path's maxHops: 4, or the data layer's longest path if that is less. */
  maxHops: Math.min(4, MAX_HOPS),
  maxCursorLength: 2_000,
  /** Source ids one get_facts may filter by, and the length of each. */
  maxSources: MAX_SOURCES,
  maxSourceIdLength: MAX_SOURCE_ID_LENGTH,
} as const;
