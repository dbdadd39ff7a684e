export { resolvers } from './resolvers';
export { loadTypeDefs } from './type-defs';
