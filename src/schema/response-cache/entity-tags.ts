import { createHash } from 'node:crypto';

/**
 * Entity tags: how a client or CDN asks again for free. One rule for every
 * tag the service sends (GraphQL answers and the release's files alike): a
 * tag names the bytes a replica sends, and those depend on the graph (its
 * content hash) and on the service that serves it (its build,
 * service-build.ts). Both are in every tag, so a deploy that changes the
 * answers on the same graph never has a cache confirm an old body with 304,
 * and two builds side by side in a rolling upgrade never send different bytes
 * under one strong tag.
 */

/** Whether an If-None-Match header names `tag` (compared weakly, as RFC 9110 has it for GET). */
export function matchesEntityTag(header: string | undefined, tag: string): boolean {
  if (!header) return false;
  const opaque = (t: string) => t.trim().replace(/^W\//, '');
  return header.split(',').some((t) => t.trim() === '*' || opaque(t) === opaque(tag));
}

/**
 * A GraphQL answer's strong tag: a digest of the service's build, the content
 * hash and what of the request the body follows (`request`: the operation,
 * its variables, Accept).
 */
export function answerEntityTag(service: string, contentHash: string, request: unknown[]): string {
  const digest = createHash('sha256')
    .update(JSON.stringify([service, contentHash, ...request]))
    .digest('base64url')
    .slice(0, 27);
  return `"${digest}"`;
}

/** The strong tag of the release's manifest (`file` null) or of one of its files. */
export function releaseEntityTag(
  service: string,
  contentHash: string,
  file: string | null,
): string {
  return `"${contentHash}-${service}${file === null ? '' : `-${file}`}"`;
}
