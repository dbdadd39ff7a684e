/**
 * The bounds of the MCP tools' inputs, written here once: the tools' input
 * schemas (tool-inputs.ts), the get_facts cursor, the tool descriptions and
 * the server's instructions all take them from here. The MCP door pages by
 * token budget, so its bounds are its own, not the GraphQL door's.
 */
export const TOOL_LIMITS = {
  maxTextLength: 200,
  maxIdLength: 200,
  maxCandidates: 20,
  maxEntityIds: 5,
  maxDepth: 2,
  maxFacts: 200,
  minTokens: 500,
  defaultTokens: 2_000,
  maxTokens: 8_000,
  maxHops: 4,
  maxCursorLength: 2_000,
  /** Source ids one get_facts may filter by, and the length of each. */
  maxSources: 10,
  maxSourceIdLength: 100,
} as const;
