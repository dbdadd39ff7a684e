import porterStem from 'wink-porter2-stemmer';
import { normalizeName } from '../../domain';
import {
  COMMON_WORDS,
  CONTEXT_STEMS,
  FRAMING_WORDS,
  MEDICINE_WORDS,
  TOPIC_STEMS,
} from './search-words';

/**
 * Words as search compares them: a word's stem, and whether two stems are one
 * word with another ending (search-phrase.ts, search-ranking.ts).
 */

/**
 * A word's Porter2 (Snowball English) stem: "twitches", "twitching" and
 * "twitched" are one word, and so are "injuries" and "injury".
 */
export function stem(word: string): string {
  let known = STEMS.get(word);
  if (known === undefined) {
    if (STEMS.size >= MAX_KNOWN) STEMS.clear();
    known = porterStem(word);
    STEMS.set(word, known);
  }
  return known;
}

/** Stems already worked out: names repeat across searches, and stemming them is most of the ranking's time. */
const STEMS = new Map<string, string>();
/** How many are kept before they are dropped and worked out anew (typed words, unlike names, have no bound). */
const MAX_KNOWN = 50_000;

/** How many letters longer one stem may be than the other and still be that word with another ending. */
const MAX_ENDING_DIFFERENCE = 4;
/** How long a word typed apart from the rest of a joined word may be ("anti", "post"). */
const PREFIX_LENGTH = 4;

/** Words that begin compounds of their own ("everyday", "everyone", "anybody", "something"). */
const COMPOUND_HEADS = ['every', 'any', 'some'];

/**
 * Whether two words are compounds of one head with other words after it: "everyday" is not
 * "everyone", however alike their beginnings.
 */
const otherCompounds = (a: string, b: string) =>
  COMPOUND_HEADS.some(
    (head) =>
      a.length > head.length &&
      b.length > head.length &&
      a.startsWith(head) &&
      b.startsWith(head) &&
      a[head.length] !== b[head.length],
  );

/** Endings (as stems keep them) that make one word another of its family: treatment, children, neurologist. */
const ENDINGS = new Set(
  'ment ments ion ions ist ists ism ren hood ian ness ity ive ous ance ence ers ors ing ful less able ible ster'.split(
    ' ',
  ),
);
/** Beginnings typed apart from the rest of the word ("anti seizure", "multi drug"). */
const TYPED_APART = new Set(['anti', 'multi', 'hypo', 'hyper', 'post', 'pre', 'non', 'poly']);

/**
 * Whether the longer stem is the shorter with another word after it, not an ending: "downhill"
 * is not "down", "overdose" not "over", "general" not "gene"; "treatment" is "treat",
 * "children" "child", and a beginning typed apart ("anti") begins its word.
 */
function otherWordAfter(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (!longer.startsWith(shorter) || TYPED_APART.has(shorter)) return false;
  const rest = longer.slice(shorter.length);
  return rest.length > 2 && !ENDINGS.has(rest);
}

/**
 * Whether two stems are one word with another ending: the same; or all but the
 * last two letters of the shorter, and at least five, alike (uremic, uremia;
 * myoclonic, myoclonus); or the shorter, of four letters or more, begins the
 * longer (the stems "urem" of uremic and "uremia").
 */
export function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  if (otherCompounds(a, b) || otherWordAfter(a, b)) return false;
  const shorter = Math.min(a.length, b.length);
  // Past a few letters more, the longer is another word that begins alike ("electric",
  // "electromyography"), unless the shorter is a prefix typed apart ("anti seizure", "antiseizure").
  if (Math.max(a.length, b.length) - shorter > MAX_ENDING_DIFFERENCE)
    return shorter <= PREFIX_LENGTH && (a.startsWith(b) || b.startsWith(a));
  const need = Math.max(5, shorter - 2);
  if (shorter >= need && a.slice(0, need) === b.slice(0, need)) return true;
  return shorter >= 4 && (a.startsWith(b) || b.startsWith(a));
}

/**
 * The words of a text but the common and the framing ones, each cut to its
 * stem, so "twitches" meets "twitching", and "how likely am i to get
 * myoclonus" is not held by "myoclonus that gets worse" for its "get".
 */
export function stems(text: string): Set<string> {
  return new Set(
    normalizeName(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 2 && !COMMON_WORDS.has(word) && !FRAMING_WORDS.has(word))
      .map(stem),
  );
}

/** Whether stems hold one that is not a word for twitching or muscles: one that can tell entities apart. */
export const tellsApart = (words: string[]): boolean =>
  words.some(
    (w) => !TOPIC_STEMS.some((t) => w.startsWith(t)) && !CONTEXT_STEMS.some((t) => w.startsWith(t)),
  );

/**
 * The stems of the words for a medicine, but the one "medication" shares with
 * "medical" ("medic"): a medical check-up is no medicine.
 */
const MEDICINE_STEMS = new Set(
  [...MEDICINE_WORDS].flatMap((word) => [...stems(word)]).filter((s) => !stems('medical').has(s)),
);

/**
 * Whether a typed word's stem is held by a name's: the same word, or two words
 * for a medicine ("pills" is held by "drug reaction" as by "seizure pills"), as
 * names are matched whole (search-phrase.ts).
 */
export const holdsWord = (typed: string, own: string): boolean =>
  sameStem(typed, own) || (MEDICINE_STEMS.has(typed) && MEDICINE_STEMS.has(own));
