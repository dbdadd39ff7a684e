import { normalizeName } from '../../domain';
import { plainText } from './search-text';
import { asksWhoGetsIt } from './search-intent';
import { isTellingWord, isTopicWord, phraseWords } from './search-phrase';
import { stem } from './search-stems';
import {
  FRAMING_WORDS,
  GIVING_WAY_WORDS,
  MEDICINE_WORDS,
  NORMAL_WORDS,
  mayBeOneWord,
} from './search-words';

/**
 * Turns what a person typed into a Lucene query for the full-text index.
 * Only letters and digits survive, so no Lucene syntax from the client ever
 * reaches the parser; each word is matched as typed (stemmed by the index's
 * English analyzer) and fuzzily (for misspellings), and the whole phrase is
 * boosted so exact names rank first.
 */

const MAX_TERMS = 12;
const MAX_TERM_LENGTH = 40;
/** Words too common to help; the English analyzer drops them too, but not from fuzzy terms. */
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'but',
  'by',
  'for',
  'i',
  'if',
  'in',
  'into',
  'is',
  'it',
  'my',
  'no',
  'not',
  'of',
  'on',
  'or',
  'such',
  'that',
  'the',
  'their',
  'then',
  'there',
  'these',
  'they',
  'this',
  'to',
  'was',
  'when',
  'will',
  'with',
  'while',
]);

/** The words of `text` (letters and digits only), normalised as names are, read as the ranking reads them (plainText). */
const wordsOf = (text: string) =>
  plainText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);

export function searchTerms(text: string): string[] {
  const words = wordsOf(text).map((w) => w.slice(0, MAX_TERM_LENGTH));
  return [...new Set(words)].slice(0, MAX_TERMS);
}

/** The words for a medicine that names hold, searched for whichever one was typed. */
const MEDICINE_FETCHED = ['medication', 'medicine', 'drug', 'drugs'];

/** The words for a muscle giving way that names hold, searched for whichever one was typed. */
const GIVING_WAY_FETCHED = ['limp', 'floppy', 'buckling'];

/**
 * The boost of a framing word ("after", "since", "what"): it still fetches the names that
 * hold it ("twitching after feeding"), but weighs less than a word that tells entities
 * apart, so "twitching after brain surgery" is not taken for twitching after feeding.
 */
const FRAMING_BOOST = 1;

/**
 * The boosts of a word for twitching in a phrase that has a telling word
 * besides it ("are hypnic jerks dangerous?", "falling dream jerk"): the names
 * of twitching's signs repeat such words in many forms ("jerks", "jerky",
 * "jerking"), each of which a fuzzy term matches, so at the usual boosts they
 * outweigh the word that tells which entity is meant. The word as typed is
 * quieted least, its fuzzy and prefix terms by half.
 */
const QUIET_BOOST = 1.5;
const QUIET_FUZZY_BOOST = 0.5;
const QUIET_PREFIX_BOOST = 0.25;

/** How many first letters of a long word are also searched as a prefix, for misspelt endings. */
const PREFIX_LENGTH = 4;

/**
 * The Lucene query for `text`, or null when nothing searchable is left. Every
 * word fetches candidates, framing words too (names hold "getting worse", "after
 * feeding"), a framing word at a lower boost; the ranking tells the telling words apart. A word of seven letters or more is also searched by its first four letters:
 * the index stems what it holds ("alzheimer's" is held as "alzheim"), so a
 * misspelt ending ("alzhimers") can be too far from the stem for a fuzzy term.
 */
export function toLuceneQuery(text: string): string | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  const clauses: string[] = [];
  if (terms.length > 1) clauses.push(`"${terms.join(' ')}"^4`);
  const telling = phraseWords(text).some((word) => word !== null && isTellingWord(word));
  for (const term of terms) {
    if (FRAMING_WORDS.has(term)) {
      clauses.push(`${term}^${FRAMING_BOOST}`);
      continue;
    }
    const quiet = telling && isTopicWord({ text: term, stem: stem(term) });
    clauses.push(`${term}^${quiet ? QUIET_BOOST : 2}`);
    if (STOP_WORDS.has(term) || term.length < 4) continue;
    clauses.push(`${term}~${term.length < 6 ? 1 : 2}${quiet ? `^${QUIET_FUZZY_BOOST}` : ''}`);
    if (term.length >= 7 && /^\p{L}+$/u.test(term))
      clauses.push(`${term.slice(0, PREFIX_LENGTH)}*^${quiet ? QUIET_PREFIX_BOOST : 0.5}`);
  }
  // A word typed in two ("hic cups", "new born") also fetches the word joined.
  for (const [i, term] of terms.entries()) {
    const next = terms[i + 1];
    if (next && mayBeOneWord(term, next) && !STOP_WORDS.has(term) && !STOP_WORDS.has(next))
      clauses.push(term + next);
  }
  // Any word for a medicine fetches what is named by another ("pills" the medication side effect).
  if (terms.some((term) => MEDICINE_WORDS.has(term)))
    for (const word of MEDICINE_FETCHED) if (!terms.includes(word)) clauses.push(word);
  // Any word for a muscle giving way fetches the names that hold another ("goes dead", going limp).
  if (terms.some((term) => GIVING_WAY_WORDS.has(term)))
    for (const word of GIVING_WAY_FETCHED) if (!terms.includes(word)) clauses.push(word);
  // Any word for what is normal fetches the names that hold another ("everyday jerks", normal jerks).
  if (terms.some((term) => NORMAL_WORDS.has(term)))
    for (const word of NORMAL_WORDS) if (!terms.includes(word)) clauses.push(word);
  // Who gets twitching, or how likely it is: people in general ("anyone") are among the candidates.
  if (asksWhoGetsIt(text)) clauses.push('anyone');
  return clauses.join(' ');
}

/**
 * The words of `text` as the index's standard tokenizer cuts them (Unicode
 * word boundaries): letters and digits, with an apostrophe or a full stop
 * between two of them kept inside the word, so "tourette's" stays one word
 * (the analyzer then drops its "'s") and is not "tourette" followed by "s".
 * Neither character means anything inside a quoted phrase.
 */
const indexWordsOf = (text: string) =>
  normalizeName(text).match(/[\p{L}\p{N}]+(?:['.][\p{L}\p{N}]+)*/gu) ?? [];

/** A phrase query on the synonyms field for an exact-synonym lookup; '' when nothing is searchable. */
export function toSynonymPhraseQuery(text: string): string {
  const terms = indexWordsOf(text);
  return terms.length > 0 ? `synonymsText:"${terms.join(' ')}"` : '';
}

/**
 * How many first letters of a name beginning's last word fetch candidates:
 * the index holds stems, which may be shorter than the word was typed
 * ("generalized" is held as "gener", "ataxic" as "atax").
 */
const BEGINNING_CUT = 4;

/**
 * A query for the names that may start with `text`, whose last word may be
 * cut off ("progressive myoclonic epil"): the words as a phrase, or the
 * earlier words as a phrase with a word that starts as the last one does. A
 * prefix term is not analysed, so it is the last word's first letters and
 * digits, lower-cased; only letters, digits and a phrase's quotes reach the
 * parser. It fetches more than it should (the comparison with the names
 * decides); '' when nothing is searchable.
 */
export function toNameBeginningQuery(text: string): string {
  const words = indexWordsOf(text);
  const last = words.at(-1);
  if (last === undefined) return '';
  const cut = /^[\p{L}\p{N}]+/u.exec(last)![0].slice(0, BEGINNING_CUT);
  const head = words.slice(0, -1);
  const prefix = head.length === 0 ? `${cut}*` : `(+"${head.join(' ')}" +${cut}*)`;
  return `"${words.join(' ')}" OR ${prefix}`;
}
