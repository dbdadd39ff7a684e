export { provisionNeo4j, stopOnSignals, NEO4J_IMAGE, DEFAULT_CACHE_DIR } from './provision';
export type { ProvisionOptions } from './provision';
export { ProvisioningError } from './connection';
export type { Neo4jConnection } from './connection';
export { LOCAL_NEO4J_VERSION, ensureDistribution, freePort } from './local-server';
