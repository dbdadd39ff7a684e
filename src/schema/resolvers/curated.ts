import type {
  AnnotationResolvers,
  ConceptResolvers,
  DiseaseResolvers,
  GeneResolvers,
  PhenotypicFeatureResolvers,
  QueryResolvers,
} from '../../generated/resolvers-types';
import {
  CURATED_KINDS,
  CURATED_PREDICATE_NAMES,
  CURATED_PREDICATES,
  type CuratedPredicateName,
} from '../../domain/curated';
import { curatedStatement } from '../../domain/curated-statement';
import {
  KIND_LABELS,
  nodeRefId,
  sourceIdsOf,
  unknownSourcesMessage,
  type EntityKindName,
} from '../../domain';
import {
  isWholeConcept,
  type ConceptParent,
  type ConceptRecord,
  type ConceptSummaryRecord,
} from '../../graph/read';
import type { RequestContext } from '../context';
import { toConnection, toOffsetConnection } from '../connections';
import { BadUserInputError } from '../graphql-errors';
import {
  afterCursor,
  afterOffset,
  identifier,
  joinedList,
  lookupIds,
  pageSize,
  searchSize,
  searchText,
  sourceList,
} from '../limits';

/** An article entity's record, or a curated node's: the curated ones carry `isArticleEntity`. */
const isConceptRecord = (node: ConceptParent): node is ConceptSummaryRecord =>
  'isArticleEntity' in node;

/**
 * A node an answer names, as the type its fields need: an article entity is
 * read as the article's record (its citation, its facts), a curated node is
 * given as it is.
 */
async function asConcept(
  node: ConceptSummaryRecord,
  graph: RequestContext['graph'],
): Promise<ConceptParent> {
  // An entity read in the same request cannot be missing; the curated record stands in if it were.
  return node.isArticleEntity ? ((await graph.entity(node.id)) ?? node) : node;
}

interface AnnotationArgs {
  predicates?: readonly CuratedPredicateName[] | null;
  sources?: readonly string[] | null;
  includeNegated?: boolean | null;
  first?: number | null;
  after?: string | null;
}

/**
 * A `sources` argument as the graph's source ids, each named by its id or its
 * infores id; null (every source) when none is given. One that names no
 * source is refused, naming the known ones.
 */
async function sourceIds(
  sources: readonly string[] | null | undefined,
  graph: RequestContext['graph'],
): Promise<string[] | null> {
  if (!sources || sources.length === 0) return null;
  const asked = sourceList(sources);
  const known = await graph.sources();
  const { ids, unknown } = sourceIdsOf(asked, known);
  if (unknown.length > 0)
    throw new BadUserInputError(`${unknownSourcesMessage(unknown, known)}.`, 'sources');
  return ids;
}

/** `annotations` of any node, article or curated. */
export async function annotationsField(
  node: { id: string },
  args: AnnotationArgs,
  { graph }: RequestContext,
) {
  const first = pageSize(args.first);
  const offset = afterOffset(args.after);
  const page = await graph.annotationsOf(
    node.id,
    {
      predicates:
        args.predicates && args.predicates.length > 0
          ? [...args.predicates]
          : CURATED_PREDICATE_NAMES,
      sources: await sourceIds(args.sources, graph),
      includeNegated: args.includeNegated ?? false,
    },
    first,
    offset,
  );
  return toOffsetConnection(page);
}

export const Concept: ConceptResolvers = {
  __resolveType: (node) => {
    if (!isConceptRecord(node))
      return KIND_LABELS[node.kind] as ReturnType<NonNullable<ConceptResolvers['__resolveType']>>;
    if (node.isArticleEntity)
      return KIND_LABELS[node.kind as EntityKindName] as ReturnType<
        NonNullable<ConceptResolvers['__resolveType']>
      >;
    return CURATED_KINDS[node.kind as keyof typeof CURATED_KINDS].label;
  },
};

/**
 * A curated node with every field: as it is when it was read whole, else (a
 * statement's end names a node by its summary) read whole by its id, the
 * nodes of one answer in one round trip.
 */
async function wholeConcept(
  node: ConceptSummaryRecord,
  graph: RequestContext['graph'],
): Promise<ConceptRecord> {
  if (isWholeConcept(node)) return node;
  const whole = await graph.conceptById(node.id);
  if (!whole) throw new Error(`curated node ${node.id} is not in the graph`);
  return whole;
}

const curatedNode = {
  biolinkCategory: (node: ConceptSummaryRecord) => node.category,
  curies: async (node: ConceptSummaryRecord, _: unknown, { graph }: RequestContext) =>
    (await wholeConcept(node, graph)).curies,
  annotations: annotationsField,
  source: (node: ConceptSummaryRecord) => {
    if (!node.source) throw new Error(`curated node ${node.id} has no source`);
    return node.source;
  },
};

export const Disease: DiseaseResolvers = {
  ...curatedNode,
  synonyms: async (d, _, { graph }) => (await wholeConcept(d, graph)).synonyms,
  genes: (d, _, { graph }) => graph.genesOf(d.id),
};

export const PhenotypicFeature: PhenotypicFeatureResolvers = {
  ...curatedNode,
  definition: async (p, _, { graph }) => (await wholeConcept(p, graph)).definition,
  names: async (p, _, { graph }) => (await wholeConcept(p, graph)).names,
};

export const Gene: GeneResolvers = {
  ...curatedNode,
  symbol: (g) => g.name,
};

export const Annotation: AnnotationResolvers = {
  subject: (a, _, { graph }) => asConcept(a.subject, graph),
  object: (a, _, { graph }) => asConcept(a.object, graph),
  biolinkPredicate: (a) => CURATED_PREDICATES[a.predicate].biolink,
  statement: (a) => curatedStatement(a),
};

/**
 * A read of the nodes some ids name, in which a retired id stands for the
 * node that replaced it (as `entity` follows it): the ids the first read
 * names no node for are asked for their replacements, and when any has one
 * the read is made again with them in their places. Gives the last read and
 * the ids, as asked, that still name no node.
 */
async function followingRetired<T>(
  graph: RequestContext['graph'],
  ids: readonly string[],
  read: (ids: string[]) => Promise<T>,
  missingOf: (answer: T, ids: string[]) => string[],
): Promise<{ answer: T; missing: string[] }> {
  const answer = await read([...ids]);
  const missing = missingOf(answer, [...ids]);
  if (missing.length === 0) return { answer, missing };
  const replacements = await graph.replacementsOf(missing);
  if (replacements.size === 0) return { answer, missing };
  const again = ids.map((id) => replacements.get(id) ?? id);
  const second = await read(again);
  const stillMissing = new Set(missingOf(second, again));
  return { answer: second, missing: ids.filter((_, i) => stillMissing.has(again[i]!)) };
}

export const concept: NonNullable<QueryResolvers['concept']> = async (_, { id }, { graph }) => {
  // A release's own CURIE (MYOKG:myoclonus) is the id it names; any other CURIE is looked up with its prefix as the graph spells it.
  const asked = nodeRefId(identifier('id', id));
  const { answer: found } = await followingRetired(
    graph,
    [asked],
    ([one]) => graph.concept(one!),
    (node, ids) => (node ? [] : ids),
  );
  return found ? asConcept(found, graph) : null;
};

export const concepts: NonNullable<QueryResolvers['concepts']> = async (_, { ids }, { graph }) => {
  const asked = lookupIds('ids', ids).map(nodeRefId);
  const found = await graph.conceptsNamed(asked);
  return Promise.all(found.map((node) => (node ? asConcept(node, graph) : null)));
};

export const diseasesWithPhenotype: NonNullable<QueryResolvers['diseasesWithPhenotype']> = async (
  _,
  { phenotype, includeNarrower, sources, first, after },
  { graph },
) => {
  const size = pageSize(first);
  const offset = afterOffset(after);
  const id = nodeRefId(identifier('phenotype', phenotype));
  const options = {
    includeNarrower: includeNarrower ?? true,
    sources: await sourceIds(sources, graph),
  };
  const { answer: page, missing } = await followingRetired(
    graph,
    [id],
    ([one]) => graph.diseasesWithPhenotype(one!, options, size, offset),
    (found, ids) => (found.about ? [] : ids),
  );
  if (missing.length > 0)
    throw new BadUserInputError(`No node has the id "${phenotype}".`, 'phenotype');
  return toOffsetConnection(page);
};

export const diseasesWithPhenotypes: NonNullable<QueryResolvers['diseasesWithPhenotypes']> = async (
  _,
  { phenotypes, includeNarrower, first, after },
  { graph },
) => {
  const ids = joinedList('phenotypes', phenotypes, 2).map(nodeRefId);
  const size = pageSize(first);
  const cursor = afterCursor(after);
  const { answer: page, missing } = await followingRetired(
    graph,
    ids,
    (asked) => graph.diseasesWithPhenotypes(asked, includeNarrower ?? true, size, cursor),
    (found) => found.missing,
  );
  if (missing.length > 0)
    throw new BadUserInputError(
      `No node has the id ${missing.map((m) => `"${m}"`).join(' or ')}.`,
      'phenotypes',
    );
  const items = await Promise.all(page.items.map((d) => asConcept(d, graph)));
  return toConnection({ ...page, items });
};

export const diseasesNamed: NonNullable<QueryResolvers['diseasesNamed']> = async (
  _,
  { startingWith, first, after },
  { graph },
) => {
  const prefixes = joinedList('startingWith', startingWith, 1, 3);
  const page = await graph.diseasesNamed(prefixes, pageSize(first), afterCursor(after));
  return toConnection(page);
};

export const searchConcepts: NonNullable<QueryResolvers['searchConcepts']> = async (
  _,
  { text, first },
  { graph },
) => {
  const size = searchSize(first);
  const hits = await graph.searchConcepts(searchText(text), size);
  return Promise.all(
    hits.map(async (hit) => ({ ...hit, concept: await asConcept(hit.concept, graph) })),
  );
};
