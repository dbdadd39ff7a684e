/**
 * Every public path of the service, written here and nowhere else: a module
 * of its own, so naming a door does not load it.
 */
export const GRAPHQL_PATH = '/graphql';
export const PLAYGROUND_PATH = '/playground';
export const EXPLORER_PATH = '/explorer';
export const MCP_PATH = '/mcp';
/** Every path of the releases' door begins so; one it does not serve is its JSON 404. */
export const RELEASES_PATH = '/releases';
export const RELEASE_PATH = `${RELEASES_PATH}/current`;
/** A file of the current release, such as changes.json. */
export const releaseFilePath = (name: string) => `${RELEASE_PATH}/${name}`;
export const METRICS_PATH = '/metrics';
export const HEALTH_LIVE_PATH = '/health/live';
export const HEALTH_READY_PATH = '/health/ready';

/**
 * The route template a path is served by, as traces name their request spans
 * ("GET /releases/current/:file"): a door's own paths, and null for any other
 * (a 404 names no route, so a stranger's paths cannot multiply span names).
 */
export function routeOf(path: string): string | null {
  if (path === '/') return path;
  for (const exact of [GRAPHQL_PATH, PLAYGROUND_PATH, MCP_PATH, RELEASE_PATH, METRICS_PATH]) {
    if (path === exact) return exact;
  }
  if (path === EXPLORER_PATH) return EXPLORER_PATH;
  if (path.startsWith(`${EXPLORER_PATH}/`)) return `${EXPLORER_PATH}/*`;
  const releaseFile = path.startsWith(`${RELEASE_PATH}/`)
    ? path.slice(RELEASE_PATH.length + 1)
    : '';
  if (releaseFile !== '' && !releaseFile.includes('/')) return releaseFilePath(':file');
  return null;
}
