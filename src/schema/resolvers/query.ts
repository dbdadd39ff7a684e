import type { QueryResolvers } from '../../generated/resolvers-types';
import type { GraphReader, PathRecord } from '../../graph/read';
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

export const facts: NonNullable<QueryResolvers['facts']> = async (
  _,
  { about, predicates, depth, first, after },
  { graph },
) => {
  const request = {
    about: about === null || about === undefined ? null : identifier('about', about),
    predicates: predicates && predicates.length > 0 ? predicates : PREDICATE_NAMES,
    depth: depthBound(depth),
    first: pageSize(first),
    after: afterCursor(after),
  };
  const page = await graph.factPage(request);
  // No fact about a retired id: the facts about the entity that replaced it.
  if (request.about !== null && page.total === 0) {
    const replacement = await graph.replacementOf(request.about);
    if (replacement) return toConnection(await graph.factPage({ ...request, about: replacement }));
  }
  return toConnection(page);
};

export const path: NonNullable<QueryResolvers['path']> = async (
  _,
  { from, to, maxHops },
  { graph },
) => {
  const hops = hopsBound(maxHops);
  identifier('from', from);
  identifier('to', to);
  const found = await pathBetween(graph, from, to, hops);
  if ('path' in found) return found.path;
  // A retired id stands for the entity that replaced it, as `entity` follows it.
  const replaced = await Promise.all(
    [from, to].map(async (id) =>
      found.missing.includes(id) ? ((await graph.replacementOf(id)) ?? id) : id,
    ),
  );
  const [newFrom, newTo] = replaced as [string, string];
  const again =
    newFrom === from && newTo === to ? found : await pathBetween(graph, newFrom, newTo, hops);
  if ('path' in again) return again.path;
  throw new BadUserInputError(
    `No entity has the id ${again.missing.map((id) => `"${id}"`).join(' or ')}.`,
    again.missing[0] === newFrom ? 'from' : 'to',
  );
};

/** The shortest path between two ids, or the ids that name no entity. */
async function pathBetween(
  graph: GraphReader,
  from: string,
  to: string,
  hops: number,
): Promise<{ path: PathRecord | null } | { missing: string[] }> {
  if (from === to) {
    const start = await graph.entity(from);
    return start ? { path: { entities: [start], facts: [] } } : { missing: [from] };
  }
  const { path: found, missing } = await graph.shortestPath(from, to, hops);
  return missing.length > 0 ? { missing } : { path: found };
}

export const graphInfo: NonNullable<QueryResolvers['graphInfo']> = (_, __, { graph }) =>
  graph.graphInfo();
