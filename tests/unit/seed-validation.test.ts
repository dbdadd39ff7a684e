import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { SeedValidationError, formatProblem, type SeedProblem } from '../../src/seed/seed-error';
import { factId } from '../../src/domain';
import { loadSeedGraph } from '../../src/seed/seed-graph';
import { DEFAULT_SEED_DIR } from '../../src/seed/seed';
import { copySeeds, editSeedFile } from '../fixtures/testkit';

/** Copies seeds/, applies one edit, and returns the problems loadSeedGraph throws. */
function problemsAfterEdit(
  relative: string,
  edit: (text: string) => string,
): { dir: string; problems: SeedProblem[] } {
  const dir = copySeeds();
  editSeedFile(dir, relative, (text) => {
    const edited = edit(text);
    if (edited === text) throw new Error(`the edit did not change ${relative}`);
    return edited;
  });
  try {
    loadSeedGraph(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(SeedValidationError);
    return { dir, problems: (error as SeedValidationError).problems };
  }
  throw new Error('expected loadSeedGraph to throw SeedValidationError');
}

/** 1-based line of the `occurrence`-th line containing `needle` in a seed file. */
function lineContaining(dir: string, relative: string, needle: string, occurrence = 1): number {
  const lines = readFileSync(path.join(dir, relative), 'utf8').split('\n');
  let seen = 0;
  const index = lines.findIndex((line) => line.includes(needle) && ++seen === occurrence);
  if (index < 0) throw new Error(`"${needle}" not found in ${relative}`);
  return index + 1;
}

function problemAt(
  dir: string,
  problems: SeedProblem[],
  relative: string,
  field: string,
): SeedProblem {
  const found = problems.find(
    (p) => path.resolve(p.file) === path.join(dir, relative) && p.field === field,
  );
  if (!found)
    throw new Error(
      `no problem for ${relative} ${field}; got:\n${problems.map(formatProblem).join('\n')}`,
    );
  return found;
}

describe('seed validation names the file, line and field of each problem', () => {
  test('an entity with an unknown kind', () => {
    const { dir, problems } = problemsAfterEdit('entities/causes.yaml', (t) =>
      t.replace('kind: CAUSE', 'kind: DISEASE'),
    );
    const problem = problemAt(dir, problems, 'entities/causes.yaml', 'entities[0].kind');
    expect(problem.line).toBe(lineContaining(dir, 'entities/causes.yaml', 'kind: DISEASE'));
    expect(problem.message).toContain('DISEASE');
  });

  test('a fact whose subject does not exist', () => {
    const { dir, problems } = problemsAfterEdit('facts/look-alikes.yaml', (t) =>
      t.replace('subject: torsion-dystonia', 'subject: no-such-entity'),
    );
    const problem = problemAt(dir, problems, 'facts/look-alikes.yaml', 'facts[1].subject');
    expect(problem.line).toBe(
      lineContaining(dir, 'facts/look-alikes.yaml', 'subject: no-such-entity'),
    );
    expect(problem.message).toContain('unknown entity "no-such-entity"');
  });

  test('two entities with the same id', () => {
    const { dir, problems } = problemsAfterEdit('entities/populations.yaml', (t) =>
      t.replace('id: males', 'id: females'),
    );
    const problem = problemAt(dir, problems, 'entities/populations.yaml', 'entities[2].id');
    expect(problem.line).toBe(lineContaining(dir, 'entities/populations.yaml', 'id: females', 2));
    expect(problem.message).toContain('duplicate entity id "females"');
  });

  test('an entity without a citation', () => {
    const { dir, problems } = problemsAfterEdit('entities/populations.yaml', (t) =>
      t.replace(/(- id: males[\s\S]*?)\n {4}citation:\n(?: {6}.*\n){3}/, '$1\n'),
    );
    const problem = problemAt(dir, problems, 'entities/populations.yaml', 'entities[1].citation');
    // A missing field is reported at the entity that lacks it.
    expect(problem.line).toBe(lineContaining(dir, 'entities/populations.yaml', '- id: males'));
    expect(problem.message).toMatch(/required/i);
  });

  test('a citation paragraph written as a string', () => {
    const { dir, problems } = problemsAfterEdit('facts/look-alikes.yaml', (t) =>
      t.replace('paragraph: 1}', "paragraph: 'first'}"),
    );
    const problem = problemAt(
      dir,
      problems,
      'facts/look-alikes.yaml',
      'facts[0].citations[0].paragraph',
    );
    expect(problem.line).toBe(lineContaining(dir, 'facts/look-alikes.yaml', "paragraph: 'first'"));
    expect(problem.message).toMatch(/expected number/i);
  });

  test('a YAML syntax error', () => {
    const { dir, problems } = problemsAfterEdit('facts/look-alikes.yaml', (t) =>
      t.replace('subject: torsion-dystonia', 'subject: torsion: dystonia'),
    );
    // A file that does not parse has no fields yet: the problem gives the file, the line and the YAML error.
    const problem = problems.find(
      (p) => path.resolve(p.file) === path.join(dir, 'facts/look-alikes.yaml'),
    );
    expect(problem).toBeDefined();
    expect(problem!.line).toBe(
      lineContaining(dir, 'facts/look-alikes.yaml', 'subject: torsion: dystonia'),
    );
    expect(problem!.message).toMatch(/^YAML syntax: /);
  });

  test('an unknown top-level key is named at its own line', () => {
    const { dir, problems } = problemsAfterEdit(
      'statistics.yaml',
      (t) => `${t.trimEnd()}\nnotes: not part of the schema\n`,
    );
    const problem = problemAt(dir, problems, 'statistics.yaml', 'notes');
    expect(problem.line).toBe(lineContaining(dir, 'statistics.yaml', 'notes:'));
    expect(problem.message).toBe('unknown key "notes"');
  });

  test('a predicate joining kinds it does not allow (TREATS from a CONDITION)', () => {
    const { dir, problems } = problemsAfterEdit('facts/treatments.yaml', (t) =>
      t.replace('subject: antiepileptic-medication', 'subject: hiccups'),
    );
    const problem = problemAt(dir, problems, 'facts/treatments.yaml', 'facts[3].subject');
    expect(problem.line).toBe(lineContaining(dir, 'facts/treatments.yaml', 'subject: hiccups'));
    expect(problem.message).toBe(
      'TREATS needs a subject of kind TREATMENT, "hiccups" is CONDITION',
    );
  });

  test('a citation naming an unknown source', () => {
    const { dir, problems } = problemsAfterEdit('facts/treatments.yaml', (t) =>
      t.replace('source: epainassist-myoclonus-risk', 'source: another-article'),
    );
    const problem = problemAt(
      dir,
      problems,
      'facts/treatments.yaml',
      'facts[0].citations[0].source',
    );
    expect(problem.line).toBe(
      lineContaining(dir, 'facts/treatments.yaml', 'source: another-article'),
    );
    expect(problem.message).toContain('unknown source "another-article"');
  });

  test('the error message lists every problem as file:line: field: message', () => {
    const { dir } = problemsAfterEdit('facts/look-alikes.yaml', (t) =>
      t.replace('subject: torsion-dystonia', 'subject: nowhere'),
    );
    const message = (() => {
      try {
        loadSeedGraph(dir);
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    const line = lineContaining(dir, 'facts/look-alikes.yaml', 'subject: nowhere');
    expect(message).toContain(
      `facts/look-alikes.yaml:${line}: facts[1].subject: unknown entity "nowhere"`,
    );
  });
});

describe('the curated extract is loaded only as its manifest describes it', () => {
  const EXTRACT = 'curated/hpo';
  /** Each problem by the extract file it names (the copy's folder left out). */
  const described = (problems: SeedProblem[]) =>
    problems.map((p) => `${path.basename(p.file)}: ${p.field ? `${p.field}: ` : ''}${p.message}`);

  test('a row dropped from a file: its sha256 and a count differ', () => {
    const { problems } = problemsAfterEdit(`${EXTRACT}/gene-diseases.tsv`, (text) => {
      const lines = text.split('\n');
      lines.splice(10, 1);
      return lines.join('\n');
    });
    expect(described(problems)).toEqual([
      expect.stringMatching(
        /^gene-diseases\.tsv: sha256 [0-9a-f]{64} is not the manifest's [0-9a-f]{64}$/,
      ),
      expect.stringMatching(
        /^manifest\.json: counts\.gene_disease_pairs: the extract has \d+, the manifest says \d+$/,
      ),
    ]);
  });

  test('a file cut at a line break: its sha256 and a count differ', () => {
    const { problems } = problemsAfterEdit(`${EXTRACT}/annotations.tsv`, (text) =>
      text.replace(/[^\n]*\n$/, ''),
    );
    expect(described(problems)).toContainEqual(
      expect.stringMatching(/^annotations\.tsv: sha256 [0-9a-f]{64} is not the manifest's/),
    );
    expect(described(problems)).toContainEqual(
      expect.stringMatching(/^manifest\.json: counts\.annotations: the extract has \d+/),
    );
  });

  test('an extract without its manifest', () => {
    const dir = copySeeds();
    rmSync(path.join(dir, EXTRACT, 'manifest.json'));
    expect(() => loadSeedGraph(dir)).toThrow(SeedValidationError);
    expect(() => loadSeedGraph(dir)).toThrow(
      `${path.join(dir, EXTRACT, 'manifest.json')}: missing: an extract is loaded only with the manifest`,
    );
  });
});

describe('the real seed folder', () => {
  test('validates and holds the article content', () => {
    const graph = loadSeedGraph(DEFAULT_SEED_DIR);
    expect(graph.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(graph.sources.map((s) => s.id)).toEqual([
      'caviness-1999-myoclonus-olmsted',
      'epainassist-myoclonus-risk',
      'hpo-annotations',
    ]);
    expect(graph.entities.map((e) => e.id)).toContain('myoclonus');
    expect(graph.facts.length).toBeGreaterThan(0);
    expect(graph.statistics.map((s) => s.value).sort()).toEqual([1.3, 1.3, 8.6, 8.6]);
  });

  test("a fact id is derived from subject, predicate and object (a figure's: and its measure key)", () => {
    const graph = loadSeedGraph(DEFAULT_SEED_DIR);
    const keyOf = new Map(graph.statistics.map((s) => [s.id, s.measureKey]));
    const figureKeys = new Set(graph.statistics.map((s) => keyOf.get(s.id)).filter(Boolean));
    for (const fact of graph.facts) {
      const base = factId(fact.subject, fact.predicate, fact.object);
      if (fact.id === base) continue;
      expect(fact.predicate).toBe('FREQUENCY_IN');
      expect(figureKeys).toContain(fact.id.slice(base.length + 2));
    }
  });
});

describe('content hash', () => {
  test('the same files give the same hash, wherever the folder is', () => {
    const original = loadSeedGraph(DEFAULT_SEED_DIR).contentHash;
    expect(loadSeedGraph(DEFAULT_SEED_DIR).contentHash).toBe(original);
    expect(loadSeedGraph(copySeeds()).contentHash).toBe(original);
  });

  test('changing one description changes the hash', () => {
    const dir = copySeeds();
    editSeedFile(dir, 'entities/risk-factors.yaml', (t) =>
      t.replace(
        'One of the neurological conditions the article names',
        'A brain condition the article names',
      ),
    );
    const edited = loadSeedGraph(dir);
    expect(edited.entities.find((e) => e.id === 'stroke')?.description).toContain(
      'A brain condition',
    );
    expect(edited.contentHash).not.toBe(loadSeedGraph(DEFAULT_SEED_DIR).contentHash);
  });

  test('moving a fact to another file keeps the hash', () => {
    const dir = copySeeds();
    const block = `  - subject: huntingtons-disease
    predicate: MISTAKEN_FOR
    object: myoclonus
    modality: RESEMBLANCE
    cue: can be mistaken for
    citations:
      - {source: epainassist-myoclonus-risk, section: Conditions Similar To Myoclonus, paragraph: 1}
`;
    editSeedFile(dir, 'facts/look-alikes.yaml', (t) => {
      expect(t).toContain(block);
      return t.replace(block, '');
    });
    editSeedFile(dir, 'facts/treatments.yaml', (t) => t + block);
    expect(loadSeedGraph(dir).contentHash).toBe(loadSeedGraph(DEFAULT_SEED_DIR).contentHash);
  });
});
