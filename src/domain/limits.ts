/**
 * The longest id or name an argument may carry, at either door. Ids, CURIEs
 * and names in the graph are short: longer input cannot name anything, and
 * is refused before any query.
 */
export const MAX_ID_LENGTH = 200;

/** The longest text a search takes, at either door (`search`'s text, resolve_entity's). */
export const MAX_SEARCH_TEXT_LENGTH = 200;

/** The sources one `sources` argument may name, at either door, and the length of each name. */
export const MAX_SOURCES = 10;
export const MAX_SOURCE_ID_LENGTH = 100;

/** The ids one batched lookup (`concepts`) may name. */
export const MAX_LOOKUP_IDS = 100;
