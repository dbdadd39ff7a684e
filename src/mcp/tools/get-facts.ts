import type { CallToolResult } from '@modelcontextprotocol/server';
import {
  PREDICATE_NAMES,
  sourceIdsOf,
  unknownSourcesMessage,
  type PredicateName,
} from '../../domain';
import {
  CURATED_PREDICATE_NAMES,
  type CuratedKindName,
  type CuratedPredicateName,
} from '../../domain/curated';
import type { FactRecord, GraphReader } from '../../graph/read';
import type { McpContext } from '../context';
import { curatedFactView } from '../curated-fact-view';
import { curatedSummary, curatedTally, type SummaryDetail } from '../curated-summary';
import { suggestionsFor } from '../entity-lookup';
import { contentHashOf, readEntity, type EntityAnswer } from '../fact-answers';
import {
  checkCursorContent,
  checkCursorRequest,
  cursorHash,
  decodeFactCursor,
  encodeFactCursor,
  type FactCursor,
  type FactRequestKey,
} from '../fact-cursor';
import { fitPage, type PageItem } from '../fact-page';
import { factView, type FactView } from '../fact-view';
import { DISCLAIMER } from '../instructions';
import type { GetFactsInput } from '../tool-inputs';
import type { GetFactsOutput } from '../tool-outputs';
import { ToolInputError, toolResult } from '../tool-result';
import { renderGetFacts } from './get-facts-render';

/**
 * get_facts: the cited facts about one to five entities, in one call, within
 * a token budget. Facts come in a fixed order for a given content of the
 * graph: the article's first, entity by entity as asked, each entity's own
 * facts first, then (depth 2) those of its neighbours, by predicate and id;
 * then the curated statements of the entities (HPO's), entity by entity,
 * ranked by evidence and frequency. A fact or statement two asked entities
 * share comes once. Past maxFacts or the budget the result is cut, says
 * truncated, and gives the cursor of the rest.
 */

type EntityStatusView = GetFactsOutput['entities'][number];

const sortedOrNull = <T extends string>(list: T[] | undefined): T[] | null =>
  list ? [...new Set(list)].sort() : null;

/**
 * The layers a request asks for: both when it names no predicates; naming
 * only the article's predicates (as every request did before the curated
 * layer) or only curated ones asks for that layer alone.
 */
function layersOf(request: FactRequestKey): {
  article: PredicateName[];
  curated: CuratedPredicateName[];
} {
  const { predicates, curatedPredicates } = request;
  if (predicates === null && curatedPredicates === null)
    return { article: PREDICATE_NAMES, curated: CURATED_PREDICATE_NAMES };
  return {
    article: (predicates ?? []) as PredicateName[],
    curated: (curatedPredicates ?? []) as CuratedPredicateName[],
  };
}

/**
 * The sources asked for, as the graph's ids (each named by its id or its
 * infores id): an unknown one is a bad argument, named with the known ones.
 */
async function sourceIds(reader: GraphReader, sources: string[] | null): Promise<string[] | null> {
  if (sources === null) return null;
  const known = await reader.sources();
  const { ids, unknown } = sourceIdsOf(sources, known);
  if (unknown.length > 0)
    throw new ToolInputError(`${unknownSourcesMessage(unknown, known)} (kg://about lists them).`);
  return ids.sort();
}

const citedBy = (sources: string[] | null) => (fact: FactRecord) =>
  sources === null || fact.citations.some((c) => sources.includes(c.source.id));

/** The node an answer names, for the curated statements: an article entity or a curated node. */
const nodeOf = (a: EntityAnswer) => a.entity ?? a.concept;

async function entityViews(
  reader: GraphReader,
  answers: EntityAnswer[],
  factCounts: number[],
  curatedCounts: Map<string, number>,
): Promise<EntityStatusView[]> {
  return Promise.all(
    answers.map(async (answer, i): Promise<EntityStatusView> => {
      const { ref, entity, concept, retired } = answer;
      if (!entity && !concept)
        return { id: ref, status: 'not_found', suggestions: await suggestionsFor(reader, ref) };
      const node = entity
        ? { id: entity.id, name: entity.name, kind: entity.kind }
        : { id: concept!.id, name: concept!.name, kind: concept!.kind as CuratedKindName };
      const factCount = factCounts[i]!;
      const curatedFactCount = curatedCounts.get(node.id) ?? 0;
      return {
        id: ref,
        status: factCount + curatedFactCount > 0 ? 'found' : 'no_facts',
        entity: node,
        factCount,
        curatedFactCount,
        ...(retired
          ? {
              retired: {
                replacedBy: retired.replacedBy,
                since: retired.since,
                reason: retired.reason,
              },
            }
          : {}),
      };
    }),
  );
}

export async function getFacts(ctx: McpContext, input: GetFactsInput): Promise<CallToolResult> {
  const request: FactRequestKey = {
    entityIds: input.entityIds,
    predicates: sortedOrNull(input.predicates),
    curatedPredicates: sortedOrNull(input.curatedPredicates),
    sources: sortedOrNull(input.sources),
    includeNegated: input.includeNegated,
    depth: input.depth,
  };
  const cursor: FactCursor | null =
    input.cursor === undefined ? null : decodeFactCursor(input.cursor);
  if (cursor) checkCursorRequest(cursor, request);

  const reader = await ctx.reader();
  const sources = await sourceIds(reader, request.sources);
  const layers = layersOf(request);
  const answers = await Promise.all(
    request.entityIds.map((ref) => readEntity(reader, ref, layers.article, request.depth)),
  );

  const seen = new Set<string>();
  const article: FactView[] = [];
  const factCounts = answers.map((answer) => {
    const facts = answer.facts.filter(citedBy(sources));
    for (const fact of facts)
      if (!seen.has(fact.id)) {
        seen.add(fact.id);
        article.push(factView(fact));
      }
    return facts.length;
  });

  const nodeIds = [...new Set(answers.flatMap((a) => (nodeOf(a) ? [nodeOf(a)!.id] : [])))];
  const start = cursor?.o ?? 0;
  const curatedStart = Math.max(0, start - article.length);
  const curated = await reader.curatedStatements({
    nodeIds,
    predicates: layers.curated,
    sources,
    includeNegated: request.includeNegated,
    offset: curatedStart,
    limit: input.maxFacts,
  });
  const contentHash = await contentHashOf(reader, [
    ...answers.map((a) => a.contentHash),
    curated.contentHash,
  ]);
  if (cursor) checkCursorContent(cursor, cursorHash(contentHash));

  const tally = curatedTally(
    layers.curated.length > 0,
    curated.tally,
    request.includeNegated,
    curated.sources,
  );
  const curatedCounts = new Map<string, number>();
  for (const t of tally.kept)
    curatedCounts.set(nodeIds[t.node]!, (curatedCounts.get(nodeIds[t.node]!) ?? 0) + 1);
  const entities = await entityViews(reader, answers, factCounts, curatedCounts);

  const total = article.length + tally.kept.length;
  const from = Math.min(start, total);
  const candidates: PageItem[] = [
    ...article
      .slice(from, from + input.maxFacts)
      .map((view): PageItem => ({ layer: 'article', view })),
    ...curated.items.map((a): PageItem => ({ layer: 'curated', view: curatedFactView(a) })),
  ].slice(0, input.maxFacts);

  const cursorAt = (offset: number) =>
    encodeFactCursor({
      v: 1,
      h: cursorHash(contentHash),
      e: request.entityIds,
      p: request.predicates as PredicateName[] | null,
      c: request.curatedPredicates as CuratedPredicateName[] | null,
      s: request.sources,
      n: request.includeNegated,
      d: request.depth,
      o: offset,
    });
  const build =
    (detail: SummaryDetail) =>
    (items: PageItem[], atLargest = false) => {
      const facts = items.flatMap((i) => (i.layer === 'article' ? [i.view] : []));
      const curatedFacts = items.flatMap((i) => (i.layer === 'curated' ? [i.view] : []));
      const next = from + items.length;
      const truncated = next < total;
      const content: GetFactsOutput = {
        entities,
        facts,
        totalFacts: article.length,
        from: facts.length === 0 ? 0 : from + 1,
        curatedFacts,
        ...(detail === 'none'
          ? {}
          : {
              curated: curatedSummary(
                tally,
                Math.max(0, from - article.length),
                curatedFacts.length,
                detail,
              ),
            }),
        truncated,
        nextCursor: atLargest ? cursorAt(total) : truncated ? cursorAt(next) : null,
        contentHash,
        disclaimer: DISCLAIMER,
      };
      return { content, text: renderGetFacts(content) };
    };
  // The summary gives way to the facts: a page holds at least one, when one fits the budget at all.
  for (const detail of ['full', 'brief'] as const) {
    try {
      const { content, text } = fitPage(candidates, input.maxTokens, build(detail));
      return toolResult(content, text);
    } catch (error) {
      if (!(error instanceof ToolInputError)) throw error;
    }
  }
  const { content, text } = fitPage(candidates, input.maxTokens, build('none'));
  return toolResult(content, text);
}
