import { LRUCache } from 'lru-cache';
import { normalizeName } from '../../domain';
import type { EntityRecord, NameRecord, SearchHitRecord, SearchMatchRecord } from './records';
import { askedKind, namedCauses, rankedHeldNames, unaskedGroups } from './search-intent';
import { bestHeldNames, similarity } from './search-phrase';
import { holdsWord, sameStem, stems, tellsApart } from './search-stems';
import { plainText } from './search-text';
import { MODIFIER_WORDS } from './search-words';

export { similarity } from './search-phrase';

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
/** Added, times its similarity, when the text is nearly a broad, narrow, related or ontology name: below a scoped name (+50). */
export const NEAR_SCOPED_NAME_BONUS = 35;
/** How alike a broad, narrow, related or ontology name must be to count as the text misspelt. */
export const NEAR_SCOPED_NAME_SIMILARITY = 0.85;
/**
 * Added, at most, when the entity's names hold the text's telling words: those
 * few other candidates have ("uremic" in "uremic myoclonus", not "myoclonus").
 * Below any near name; nothing for a one-word text (every candidate holding
 * it holds all of it) or for half the weight or less, so a phrase whose
 * telling word is in no name (one that names nothing) gains nothing.
 */
export const WORDS_BONUS = 30;

/**
 * Added to the hits whose name, held whole by the text, names it best (see
 * search-phrase.ts): "chronic hiccups" holds hiccups' name, "muscle jerks
 * after a stroke" holds stroke's and myoclonus' and names stroke by a word
 * that is not twitching. In place of the telling-words bonus (it is the most
 * that one gives), for hits that no name typed whole or nearly typed lifted:
 * below a near name.
 */
export const HELD_NAME_BONUS = 30;

/**
 * Added, beside the words bonus, to a cause or a risk factor whose name holds
 * a telling word of a phrase that names a cause ("twitching from my
 * medication"): the cause is asked about, more than twitching's forms that
 * share its words. Below a held name.
 */
export const NAMED_CAUSE_BONUS = 10;

/** Added to a treatment when the text asks for one, and to a group of people when it asks who gets twitching (search-intent.ts): as much as a named cause. */
export const ASKED_KIND_BONUS = 10;

/** Taken from a group of people named by what they have, when the text asks about no people. */
export const UNASKED_GROUP_PENALTY = 5;

/**
 * Under this score a hit is no real match: phrases that name nothing in the
 * graph scored under it when measured (tests/search). The SDL's
 * SearchHit.score says so to clients; the chatbot door drops such hits.
 */
export const WEAK_MATCH_BELOW = 10;

/** How many of the index's best hits are reranked for `first` results. */
export const searchCandidates = (first: number) => Math.min(200, Math.max(first * 4, 20));

/** A hit of the index with the entity's own names (name, synonyms, exact ontology names), normalised as stored. */
export interface SearchCandidate {
  hit: Omit<SearchHitRecord, 'match'>;
  names: string[];
  /** Every name of the entity with its scope, as written. */
  scopedNames: NameRecord[];
  /** The entity's ontology names (exact and close), as written. */
  ontologyNames: string[];
}

/** Names kept worked out: every search that finds an entity compares all its names again. */
const NAMES_KEPT = 5_000;
const knownNames = new LRUCache<string, { normalized: string; stems: ReadonlySet<string> }>({
  max: NAMES_KEPT,
});

/** A name normalized and stemmed, once per name (what was typed is worked out afresh each time). */
function knownName(name: string): { normalized: string; stems: ReadonlySet<string> } {
  let found = knownNames.get(name);
  if (found === undefined) {
    found = { normalized: normalizeName(name), stems: stems(name) };
    knownNames.set(name, found);
  }
  return found;
}

/** A name's stems, worked out once. */
const nameStems = (name: string): ReadonlySet<string> => knownName(name).stems;

/** Whether two words (or stems) are one word with another ending: uremic, uremia; myoclonic, myoclonus. */
export const sameWord = sameStem;

/**
 * How much of what was typed the best of each candidate's names holds,
 * weighting each typed word by how few candidates hold it (a word in every
 * candidate tells none apart; one in no candidate weighs most): 0 to 1 per
 * candidate.
 */
export function wordCoverage(typed: string, candidates: string[][]): number[] {
  const words = [...stems(plainText(typed))];
  // One word, or words for twitching and muscles alone, tell no candidate apart.
  if (words.length < 2 || !tellsApart(words)) return candidates.map(() => 0);
  // Which typed words each name holds; a candidate holds a word when one of its names does.
  const held = candidates.map((names) =>
    names.map((name) => {
      const own = [...nameStems(name)];
      return words.map((w) => own.some((o) => holdsWord(w, o)));
    }),
  );
  // How much of each name the typed words hold: a name with words nobody typed names less of it.
  const ofName = candidates.map((names) =>
    names.map((name) => {
      const own = [...nameStems(name)];
      return own.length === 0
        ? 0
        : own.filter((o) => words.some((w) => holdsWord(w, o))).length / own.length;
    }),
  );
  const weights = words.map(
    (_, i) => 1 / (1 + held.filter((names) => names.some((h) => h[i])).length),
  );
  const total = weights.reduce((a, b) => a + b, 0);
  // The candidate's best single name: words spread over unrelated names tell less.
  return held.map((names, c) =>
    Math.max(
      0,
      ...names.map(
        (h, n) =>
          (h.reduce((sum, yes, i) => sum + (yes ? weights[i]! : 0), 0) / total) *
          Math.sqrt(ofName[c]![n]!),
      ),
    ),
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
  const exact = named.find((n) => knownName(n.text).normalized === wanted);
  if (exact) return exact;
  let near: { text: string; similarity: number; scope: SearchMatchRecord['scope'] } | undefined;
  for (const n of named) {
    const alike = nearness(wanted, knownName(n.text).normalized);
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
    const shared = [...nameStems(n.text)].filter((stem) => typedStems.has(stem)).length;
    if (shared > best.shared) best = { text: n.text, shared, scope: n.scope };
  }
  return { type: 'words', text: best.text, scope: best.scope };
}

/** How alike each word must be, in a name of as many words, for the name to be the text misspelt. */
const NEAR_WORD_SIMILARITY = 0.5;
/** How alike a name of another number of words must be (a word split or joined). */
const NEAR_SPLIT_SIMILARITY = 0.85;

/**
 * How nearly `typed` is `name` misspelt: their similarity, or 0 when they
 * differ by a whole word ("uremic myoclonus" is not "erratic myoclonus") or,
 * with a word more or less, by more than a split or a joined word.
 */
export function nearness(typed: string, name: string): number {
  const whole = similarity(typed, name);
  const a = typed.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const b = name.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (a.length !== b.length) return whole >= NEAR_SPLIT_SIMILARITY ? whole : 0;
  // A modifier typed as such is no misspelling of another ("transient" is not "persistent"), and
  // a misspelt word keeps its first letter ("swallowing" is not "walking" misspelt).
  return a.every(
    (word, i) =>
      word === b[i] ||
      (!MODIFIER_WORDS.has(word) &&
        word[0] === b[i]![0] &&
        similarity(word, b[i]!) >= NEAR_WORD_SIMILARITY),
  )
    ? whole
    : 0;
}

/**
 * The best nearness of what was typed (normalised) to any of the names, where
 * it can count: a name whose length alone keeps it under NEAR_NAME_SIMILARITY
 * (the edit distance is at least the difference in length) is not compared,
 * and counts as 0. Every nearness under that line ranks alike, so the answer
 * is the same; what it saves is the edit distances to hundreds of ontology
 * names per search, which held the event loop under load.
 */
export function nearestName(typed: string, names: string[]): number {
  let best = 0;
  for (const name of names) {
    const longer = Math.max(typed.length, name.length);
    if (longer > 0 && 1 - Math.abs(typed.length - name.length) / longer < NEAR_NAME_SIMILARITY)
      continue;
    best = Math.max(best, nearness(typed, name));
  }
  return best;
}

export function rankSearchHits(
  text: string,
  candidates: SearchCandidate[],
  first: number,
): SearchHitRecord[] {
  const typed = normalizeName(text);
  const allNames = candidates.map((c) => [
    ...c.names,
    ...c.scopedNames.map((n) => n.text),
    ...c.ontologyNames,
  ]);
  const coverage = wordCoverage(text, allNames);
  const entities = candidates.map((c) => c.hit.entity);
  const kinded = candidates.map((c) => ({ ...c, kind: c.hit.entity.kind }));
  const asked = askedKind(text);
  const held = rankedHeldNames(text, kinded, bestHeldNames(text, candidates), asked);
  const causes = namedCauses(text, kinded);
  const unasked = unaskedGroups(text, entities);
  return candidates
    .map((candidate, i) => {
      const near = nearestName(typed, candidate.names);
      // Broad, narrow and related names, and the ontology names that are not the entity's own.
      const own = new Set(candidate.names);
      const scoped = [
        ...candidate.scopedNames.filter((n) => n.scope !== 'exact').map((n) => n.text),
        ...candidate.ontologyNames,
      ]
        .map((name) => knownName(name).normalized)
        .filter((name) => !own.has(name));
      const nearScoped = nearestName(typed, scoped);
      let bonus = 0;
      if (near >= NEAR_NAME_SIMILARITY && near < 1) bonus = NEAR_NAME_BONUS * near;
      else if (near < 1 && nearScoped >= NEAR_SCOPED_NAME_SIMILARITY && nearScoped < 1)
        bonus = NEAR_SCOPED_NAME_BONUS * nearScoped;
      else if (candidate.hit.score < SCOPED_NAME_BONUS)
        bonus =
          (held[i] ? HELD_NAME_BONUS : WORDS_BONUS * Math.max(0, 2 * coverage[i]! - 1)) +
          (causes[i] ? NAMED_CAUSE_BONUS : 0) +
          (candidate.hit.entity.kind === asked ? ASKED_KIND_BONUS : 0) -
          (unasked[i] ? UNASKED_GROUP_PENALTY : 0);
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
