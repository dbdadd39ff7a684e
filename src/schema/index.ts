export { resolvers } from './resolvers';
export { loadTypeDefs } from './type-defs';
export type { RequestContext } from './context';
