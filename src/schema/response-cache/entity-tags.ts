/**
 * Entity tags: how a client or CDN asks again for free. One rule for every
 * tag the service sends (GraphQL answers and the release's files alike).
 */

/** Whether an If-None-Match header names `tag` (compared weakly, as RFC 9110 has it for GET). */
export function matchesEntityTag(header: string | undefined, tag: string): boolean {
  if (!header) return false;
  const opaque = (t: string) => t.trim().replace(/^W\//, '');
  return header.split(',').some((t) => t.trim() === '*' || opaque(t) === opaque(tag));
}
