import type { z } from 'zod';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, isMap, isScalar, parseDocument, type Document } from 'yaml';
import { seedFileSchema, type SeedFile } from './seed-file-schema';
import type { SeedProblem } from './seed-error';

/** A parsed seed file that keeps its YAML document, so later checks can name lines. */
export interface ParsedSeedFile {
  file: string;
  content: SeedFile;
  lineOf(fieldPath: (string | number)[]): number | undefined;
}

/** Beside the seed files, not among them: the ontology extracts the cross-references are checked against. */
export const ONTOLOGIES_DIR = 'ontologies';
/** Beside the seed files too: the curated sources' extracts (seeds/curated/hpo), read by their own reader. */
export const CURATED_DIR = 'curated';

function listSeedFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current).sort()) {
      const full = path.join(current, name);
      if (statSync(full).isDirectory()) {
        if (!(current === dir && (name === ONTOLOGIES_DIR || name === CURATED_DIR))) walk(full);
      } else if (/\.ya?ml$/.test(name)) found.push(full);
    }
  };
  walk(dir);
  return found;
}

function fieldName(fieldPath: (string | number)[]): string {
  return fieldPath
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join('');
}

function lineLocator(doc: Document, lines: LineCounter) {
  return (fieldPath: (string | number)[]): number | undefined => {
    // Walk up to the nearest node that exists (a missing field is reported at its parent).
    for (let depth = fieldPath.length; depth >= 0; depth--) {
      const node = doc.getIn(fieldPath.slice(0, depth), true) as
        { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return lines.linePos(node.range[0]).line;
    }
    return undefined;
  };
}

/** The line of a mapping key itself (a field whose value is missing or unknown is best shown at its key). */
function keyLocator(doc: Document, lines: LineCounter) {
  return (fieldPath: (string | number)[]): number | undefined => {
    const key = fieldPath[fieldPath.length - 1];
    if (typeof key !== 'string') return undefined;
    const parent = fieldPath.length === 1 ? doc.contents : doc.getIn(fieldPath.slice(0, -1), true);
    if (!isMap(parent)) return undefined;
    const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === key);
    const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
    return range ? lines.linePos(range[0]).line : undefined;
  };
}

/** Parses and shape-checks every file; returns the files and every problem found (not only the first). */
export function readSeedFiles(dir: string): { files: ParsedSeedFile[]; problems: SeedProblem[] } {
  const files: ParsedSeedFile[] = [];
  const problems: SeedProblem[] = [];
  const paths = listSeedFiles(dir);
  if (paths.length === 0) problems.push({ file: dir, message: 'no seed files (*.yaml) found' });
  for (const full of paths) {
    const file = path.relative(process.cwd(), full) || full;
    const lines = new LineCounter();
    const doc = parseDocument(readFileSync(full, 'utf8'), { lineCounter: lines, uniqueKeys: true });
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        problems.push({
          file,
          line: error.linePos?.[0]?.line,
          message: `YAML syntax: ${error.message.split('\n')[0]}`,
        });
      }
      continue;
    }
    const lineOf = lineLocator(doc, lines);
    const keyLineOf = keyLocator(doc, lines);
    const parsed = seedFileSchema.safeParse(doc.toJS() ?? {}, { error: seedIssueMessage });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        // zod reports unknown keys on their parent; name each key where it stands.
        const located =
          issue.code === 'unrecognized_keys'
            ? issue.keys.map((key) => ({
                path: [...plainPath(issue.path), key],
                message: `unknown key "${key}"`,
              }))
            : [{ path: plainPath(issue.path), message: issue.message }];
        for (const { path: fieldPath, message } of located) {
          problems.push({
            file,
            line: keyLineOf(fieldPath) ?? lineOf(fieldPath),
            field: fieldName(fieldPath) || undefined,
            message,
          });
        }
      }
      continue;
    }
    files.push({ file, content: parsed.data, lineOf });
  }
  return { files, problems };
}

/** zod 4 types a path key as any property key; seed files have no symbol keys. */
function plainPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.filter((key): key is string | number => typeof key !== 'symbol');
}

/**
 * Messages for a person editing YAML: a missing field says it is required,
 * and a value outside a list names the value given and the ones allowed.
 */
function seedIssueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return `required (expected ${issue.expected})`;
  }
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map((value) => JSON.stringify(value)).join(', ');
    return `${JSON.stringify(issue.input)} is not one of ${allowed}`;
  }
  return undefined;
}
