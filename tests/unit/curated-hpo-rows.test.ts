import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CuratedExtractError, readHpoExtract, verifyHpoExtract } from '../../src/seed/curated';
import { readRecords } from '../../src/seed/curated/hpo-records';
import type { SeedProblem } from '../../src/seed/seed-error';

const SOURCE = path.join(__dirname, '../../seeds/curated/hpo');
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A temp copy of the extract with one file edited; returns the copy. */
function edited(name: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hpo-extract-'));
  dirs.push(dir);
  cpSync(SOURCE, dir, { recursive: true });
  const file = path.join(dir, name);
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return dir;
}

/** Edits the first line starting with `start`, one column at a time; returns the line number. */
function editRow(text: string, start: string, column: number, value: string) {
  const lines = text.split('\n');
  const index = lines.findIndex((line) => line.startsWith(start));
  const fields = lines[index]!.split('\t');
  fields[column] = value;
  lines[index] = fields.join('\t');
  return { text: lines.join('\n'), line: index + 1 };
}

function problemsOf(read: () => unknown): string[] {
  try {
    read();
  } catch (error) {
    if (error instanceof CuratedExtractError)
      return error.problems.map((p) => `${path.basename(p.file)}:${p.line ?? ''}: ${p.message}`);
    throw error;
  }
  throw new Error('the extract was accepted');
}

/** The problems of the extract after one annotation field of ORPHA:307's first row is set to `value`. */
function annotationProblems(column: number, value: string) {
  let line = 0;
  const dir = edited('annotations.tsv', (text) => {
    const result = editRow(text, 'ORPHA:307\t', column, value);
    line = result.line;
    return result.text;
  });
  return { problems: problemsOf(() => readHpoExtract(dir)), line };
}

describe('reading the HPO extract refuses', () => {
  it.each([
    [0, 'OMIM:12', 'database_id: "OMIM:12" is not a CURIE of OMIM:\\d{6} or ORPHA:\\d+'],
    [2, 'not', 'qualifier: qualifier "not" is neither NOT nor empty'],
    [3, 'HP:9999999', 'hpo_id (aspect P) HP:9999999 is not in phenotypes.tsv'],
    [5, 'ICE', 'evidence: evidence "ICE" is not one of IEA, PCS, TAS'],
    [7, '3/2', 'frequency: frequency "3/2" is not n/m with n <= m, m > 0'],
    [7, 'often', 'frequency: frequency "often" is not an HP frequency term, n/m or a percentage'],
    [7, 'HP:0001336', 'frequency HP:0001336 is not under HP:0040279'],
    [12, 'MONDO:0009697', 'node_id MONDO:0009697 is not the disease of ORPHA:307 (MONDO:0009696)'],
  ])('a row whose column %i is %s, naming file and line', (column, value, message) => {
    const { problems, line } = annotationProblems(column, value);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`annotations.tsv:${line}: `);
    expect(problems[0]).toContain(message);
  });

  it('a row with a column missing', () => {
    const dir = edited('genes.tsv', (text) => text.replace(/\n(NCBIGene:\d+)\t/, '\n$1 '));
    // The gene the row named is then unknown to the pairs that use it, which is said too.
    expect(problemsOf(() => readHpoExtract(dir))[0]).toBe(
      'genes.tsv:2: 1 columns where 2 are expected (id, symbol)',
    );
  });

  it('a synonyms cell whose list holds null, naming file and line', () => {
    let line = 0;
    const dir = edited('phenotypes.tsv', (text) => {
      const result = editRow(text, 'HP:0001336\t', 3, '[null]');
      line = result.line;
      return result.text;
    });
    // The row is dropped, so the rows that use the term are refused too, after it.
    expect(problemsOf(() => readHpoExtract(dir))[0]).toBe(
      `phenotypes.tsv:${line}: synonyms: is not a list of synonyms`,
    );
  });

  it('a records cell whose list holds null, naming file and line', () => {
    let line = 0;
    const dir = edited('diseases.tsv', (text) => {
      const result = editRow(text, 'MONDO:0009696\t', 2, '[null]');
      line = result.line;
      return result.text;
    });
    // The annotations of its records then name records no disease holds, which is said after it.
    expect(problemsOf(() => readHpoExtract(dir))[0]).toBe(
      `diseases.tsv:${line}: records: is not a list of records with names`,
    );
  });

  it('a parent the extract does not hold', () => {
    let line = 0;
    const dir = edited('phenotypes.tsv', (text) => {
      const result = editRow(text, 'HP:0001336\t', 4, '["HP:0004305","HP:0000000"]');
      line = result.line;
      return result.text;
    });
    expect(problemsOf(() => readHpoExtract(dir))).toEqual([
      `phenotypes.tsv:${line}: parent HP:0000000 is not in phenotypes.tsv`,
    ]);
  });

  it('a file cut off inside its last row, naming that line', () => {
    const dir = edited('annotations.tsv', (text) => text.slice(0, text.length - 30));
    const last = readFileSync(path.join(dir, 'annotations.tsv'), 'utf8').split('\n').length;
    const problems = problemsOf(() => readHpoExtract(dir));
    expect(problems).toContain(
      `annotations.tsv:${last}: the file is truncated: its last row ends without a line break`,
    );
  });
});

describe('reading the rows of an extract file', () => {
  const read = (build: Parameters<typeof readRecords>[3]) => {
    const problems: SeedProblem[] = [];
    const records = readRecords(SOURCE, 'genes.tsv', ['id', 'symbol'], build, problems);
    return {
      records,
      problems: problems.map((p) => `${path.basename(p.file)}:${p.line ?? ''}: ${p.message}`),
    };
  };

  it('makes whatever building a row throws a problem of its file and line, naming the column', () => {
    const { records, problems } = read((field) =>
      field('symbol', (text) => {
        if (text === 'CSTB') return (JSON.parse('[null]') as { text: string }[])[0]!.text;
        return text;
      }),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^genes\.tsv:\d+: symbol: Cannot read properties of null/),
    ]);
    expect(records.length).toBeGreaterThan(1);
  });

  it('and an error thrown outside any field, too', () => {
    const { problems } = read((field) => {
      const symbol = field('symbol', (text) => text);
      if (symbol === 'CSTB') throw new TypeError('no such shape');
      return symbol;
    });
    expect(problems).toEqual([expect.stringMatching(/^genes\.tsv:\d+: no such shape$/)]);
  });
});

describe('checking the HPO extract against its manifest refuses', () => {
  it('a file cut off at a row boundary: its sha256 and counts differ', () => {
    const dir = edited('annotations.tsv', (text) => text.replace(/[^\n]*\n$/, ''));
    expect(() => readHpoExtract(dir)).not.toThrow();
    const problems = problemsOf(() => verifyHpoExtract(dir));
    expect(problems).toContainEqual(
      expect.stringMatching(/^annotations\.tsv:: sha256 [0-9a-f]{64} is not/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^manifest\.json:: the extract has \d+, the manifest says \d+$/),
    );
  });

  it('a changed definition, by its sha256', () => {
    const dir = edited('phenotypes.tsv', (text) =>
      text.replace('Very brief, involuntary', 'Brief, involuntary'),
    );
    expect(problemsOf(() => verifyHpoExtract(dir))).toEqual([
      expect.stringMatching(
        /^phenotypes\.tsv:: sha256 [0-9a-f]{64} is not the manifest's [0-9a-f]{64}$/,
      ),
    ]);
  });

  it('a count the extract does not have', () => {
    const dir = edited('manifest.json', (text) =>
      text.replace(/"not_annotations": \d+/, '"not_annotations": 1'),
    );
    expect(problemsOf(() => verifyHpoExtract(dir))).toEqual([
      'manifest.json:: the extract has 30, the manifest says 1',
    ]);
  });
});
