/**
 * A CURIE as one full-text token (HP:0001336 is HP_0001336): letters, digits
 * and underscores only. The loader stores it and the reader asks for it.
 */
export const xrefToken = (curie: string) => curie.replace(/[^A-Za-z0-9]/g, '_');

/**
 * The full-text query for a CURIE's token: the token as a quoted phrase, so
 * that Lucene reads every token as a term, also one that is an operator of
 * its syntax (AND, OR, NOT). A CURIE with no token (the empty text) asks for
 * `_`, which is no CURIE's token; each read still keeps only the nodes that
 * carry the CURIE itself.
 */
export const xrefQuery = (curie: string) => `"${xrefToken(curie) || '_'}"`;
