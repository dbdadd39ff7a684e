import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const SCHEMA_DIR = path.resolve(__dirname, '..', '..', 'schema');

/** The SDL contract: every schema/*.graphql file, in name order. */
export function loadTypeDefs(dir = SCHEMA_DIR): string {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => readFileSync(path.join(dir, name), 'utf8'))
    .join('\n');
}
