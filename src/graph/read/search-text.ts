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
 * A text as its words are read: contractions written out, an unwilled
 * movement said as "involuntary", a doctor who does something as "they".
 */
export function plainText(text: string): string {
  let plain = expandContractions(text)
    .replace(STILL_KEPT, '$3 involuntary')
    .replace(DOCTOR_DOING, 'they $1');
  for (const pattern of INVOLUNTARY) plain = plain.replace(pattern, 'involuntary');
  return plain;
}
