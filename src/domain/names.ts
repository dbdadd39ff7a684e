/**
 * The one normalisation of names and typed text, used both for what is stored
 * (`nameLower`, `synonymsLower`) and for what is looked up, so the two always
 * compare equal when a person typed the same name.
 */

/** Typographic apostrophes and primes that people and word processors type for "'". */
const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u2032\uFF07]/g;

/**
 * A name as it is compared: Unicode compatibility form (NFKC: "ﬁ" is "fi",
 * a full-width letter its plain one), one kind of apostrophe, runs of
 * whitespace as one space, no leading or trailing space, lower case.
 */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKC')
    .replace(APOSTROPHES, "'")
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}
