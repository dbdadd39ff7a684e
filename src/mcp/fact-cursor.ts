import { z } from 'zod';
import { PREDICATE_NAMES } from '../domain';
import { TOOL_LIMITS } from './limits';
import { CURATED_PREDICATE_NAMES } from '../domain/curated';
import { ToolInputError } from './tool-result';

/**
 * The cursor of get_facts: opaque to the model, self-contained, so any
 * instance can continue it (nothing is kept on the server). It holds the
 * request it continues, where the next page starts, and the content hash of
 * the graph it was made on: the order of facts is fixed for one content, so
 * a cursor of an older graph is refused rather than followed to wrong facts.
 */

const cursorSchema = z
  .object({
    v: z.literal(1),
    /** Content hash of the graph. */
    h: z.string().min(1).max(128),
    /** The request: entity ids, predicates (null: all) and depth. */
    e: z.array(z.string().max(TOOL_LIMITS.maxIdLength)).min(1).max(TOOL_LIMITS.maxEntityIds),
    p: z.array(z.enum(PREDICATE_NAMES)).nullable(),
    d: z.number().int().min(1).max(TOOL_LIMITS.maxDepth),
    /** Curated predicates (null: all; absent in a cursor of a request that named none of these three). */
    c: z.array(z.enum(CURATED_PREDICATE_NAMES)).nullable().optional(),
    /** Source ids (null: all). */
    s: z
      .array(z.string().max(TOOL_LIMITS.maxSourceIdLength))
      .max(TOOL_LIMITS.maxSources)
      .nullable()
      .optional(),
    /** Negated statements included. */
    n: z.boolean().optional(),
    /** Index of the next fact: the article's facts, then the curated statements. */
    o: z.number().int().min(0).max(100_000),
  })
  .strict();

export type FactCursor = z.infer<typeof cursorSchema>;

/** The part of the content hash a cursor keeps: 64 bits tell two contents apart, and cost few tokens. */
export const cursorHash = (contentHash: string) => contentHash.slice(0, 16);

export function encodeFactCursor(cursor: FactCursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

export function decodeFactCursor(text: string): FactCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const result = cursorSchema.safeParse(parsed);
  if (!result.success)
    throw new ToolInputError(
      'cursor is not a nextCursor this server gave; pass one unchanged, or leave it out to start again.',
    );
  return result.data;
}

/** What a cursor holds of its request, normalised (lists sorted, null for all). */
export interface FactRequestKey {
  entityIds: string[];
  predicates: string[] | null;
  curatedPredicates: string[] | null;
  sources: string[] | null;
  includeNegated: boolean;
  depth: number;
}

/** The request a cursor continues must be the one asked now. */
export function checkCursorRequest(cursor: FactCursor, request: FactRequestKey): void {
  const same =
    JSON.stringify(cursor.e) === JSON.stringify(request.entityIds) &&
    JSON.stringify(cursor.p) === JSON.stringify(request.predicates) &&
    JSON.stringify(cursor.c ?? null) === JSON.stringify(request.curatedPredicates) &&
    JSON.stringify(cursor.s ?? null) === JSON.stringify(request.sources) &&
    (cursor.n ?? false) === request.includeNegated &&
    cursor.d === request.depth;
  if (!same)
    throw new ToolInputError(
      'cursor continues another request: pass the same entityIds, predicates, curatedPredicates, sources, includeNegated and depth as the call that gave it, or leave it out.',
    );
}

/** A cursor of another content of the graph is refused: the facts it points past have moved. */
export function checkCursorContent(cursor: FactCursor, contentHash: string): void {
  if (cursor.h !== contentHash)
    throw new ToolInputError(
      'The knowledge graph has changed since this cursor was made; call get_facts again without the cursor.',
    );
}
