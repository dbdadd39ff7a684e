import { distance } from 'fastest-levenshtein';
import { normalizeName } from '../../domain';
import { plainText } from './search-text';
import { sameStem, stem } from './search-stems';
import {
  BODY_WORDS,
  CONTEXT_STEMS,
  FRAMING_WORDS,
  MODIFIER_WORDS,
  PERSON_WORDS,
  TOPIC_STEMS,
  WORD_FAMILIES,
  COMPARISON_WORDS,
  mayBeOneWord,
  asksIfNormal,
  overTime,
} from './search-words';

/**
 * What a typed phrase names, read word by word: which of its words frame it
 * (a question, who has it, what caused it) and which tell entities apart,
 * and which entity names it holds whole. Used by the ranking, over the index's
 * candidates, so that "can a stroke cause jerking movements?" and "muscle jerks
 * after a stroke" rank stroke first, and "chronic hiccups" ranks hiccups.
 */

/** 1 for the same text, 0 for nothing alike: 1 - Levenshtein distance / the longer length. */
export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - distance(a, b) / longer;
}

/** The words of a text, normalised, as typed (see plainText). */
export const rawWords = (text: string): string[] => plainText(text).split(/[^\p{L}\p{N}]+/u);

/**
 * Whether the phrase asks who ("who gets jerks after a head injury?"): "who" begins it; after a
 * word ("someone who has had blackouts") it tells of someone, and asks nothing.
 */
export const asksWho = (text: string): boolean => rawWords(text).find(Boolean) === 'who';

/** A word as typed (lower case) and its stem, which is what is compared. */
export interface Word {
  text: string;
  stem: string;
}

/**
 * The words of a typed phrase as they are compared, in order, with null in
 * place of each framing word: the gaps tell a name held as a modifier
 * ("epilepsy drugs") from one with a place after it ("a jolt in my leg").
 */
export function phraseWords(text: string): (Word | null)[] {
  return typedWords(text).map((word, i, words) =>
    FRAMING_WORDS.has(word) || asksIfNormal(words, i) || overTime(words, i)
      ? null
      : { text: word, stem: stem(word) },
  );
}

/** The typed words that are compared, framing words still in: one-letter words and numbers left out. */
const typedWords = (text: string) =>
  rawWords(text).filter((word) => word.length > 1 && !/^\d+$/.test(word));

/**
 * Where the first word that sets a name against another ("as often as women",
 * "more than men", "tourette's or myoclonus") is among the typed words; past
 * the end when there is none.
 */
function comparisonAt(text: string): number {
  const at = typedWords(text).findIndex((word) => COMPARISON_WORDS.has(word));
  return at < 0 ? Infinity : at;
}

/** A name's words as they are compared, framing words left out. */
export function contentWords(text: string): Word[] {
  let known = NAME_WORDS.get(text);
  if (known === undefined) {
    if (NAME_WORDS.size >= MAX_KNOWN) NAME_WORDS.clear();
    known = phraseWords(text).filter((word): word is Word => word !== null);
    NAME_WORDS.set(text, known);
  }
  return known;
}

/** Name words already worked out: names repeat across searches, and working them out is much of the ranking's time. */
const NAME_WORDS = new Map<string, Word[]>();
/** How many are kept before they are dropped and worked out anew (typed words, unlike names, have no bound). */
const MAX_KNOWN = 50_000;

/** Whether a word is one for twitching (TOPIC_STEMS). */
export const isTopicWord = (word: Word) => TOPIC_STEMS.some((t) => word.stem.startsWith(t));

/** Whether a word says how a condition runs, not which: as typed, since stems run together ("generalized", "general"). */
const isModifierWord = (word: Word) => MODIFIER_WORDS.has(word.text);

/** Whether a name's word tells entities apart: not twitching, nor a word that goes with it. */
export const isNamingWord = (word: Word): boolean =>
  !isTopicWord(word) &&
  !CONTEXT_STEMS.some((t) => word.stem.startsWith(t)) &&
  !BODY_WORDS.has(word.text);

/** Whether a typed word, when no name holds it, tells entities apart: a naming word that is no modifier. */
export const isTellingWord = (word: Word): boolean => isNamingWord(word) && !isModifierWord(word);

/** How alike a typed word must be to a name's word to be that word misspelt (words of five letters or more). */
const MISSPELT_WORD_SIMILARITY = 0.8;

/**
 * Whether two words are one word: the same stem, one word with another ending
 * (uremic, uremia; myoclonic, myoclonus: all but the last two letters of the
 * shorter, and at least five), one misspelt, or two words of one family
 * (WORD_FAMILIES: a medicine, a seizure, a treatment, what is normal, ...).
 */
export function oneWord(a: Word, b: Word): boolean {
  return (
    sameStem(a.stem, b.stem) ||
    (Math.min(a.text.length, b.text.length) >= 5 && misspelt(a.text, b.text)) ||
    WORD_FAMILIES.some((family) => family.has(a.text) && family.has(b.text))
  );
}

/** Whether one word is the other misspelt: the same first letter, and alike. */
const misspelt = (a: string, b: string) =>
  a[0] === b[0] && similarity(a, b) >= MISSPELT_WORD_SIMILARITY;

/** How a typed word meets a name's word: 1 the same word, 0.5 another word for twitching, 0 not at all. */
function wordMatch(typed: Word, name: Word): number {
  // A modifier is a word of its own: "infantile" is not "infant", "transient" not "persistent".
  if (isModifierWord(typed) || isModifierWord(name))
    return typed.stem === name.stem ||
      (isModifierWord(typed) && isModifierWord(name) && oneWord(typed, name))
      ? 1
      : 0;
  if (typed.stem === name.stem) return 1;
  if (isTopicWord(typed) && isTopicWord(name)) return 0.5;
  return oneWord(typed, name) ? 0.75 : 0;
}

/**
 * How well a name that the typed text holds whole names it: how many of the
 * typed words that are not twitching it holds, then how many it holds at all
 * (another word for twitching counting half). Null when the text does not
 * hold every word of the name, or holds it as a modifier or in pieces: a
 * telling word the name does not hold comes between its words or right after
 * them ("epilepsy drugs" holds no epilepsy; "chronic hiccups" holds hiccups).
 */
interface HeldName {
  /** Typed words other than twitching's that the name holds. */
  telling: number;
  /** Typed words the name holds, another word for twitching counting half. */
  held: number;
  /** Where the first typed word it holds is. */
  first: number;
  /** Whether it is a name of two words or more typed side by side ("progressive myoclonus"). */
  together: boolean;
  /**
   * Whether it holds a word for twitching typed before every other word of it
   * ("jerks that keep getting worse", "what makes myoclonus get worse"): the
   * twitching is what the phrase speaks of, and the words after it say which.
   */
  twitchingFirst: boolean;
}

/** A held name as it is ranked: whether it is the entity's own, and whether it comes after a comparison's word. */
type RankedHeld = HeldName & { own: boolean; compared: boolean };

function heldName(typedWords: (Word | null)[], name: string, asksWho = false): HeldName | null {
  const nameWords = contentWords(name);
  // A name of people alone ("any person") names no group apart from the others.
  if (nameWords.every((word) => PERSON_WORDS.has(word.text))) return null;
  const used = new Set<number>();
  let telling = 0;
  let held = 0;
  // Where the typed words for twitching, and the others, that the name holds are.
  let firstTwitching = Infinity;
  let firstOther = Infinity;
  for (const word of nameWords) {
    let best = -1;
    let bestMatch = 0;
    typedWords.forEach((typed, i) => {
      if (typed === null || used.has(i)) return;
      const match = wordMatch(typed, word);
      if (match > bestMatch) [best, bestMatch] = [i, match];
    });
    if (best < 0) {
      // A word typed in two ("hic cups", "new born") is the one word.
      const split = splitAt(typedWords, used, word);
      // "who" stands for the people of a group's name ("who ... after a head injury").
      if (split < 0 && asksWho && PERSON_WORDS.has(word.text)) continue;
      if (split < 0) return null;
      used.add(split).add(split + 1);
      held += 1;
      if (isNamingWord(word)) telling += 1;
      continue;
    }
    used.add(best);
    held += bestMatch;
    if (isNamingWord(typedWords[best]!)) telling += bestMatch;
    if (isTopicWord(typedWords[best]!)) firstTwitching = Math.min(firstTwitching, best);
    else firstOther = Math.min(firstOther, best);
  }
  // Telling words the name does not hold, inside it or right after it: the name is not what is named.
  const last = Math.max(...used);
  for (let i = Math.min(...used); i <= last + 1; i++) {
    const word = typedWords[i];
    if (word && !used.has(i) && isTellingWord(word)) return null;
  }
  const first = Math.min(...used);
  return {
    telling,
    held,
    first,
    together: used.size > 1 && last - first + 1 === used.size,
    twitchingFirst: firstTwitching < firstOther && firstOther < Infinity,
  };
}

/** Where a name's word is typed split in two, unused ("hic cups" for "hiccups"): the first half's place, or -1. */
const splitAt = (typed: (Word | null)[], used: Set<number>, word: Word) =>
  typed.findIndex((a, i) => {
    const b = typed[i + 1];
    if (!a || !b || used.has(i) || used.has(i + 1)) return false;
    return mayBeOneWord(a.text, b.text) && stem(a.text + b.text) === word.stem;
  });

/**
 * Orders held names: more telling words first, then a name of two words or
 * more typed side by side ("a cure for progressive myoclonus" names
 * progressive myoclonus, not progression), then one that holds the twitching
 * the phrase speaks of before the words that say which ("jerks that keep
 * getting worse" names myoclonus that gets worse, not getting worse), then
 * fewer words for twitching ("a tremor ... myoclonus" names the tremor, not
 * myoclonic tremor), then the entity's own names, then the one not named
 * after a comparison's word ("do men get it as often as women" asks about men).
 */
function compareHeld(a: RankedHeld, b: RankedHeld): number {
  return (
    a.telling - b.telling ||
    Number(a.together) - Number(b.together) ||
    Number(a.twitchingFirst) - Number(b.twitchingFirst) ||
    b.held - b.telling - (a.held - a.telling) ||
    Number(a.own) - Number(b.own) ||
    Number(b.compared) - Number(a.compared)
  );
}

/** A candidate's names as the ranking has them: its own (normalised), its scoped names and its ontology names. */
export interface NamedCandidate {
  names: string[];
  scopedNames: { text: string }[];
  ontologyNames: string[];
}

/**
 * For each candidate, whether one of its names, held whole by the text, names
 * it best of all the candidates' held names (compareHeld): the text's words
 * other than twitching's count first, so a cause outranks the twitching it
 * causes, and a name with a modifier before it ("chronic hiccups") is still
 * held. None when no name is held, or the best holds no word but twitching's
 * while the text has others ("twitching after eating" names nothing held).
 */
export function bestHeldNames(text: string, candidates: NamedCandidate[]): boolean[] {
  const typed = phraseWords(text);
  const comparison = comparisonAt(text);
  const who = asksWho(text);
  const best = candidates.map((c) => {
    const own = new Set(c.names);
    const names = [...c.names, ...c.scopedNames.map((n) => n.text), ...c.ontologyNames];
    let top: RankedHeld | null = null;
    for (const name of names) {
      const h = heldName(typed, name, who);
      if (!h) continue;
      const candidate = { ...h, own: own.has(normalizeName(name)), compared: h.first > comparison };
      if (!top || compareHeld(candidate, top) > 0) top = candidate;
    }
    return top;
  });
  const top = best.reduce<RankedHeld | null>(
    (a, b) => (b && (!a || compareHeld(b, a) > 0) ? b : a),
    null,
  );
  const telling = typed.filter((w) => w !== null && isTellingWord(w)).length;
  if (!top || (top.telling === 0 && telling > 0)) return candidates.map(() => false);
  return best.map((b) => b !== null && compareHeld(b, top) === 0);
}
