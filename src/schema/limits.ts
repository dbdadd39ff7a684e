import { BadUserInputError } from './graphql-errors';
import {
  MAX_ID_LENGTH,
  MAX_LOOKUP_IDS,
  MAX_SEARCH_TEXT_LENGTH,
  MAX_SOURCE_ID_LENGTH,
  MAX_SOURCES,
} from '../domain/limits';
import { MAX_DEPTH, MAX_HOPS } from '../graph/read';
import { decodeCursor, decodeOffsetCursor } from './connections';

/** An integer argument's range and the value it takes when omitted or null. */
interface IntRange {
  min: number;
  max: number;
  default: number;
}

/**
 * Bounds on the arguments that multiply work, written here once. They are part
 * of the contract: the SDL states each (its descriptions, and its argument
 * defaults, which tests/unit/limits.test.ts holds equal to these), and they
 * are enforced here, before any query.
 */
export const ARGUMENT_LIMITS = {
  /** `first` of a connection (`entities`, `facts`). */
  pageSize: { min: 0, max: 100, default: 20 },
  /** `first` of `search`. */
  searchResults: { min: 1, max: 50, default: 10 },
  /** `depth` of `facts`: the data layer's deepest neighbourhood. */
  depth: { min: 1, max: MAX_DEPTH, default: 1 },
  /** `maxHops` of `path`: the data layer's longest path. */
  maxHops: { min: 1, max: MAX_HOPS, default: 4 },
  maxSearchTextLength: MAX_SEARCH_TEXT_LENGTH,
  /** Phenotypes one `diseasesWithPhenotypes` joins, name beginnings one `diseasesNamed` takes. */
  maxJoined: 5,
  /** Ids one `concepts` looks up. */
  maxLookupIds: MAX_LOOKUP_IDS,
  /** Ids and names in the graph are short; longer input cannot match and is refused early. */
  maxIdLength: MAX_ID_LENGTH,
  /** The sources one `sources` argument names, and the length of each. */
  maxSources: MAX_SOURCES,
  maxSourceIdLength: MAX_SOURCE_ID_LENGTH,
} as const satisfies Record<string, IntRange | number>;

const LIMITS = ARGUMENT_LIMITS;

function intInRange(name: string, value: number | null | undefined, range: IntRange): number {
  const n = value ?? range.default;
  if (!Number.isInteger(n) || n < range.min || n > range.max) {
    throw new BadUserInputError(
      `${name} must be an integer from ${range.min} to ${range.max}; got ${n}.`,
      name,
    );
  }
  return n;
}

export const pageSize = (first: number | null | undefined) =>
  intInRange('first', first, LIMITS.pageSize);

export const searchSize = (first: number | null | undefined) =>
  intInRange('first', first, LIMITS.searchResults);

export const depthBound = (depth: number | null | undefined) =>
  intInRange('depth', depth, LIMITS.depth);

export const hopsBound = (maxHops: number | null | undefined) =>
  intInRange('maxHops', maxHops, LIMITS.maxHops);

export function afterCursor(after: string | null | undefined): string | null {
  if (after === null || after === undefined) return null;
  const id = decodeCursor(after);
  if (id === undefined)
    throw new BadUserInputError('after is not a cursor returned by this API.', 'after');
  return id;
}

export function searchText(text: string): string {
  if (text.length > LIMITS.maxSearchTextLength) {
    throw new BadUserInputError(
      `text must be at most ${LIMITS.maxSearchTextLength} characters; got ${text.length}.`,
      'text',
    );
  }
  if (text.trim().length === 0) throw new BadUserInputError('text must not be empty.', 'text');
  return text;
}

/** An id or name argument: not blank, and at most `maxIdLength` characters. */
export function identifier(name: string, value: string): string {
  if (value.length > LIMITS.maxIdLength) {
    throw new BadUserInputError(
      `${name} must be at most ${LIMITS.maxIdLength} characters; got ${value.length}.`,
      name,
    );
  }
  if (value.trim().length === 0) throw new BadUserInputError(`${name} must not be empty.`, name);
  return value;
}

/** The position an offset cursor stands for; 0 without one. */
export function afterOffset(after: string | null | undefined): number {
  if (after === null || after === undefined) return 0;
  const offset = decodeOffsetCursor(after);
  if (offset === undefined)
    throw new BadUserInputError('after is not a cursor returned by this API.', 'after');
  return offset;
}

/** A `sources` argument: at most maxSources ids, each of 1 to maxSourceIdLength characters. */
export function sourceList(values: readonly string[]): string[] {
  if (values.length > LIMITS.maxSources)
    throw new BadUserInputError(
      `sources must hold at most ${LIMITS.maxSources} values; got ${values.length}.`,
      'sources',
    );
  for (const value of values)
    if (value.trim().length === 0 || value.length > LIMITS.maxSourceIdLength)
      throw new BadUserInputError(
        `each of sources must be 1 to ${LIMITS.maxSourceIdLength} characters.`,
        'sources',
      );
  return [...values];
}

const MAX_JOINED = LIMITS.maxJoined;

/** A list argument holds `min` to `max` items (`noun` names them in the message). */
function listSize(name: string, values: readonly string[], min: number, max: number, noun: string) {
  if (values.length < min || values.length > max)
    throw new BadUserInputError(
      `${name} must hold ${min} to ${max} ${noun}; got ${values.length}.`,
      name,
    );
}

/** A list argument of 1 (or `min`) to MAX_JOINED ids or texts, each `minLength` characters or more. */
export function joinedList(
  name: string,
  values: readonly string[],
  min = 1,
  minLength = 1,
): string[] {
  listSize(name, values, min, MAX_JOINED, 'values');
  for (const value of values) {
    identifier(name, value);
    if (value.trim().length < minLength)
      throw new BadUserInputError(
        `each of ${name} must be at least ${minLength} characters.`,
        name,
      );
  }
  return [...values];
}

/** A list of 1 to maxLookupIds ids or CURIEs, each one an `identifier`. */
export function lookupIds(name: string, values: readonly string[]): string[] {
  listSize(name, values, 1, LIMITS.maxLookupIds, 'ids');
  for (const value of values) identifier(name, value);
  return [...values];
}
