/** Where the doors are mounted: a module of its own, so naming a door does not load it. */
export const MCP_PATH = '/mcp';
