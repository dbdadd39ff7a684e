import type { Page } from '../graph/read';

/**
 * Relay connections, the GraphQL door's page: the data layer gives a page of
 * items in id order with whether more follow, and the cursors are made here.
 * Cursors are opaque to clients: base64url of the last id seen.
 */

const encodeCursor = (id: string) => Buffer.from(`id:${id}`, 'utf8').toString('base64url');

/** The id a cursor stands for, or undefined when it is not a cursor this service made. */
export function decodeCursor(cursor: string): string | undefined {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  return text.startsWith('id:') && text.length > 3 ? text.slice(3) : undefined;
}

export function toConnection<T extends { id: string }>(page: Page<T>) {
  const edges = page.items.map((node) => ({ cursor: encodeCursor(node.id), node }));
  return {
    edges,
    pageInfo: { hasNextPage: page.hasMore, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: page.total,
  };
}

/**
 * Pages in another order than id (curated statements, most frequent first)
 * are pages at an offset: the cursor is base64url of the position after the
 * item, opaque to clients like the others.
 */
const encodeOffsetCursor = (position: number) =>
  Buffer.from(`at:${position}`, 'utf8').toString('base64url');

/** The offset a position cursor stands for, or undefined when it is not one this service made. */
export function decodeOffsetCursor(cursor: string): number | undefined {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^at:(\d{1,9})$/.exec(text);
  return match ? Number(match[1]) : undefined;
}

export function toOffsetConnection<T>(page: {
  items: T[];
  offset: number;
  hasMore: boolean;
  total: number;
}) {
  const edges = page.items.map((node, i) => ({
    cursor: encodeOffsetCursor(page.offset + i + 1),
    node,
  }));
  return {
    edges,
    pageInfo: { hasNextPage: page.hasMore, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: page.total,
  };
}
