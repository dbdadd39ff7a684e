import { distance } from 'fastest-levenshtein';
import { normalizeName } from '../../domain';
import type { SearchHitRecord } from './records';

/**
 * The last step of search, over the full-text index's best candidates: a hit
 * whose name, or one of its own exact names, is nearly what was typed
 * ("myclonus", "alzhiemers disease") comes before hits that only share a
 * word with it. The index alone scores a misspelt name by its fuzzy terms in
 * every field, so the forms of myoclonus, which repeat the word, outrank
 * myoclonus itself.
 */

/** How alike two names must be, 1 - edits / length, to count as the same name misspelt. */
export const NEAR_NAME_SIMILARITY = 0.75;
/** Added to a near name's score, times its similarity: above any partial hit, below an exact one (+100). */
export const NEAR_NAME_BONUS = 60;

/** How many of the index's best hits are reranked for `first` results. */
export const searchCandidates = (first: number) => Math.min(200, Math.max(first * 4, 20));

/** 1 for the same text, 0 for nothing alike: 1 - Levenshtein distance / the longer length. */
export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - distance(a, b) / longer;
}

/** A hit of the index with the entity's own names (name, synonyms, exact ontology names), normalised as stored. */
export interface SearchCandidate {
  hit: SearchHitRecord;
  names: string[];
}

/** The best similarity of what was typed (normalised) to any of the names. */
export function nearestName(typed: string, names: string[]): number {
  return Math.max(0, ...names.map((name) => similarity(typed, name)));
}

export function rankSearchHits(
  text: string,
  candidates: SearchCandidate[],
  first: number,
): SearchHitRecord[] {
  const typed = normalizeName(text);
  return candidates
    .map(({ hit, names }) => {
      const near = nearestName(typed, names);
      return near >= NEAR_NAME_SIMILARITY && near < 1
        ? { ...hit, score: hit.score + NEAR_NAME_BONUS * near }
        : hit;
    })
    .sort((a, b) => b.score - a.score || (a.entity.id < b.entity.id ? -1 : 1))
    .slice(0, first);
}
