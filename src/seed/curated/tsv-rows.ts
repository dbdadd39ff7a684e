import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SeedProblem } from '../seed-error';

/** One data line of an extract file: its fields and where it stands. */
export interface TsvRow {
  file: string;
  /** 1-based, counting the column line. */
  line: number;
  fields: string[];
}

/**
 * The data lines of a tab-separated extract file whose first line names
 * `columns`. A line with another number of fields is a problem, and so is a
 * file that does not end with a line break: the builder ends every file with
 * one, so a file without it was cut off inside its last row.
 */
export function readTsvRows(
  dir: string,
  name: string,
  columns: readonly string[],
  problems: SeedProblem[],
): TsvRow[] {
  const file = path.join(dir, name);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    problems.push({ file, message: 'missing' });
    return [];
  }
  const lines = text.split('\n');
  if (text.length === 0 || lines[lines.length - 1] !== '') {
    problems.push({
      file,
      line: lines.length,
      message: 'the file is truncated: its last row ends without a line break',
    });
  } else {
    lines.pop();
  }
  const header = lines[0] ?? '';
  if (header !== columns.join('\t')) {
    problems.push({
      file,
      line: 1,
      message: `the column line is not: ${columns.join(', ')}`,
    });
    return [];
  }
  const rows: TsvRow[] = [];
  for (let i = 1; i < lines.length; i++) {
    const fields = lines[i]!.split('\t');
    if (fields.length !== columns.length) {
      problems.push({
        file,
        line: i + 1,
        message: `${fields.length} columns where ${columns.length} are expected (${columns.join(', ')})`,
      });
      continue;
    }
    rows.push({ file, line: i + 1, fields });
  }
  return rows;
}
