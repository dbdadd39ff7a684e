import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/** One phrase of the set and the entity it names. */
export interface Phrase {
  text: string;
  expect: string;
}

export const PHRASES_FILE = path.join(__dirname, 'phrases.yaml');

interface PhraseSet {
  phrases: Phrase[];
  /** Phrases that name nothing in the graph. */
  nothing: string[];
}

const readSet = (file: string) => parse(readFileSync(file, 'utf8')) as PhraseSet;

export function loadPhrases(file = PHRASES_FILE): Phrase[] {
  return readSet(file).phrases;
}

export function loadPhrasesNamingNothing(file = PHRASES_FILE): string[] {
  return readSet(file).nothing;
}

/** The score under which SearchHit.score says a hit is no real match. */
export { WEAK_MATCH_BELOW as NO_MATCH_BELOW } from '../../src/graph/read';

/** What search answered for a phrase: the ids, best first. */
export type Answer = { phrase: Phrase; ids: string[] };

export interface SearchScore {
  phrases: number;
  top1: number;
  top3: number;
  /** The phrases whose entity was not first, with what came first. */
  misses: { text: string; expect: string; got: string[] }[];
}

export function scoreAnswers(answers: Answer[]): SearchScore {
  const top1 = answers.filter((a) => a.ids[0] === a.phrase.expect).length;
  const top3 = answers.filter((a) => a.ids.slice(0, 3).includes(a.phrase.expect)).length;
  return {
    phrases: answers.length,
    top1: top1 / answers.length,
    top3: top3 / answers.length,
    misses: answers
      .filter((a) => a.ids[0] !== a.phrase.expect)
      .map((a) => ({ text: a.phrase.text, expect: a.phrase.expect, got: a.ids.slice(0, 3) })),
  };
}

/** The GraphQL operation the set is asked through: search, first 3. */
export const SEARCH_QUERY =
  'query ($text: String!) { search(text: $text, first: 3) { score entity { id } } }';
