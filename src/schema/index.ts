export { resolvers } from './resolvers';
export { loadTypeDefs, SCHEMA_DIR } from './type-defs';
export type { RequestContext } from './context';
export { LIMITS } from './limits';
