import { CURATED_PREDICATE_NAMES } from '../domain/curated';
import type { CuratedTallyRecord, SourceRecord } from '../graph/read';
import type { CuratedSummaryOutput } from './tool-outputs';

/**
 * What a get_facts page tells of the curated statements of its request: how
 * many there are, where this page is among them, how many remain, of which
 * predicates and sources (so the model can ask for part of them), each
 * source with its release (kg://about gives its full attribution).
 */

export interface CuratedTally {
  /** Whether the request asked for curated statements at all. */
  asked: boolean;
  /** The statements asked for (negated ones only when included), in order. */
  kept: CuratedTallyRecord[];
  negatedLeftOut: number;
  sources: SourceRecord[];
}

export function curatedTally(
  asked: boolean,
  tally: CuratedTallyRecord[],
  includeNegated: boolean,
  sources: SourceRecord[],
): CuratedTally {
  const kept = tally.filter((t) => includeNegated || !t.negated);
  return { asked, kept, negatedLeftOut: tally.length - kept.length, sources };
}

const countBy = <K>(rows: CuratedTallyRecord[], key: (row: CuratedTallyRecord) => K) => {
  const counts = new Map<K, number>();
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
  return counts;
};

function hint(t: CuratedTally, remaining: number): string {
  if (!t.asked)
    return 'No curated statements were asked for: leave predicates out, or name curatedPredicates, to get them.';
  if (t.kept.length === 0)
    return t.negatedLeftOut > 0
      ? `No curated statement says so; includeNegated: true gives the ${t.negatedLeftOut} the source denies.`
      : 'The entities asked have no curated statements of this request.';
  const denied =
    t.negatedLeftOut > 0
      ? ` includeNegated: true adds the ${t.negatedLeftOut} the source denies.`
      : '';
  if (remaining === 0) return `No more curated statements after this page.${denied}`;
  return `${remaining} more after this page: pass nextCursor, or ask for part with curatedPredicates or sources (counts above).${denied}`;
}

/**
 * How much of the summary a page carries: all of it; without the counts by
 * predicate and source, when the budget leaves no room for a fact with them;
 * or none, when it leaves room for nothing more than the facts.
 */
export type SummaryDetail = 'full' | 'brief' | 'none';

/** The summary of one page: `from` is the position of its first statement (0 for none), `shown` how many it holds. */
export function curatedSummary(
  t: CuratedTally,
  first: number,
  shown: number,
  detail: Exclude<SummaryDetail, 'none'> = 'full',
): CuratedSummaryOutput {
  const remaining = t.kept.length - first - shown;
  if (detail === 'brief')
    return {
      total: t.kept.length,
      from: shown === 0 ? 0 : first + 1,
      remaining,
      negatedLeftOut: t.negatedLeftOut,
      hint: 'Ask with a larger maxTokens for the counts by predicate and source.',
    };
  const byPredicate = countBy(t.kept, (r) => r.predicate);
  const bySource = countBy(t.kept, (r) => r.source);
  return {
    total: t.kept.length,
    from: shown === 0 ? 0 : first + 1,
    remaining,
    negatedLeftOut: t.negatedLeftOut,
    byPredicate: CURATED_PREDICATE_NAMES.filter((p) => byPredicate.has(p)).map((predicate) => ({
      predicate,
      count: byPredicate.get(predicate)!,
    })),
    bySource: t.sources
      .filter((s) => bySource.has(s.id))
      .map((s) => ({
        source: s.id,
        infores: s.infores,
        version: s.version,
        count: bySource.get(s.id)!,
      })),
    hint: hint(t, remaining),
  };
}

export function curatedSummaryLines(s: CuratedSummaryOutput): string[] {
  return [
    `Curated statements (quote each sentence whole: it names its source): from ${s.from} of ${s.total}; remaining ${s.remaining}; negated left out ${s.negatedLeftOut}`,
    ...(s.byPredicate
      ? [
          `By predicate: ${s.byPredicate.length === 0 ? 'none' : s.byPredicate.map((p) => `${p.predicate} ${p.count}`).join(', ')}`,
        ]
      : []),
    ...(s.bySource ?? []).map(
      (b) =>
        `Source ${b.source} (${b.infores}, version ${b.version}): ${b.count}; attribution in kg://about`,
    ),
    `Hint: ${s.hint}`,
  ];
}
