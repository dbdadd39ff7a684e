import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { seedFileSchema, type SeedFile } from './seed-file-schema';
import type { SeedProblem } from './seed-error';

/** A parsed seed file that keeps its YAML document, so later checks can name lines. */
export interface ParsedSeedFile {
  file: string;
  content: SeedFile;
  lineOf(fieldPath: (string | number)[]): number | undefined;
}

export function listSeedFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current).sort()) {
      const full = path.join(current, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.ya?ml$/.test(name)) found.push(full);
    }
  };
  walk(dir);
  return found;
}

export function fieldName(fieldPath: (string | number)[]): string {
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
    const parsed = seedFileSchema.safeParse(doc.toJS() ?? {});
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({
          file,
          line: lineOf(issue.path),
          field: fieldName(issue.path) || undefined,
          message: issue.message,
        });
      }
      continue;
    }
    files.push({ file, content: parsed.data, lineOf });
  }
  return { files, problems };
}
