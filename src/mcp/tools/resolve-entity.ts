import type { CallToolResult } from '@modelcontextprotocol/server';
import { ENTITY_KINDS, type EntityKindName } from '../../domain';
import { normalizeCurie } from '../../domain/curies';
import { CURATED_KIND_NAMES, isOfCuratedKinds, type CuratedKindName } from '../../domain/curated';
import {
  WEAK_MATCH_BELOW,
  type ConceptRecord,
  type CuratedNameHitRecord,
  type EntityRecord,
  type GraphReader,
  type SearchHitRecord,
} from '../../graph/read';
import type { McpContext } from '../context';
import { lookUpNode } from '../entity-lookup';
import { DISCLAIMER } from '../instructions';
import type { ResolveEntityInput } from '../tool-inputs';
import type { ResolveEntityOutput } from '../tool-outputs';
import { toolResult } from '../tool-result';

/**
 * resolve_entity: what a person typed, as candidate entities, best first.
 * Matched when one candidate stands out; ambiguous when the next comes
 * close (the chatbot should ask); no_match when nothing matches more than
 * weakly (under the search's weak-match line). A CURIE the graph knows names
 * its node; the article's entities are searched, and the curated layer's
 * nodes are found by their names as their source writes them, on one scale.
 */

/** A CURIE that names a node outranks any name. */
const CURIE_SCORE = 200;

/** A second candidate scoring at least this share of the first makes the text ambiguous. */
export const AMBIGUOUS_SHARE = 0.85;

export type ResolveStatus = ResolveEntityOutput['status'];

type CandidateView = ResolveEntityOutput['candidates'][number];
type ResolveEntityContent = ResolveEntityOutput;

/**
 * The status of candidates' scores, best first. A first candidate found
 * through a related name (a name of something associated with it, not of
 * itself) does not stand out alone whatever its score: the person may mean
 * the others. Nor does one found only by some of the words of a longer name
 * (`partial`: "epilepsy" in "Sudden unexpected death in epilepsy"), even
 * alone. A second candidate found through a related name does not contest a
 * first found by a name of its own ("Unverricht-Lundborg disease" is the
 * disease's name, and only related to progressive myoclonus).
 */
export function resolveStatus(
  scores: number[],
  firstScope: CandidateView['match']['scope'] = null,
  { partial = false, secondScope = null }: StatusHints = {},
): ResolveStatus {
  const [first, second] = scores;
  if (first === undefined) return 'no_match';
  if (partial) return 'ambiguous';
  if (second === undefined) return 'matched';
  if (firstScope === 'related') return 'ambiguous';
  if (secondScope === 'related') return 'matched';
  return second >= AMBIGUOUS_SHARE * first ? 'ambiguous' : 'matched';
}

interface StatusHints {
  /** The first candidate was found only by some of the words of a longer name. */
  partial?: boolean;
  secondScope?: CandidateView['match']['scope'];
}

const candidateView = ({ entity, score, match }: SearchHitRecord): CandidateView => ({
  id: entity.id,
  name: entity.name,
  kind: entity.kind,
  category: entity.category,
  description: entity.description,
  match,
  score: Math.round(score * 100) / 100,
});

const curatedCandidate = ({ concept, match, score }: CuratedNameHitRecord): CandidateView => ({
  id: concept.id,
  name: concept.name,
  kind: concept.kind as CuratedKindName,
  category: concept.category,
  description: concept.definition,
  match: { ...match, scope: null },
  score: Math.round(score * 100) / 100,
});

const nodeCandidate = (
  node: { entity: EntityRecord | null; concept: ConceptRecord | null },
  curie: string,
): CandidateView => {
  const match = { type: 'curie' as const, text: curie, scope: null };
  if (node.entity) {
    const { id, name, kind, category, description } = node.entity;
    return { id, name, kind, category, description, match, score: CURIE_SCORE };
  }
  const c = node.concept!;
  return {
    id: c.id,
    name: c.name,
    kind: c.kind as CuratedKindName,
    category: c.category,
    description: c.definition,
    match,
    score: CURIE_SCORE,
  };
};

/**
 * The candidates of a text: a CURIE's node, or the article's and the curated
 * layer's by name. `types` narrows them; an article entity that is an HP,
 * MONDO or NCBIGene term is of that curated kind too (myoclonus is a
 * CONDITION and a PHENOTYPE).
 */
async function candidatesOf(
  reader: GraphReader,
  text: string,
  types: (EntityKindName | CuratedKindName)[] | null,
  limit: number,
): Promise<CandidateView[]> {
  const articleKinds = types?.filter((t): t is EntityKindName =>
    (ENTITY_KINDS as readonly string[]).includes(t),
  );
  const curatedKinds = types?.filter((t): t is CuratedKindName =>
    (CURATED_KIND_NAMES as readonly string[]).includes(t),
  );
  if (text.includes(':')) {
    const node = await lookUpNode(reader, text.trim());
    const found = node.entity ?? node.concept;
    // A node that is a term of a curated kind is of that kind too, whatever the article calls it.
    if (
      found &&
      (types === null ||
        (types as string[]).includes(found.kind) ||
        isOfCuratedKinds(found.curies, curatedKinds ?? []))
    )
      return [nodeCandidate(node, normalizeCurie(text) ?? text.trim())];
  }
  const [articleHits, curatedHits] = await Promise.all([
    types?.length === 0
      ? []
      : reader.search(text, articleKinds ?? null, limit, curatedKinds ?? null),
    curatedKinds?.length === 0 ? [] : reader.curatedNamed(text, curatedKinds ?? null, limit),
  ]);
  return [
    ...articleHits.filter((hit) => hit.score >= WEAK_MATCH_BELOW).map(candidateView),
    ...curatedHits.filter((hit) => hit.score >= WEAK_MATCH_BELOW).map(curatedCandidate),
  ]
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}

/** A curated node found only by some of the words of a longer name of it. */
const isPartial = (c: CandidateView) =>
  c.match.type === 'words' && (CURATED_KIND_NAMES as readonly string[]).includes(c.kind);

const STATUS_TEXT: Record<ResolveStatus, string> = {
  matched: 'matched: the first candidate is the one meant; fetch its facts with get_facts.',
  ambiguous:
    'ambiguous: the first candidates score close, or the first is only related to the words, or holds them within a longer name; ask the person which one they mean, or fetch them together.',
  no_match: 'no_match: nothing in the knowledge graph matches this text.',
};

function render(content: ResolveEntityContent): string {
  const lines = [
    `resolve_entity for ${JSON.stringify(content.text)}: status ${STATUS_TEXT[content.status]}`,
    ...content.candidates.map(
      (c, i) =>
        `${i + 1}. id=${c.id} name="${c.name}" kind=${c.kind} category=${c.category} match=${c.match.type} on "${c.match.text}"${c.match.scope ? ` (${c.match.scope})` : ''} score=${c.score}${c.description ? ` description: ${c.description}` : ''}`,
    ),
    `Disclaimer: ${content.disclaimer}`,
  ];
  return lines.join('\n');
}

export async function resolveEntity(
  ctx: McpContext,
  input: ResolveEntityInput,
): Promise<CallToolResult> {
  const reader = await ctx.reader();
  const candidates = await candidatesOf(reader, input.text, input.types ?? null, input.limit);
  const content: ResolveEntityContent = {
    text: input.text,
    status: resolveStatus(
      candidates.map((c) => c.score),
      candidates[0]?.match.scope ?? null,
      {
        partial: candidates[0] !== undefined && isPartial(candidates[0]),
        secondScope: candidates[1]?.match.scope ?? null,
      },
    ),
    candidates,
    disclaimer: DISCLAIMER,
  };
  return toolResult(content, render(content));
}
