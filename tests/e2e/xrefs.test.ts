import type { Json } from '../fixtures/api-server';
import { useSeededServer } from '../fixtures/seeded-server';

/** Standard identifiers: each entity's cross-references, and lookup of an entity by CURIE. */

jest.setTimeout(60_000);
const ctx = useSeededServer();

async function data(query: string, variables?: Record<string, unknown>): Promise<Json> {
  const { body } = await ctx.server.post(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
}

const XREF = 'xrefs { id ontology label match release via url } xrefNote';

test('myoclonus carries its HPO, MeSH and ICD-10-CM terms, each with its release', async () => {
  const d = await data(`{ entity(id: "myoclonus") { ${XREF} } }`);
  const exact = d.entity.xrefs.filter((x: Json) => x.via === null);
  expect(exact).toEqual([
    {
      id: 'HP:0001336',
      ontology: 'HP',
      label: 'Myoclonus',
      match: 'EXACT',
      release: '2025-01-16',
      via: null,
      url: 'http://purl.obolibrary.org/obo/HP_0001336',
    },
    {
      id: 'MESH:D009207',
      ontology: 'MESH',
      label: 'Myoclonus',
      match: 'EXACT',
      release: '2026.1.27.2',
      via: null,
      url: 'http://id.nlm.nih.gov/mesh/D009207',
    },
    {
      id: 'ICD10CM:G25.3',
      ontology: 'ICD10CM',
      label: 'Myoclonus',
      match: 'EXACT',
      release: '2026-04-01',
      via: null,
      url: 'http://purl.bioontology.org/ontology/ICD10CM/G25.3',
    },
  ]);
  // HPO's own cross-references give UMLS and SNOMED CT, as close matches.
  expect(d.entity.xrefs).toContainEqual(
    expect.objectContaining({
      id: 'UMLS:C0027066',
      match: 'CLOSE',
      via: 'HP:0001336',
      label: null,
    }),
  );
  expect(d.entity.xrefNote).toBeNull();
});

test('a form with no term of its own has a broad match and says why', async () => {
  const d = await data(`{ entity(id: "secondary-myoclonus") { ${XREF} } }`);
  expect(d.entity.xrefs.map((x: Json) => [x.id, x.match])).toEqual([['HP:0001336', 'BROAD']]);
  expect(d.entity.xrefNote).toMatch(/no ontology/i);
});

test.each([
  ['HP:0001336', 'myoclonus'],
  ['hp:0001336', 'myoclonus'],
  ['MONDO:0007661', 'tourette-syndrome'],
  ['ICD10CM:G10', 'huntingtons-disease'],
  ['UMLS:C0040517', 'tourette-syndrome'],
  ['MESH:D000927', 'antiepileptic-medication'],
  // A curated record merged into the entity names it too.
  ['ORPHA:399', 'huntingtons-disease'],
  // Orphanet's prefix as people write it, in any case, as every door reads it.
  ['Orphanet:399', 'huntingtons-disease'],
  ['orpha:399', 'huntingtons-disease'],
])('entity(id: %s) is the entity it matches exactly', async (curie, id) => {
  const d = await data('query ($id: ID!) { entity(id: $id) { id } }', { id: curie });
  expect(d.entity).toEqual({ id });
});

test.each([
  ['a term no entity has', 'HP:0000001'],
  ['a broader term (sleep myoclonus, broad for jerks when falling asleep)', 'HP:0012323'],
  ['a close mapping only', 'UMLS:C0027066'],
  ['an unknown prefix', 'XYZ:123'],
  ['a node of the curated layer only', 'ORPHA:307'],
])('entity(id:) is null for %s', async (_, curie) => {
  const d = await data('query ($id: ID!) { entity(id: $id) { id } }', { id: curie });
  expect(d.entity).toBeNull();
});

test('ontology names are found by search and by condition(name), and say where they come from', async () => {
  const d = await data(`{
    search(text: "Tourette's disorder", first: 1) { entity { id ontologySynonyms { text source scope } } }
    condition(name: "Huntington disease") { id }
  }`);
  expect(d.search[0].entity.id).toBe('tourette-syndrome');
  expect(d.search[0].entity.ontologySynonyms).toContainEqual({
    text: "Tourette's disorder",
    source: 'ICD10CM:F95.2',
    scope: 'EXACT',
  });
  expect(d.condition).toEqual({ id: 'huntingtons-disease' });
});

test('an ontology name says its scope: a narrower term lends a narrow name', async () => {
  const d = await data(
    `{ entity(id: "dementia") { ontologySynonyms { text source match scope } } }`,
  );
  expect(d.entity.ontologySynonyms).toContainEqual({
    text: 'Frontotemporal dementia',
    source: 'HP:0000726',
    match: 'EXACT',
    scope: 'NARROW',
  });
  expect(d.entity.ontologySynonyms).toContainEqual({
    text: 'Progressive dementia',
    source: 'HP:0000726',
    match: 'EXACT',
    scope: 'EXACT',
  });
});

test('every entity has cross-references or a note saying why none fits', async () => {
  const d = await data(`{ entities(first: 100) { edges { node { id xrefs { id } xrefNote } } } }`);
  const missing = d.entities.edges
    .map((e: Json) => e.node)
    .filter((n: Json) => n.xrefs.length === 0 && !n.xrefNote);
  expect(missing).toEqual([]);
});
