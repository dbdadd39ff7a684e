import { distance } from 'fastest-levenshtein';
import { normalizeName } from '../../domain';
import type { EntityRecord, NameRecord, SearchHitRecord, SearchMatchRecord } from './records';

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
/** Added to the index's score when the text is the entity's name or one of its exact names. */
export const EXACT_NAME_BONUS = 100;
/** Added when the text is one of its broad, narrow or related names: below an exact name, above words alone. */
export const SCOPED_NAME_BONUS = 50;
/** Added to a near name's score, times its similarity: above any partial hit, below an exact one (+100). */
export const NEAR_NAME_BONUS = 60;

/**
 * Under this score a hit is no real match: phrases that name nothing in the
 * graph scored under it when measured (tests/search). The SDL's
 * SearchHit.score says so to clients; the chatbot door drops such hits.
 */
export const WEAK_MATCH_BELOW = 10;

/** How many of the index's best hits are reranked for `first` results. */
export const searchCandidates = (first: number) => Math.min(200, Math.max(first * 4, 20));

/** 1 for the same text, 0 for nothing alike: 1 - Levenshtein distance / the longer length. */
export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - distance(a, b) / longer;
}

/** A hit of the index with the entity's own names (name, synonyms, exact ontology names), normalised as stored. */
export interface SearchCandidate {
  hit: Omit<SearchHitRecord, 'match'>;
  names: string[];
  /** Every name of the entity with its scope, as written. */
  scopedNames: NameRecord[];
  /** The entity's ontology names (exact and close), as written. */
  ontologyNames: string[];
}

/** The words of a name, each cut to a rough stem, so "twitches" meets "twitching". */
function stems(text: string): Set<string> {
  return new Set(
    normalizeName(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 2)
      .map((word) => word.replace(/(ing|es|ed|s)$/, '')),
  );
}

/**
 * Which of the entity's names matched the typed text, and how: the whole text
 * is its name, a synonym or an ontology name; or nearly one of them; or it
 * shares words with one (the one sharing most; the name when none does, as
 * the hit came from the description).
 */
export function classifyMatch(
  typed: string,
  entity: Pick<EntityRecord, 'name'>,
  scopedNames: NameRecord[],
  ontologyNames: string[],
): SearchMatchRecord {
  const named: SearchMatchRecord[] = [
    { type: 'exact_name', text: entity.name, scope: 'exact' },
    ...scopedNames.map((n) => ({ type: 'synonym' as const, text: n.text, scope: n.scope })),
    ...ontologyNames.map((text) => ({ type: 'ontology_synonym' as const, text, scope: null })),
  ];
  const wanted = normalizeName(typed);
  const exact = named.find((n) => normalizeName(n.text) === wanted);
  if (exact) return exact;
  let near: { text: string; similarity: number; scope: SearchMatchRecord['scope'] } | undefined;
  for (const n of named) {
    const alike = similarity(wanted, normalizeName(n.text));
    if (alike >= NEAR_NAME_SIMILARITY && alike > (near?.similarity ?? 0))
      near = { text: n.text, similarity: alike, scope: n.scope };
  }
  if (near) return { type: 'fuzzy', text: near.text, scope: near.scope };
  const typedStems = stems(typed);
  let best: { text: string; shared: number; scope: SearchMatchRecord['scope'] } = {
    text: entity.name,
    shared: 0,
    scope: 'exact',
  };
  for (const n of named) {
    const shared = [...stems(n.text)].filter((stem) => typedStems.has(stem)).length;
    if (shared > best.shared) best = { text: n.text, shared, scope: n.scope };
  }
  return { type: 'words', text: best.text, scope: best.scope };
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
    .map((candidate) => {
      const near = nearestName(typed, candidate.names);
      const bonus = near >= NEAR_NAME_SIMILARITY && near < 1 ? NEAR_NAME_BONUS * near : 0;
      return { candidate, score: candidate.hit.score + bonus };
    })
    .sort(
      (a, b) =>
        b.score - a.score || (a.candidate.hit.entity.id < b.candidate.hit.entity.id ? -1 : 1),
    )
    .slice(0, first)
    .map(({ candidate: { hit, scopedNames, ontologyNames }, score }) => ({
      ...hit,
      score,
      match: classifyMatch(text, hit.entity, scopedNames, ontologyNames),
    }));
}
