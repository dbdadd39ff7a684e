import { normalizeName } from '../../domain';

/**
 * A typed text as search reads its words (search-phrase.ts, search-query.ts):
 * with the everyday ways of saying some things written as the words names use.
 */

/**
 * A text with its negated contractions written out ("can't" as "can not",
 * "won't" and "wont" as "will not", "doesn't" and "doesnt" as "does not"), so the verb
 * is the framing word it is and the negation a word of its own, not a
 * telling "don" or "won" beside a lost "t".
 */
const expandContractions = (text: string): string =>
  normalizeName(text)
    .replace(/\b(can|won|shan)'?t\b/gu, (_, head: string) => `${CONTRACTED[head]} not`)
    .replace(/\b(\p{L}+)n't\b/gu, '$1 not')
    .replace(NEGATED_WITHOUT_APOSTROPHE, '$1 not')
    .replace(/\bcannot\b/gu, 'can not');

const CONTRACTED: Record<string, string> = { can: 'can', won: 'will', shan: 'shall' };
/** Negations typed without their apostrophe ("dont", "isnt"; "cant" and "wont" above). */
const NEGATED_WITHOUT_APOSTROPHE =
  /\b(do|does|did|is|are|was|were|has|have|had|could|would|should|must)nt\b/gu;

/**
 * Everyday ways of saying that a movement is not willed ("by itself", "on its
 * own", "without me meaning to", "can't control", "can't keep it still"),
 * each read as the one word the names use: "involuntary".
 */
const INVOLUNTARY = [
  // Not what gets better by itself ("it will pass on its own", "goes away by itself").
  /(?<!\b(?:pass|passes|away|clear|clears|resolve|resolves|heal|heals|settle|settles|better|stop|stops|disappear|disappears) )\b(by (itself|themselves)|on (its|their) own|of (its|their) own accord)\b/gu,
  /\bwithout (me |my |him |her |them )?(meaning|wanting|trying|choosing) to\b/gu,
  /\b(can|could) not (control|stop) (it|them)\b/gu,
  /\b(can|could) not (control|stop)\b/gu,
  /\bout of (my |his |her |their )?control\b/gu,
];
const STILL_KEPT = /\b(can|could) not (keep|hold) ((?:\p{L}+ ){0,3})still\b/gu;

/**
 * A doctor who does something ("when doctors can't find a cause", "my GP says
 * it's nothing"): someone in the story, read as "they", not the visit to a
 * doctor that names of seeing one hold.
 */
const DOCTOR_DOING =
  /\b(?:(?:the|my|his|her|our|their|your) )?(?:doctors?|docs?|gps?|physicians?|neurologists?|specialists?) (can|could|do|does|did|will|would|say|says|said|think|thinks|thought|told|tell|tells|found|find|are|were|have|has|had|gave|give|gives|put|want|wants|keep|keeps)\b/gu;

/**
 * A doctor of the story named by who they are ("the doctor upped my dose",
 * "does the doctor need to treat hiccups", "my neurologist put me on"): read
 * as "they", whatever they did, unless the phrase goes to them ("see my
 * doctor", "ask the doctor", "take him to the doctor", "the doctor's
 * appointment"), which is seeing a doctor. "a doctor" ("need a doctor") is
 * the visit, and is left as typed.
 */
const DOCTOR_OF_THE_STORY =
  /(?<!\b(?:see|sees|seeing|saw|seen|visit|visits|visiting|visited|consult|consulting|consulted|ask|asking|asked|call|calling|called|ring|phone|contact|tell|telling|talk|talking|speak|speaking|to|with|need|needs|book|booking|bother)(?: \p{L}+)? )\b(?:the|my|his|her|our|their|your) (?:doctors?|docs?|gps?|physicians?|neurologists?|specialists?)\b(?!'s\b| (?:appointment|appointments|visit|visits|about)\b)/gu;

/**
 * Another illness said without naming it ("a sign of something serious",
 * "something else", "some other disease"): read as "another illness", the
 * words names of twitching due to another condition use.
 */
const SOMETHING_ELSE = [
  /\bsomething (?:more )?(?:serious|else|worse|bad|wrong|sinister)\b/gu,
  /\b(?:some|an|a different) other (?:illness|disease|condition|problem)\b/gu,
  /\ba different (?:illness|disease|condition|problem)\b/gu,
];

/**
 * A cause that cannot be found ("doctors can't find a cause", "they cannot
 * find what's causing it", "no reason was found"): read as "no cause is
 * found", as names of treating twitching whose cause is unknown say it.
 */
const NO_CAUSE_FOUND = [
  /\b(?:can|could|did|do|does) not (?:find|tell|work out|figure out) (?:a |the |any )?(?:cause|reason|what'?s causing|what is causing|what causes|why)\b/gu,
  /\bno (?:cause|reason) (?:is |was |has been |can be |could be )?found\b/gu,
];

/**
 * The cause as what is done something about ("treating the cause", "sorting
 * out the cause", "find the root cause of the jerks"), not a link between a
 * cause and its twitching ("can a stroke cause jerks") nor a question of what
 * it is ("what is the cause of my twitching"): read as "the underlying cause",
 * as names of treating it say it.
 */
const THE_CAUSE =
  /\b(treat|treats|treated|treating|find|finds|finding|found|sort|sorts|sorting|sorted|tackle|tackles|tackling|fix|fixes|fixing|identify|identifying|address|addressing|target|targeting|diagnose|diagnosing)( out)? (the|its|their) (?:root |real |underlying |main )?cause\b/gu;

/** Everyday ways of saying "suddenly" ("without warning", "out of the blue", "all of a sudden"). */
const SUDDENLY = /\b(?:without (?:any )?warning|out of the blue|all of a sudden)\b/gu;

/**
 * Everyday ways of saying that twitching grows as time passes ("a bit stronger every year",
 * "each month it's more severe than the last"): a word of growth read as "worse" and the
 * time it grows over as "over time", the words names of worsening use. Only the two said
 * together, within a few words and one clause ("I get hiccups every day, worse after
 * meals" says nothing of worsening), and not of the person ("I'm getting stronger every
 * day" is recovery).
 */
const GROWING = /\b(?:stronger|worse|more (?:severe|intense|violent|frequent|often))\b/u;
const TIME_PASSING = [
  /\b(?:every|each) (?:single )?(?:day|week|month|year)\b/u,
  /\b(day|week|month|year)s? (?:after|by|on|upon) \1s?\b/u,
  /\bthan (?:the last|before|it used to be|it was|last (?:week|month|year))\b/u,
  /\bas (?:the )?(?:time goes|days go|weeks go|months go|years go) (?:on|by)\b/u,
];
/** At most this many words between the growth and its time ("stronger and stronger every year"). */
const GROWTH_GAP = "(?:\\s+[\\p{L}']+){0,3}?\\s+";
/** The growth said of the person: "I'm getting stronger", "we feel better". */
const OF_THE_PERSON =
  /\b(?:i'?m|i am|we'?re|we are|i|we)(?: (?:am|are|feel|feeling|get|getting|got|keep))* $/u;
/** The growth and its time in either order, each pattern's own group (`\\1`) its first. */
const GROWING_OVER_TIME = TIME_PASSING.flatMap((time) => [
  new RegExp(`(?:${GROWING.source})${GROWTH_GAP}(?:${time.source})`, 'gu'),
  new RegExp(`(?:${time.source})${GROWTH_GAP}(?:${GROWING.source})`, 'gu'),
]);

/**
 * Everyday ways of saying that twitching does not go away ("jerks that never go away",
 * "they have not stopped for months"): read as "not go away", as names of lasting
 * twitching say it. A stop said of something else ("I never stopped taking it") is not.
 */
const NOT_GOING_AWAY =
  /\b(?:never (?:go|goes|went|gone) away|(?:has|have|had) not (?:gone away|let up)|(?:never (?:stop|stops|stopped|ends)|(?:has|have|had) not stopped)(?=\s*(?:$|[.,;!?]|for\b|since\b|at all\b|in (?:days|weeks|months|years)\b)))/gu;

/**
 * Words that will not come out as they should ("my words won't come out right",
 * "i can't get my words out", "why do my words come out wrong?"): read as
 * "trouble speaking", as names of the difficulty say it.
 */
const WORDS_NOT_COMING_OUT =
  /\b(?:(?:my|his|her|their|the) )?words (?:(?:will|would|do|does|did|can|could) not |just )?(?:come|comes|coming|came) out(?: (?:right|wrong|properly|jumbled|muddled|slurred|all wrong))?\b|\bget (?:my|his|her|their|the) words out\b/gu;

/**
 * Speech that others cannot follow ("people can't understand what i'm saying",
 * "nobody understands him when he talks"): read as "trouble speaking", as names
 * of the difficulty say it. Only the speech of the one the story is about:
 * what "they" (the doctors, too: DOCTOR_OF_THE_STORY) said is not understood
 * for other reasons.
 */
const NOT_UNDERSTOOD =
  /\b(?:(?:can|could|do|does|did) not understand|(?:nobody|no one) (?:can )?understands?) (?:what (?:i|he|she)(?:'?m|'?s| am| is)? (?:say|says|said|saying)|(?:me|him|her) when (?:i|he|she) (?:talk|talks|speak|speaks))\b/gu;

/**
 * Getting from place to place said as people say it ("getting about is a
 * struggle", "can't get around like i used to"): read as "moving about", as
 * names of the difficulty say it. Not "get about to" nor "get around to"
 * (doing something at last), nor "get around it" (a way past).
 */
const GETTING_ABOUT =
  /\b(?:get|gets|getting|got) (?:about|around|round)\b(?! (?:to|it|this|that|the)\b)/gu;

/**
 * A limb that gives out ("my knee just gives out", "my legs gave out under
 * me"): it gives way, as names of a muscle that lets go say it, and nothing
 * is given.
 */
const GIVING_OUT = /\b(give|gives|gave|giving|given) out\b/gu;

/** Being fit in health, not a fit ("fit and well people", "fit and healthy"): read as "healthy". */
const FIT_AND_WELL = /\b(?:fit and (?:well|healthy)|fit as a fiddle)\b/gu;

/** A text with growth over time, said together, said as "worse over time". */
function worseOverTime(text: string): string {
  let plain = text;
  for (const pattern of GROWING_OVER_TIME)
    plain = plain.replace(pattern, (said: string, ...rest: unknown[]) => {
      const at = rest.find((part): part is number => typeof part === 'number') ?? 0;
      return OF_THE_PERSON.test(plain.slice(Math.max(0, at - 30), at)) ? said : 'worse over time';
    });
  return plain;
}

/**
 * A text as its words are read: contractions written out, an unwilled
 * movement said as "involuntary", a doctor who does something, or of the
 * story, as "they",
 * another illness not named as "another illness", a cause not found as "no
 * cause is found".
 */
export function plainText(text: string): string {
  let plain = expandContractions(text)
    .replace(STILL_KEPT, '$3 involuntary')
    .replace(DOCTOR_DOING, 'they $1')
    .replace(DOCTOR_OF_THE_STORY, 'they');
  plain = worseOverTime(
    plain.replace(SUDDENLY, 'suddenly').replace(THE_CAUSE, '$1$2 $3 underlying cause'),
  ).replace(NOT_GOING_AWAY, 'not go away');
  plain = plain
    .replace(FIT_AND_WELL, 'healthy')
    .replace(GETTING_ABOUT, 'moving about')
    .replace(GIVING_OUT, '$1 way')
    .replace(WORDS_NOT_COMING_OUT, 'trouble speaking')
    .replace(NOT_UNDERSTOOD, 'trouble speaking');
  for (const pattern of SOMETHING_ELSE) plain = plain.replace(pattern, 'another illness');
  for (const pattern of NO_CAUSE_FOUND) plain = plain.replace(pattern, 'no cause is found');
  for (const pattern of INVOLUNTARY) plain = plain.replace(pattern, 'involuntary');
  return plain;
}
