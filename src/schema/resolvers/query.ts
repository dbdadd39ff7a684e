import type { QueryResolvers } from '../../generated/resolvers-types';
import { PREDICATE_NAMES, entityRef } from '../../domain';
import { toConnection } from '../connections';
import { BadUserInputError } from '../graphql-errors';
import {
  afterCursor,
  depthBound,
  hopsBound,
  identifier,
  pageSize,
  searchSize,
  searchText,
} from '../limits';

export const entity: NonNullable<QueryResolvers['entity']> = async (_, { id }, { graph }) => {
  const ref = entityRef(identifier('id', id));
  if ('id' in ref) return (await graph.entityOrSuccessor(ref.id)).entity;
  return ref.curie === null ? null : graph.entityByXref(ref.curie);
};

export const retiredId: NonNullable<QueryResolvers['retiredId']> = (_, { id }, { graph }) =>
  graph.retiredId(identifier('id', id));

export const sources: NonNullable<QueryResolvers['sources']> = (_, __, { graph }) =>
  graph.sources();

export const condition: NonNullable<QueryResolvers['condition']> = (_, { name }, { graph }) =>
  graph.conditionByName(identifier('name', name));

// Arguments are checked before the read starts: a bad one throws at once, so both executors
// answer before a sibling field's batched read is sent (and count the same round trips).
export const entities: NonNullable<QueryResolvers['entities']> = (
  _,
  { kind, first, after },
  { graph },
) => graph.entityPage(kind ?? null, pageSize(first), afterCursor(after)).then(toConnection);

export const search: NonNullable<QueryResolvers['search']> = (
  _,
  { text, kinds, first },
  { graph },
) => {
  const size = searchSize(first);
  return graph.search(searchText(text), kinds && kinds.length > 0 ? kinds : null, size);
};

export const facts: NonNullable<QueryResolvers['facts']> = (
  _,
  { about, predicates, depth, first, after },
  { graph },
) =>
  graph
    .factPage({
      about: about === null || about === undefined ? null : identifier('about', about),
      predicates: predicates && predicates.length > 0 ? predicates : PREDICATE_NAMES,
      depth: depthBound(depth),
      first: pageSize(first),
      after: afterCursor(after),
    })
    .then(toConnection);

export const path: NonNullable<QueryResolvers['path']> = async (
  _,
  { from, to, maxHops },
  { graph },
) => {
  const hops = hopsBound(maxHops);
  identifier('from', from);
  identifier('to', to);
  if (from === to) {
    const start = await graph.entity(from);
    if (!start) throw new BadUserInputError(`No entity has the id "${from}".`, 'from');
    return { entities: [start], facts: [] };
  }
  const { path: found, missing } = await graph.shortestPath(from, to, hops);
  if (missing.length > 0) {
    throw new BadUserInputError(
      `No entity has the id ${missing.map((id) => `"${id}"`).join(' or ')}.`,
      missing[0] === from ? 'from' : 'to',
    );
  }
  return found;
};

export const graphInfo: NonNullable<QueryResolvers['graphInfo']> = (_, __, { graph }) =>
  graph.graphInfo();
