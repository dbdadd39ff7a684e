import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { OntologyExtracts, OntologyTerm } from '../../src/seed/ontology-extracts';
import { resolveXrefs } from '../../src/seed/xrefs';
import { loadSeedGraph } from '../../src/seed/seed-graph';
import { DEFAULT_SEED_DIR } from '../../src/seed/seed';
import { SeedValidationError } from '../../src/seed/seed-error';
import { copySeeds, editSeedFile } from '../fixtures/testkit';

const source = (name: string, release: string) => ({
  name,
  release,
  from: '',
  extracted: '',
  file: '',
});
const term = (id: string, label: string, extra: Partial<OntologyTerm> = {}): OntologyTerm => ({
  id,
  found: true,
  label,
  obsolete: false,
  replacedBy: null,
  synonyms: [],
  narrower: [],
  mappings: [],
  ...extra,
});
const terms = [
  term('HP:0001336', 'Myoclonus', {
    synonyms: [
      { text: 'Myoclonic jerks', scope: 'exact' },
      { text: 'Jerking', scope: 'broad', type: 'layperson' },
      { text: 'myoclonic jerk', scope: 'related' },
    ],
    narrower: [
      { id: 'HP:0012323', text: 'Sleep myoclonus' },
      { id: 'HP:0010530', text: 'Jerking' },
    ],
    mappings: [{ id: 'UMLS:C0027066', match: 'close' }],
  }),
  term('HP:0002355', 'Difficulty walking', { obsolete: true, replacedBy: 'HP:0001288' }),
  term('MONDO:0007661', 'Tourette syndrome', {
    mappings: [{ id: 'UMLS:C0040517', match: 'exact' }],
  }),
  term('MESH:D009207', 'Myoclonus'),
];
const extracts: OntologyExtracts = {
  sources: {
    HP: source('Human Phenotype Ontology', '2025-01-16'),
    MONDO: source('Mondo Disease Ontology', '2026-08-21'),
    MESH: source('Medical Subject Headings', '2026.1.27.2'),
    ICD10CM: source('ICD-10-CM', '2026-04-01'),
    biolink: source('Biolink Model', '4.4.6'),
  },
  term: (id) => terms.find((t) => t.id === id),
};
const entity = (
  xrefs: { id: string; label: string; match: 'exact' | 'close' | 'broad' | 'narrow' }[],
  xrefNote?: string,
) => ({
  name: 'Myoclonus',
  synonyms: [{ text: 'myoclonic jerk' }],
  xrefs,
  xrefNote,
});

describe('resolveXrefs', () => {
  test('an exact match brings its mappings and its exact names, each with its source', () => {
    const { xrefs, ontologySynonyms, problems } = resolveXrefs(
      entity([{ id: 'HP:0001336', label: 'Myoclonus', match: 'exact' }]),
      extracts,
    );
    expect(problems).toEqual([]);
    expect(xrefs).toEqual([
      { id: 'HP:0001336', label: 'Myoclonus', match: 'exact', release: '2025-01-16', via: null },
      {
        id: 'UMLS:C0027066',
        label: null,
        match: 'close',
        release: '2025-01-16',
        via: 'HP:0001336',
      },
    ]);
    // The label and "myoclonic jerk" are the entity's own names already; each other name comes
    // once, with its scope (a narrower term's name is narrow).
    expect(ontologySynonyms).toEqual([
      { text: 'Myoclonic jerks', source: 'HP:0001336', match: 'exact', scope: 'exact' },
      { text: 'Jerking', source: 'HP:0001336', match: 'exact', scope: 'broad' },
      { text: 'Sleep myoclonus', source: 'HP:0001336', match: 'exact', scope: 'narrow' },
    ]);
  });

  test('a close match lends its names as close ones, and no mappings', () => {
    const { xrefs, ontologySynonyms, problems } = resolveXrefs(
      entity([{ id: 'HP:0001336', label: 'Myoclonus', match: 'close' }]),
      extracts,
    );
    expect(problems).toEqual([]);
    expect(xrefs.map((x) => x.id)).toEqual(['HP:0001336']);
    expect(ontologySynonyms).toEqual([
      { text: 'Myoclonic jerks', source: 'HP:0001336', match: 'close', scope: 'exact' },
      { text: 'Jerking', source: 'HP:0001336', match: 'close', scope: 'broad' },
      { text: 'Sleep myoclonus', source: 'HP:0001336', match: 'close', scope: 'narrow' },
    ]);
  });

  test('a broad match lends neither mappings nor names, and needs a note', () => {
    const broad = [{ id: 'MONDO:0007661', label: 'Tourette syndrome', match: 'broad' as const }];
    const withoutNote = resolveXrefs(entity(broad), extracts);
    expect(withoutNote.problems.map((p) => p.field)).toEqual([['xrefNote']]);
    const withNote = resolveXrefs(entity(broad, 'No term fits.'), extracts);
    expect(withNote.problems).toEqual([]);
    expect(withNote.xrefs.map((x) => x.id)).toEqual(['MONDO:0007661']);
    expect(withNote.ontologySynonyms).toEqual([]);
  });

  test('exact matches come first', () => {
    const { xrefs } = resolveXrefs(
      entity([
        { id: 'MONDO:0007661', label: 'Tourette syndrome', match: 'broad' },
        { id: 'MESH:D009207', label: 'Myoclonus', match: 'exact' },
      ]),
      extracts,
    );
    expect(xrefs.map((x) => [x.id, x.match])).toEqual([
      ['MESH:D009207', 'exact'],
      ['MONDO:0007661', 'broad'],
    ]);
  });

  test.each([
    [
      { id: 'HP:9999999', label: 'Nothing', match: 'exact' as const },
      ['xrefs', 0, 'id'],
      /HP:9999999 is not in Human Phenotype Ontology 2025-01-16/,
    ],
    [
      { id: 'HP:0002355', label: 'Difficulty walking', match: 'close' as const },
      ['xrefs', 0, 'id'],
      /obsolete in Human Phenotype Ontology 2025-01-16; use HP:0001288/,
    ],
    [
      { id: 'MESH:D009207', label: 'Myoclonic jerk', match: 'exact' as const },
      ['xrefs', 0, 'label'],
      /labelled "Myoclonus" in Medical Subject Headings 2026.1.27.2, not "Myoclonic jerk"/,
    ],
  ])('refuses %j', (xref, field, message) => {
    const { problems } = resolveXrefs(entity([xref], 'note'), extracts);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toEqual(field);
    expect(problems[0]!.message).toMatch(message);
  });
});

describe('the seed check holds every cross-reference to the extracts', () => {
  test('every entity has cross-references, or a note saying why none fits', () => {
    for (const e of loadSeedGraph(DEFAULT_SEED_DIR).entities)
      expect(e.xrefs.length > 0 || Boolean(e.xrefNote)).toBe(true);
  });

  test('an obsolete id in the extract is refused, naming its replacement', () => {
    const dir = copySeeds();
    const extract = path.join(dir, 'ontologies', 'hp.tsv');
    writeFileSync(
      extract,
      `${readFileSync(extract, 'utf8')}HP:0002355\ttrue\tDifficulty walking\ttrue\tHP:0001288\t[]\t[]\t[]\n`,
    );
    editSeedFile(dir, 'entities/symptoms.yaml', (t) =>
      t.replace(
        '      - id: HP:0001288\n        label: "Gait disturbance"',
        '      - id: HP:0002355\n        label: "Difficulty walking"',
      ),
    );
    expect(() => loadSeedGraph(dir)).toThrow(SeedValidationError);
    expect(() => loadSeedGraph(dir)).toThrow(
      /HP:0002355 is obsolete in Human Phenotype Ontology 2025-01-16; use HP:0001288/,
    );
  });

  test("an id the extract does not have, and a label that is not the ontology's, are refused", () => {
    const dir = copySeeds();
    editSeedFile(dir, 'entities/conditions.yaml', (t) =>
      t
        .replace(
          '      - id: MESH:D009207\n        label: "Myoclonus"',
          '      - id: MESH:D009208\n        label: "Myoclonus"',
        )
        .replace(
          '      - id: ICD10CM:G25.3\n        label: "Myoclonus"',
          '      - id: ICD10CM:G25.3\n        label: "Myoclonic jerks"',
        ),
    );
    let problems: string[] = [];
    try {
      loadSeedGraph(dir);
    } catch (error) {
      problems = (error as SeedValidationError).problems.map((p) => `${p.field}: ${p.message}`);
    }
    expect(problems).toEqual([
      expect.stringMatching(
        /^entities\[0\]\.xrefs\[1\]\.id: MESH:D009208 is not in Medical Subject Headings/,
      ),
      expect.stringMatching(
        /^entities\[0\]\.xrefs\[2\]\.label: ICD10CM:G25.3 is labelled "Myoclonus" in ICD-10-CM 2026-04-01/,
      ),
    ]);
  });

  test('the extracts name their ontology releases', () => {
    const sources = JSON.parse(
      readFileSync(path.join(DEFAULT_SEED_DIR, 'ontologies', 'sources.json'), 'utf8'),
    );
    expect(sources.HP.release).toBe('2025-01-16');
    expect(sources.ICD10CM.release).toBe('2026-04-01');
    expect(sources.MONDO.from).toMatch(/^monarch-initiative\/mondo at [0-9a-f]{40}/);
  });
});
