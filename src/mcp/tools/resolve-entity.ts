import type { CallToolResult } from '@modelcontextprotocol/server';
import { WEAK_MATCH_BELOW, type SearchHitRecord } from '../../graph/read';
import type { McpContext } from '../context';
import { DISCLAIMER } from '../instructions';
import type { ResolveEntityInput } from '../tool-inputs';
import type { ResolveEntityOutput } from '../tool-outputs';
import { toolResult } from '../tool-result';

/**
 * resolve_entity: what a person typed, as candidate entities, best first.
 * Matched when one candidate stands out; ambiguous when the next comes
 * close (the chatbot should ask); no_match when nothing matches more than
 * weakly (under the search's weak-match line).
 */

/** A second candidate scoring at least this share of the first makes the text ambiguous. */
export const AMBIGUOUS_SHARE = 0.85;

export type ResolveStatus = ResolveEntityOutput['status'];

type CandidateView = ResolveEntityOutput['candidates'][number];
type ResolveEntityContent = ResolveEntityOutput;

export function resolveStatus(scores: number[]): ResolveStatus {
  const [first, second] = scores;
  if (first === undefined) return 'no_match';
  return second !== undefined && second >= AMBIGUOUS_SHARE * first ? 'ambiguous' : 'matched';
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

const STATUS_TEXT: Record<ResolveStatus, string> = {
  matched: 'matched: the first candidate is the one meant; fetch its facts with get_facts.',
  ambiguous:
    'ambiguous: the first candidates score close; ask the person which one they mean, or fetch them together.',
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
  const hits = await reader.search(input.text, input.types ?? null, input.limit);
  const candidates = hits.filter((hit) => hit.score >= WEAK_MATCH_BELOW).map(candidateView);
  const content: ResolveEntityContent = {
    text: input.text,
    status: resolveStatus(candidates.map((c) => c.score)),
    candidates,
    disclaimer: DISCLAIMER,
  };
  return toolResult(content, render(content));
}
