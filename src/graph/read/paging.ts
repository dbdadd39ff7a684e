/**
 * Paging in id order. Cursors are opaque to clients: base64url of the last
 * id seen.
 */

export const encodeCursor = (id: string) => Buffer.from(`id:${id}`, 'utf8').toString('base64url');

/** The id a cursor stands for, or undefined when it is not a cursor this service made. */
export function decodeCursor(cursor: string): string | undefined {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  return text.startsWith('id:') && text.length > 3 ? text.slice(3) : undefined;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/**
 * A Relay page from `first + 1` rows in id order: the extra row only tells
 * that another page follows.
 */
export function toPage<T extends { id: string }>(
  rows: T[],
  first: number,
  totalCount: number,
): Page<T> {
  const nodes = rows.slice(0, first);
  const last = nodes[nodes.length - 1];
  return {
    edges: nodes.map((node) => ({ cursor: encodeCursor(node.id), node })),
    pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor(last.id) : null },
    totalCount,
  };
}
