/**
 * The longest id or name an argument may carry, at either door. Ids, CURIEs
 * and names in the graph are short: longer input cannot name anything, and
 * is refused before any query.
 */
export const MAX_ID_LENGTH = 200;
