import type { QueryResolvers } from '../../generated/resolvers-types';
import type { EntityRecord, GraphReader, PathRecord } from '../../graph/read';
import { PREDICATE_NAMES, entityRef, nodeRefId, unreleasedId } from '../../domain';
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
  return entityByCurie(graph, id, ref.curie);
};

/**
 * The entity a CURIE names: the one it matches exactly (HP:0001336), or the
 * one a curated record was merged into (ORPHA:399 is Huntington's disease);
 * null for a CURIE of no entity (a node of the curated layer only among them).
 */
async function entityByCurie(
  graph: GraphReader,
  text: string,
  curie: string | null,
): Promise<EntityRecord | null> {
  const matched = curie === null ? null : await graph.entityByXref(curie);
  if (matched) return matched;
  const node = await graph.concept(nodeRefId(text));
  return node?.isArticleEntity ? graph.entity(node.id) : null;
}

/**
 * The id an id argument names, as `entity` reads it: a release's own CURIE
 * (MYOKG:myoclonus) is its id, and another CURIE the id of the entity it
 * names (entityByCurie); any other text is taken as an id (a
 * retired one is followed by the caller, where it names nothing). Null: a
 * CURIE that names no entity.
 */
async function entityIdOf(graph: GraphReader, text: string): Promise<string | null> {
  const ref = entityRef(text);
  if ('id' in ref) return ref.id;
  return (await entityByCurie(graph, text, ref.curie))?.id ?? null;
}

const noEntity = (ids: string[], argument: string) =>
  new BadUserInputError(
    `No entity has the id ${ids.map((id) => `"${id}"`).join(' or ')}.`,
    argument,
  );

// A release's own id (MYOKG:anti-seizure-medication, a curated statement's MYOKG:MONDO:…) asks
// for the id it names.
export const retiredId: NonNullable<QueryResolvers['retiredId']> = (_, { id }, { graph }) =>
  graph.retiredId(unreleasedId(identifier('id', id)));

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
  const asked = about === null || about === undefined ? null : identifier('about', about);
  const request = {
    about: null as string | null,
    predicates: predicates && predicates.length > 0 ? predicates : PREDICATE_NAMES,
    depth: depthBound(depth),
    first: pageSize(first),
    after: afterCursor(after),
  };
  if (asked === null) return toConnection(await graph.factPage(request));
  // An id of the article most often names an entity with facts: its page comes first, and
  // what the id names is asked only when it has none.
  const ref = entityRef(asked);
  const page = 'id' in ref ? await graph.factPage({ ...request, about: ref.id }) : null;
  if (page !== null && page.total > 0) return toConnection(page);
  // No fact about it: an entity with none, a retired id (the facts about the entity that
  // replaced it), a node of the curated layer only (in no fact of the article: it has none,
  // as an entity may have none), or an id that names nothing, the only one refused.
  const target = await graph.idTarget(asked);
  if (target.names === 'nothing') throw noEntity([asked], 'about');
  const id = target.names === 'retired' ? target.replacedBy : target.id;
  if (page !== null && 'id' in ref && id === ref.id) return toConnection(page);
  return toConnection(await graph.factPage({ ...request, about: id }));
};

export const path: NonNullable<QueryResolvers['path']> = async (
  _,
  { from, to, maxHops },
  { graph },
) => {
  const hops = hopsBound(maxHops);
  identifier('from', from);
  identifier('to', to);
  const [fromId, toId] = await Promise.all([entityIdOf(graph, from), entityIdOf(graph, to)]);
  if (fromId === null) throw noEntity([from], 'from');
  if (toId === null) throw noEntity([to], 'to');
  const found = await pathBetween(graph, fromId, toId, hops);
  if ('path' in found) return found.path;
  // A retired id stands for the entity that replaced it, as `entity` follows it.
  const replacements = await graph.replacementsOf(found.missing);
  const [newFrom, newTo] = [fromId, toId].map((id) => replacements.get(id) ?? id) as [
    string,
    string,
  ];
  const again =
    newFrom === fromId && newTo === toId ? found : await pathBetween(graph, newFrom, newTo, hops);
  if ('path' in again) return again.path;
  const typed = (id: string) => (id === newFrom ? from : to);
  throw noEntity(again.missing.map(typed), again.missing[0] === newFrom ? 'from' : 'to');
};

/** The shortest path between two ids (0 facts from an entity to itself), or the ids that name no entity. */
async function pathBetween(
  graph: GraphReader,
  from: string,
  to: string,
  hops: number,
): Promise<{ path: PathRecord | null } | { missing: string[] }> {
  const { path: found, missing } = await graph.shortestPath(from, to, hops);
  return missing.length > 0 ? { missing } : { path: found };
}

export const graphInfo: NonNullable<QueryResolvers['graphInfo']> = (_, __, { graph }) =>
  graph.graphInfo();
