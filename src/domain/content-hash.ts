import { hash } from 'node:crypto';

/**
 * JSON with sorted keys: the same content always gives the same text.
 * (Written as loops, not entries/filter/map/join: the loader hashes every
 * item of a graph with it, and at a million items the arrays those make
 * cost more than the hashing.)
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) text += ',';
      // As Array.prototype.join writes them: nothing for what JSON cannot hold.
      text += canonicalJson(value[i]) ?? '';
    }
    return `${text}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let text = '{';
  for (const key of keys) {
    const item = record[key];
    if (item === undefined) continue;
    if (text.length > 1) text += ',';
    text += `${JSON.stringify(key)}:${canonicalJson(item)}`;
  }
  return `${text}}`;
}

/** The hex SHA-256 of a text (one call, no Hash object: the loader makes millions). */
export function sha256(text: string): string {
  return hash('sha256', text, 'hex');
}

/** The content hash of a value: equal hashes mean equal content, whatever the key order. */
export const contentHash = (value: unknown): string => sha256(canonicalJson(value));
