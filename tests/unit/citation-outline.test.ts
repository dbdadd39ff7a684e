import { loadSeedGraph } from '../../src/seed/seed-graph';
import { DEFAULT_SEED_DIR } from '../../src/seed/seed';
import { seedProblemsAfterEdit } from '../fixtures/testkit';

/** The article's outline in seeds/outline.yaml, as paragraph counts by section. */
const ARTICLE = 'epainassist-myoclonus-risk';
const OUTLINES: Record<string, Record<string, number>> = {
  [ARTICLE]: {
    Introduction: 1,
    'Who Is At Risk For Myoclonus?': 3,
    'Treating Myoclonus': 1,
    'Conditions Similar To Myoclonus': 2,
  },
  // The study behind the article's figures: its structured abstract.
  'caviness-1999-myoclonus-olmsted': {
    Objective: 1,
    Design: 1,
    'Patients and Methods': 1,
    Results: 1,
    Conclusion: 1,
  },
};

const problemsOf = (edit: (text: string) => string, file = 'facts/treatments.yaml') =>
  seedProblemsAfterEdit(file, edit);

describe('every citation points at a paragraph of its source', () => {
  const graph = loadSeedGraph(DEFAULT_SEED_DIR);
  const citations = [
    ...graph.entities.map((e) => ({ what: `entity ${e.id}`, ...e.citation })),
    ...graph.facts.flatMap((f) => f.citations.map((c) => ({ what: `fact ${f.id}`, ...c }))),
    ...graph.statistics.flatMap((s) =>
      s.citations.map((c) => ({ what: `statistic ${s.id}`, ...c })),
    ),
  ];

  test.each(citations.map((c) => [c.what, c] as const))('%s', (_, citation) => {
    const outline = OUTLINES[citation.source]!;
    expect(Object.keys(outline)).toContain(citation.section);
    expect(citation.paragraph).toBeGreaterThanOrEqual(1);
    expect(citation.paragraph).toBeLessThanOrEqual(outline[citation.section]!);
  });

  test('every paragraph of the article is cited by something', () => {
    const cited = new Set(
      citations.filter((c) => c.source === ARTICLE).map((c) => `${c.section} ${c.paragraph}`),
    );
    for (const [section, paragraphs] of Object.entries(OUTLINES[ARTICLE]!))
      for (let p = 1; p <= paragraphs; p++) expect(cited).toContain(`${section} ${p}`);
  });
});

describe('the seed check refuses a citation outside the outline', () => {
  test('a paragraph past the end of its section', () => {
    expect(
      problemsOf((t) =>
        t.replace(
          'section: Treating Myoclonus, paragraph: 1}',
          'section: Treating Myoclonus, paragraph: 2}',
        ),
      ),
    ).toEqual([
      '"Treating Myoclonus" of "epainassist-myoclonus-risk" has 1 paragraph(s); there is no paragraph 2',
    ]);
  });

  test('a section the article does not have', () => {
    const problems = problemsOf((t) =>
      t.replace('section: Treating Myoclonus, paragraph: 1}', 'section: Treatment, paragraph: 1}'),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^"Treatment" is not a section of the outline of "epainassist-myoclonus-risk"/,
    );
  });

  test('a source without an outline', () => {
    expect(
      problemsOf(
        (t) => t.replace('source: epainassist-myoclonus-risk', 'source: another-article'),
        'outline.yaml',
      ),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/has no outline/)]));
  });
});
