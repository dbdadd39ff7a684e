export { provisionNeo4j, DEFAULT_CACHE_DIR } from './provision';
export { ProvisioningError } from './connection';
export type { Neo4jConnection } from './connection';
export { freePort } from './free-port';
