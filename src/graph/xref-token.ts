/**
 * A CURIE as one full-text token (HP:0001336 is HP_0001336): letters, digits
 * and underscores only, so the lookup query needs no Lucene escaping. The
 * loader stores it and the reader asks for it.
 */
export const xrefToken = (curie: string) => curie.replace(/[^A-Za-z0-9]/g, '_');
