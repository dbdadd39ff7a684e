import type { GraphContent } from '../../src/domain';
import { changeCounts, diffContent, factRow, toGraphRows } from '../../src/graph/write/graph-rows';

const citation = { source: 'article', section: 'Causes', paragraph: 2 };
const graph: GraphContent = {
  version: '1.0.0',
  contentHash: 'h',
  sources: [
    {
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
    },
  ],
  entities: [
    {
      id: 'alzheimers-disease',
      kind: 'CAUSE',
      category: 'biolink:Disease',
      name: 'Alzheimer\u2019s  disease',
      properName: true,
      names: [
        { text: 'Alzheimer Disease', scope: 'exact', lay: false, misspelling: false },
        { text: 'AD', scope: 'exact', lay: false, misspelling: false },
        { text: 'memory loss', scope: 'related', lay: true, misspelling: false },
        { text: 'Alzhiemers', scope: 'exact', lay: false, misspelling: true },
      ],
      description: 'A dementia.',
      xrefs: [
        {
          id: 'MONDO:0004975',
          label: 'Alzheimer disease',
          match: 'exact',
          release: '2026-08-21',
          via: null,
        },
        {
          id: 'UMLS:C0002395',
          label: null,
          match: 'exact',
          release: '2026-08-21',
          via: 'MONDO:0004975',
        },
        {
          id: 'MESH:D003704',
          label: 'Dementia',
          match: 'broad',
          release: '2026.1.27.2',
          via: null,
        },
      ],
      ontologySynonyms: [
        {
          text: 'Alzheimer\u2019s dementia',
          source: 'MONDO:0004975',
          match: 'exact',
          scope: 'exact',
        },
        {
          text: 'Early onset Alzheimer disease',
          source: 'MONDO:0004975',
          match: 'exact',
          scope: 'narrow',
        },
        { text: 'Senile dementia', source: 'MESH:D003704', match: 'close', scope: 'exact' },
        { text: 'Presenile dementia', source: 'MESH:D003704', match: 'close', scope: 'related' },
      ],
      citation,
    },
  ],
  facts: [
    {
      id: 'alzheimers-disease--causes--myoclonus',
      subject: 'alzheimers-disease',
      predicate: 'CAUSES',
      object: 'myoclonus',
      modality: 'CAUSATION',
      cue: 'due to',
      citations: [citation, { ...citation, paragraph: 3 }],
    },
  ],
  statistics: [],
  retired: [],
};

describe('toGraphRows', () => {
  const rows = toGraphRows(graph);

  test('an entity row flattens its citation and stores its names normalised for lookup', () => {
    expect(rows.entities[0]!.props).toMatchObject({
      id: 'alzheimers-disease',
      nameLower: "alzheimer's disease",
      source: 'article',
      section: 'Causes',
      paragraph: 2,
      properName: true,
    });
  });

  test('cross-references are stored whole, with the exact ones indexed for lookup by CURIE', () => {
    const props = rows.entities[0]!.props;
    expect(JSON.parse(props.xrefs as string)).toEqual(graph.entities[0]!.xrefs);
    expect(props.exactXrefIds).toEqual(['MONDO:0004975', 'UMLS:C0002395']);
    expect(props.xrefText).toBe('MONDO_0004975 UMLS_C0002395');
    expect(props.xrefNote).toBeNull();
  });

  test('ontology synonyms are searched and matched like the curated ones, and keep their source', () => {
    const props = rows.entities[0]!.props;
    // Exact names (a misspelling among them) and an exact term's exact names rank as the
    // entity's own; no other name is ever matched as the entity's own.
    expect(props.synonymsLower).toEqual([
      'alzheimer disease',
      'ad',
      'alzhiemers',
      "alzheimer's dementia",
    ]);
    // An exact term's narrower name and a close term's exact name rank as scoped names; a close
    // term's related name is only searched.
    expect(props.otherNamesLower).toEqual([
      'memory loss',
      'early onset alzheimer disease',
      'senile dementia',
    ]);
    expect(props.synonymsText).toBe(
      'Alzheimer Disease | AD | Alzhiemers | Alzheimer\u2019s dementia | memory loss | Early onset Alzheimer disease | Senile dementia | Presenile dementia',
    );
    expect(JSON.parse(props.ontologySynonyms as string)).toEqual(
      graph.entities[0]!.ontologySynonyms,
    );
  });

  test('only exact, rightly spelt names are "also called"; every name is kept with its scope', () => {
    const props = rows.entities[0]!.props;
    expect(props.synonyms).toEqual(['Alzheimer Disease', 'AD']);
    expect(JSON.parse(props.names as string)).toEqual(graph.entities[0]!.names);
  });

  test('a fact keeps its modality, cue and every citation, the first also as plain properties', () => {
    expect(rows.facts[0]!.props).toMatchObject({
      modality: 'CAUSATION',
      cue: 'due to',
      frequency: null,
      section: 'Causes',
      paragraph: 2,
    });
    expect(JSON.parse(rows.facts[0]!.props.citations as string)).toEqual([
      { section: 'Causes', paragraph: 2 },
      { section: 'Causes', paragraph: 3 },
    ]);
  });

  test('the ontology synonyms are stored whole', () => {
    const props = rows.entities[0]!.props;
    expect(JSON.parse(props.ontologySynonyms as string)).toEqual(
      graph.entities[0]!.ontologySynonyms,
    );
  });

  test('missing optional values are stored as null, never left out', () => {
    expect(rows.sources[0]!.props.review).toBeNull();
    expect(rows.facts[0]!.props.qualifier).toBeNull();
  });

  test('a fact row does not store its ends, but its hash changes when they do', () => {
    const fact = rows.facts[0]!;
    expect(fact.props).not.toHaveProperty('subjectId');
    expect(fact.props.contentHash).toBe(fact.hash);
    const moved = toGraphRows({
      ...graph,
      facts: [{ ...graph.facts[0]!, object: 'secondary-myoclonus' }],
    }).facts[0]!;
    expect(moved.hash).not.toBe(fact.hash);
  });

  test('the same content always gives the same hashes', () => {
    expect(toGraphRows(structuredClone(graph))).toEqual(rows);
  });
});

/** Rows built already: each is its own row. */
const diff = <T extends { id: string; hash: string }>(
  wanted: T[],
  stored: Map<string, string | null>,
) => diffContent(wanted, (row) => row, stored);

describe('diff', () => {
  const wanted = [
    { id: 'a', hash: '1' },
    { id: 'b', hash: '2' },
    { id: 'c', hash: '3' },
  ];

  test('new ids are created, changed hashes updated, missing ids removed, equal ones left', () => {
    const stored = new Map<string, string | null>([
      ['b', '2'],
      ['c', 'old'],
      ['gone', '9'],
    ]);
    const result = diff(wanted, stored);
    expect(result.create.map((r) => r.id)).toEqual(['a']);
    expect(result.update.map((r) => r.id)).toEqual(['c']);
    expect(result.remove).toEqual(['gone']);
    expect(changeCounts(result)).toEqual({ created: 1, updated: 1, removed: 1, unchanged: 1 });
  });

  test('an item stored without a hash is rewritten', () => {
    expect(diff(wanted, new Map([['a', null]])).update.map((r) => r.id)).toEqual(['a']);
  });

  test('nothing stored: everything is created', () => {
    expect(changeCounts(diff(wanted, new Map()))).toEqual({
      created: 3,
      updated: 0,
      removed: 0,
      unchanged: 0,
    });
  });

  test('a new item is created as content: its row is built only for an item stored already', () => {
    const built: string[] = [];
    const toRow = (item: { id: string }) => {
      built.push(item.id);
      return { id: item.id, hash: `hash of ${item.id}` };
    };
    const items = [{ id: 'new' }, { id: 'same' }, { id: 'changed' }];
    const stored = new Map<string, string | null>([
      ['same', 'hash of same'],
      ['changed', 'old'],
      ['gone', 'x'],
    ]);
    const result = diffContent(items, toRow, stored);
    expect(built).toEqual(['same', 'changed']);
    expect(result.create).toEqual([{ id: 'new' }]);
    expect(result.update).toEqual([{ id: 'changed', hash: 'hash of changed' }]);
    expect(changeCounts(result)).toEqual({ created: 1, updated: 1, removed: 1, unchanged: 1 });
  });

  test('a fact diffed as content finds the hash its row stores', () => {
    const [fact] = graph.facts;
    const stored = new Map<string, string | null>([[fact!.id, factRow(fact!).hash]]);
    expect(changeCounts(diffContent(graph.facts, factRow, stored)).unchanged).toBe(1);
    expect(toGraphRows(graph).facts[0]!.hash).toBe(factRow(fact!).hash);
  });
});
