import { GRAPH_DISCLAIMER } from '../../src/domain';
import { RecordMapper } from '../../src/graph/read/record-mapper';
import { toPage } from '../../src/graph/read/paging';
import { decodeCursor, toConnection } from '../../src/schema/connections';

const source = {
  id: 'article',
  infores: 'infores:article',
  kind: 'article',
  title: 'T',
  publisher: 'P',
  author: 'A',
  lastModified: '2019-07-23',
  version: '2019-07-23',
  licence: 'L',
  citation: 'C',
  identifiers: [],
  disclaimer: 'D',
};
const sourceWithout = (key: keyof typeof source) => {
  const { [key]: _, ...rest } = source;
  return rest;
};
const entityRow = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'CONDITION',
  name: id,
  source: 'article',
  section: 'Intro',
  paragraph: 1,
  ...extra,
});

describe('RecordMapper', () => {
  const map = new RecordMapper([source]);

  test('a citation names its source by id and gets the whole source', () => {
    expect(map.citation({ source: 'article', section: 'Causes', paragraph: 3 })).toEqual({
      source: { ...sourceWithout('citation'), reference: 'C', review: null },
      section: 'Causes',
      paragraph: 3,
    });
  });

  test("a source with no disclaimer of its own gets the graph's", () => {
    const [withNone] = new RecordMapper([{ ...source, id: 'study', disclaimer: null }]).citations({
      source: 'study',
      section: 'Results',
      paragraph: 1,
    });
    expect(withNone!.source.disclaimer).toBe(GRAPH_DISCLAIMER);
  });

  test('a statement of several paragraphs gives each, all of its one source', () => {
    const citations = map.citations({
      source: 'article',
      section: 'Causes',
      paragraph: 2,
      citations: JSON.stringify([
        { section: 'Causes', paragraph: 2 },
        { section: 'Treating', paragraph: 1 },
      ]),
    });
    expect(citations.map((c) => [c.source.id, c.section, c.paragraph])).toEqual([
      ['article', 'Causes', 2],
      ['article', 'Treating', 1],
    ]);
  });

  test('an entity without synonyms, description or properName gets empty values, not undefined', () => {
    expect(map.entity(entityRow('myoclonus'))).toMatchObject({
      synonyms: [],
      description: null,
      properName: false,
    });
  });

  test('cross-references and ontology names are read from their stored JSON; absent is empty', () => {
    const xrefs = [
      { id: 'HP:0001336', label: 'Myoclonus', match: 'exact', release: 'r', via: null },
    ];
    expect(map.annotations({ xrefs: JSON.stringify(xrefs), xrefNote: null })).toEqual({
      names: [],
      xrefs,
      xrefNote: null,
      ontologySynonyms: [],
    });
    expect(map.annotations({})).toEqual({
      names: [],
      xrefs: [],
      xrefNote: null,
      ontologySynonyms: [],
    });
  });

  test('a fact takes its ends from the row, or from the entities given beside it', () => {
    const row = {
      props: { id: 'f', qualifier: null, source: 'article', section: 'S', paragraph: 2 },
      predicate: 'SUBTYPE_OF',
      subjectId: 'a',
      objectId: 'b',
    };
    const [fact] = map.factRefs([row], [map.entity(entityRow('a')), map.entity(entityRow('b'))]);
    expect(fact).toMatchObject({
      id: 'f',
      predicate: 'SUBTYPE_OF',
      subject: { id: 'a' },
      object: { id: 'b' },
      qualifier: null,
      citation: { section: 'S', paragraph: 2 },
    });
  });

  test('a statistic maps its numbers and both entities', () => {
    const statistic = map.statistic({
      statistic: {
        id: 's',
        value: 1.3,
        unit: 'cases',
        per: 100000,
        measure: 'incidence',
        source: 'article',
        section: 'S',
        paragraph: 1,
      },
      condition: entityRow('myoclonus'),
      population: entityRow('people', { kind: 'POPULATION' }),
    });
    expect(statistic).toMatchObject({
      value: 1.3,
      per: 100000,
      qualifier: null,
      condition: { id: 'myoclonus' },
      population: { id: 'people', kind: 'POPULATION' },
    });
  });
});

describe('paging', () => {
  test('first + 1 rows: a page of first, and more are announced', () => {
    expect(toPage([{ id: 'a' }, { id: 'b' }, { id: 'c' }], 2, 7)).toEqual({
      items: [{ id: 'a' }, { id: 'b' }],
      hasMore: true,
      total: 7,
    });
    expect(toPage([{ id: 'a' }], 2, 1).hasMore).toBe(false);
  });
});

describe('connections (the GraphQL door)', () => {
  test('each edge has a cursor that decodes to its id; anything else decodes to undefined', () => {
    const { edges } = toConnection(toPage([{ id: 'secondary-myoclonus' }], 2, 1));
    expect(decodeCursor(edges[0]!.cursor)).toBe('secondary-myoclonus');
    expect(decodeCursor('not-a-cursor')).toBeUndefined();
    expect(decodeCursor(Buffer.from('id:').toString('base64url'))).toBeUndefined();
  });

  test('a page with more after it announces the next page from its last edge', () => {
    const connection = toConnection(toPage([{ id: 'a' }, { id: 'b' }, { id: 'c' }], 2, 7));
    expect(connection.edges.map((e) => e.node.id)).toEqual(['a', 'b']);
    expect(connection.pageInfo).toEqual({
      hasNextPage: true,
      endCursor: connection.edges[1]!.cursor,
    });
    expect(connection.totalCount).toBe(7);
  });

  test('the last page has no next page; an empty page has no end cursor', () => {
    expect(toConnection(toPage([{ id: 'a' }], 2, 1)).pageInfo.hasNextPage).toBe(false);
    expect(toConnection(toPage([], 2, 0)).pageInfo).toEqual({
      hasNextPage: false,
      endCursor: null,
    });
  });
});
