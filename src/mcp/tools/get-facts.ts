import type { CallToolResult } from '@modelcontextprotocol/server';
import { GraphNotReadyError } from '../../errors';
import { PREDICATE_NAMES, entityRef, type PredicateName } from '../../domain';
import type { EntityRecord, FactRecord, GraphReader, RetiredIdRecord } from '../../graph/read';
import type { McpContext } from '../context';
import { lookUpEntity, suggestionsFor, suggestionsText } from '../entity-lookup';
import {
  checkCursorContent,
  cursorHash,
  checkCursorRequest,
  decodeFactCursor,
  encodeFactCursor,
  type FactCursor,
} from '../fact-cursor';
import { factLine, factView, type FactView } from '../fact-view';
import { DISCLAIMER } from '../instructions';
import { estimateTokens } from '../token-estimate';
import type { GetFactsInput } from '../tool-inputs';
import type { GetFactsOutput } from '../tool-outputs';
import { toolResult } from '../tool-result';

/**
 * get_facts: the cited facts about one to five entities, in one call, within
 * a token budget. Facts come in a fixed order for a given content of the
 * graph: entity by entity as asked, each entity's own facts first, then
 * (depth 2) those of its neighbours, by predicate and id; a fact two asked
 * entities share comes once. Past maxFacts or the budget the result is cut,
 * says truncated, and gives the cursor of the rest.
 */

/** Facts read per entity; the whole graph holds fewer. */
const FACTS_READ_PER_ENTITY = 1_000;

type EntityStatusView = GetFactsOutput['entities'][number];
type GetFactsContent = GetFactsOutput;

const PREDICATE_ORDER = new Map(PREDICATE_NAMES.map((name, i) => [name, i]));

/** An entity's facts: its own first, then its neighbours', by predicate and id. */
function orderFacts(entityId: string, facts: FactRecord[]): FactRecord[] {
  const distance = (f: FactRecord) =>
    f.subject.id === entityId || f.object.id === entityId ? 0 : 1;
  return [...facts].sort(
    (a, b) =>
      distance(a) - distance(b) ||
      PREDICATE_ORDER.get(a.predicate)! - PREDICATE_ORDER.get(b.predicate)! ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

export interface EntityAnswer {
  ref: string;
  entity: EntityRecord | null;
  /** The id asked for was retired: its record (the entity is the one that replaced it). */
  retired: RetiredIdRecord | null;
  facts: FactRecord[];
  /** The content hash the facts were read with (null when nothing was read). */
  contentHash: string | null;
}

async function readEntity(
  reader: GraphReader,
  ref: string,
  predicates: PredicateName[],
  depth: number,
): Promise<EntityAnswer> {
  // By our id the facts are read first; a CURIE is looked up first.
  const byId = 'id' in entityRef(ref);
  const factsOf = async (id: string) => {
    const page = await reader.factPage({
      about: id,
      predicates,
      depth,
      first: FACTS_READ_PER_ENTITY,
      after: null,
    });
    return { facts: page.items, contentHash: page.contentHash };
  };
  if (byId) {
    // The entity is an end of its own facts; it is read alone only when it has none.
    const { facts, contentHash } = await factsOf(ref);
    const own = facts.find((f) => f.subject.id === ref || f.object.id === ref);
    if (own) {
      const entity = own.subject.id === ref ? own.subject : own.object;
      return { ref, entity, retired: null, facts: orderFacts(entity.id, facts), contentHash };
    }
    // No facts: the entity alone, or the one that replaced a retired id.
    const { entity, retired } = await reader.entityOrSuccessor(ref);
    if (!entity || !retired) return { ref, entity, retired, facts: [], contentHash };
    const successor = await factsOf(entity.id);
    return {
      ref,
      entity,
      retired,
      facts: orderFacts(entity.id, successor.facts),
      contentHash: successor.contentHash,
    };
  }
  const entity = await lookUpEntity(reader, ref);
  if (!entity) return { ref, entity, retired: null, facts: [], contentHash: null };
  const { facts, contentHash } = await factsOf(entity.id);
  return { ref, entity, retired: null, facts: orderFacts(entity.id, facts), contentHash };
}

/**
 * The content hash the facts were read with: each page brings it from its own
 * transaction, so the hash (and a cursor made from it) describes exactly the
 * facts given. Asked for alone only when no page was read. Pages read across
 * a reseed would mix two graphs: the call is refused, to be made again.
 */
export async function contentHashOf(reader: GraphReader, answers: EntityAnswer[]): Promise<string> {
  const hashes = new Set(answers.flatMap((a) => (a.contentHash === null ? [] : [a.contentHash])));
  if (hashes.size > 1)
    throw new GraphNotReadyError('The graph was reseeded during this call; make the call again.');
  const [hash] = hashes;
  return hash ?? (await reader.graphInfo()).contentHash;
}

function render(content: GetFactsContent): string {
  const count = content.facts.length;
  const range = count === 0 ? 'none' : `${content.from} to ${content.from + count - 1}`;
  const entityLines = content.entities.map((e) => {
    if (e.status === 'not_found')
      return `- ${e.id}: not_found; ${suggestionsText(e.suggestions ?? [])}`;
    const entity = e.entity!;
    const retired = e.retired
      ? `; ${e.id} was retired in ${e.retired.since} and replaced by ${entity.id}: ${e.retired.reason}`
      : '';
    return `- ${e.id}: ${e.status}, ${entity.id} "${entity.name}" (${entity.kind}), ${e.factCount} facts${retired}`;
  });
  return [
    `get_facts: facts ${range} of ${content.totalFacts}; truncated: ${content.truncated}; nextCursor: ${content.nextCursor ?? 'none'}`,
    'Entities:',
    ...entityLines,
    'Facts (quote the sentence and give its citation):',
    ...(count === 0 ? ['- none'] : content.facts.map(factLine)),
    `Graph content hash: ${content.contentHash}`,
    `Disclaimer: ${content.disclaimer}`,
  ].join('\n');
}

/** A result's text and cost: the larger of its two channels, each of which the model may read. */
function priced(content: GetFactsContent): {
  content: GetFactsContent;
  text: string;
  cost: number;
} {
  const text = render(content);
  return {
    content,
    text,
    cost: Math.max(estimateTokens(text), estimateTokens(JSON.stringify(content))),
  };
}

/**
 * As many facts from `start` as fit maxFacts and the budget. Each fact's cost
 * is added as it is taken (its line and its JSON, at a cursor's full length
 * already), then the whole is measured once and cut again if it must; the
 * text measured is the one sent.
 */
function fitPage(
  base: GetFactsContent,
  all: FactView[],
  start: number,
  maxFacts: number,
  maxTokens: number,
  cursorAt: (offset: number) => string,
): { content: GetFactsContent; text: string } {
  const withPage = (facts: FactView[]): GetFactsContent => {
    const next = start + facts.length;
    const truncated = next < all.length;
    return {
      ...base,
      facts,
      from: facts.length === 0 ? 0 : start + 1,
      truncated,
      nextCursor: truncated ? cursorAt(next) : null,
    };
  };
  const page: FactView[] = [];
  // The fixed part, priced with a cursor (the longest it gets).
  let used = priced({ ...withPage([]), nextCursor: cursorAt(all.length) }).cost;
  for (const fact of all.slice(start, start + maxFacts)) {
    const price = Math.max(
      estimateTokens(factLine(fact) + '\n'),
      estimateTokens(JSON.stringify(fact) + ','),
    );
    if (used + price > maxTokens) break;
    used += price;
    page.push(fact);
  }
  let result = priced(withPage(page));
  while (page.length > 0 && result.cost > maxTokens) {
    page.pop();
    result = priced(withPage(page));
  }
  return result;
}

export async function getFacts(ctx: McpContext, input: GetFactsInput): Promise<CallToolResult> {
  const request = {
    entityIds: input.entityIds,
    predicates: input.predicates ? [...new Set(input.predicates)].sort() : null,
    depth: input.depth,
  };
  const cursor: FactCursor | null =
    input.cursor === undefined ? null : decodeFactCursor(input.cursor);
  if (cursor) checkCursorRequest(cursor, request);

  const reader = await ctx.reader();
  const predicates = (request.predicates as PredicateName[] | null) ?? PREDICATE_NAMES;
  const answers = await Promise.all(
    request.entityIds.map((ref) => readEntity(reader, ref, predicates, request.depth)),
  );
  const contentHash = await contentHashOf(reader, answers);
  if (cursor) checkCursorContent(cursor, cursorHash(contentHash));

  const seen = new Set<string>();
  const all: FactView[] = [];
  for (const answer of answers)
    for (const fact of answer.facts)
      if (!seen.has(fact.id)) {
        seen.add(fact.id);
        all.push(factView(fact));
      }

  const entities = await Promise.all(
    answers.map(async ({ ref, entity, retired, facts }): Promise<EntityStatusView> => {
      if (!entity)
        return { id: ref, status: 'not_found', suggestions: await suggestionsFor(reader, ref) };
      return {
        id: ref,
        status: facts.length > 0 ? 'found' : 'no_facts',
        entity: { id: entity.id, name: entity.name, kind: entity.kind },
        factCount: facts.length,
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

  const base: GetFactsContent = {
    entities,
    facts: [],
    totalFacts: all.length,
    from: 0,
    truncated: false,
    nextCursor: null,
    contentHash,
    disclaimer: DISCLAIMER,
  };
  const cursorAt = (offset: number) =>
    encodeFactCursor({
      v: 1,
      h: cursorHash(contentHash),
      e: request.entityIds,
      p: request.predicates as PredicateName[] | null,
      d: request.depth,
      o: offset,
    });
  const start = Math.min(cursor?.o ?? 0, all.length);
  const { content, text } = fitPage(base, all, start, input.maxFacts, input.maxTokens, cursorAt);
  return toolResult(content, text);
}
