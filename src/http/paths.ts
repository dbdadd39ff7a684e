/**
 * Every public path of the service, written here and nowhere else: a module
 * of its own, so naming a door does not load it.
 */
export const GRAPHQL_PATH = '/graphql';
export const PLAYGROUND_PATH = '/playground';
export const EXPLORER_PATH = '/explorer';
export const MCP_PATH = '/mcp';
export const RELEASE_PATH = '/releases/current';
/** A file of the current release, such as changes.json. */
export const releaseFilePath = (name: string) => `${RELEASE_PATH}/${name}`;
export const METRICS_PATH = '/metrics';
export const HEALTH_LIVE_PATH = '/health/live';
export const HEALTH_READY_PATH = '/health/ready';
