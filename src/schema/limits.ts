import { BadUserInputError } from './graphql-errors';
import { MAX_DEPTH, MAX_HOPS } from '../graph/read';
import { decodeCursor, decodeOffsetCursor } from './connections';

/**
 * Bounds on the arguments that multiply work. They are part of the contract
 * (the SDL descriptions state them) and are enforced here, before any query.
 */
const LIMITS = {
  maxPageSize: 100,
  maxSearchResults: 50,
  maxSearchTextLength: 200,
  /** Ids and names in the graph are short; longer input cannot match and is refused early. */
  maxIdLength: 200,
  maxDepth: MAX_DEPTH,
  maxHops: MAX_HOPS,
} as const;

function intInRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadUserInputError(
      `${name} must be an integer from ${min} to ${max}; got ${value}.`,
      name,
    );
  }
  return value;
}

export const pageSize = (first: number | null | undefined, fallback = 20) =>
  intInRange('first', first ?? fallback, 0, LIMITS.maxPageSize);

export const searchSize = (first: number | null | undefined) =>
  intInRange('first', first ?? 10, 1, LIMITS.maxSearchResults);

export const depthBound = (depth: number | null | undefined) =>
  intInRange('depth', depth ?? 1, 1, LIMITS.maxDepth);

export const hopsBound = (maxHops: number | null | undefined) =>
  intInRange('maxHops', maxHops ?? 4, 1, LIMITS.maxHops);

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

/** An id or name argument: at most `maxIdLength` characters. */
export function identifier(name: string, value: string): string {
  if (value.length > LIMITS.maxIdLength) {
    throw new BadUserInputError(
      `${name} must be at most ${LIMITS.maxIdLength} characters; got ${value.length}.`,
      name,
    );
  }
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

/** How many phenotypes one `diseasesWithPhenotypes` may join, and name beginnings one `diseasesNamed` may take. */
const MAX_JOINED = 5;

/** A list argument of 1 (or `min`) to MAX_JOINED ids or texts, each `minLength` characters or more. */
export function joinedList(
  name: string,
  values: readonly string[],
  min = 1,
  minLength = 1,
): string[] {
  if (values.length < min || values.length > MAX_JOINED)
    throw new BadUserInputError(
      `${name} must hold ${min} to ${MAX_JOINED} values; got ${values.length}.`,
      name,
    );
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
