import { MEDICINE_WORDS, PERSON_WORDS } from './search-words';
import {
  asksWho,
  contentWords,
  isNamingWord,
  isTellingWord,
  isTopicWord,
  oneWord,
  phraseWords,
  rawWords,
  type NamedCandidate,
  type Word,
} from './search-phrase';

/**
 * What a typed phrase asks about besides the names it holds: a cause, when it
 * links one to its twitching ("twitching from my medication"), and people as
 * a group, only when it has a word for people. Used by the ranking.
 */

/**
 * Words that say the phrase names a cause ("twitching from my medication",
 * "can a stroke cause jerks", "jerks after a head injury", "could my pills be
 * why my legs jerk", "twitches that started with my new tablets", "can lead
 * poisoning give you jerks"): framing words to
 * the names, but they tell that a cause or a risk factor whose name holds a
 * telling word of the phrase is what is asked about.
 */
const CAUSE_LINKS = new Set(
  'cause causes caused causing from after due because since induced triggered trigger triggers reason reasons brought result why started starting began linked give gives gave make makes'.split(
    ' ',
  ),
);

/**
 * For each candidate that is a cause or a risk factor, whether one of its
 * names holds a telling word of a phrase that links a cause to its
 * twitching; false for every candidate when the phrase links none, or asks
 * for a treatment ("what medicine stops jerks from epilepsy": the cause
 * says which twitching, the treatment is asked about).
 */
export function namedCauses(
  text: string,
  candidates: (NamedCandidate & { kind: string })[],
): boolean[] {
  const telling = phraseWords(text).filter((w): w is Word => w !== null && isTellingWord(w));
  if (
    !rawWords(text).some((word) => CAUSE_LINKS.has(word)) ||
    telling.length === 0 ||
    asksTreatment(text)
  )
    return candidates.map(() => false);
  return candidates.map(
    (c) =>
      (c.kind === 'CAUSE' || c.kind === 'RISK_FACTOR') &&
      [...c.names, ...c.scopedNames.map((n) => n.text)].some((name) =>
        contentWords(name).some((word) => telling.some((t) => oneWord(t, word))),
      ),
  );
}

/**
 * For each candidate, whether it is a group of people, so named ("people
 * with epilepsy"), that a phrase without a word for people does not ask
 * about: "status epilepticus" asks about epilepsy, not the people who have it.
 */
export function unaskedGroups(
  text: string,
  candidates: { kind: string; name: string }[],
): boolean[] {
  const asks = rawWords(text).some((word) => PERSON_WORDS.has(word) || word === 'who');
  return candidates.map(
    (c) =>
      !asks && c.kind === 'POPULATION' && rawWords(c.name).some((word) => PERSON_WORDS.has(word)),
  );
}

/**
 * The held names (bestHeldNames) less those of groups of people that a phrase
 * asking about no people holds beside something else ("my baby's twitching
 * after a feed" holds babies and twitching after feeding), or holds in words
 * for the group's twitching when a condition named after that group's
 * twitching is a candidate ("my newborn's arms jump after her bottle",
 * "is it normal for a newborn to twitch while napping": infant twitching
 * after feeding and during sleep name newborns): the person is described,
 * and what they have is what is asked about.
 */
function heldBesidePeople(
  text: string,
  candidates: (NamedCandidate & { kind: string })[],
  held: boolean[],
): boolean[] {
  const asks = rawWords(text).some((word) => PERSON_WORDS.has(word) || word === 'who');
  const other = held.some((h, i) => h && candidates[i]!.kind !== 'POPULATION');
  const words = phraseWords(text).filter((word): word is Word => word !== null);
  const twitching = words.some(isTopicWord);
  return held.map(
    (h, i) =>
      h &&
      (asks ||
        candidates[i]!.kind !== 'POPULATION' ||
        (!other && !(twitching && describedTwitching(words, candidates[i]!, candidates)))),
  );
}

/** The words of all of a candidate's names. */
const namesWords = (c: NamedCandidate) =>
  [...c.names, ...c.scopedNames.map((n) => n.text)].flatMap((name) => contentWords(name));

/**
 * Whether the phrase tells of the group's twitching by something more than
 * the group (a telling word not of its names: "after her bottle", "while
 * napping", not "can babies get myoclonus") and a condition among the
 * candidates is named after that group's twitching (one of its names holds
 * the word the group was typed by: "newborn" in newborn twitching after
 * feeding; not "population", which generalized myoclonus does not hold).
 */
function describedTwitching(
  typed: Word[],
  group: NamedCandidate,
  candidates: (NamedCandidate & { kind: string })[],
): boolean {
  const words = namesWords(group).filter((word) => !PERSON_WORDS.has(word.text));
  const ofGroup = (word: Word) => words.some((own) => oneWord(own, word));
  const groupTyped = typed.filter(ofGroup);
  return (
    typed.some((word) => isTellingWord(word) && !ofGroup(word)) &&
    candidates.some(
      (c) =>
        c.kind === 'CONDITION' &&
        namesWords(c).some((word) => groupTyped.some((own) => oneWord(own, word))),
    )
  );
}

/** Words that ask how twitching is treated ("how is myoclonus treated", "can it be cured", "what helps"). */
const TREATMENT_WORDS = new Set(
  'treat treats treated treating treatment treatments untreated cure cures cured curing therapy therapies remedy remedies manage managed managing help helps'.split(
    ' ',
  ),
);

/** Words that ask for what stops twitching ("what stops the jerks", "which pills control it"). */
const STOPPING_WORDS = new Set(
  'stop stops control controls prevent prevents reduce reduces ease eases calm calms relieve relieves suppress suppresses'.split(
    ' ',
  ),
);

/** Words that make a word for stopping a question for what stops ("what stops", "anything to calm"). */
const ASKING_WORDS = new Set('what which how anything something'.split(' '));

/**
 * Whether the phrase asks for a treatment: it has a word for treating, or a
 * word for a medicine that is not named as a cause ("which drugs stop the
 * jerks", not "jerks since starting a new medicine"), or asks what stops
 * twitching, a medicine or anything ("what medicine stops jerks from
 * epilepsy", with a cause named beside it). Treatments then rank above the
 * forms and signs of twitching that share its other words.
 */
function asksTreatment(text: string): boolean {
  const words = rawWords(text);
  return (
    asksWhatToDo(words) ||
    givesMedicine(words) ||
    (words.some((word) => STOPPING_WORDS.has(word)) &&
      words.some((word) => ASKING_WORDS.has(word) || MEDICINE_WORDS.has(word))) ||
    words.some(
      (word) =>
        TREATMENT_WORDS.has(word) ||
        (MEDICINE_WORDS.has(word) && !words.some((other) => CAUSE_LINKS.has(other))),
    )
  );
}

/** Words for giving, and the people a medicine is given to ("give me", "gave him"). */
const GIVING_WORDS = new Set('give gives gave giving'.split(' '));
const GIVEN_TO = new Set('me him her us them you'.split(' '));
/** At most this many words between the person given it and the medicine ("give me two different drugs"). */
const GIVEN_GAP = 3;

/**
 * Whether a medicine is given to someone ("why would they give me two drugs",
 * "the doctor gave him a new medicine for the jerks"): what is given is a
 * treatment, and "give" links no cause to its twitching, as it does when the
 * twitching is what is given ("can lead poisoning give you jerks", "can my
 * pills give me jerks"). Not when another word links a cause ("twitching
 * since they gave me new tablets"): the medicine given is then the cause.
 */
function givesMedicine(words: string[]): boolean {
  if (words.some((word) => CAUSE_LINKS.has(word) && !GIVING_WORDS.has(word) && word !== 'why'))
    return false;
  return words.some((word, i) => {
    if (!GIVING_WORDS.has(word) || !GIVEN_TO.has(words[i + 1] ?? '')) return false;
    return words.slice(i + 2, i + 3 + GIVEN_GAP).some((next) => MEDICINE_WORDS.has(next));
  });
}

/**
 * Whether the words ask what to do ("what should i do", "what can we do",
 * "what to do"): "do" a word or more after "what", not the "do" of "what do
 * hiccups mean".
 */
function asksWhatToDo(words: string[]): boolean {
  const what = words.indexOf('what');
  if (what < 0) return false;
  const doing = words.indexOf('do', what + 2);
  return doing > 0 && doing <= what + 3;
}

/** Words of a question about who gets twitching, or how likely it is ("at risk", "how common", "the chances"). */
const LIKELIHOOD_WORDS = new Set(
  'risk risks chance chances odds common prone affected affects likely'.split(' '),
);

/**
 * Whether the phrase asks who gets twitching, or how likely it is, and names
 * nothing else ("who can get myoclonus?", "who is at risk of jerks?", "how
 * common is myoclonus?"): people in general are asked about, not a form of it.
 */
export function asksWhoGetsIt(text: string): boolean {
  const words = rawWords(text);
  return (
    (words.includes('who') || words.some((word) => LIKELIHOOD_WORDS.has(word))) &&
    !phraseWords(text).some(
      (word) => word !== null && isTellingWord(word) && !LIKELIHOOD_WORDS.has(word.text),
    )
  );
}

/** The kind of entity the phrase asks for besides what it names: a treatment, people in general, or none. */
export const askedKind = (text: string): 'TREATMENT' | 'POPULATION' | null =>
  asksTreatment(text) ? 'TREATMENT' : asksWhoGetsIt(text) ? 'POPULATION' : null;

/**
 * The held names that rank: those of heldBesidePeople, and none when the phrase asks for a
 * kind of entity (a treatment, people in general) and names nothing but twitching ("who can
 * get myoclonus?", "what should i do if my muscles keep twitching?"): the twitching is what
 * the question is about, the kind is what it asks for.
 */
export function rankedHeldNames(
  text: string,
  candidates: (NamedCandidate & { kind: string })[],
  held: boolean[],
  asked: ReturnType<typeof askedKind>,
): boolean[] {
  const kept = heldBesidePeople(text, candidates, held);
  // Who has what is named: the group named after it ("who gets jerks after a head injury?").
  const group = (i: number) => candidates[i]!.kind === 'POPULATION';
  if (asksWho(text) && kept.some((h, i) => h && group(i))) return kept.map((h, i) => h && group(i));
  if (asked === null) return kept;
  const naming = phraseWords(text).some((word) => word !== null && isNamingWord(word));
  return naming ? kept : kept.map(() => false);
}
