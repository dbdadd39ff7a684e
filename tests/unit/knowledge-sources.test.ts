import { primaryKnowledgeSources } from '../../src/graph/export/knowledge-sources';
import { KG_INFORES, knowledgeSourceVersion } from '../../src/graph/export/kgx-model';
import type { SourceRecord } from '../../src/graph/read/records';

/** The manifest's primary knowledge sources: one per infores id, the graph's own curation as the graph. */

const record = (id: string, infores: string, overrides: Partial<SourceRecord> = {}) =>
  ({
    id,
    infores,
    kind: 'journal-article',
    title: `The title of ${id}`,
    publisher: `The publisher of ${id}`,
    author: `The author of ${id}`,
    lastModified: '1999',
    version: '1999',
    licence: `The terms of ${id}`,
    reference: `The citation of ${id}`,
    identifiers: [`PII:${id}`],
    disclaimer: '',
    review: null,
    ...overrides,
  }) satisfies SourceRecord;

const ARTICLE = record('article', 'infores:article', {
  kind: 'article',
  lastModified: '2019-07-23',
  version: '2019-07-23',
  identifiers: [],
});
const STUDY = record('study-1999', KG_INFORES);
const OTHER_STUDY = record('study-2001', KG_INFORES, { lastModified: '2001', version: '2001' });
const counts = new Map([
  [KG_INFORES, { nodes: 2, edges: 3, nodesOfOtherSources: 1 }],
  ['infores:article', { nodes: 50, edges: 70, nodesOfOtherSources: 0 }],
]);

test("one entry per infores id; the graph's curation is the graph of the seed version, with every work it curated", () => {
  const sources = primaryKnowledgeSources([STUDY, ARTICLE, OTHER_STUDY], '5.1.0', counts);
  expect(sources.map((s) => s.id)).toEqual([KG_INFORES, 'infores:article']);
  const graph = sources[0]!;
  expect(graph).toEqual({
    id: KG_INFORES,
    title: 'Myoclonus knowledge graph',
    publisher: 'The myoclonus-knowledge-graph contributors',
    lastModified: null,
    version: '5.1.0',
    licence: expect.stringContaining('NOTICE'),
    citation:
      'The myoclonus-knowledge-graph contributors. Myoclonus knowledge graph (myoclonus-knowledge-graph), seed version 5.1.0.',
    identifiers: [],
    publications: [
      {
        id: 'study-1999',
        kind: 'journal-article',
        title: 'The title of study-1999',
        author: 'The author of study-1999',
        publisher: 'The publisher of study-1999',
        date: '1999',
        version: '1999',
        licence: 'The terms of study-1999',
        citation: 'The citation of study-1999',
        identifiers: ['PII:study-1999'],
      },
      expect.objectContaining({ id: 'study-2001', date: '2001' }),
    ],
    counts: { nodes: 2, edges: 3, nodesOfOtherSources: 1 },
  });
  // Nothing of a study is given as the graph's own.
  expect(JSON.stringify({ ...graph, publications: [] })).not.toMatch(/study|1999/);
});

test('another source is described by its record, which it lists as its work; a source with nothing in the release counts none', () => {
  const [article] = primaryKnowledgeSources([ARTICLE], '5.1.0', new Map());
  expect(article).toEqual({
    id: 'infores:article',
    title: 'The title of article',
    publisher: 'The publisher of article',
    lastModified: '2019-07-23',
    version: '2019-07-23',
    licence: 'The terms of article',
    citation: 'The citation of article',
    identifiers: [],
    publications: [expect.objectContaining({ id: 'article', kind: 'article', date: '2019-07-23' })],
    counts: { nodes: 0, edges: 0, nodesOfOtherSources: 0 },
  });
});

test("an edge's source version is its entry's: the seed version for the graph's curation, the source's own otherwise", () => {
  const entries = primaryKnowledgeSources([ARTICLE, STUDY], '5.1.0', new Map());
  const versionOf = (infores: string) => entries.find((e) => e.id === infores)?.version;
  // What an edge of each record gives (the export's rule), and what the manifest gives its source.
  for (const source of [ARTICLE, STUDY])
    expect(versionOf(source.infores)).toBe(knowledgeSourceVersion(source, '5.1.0'));
  expect(versionOf(KG_INFORES)).toBe('5.1.0');
  expect(versionOf('infores:article')).toBe('2019-07-23');
});
