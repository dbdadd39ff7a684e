import { loadExamples } from '../../src/http/playground';
import { roundTripsOf } from '../fixtures/api-server';
import { useSeededServer } from '../fixtures/seeded-server';

/**
 * The x-cypher-round-trips header: one Cypher query for the root field, then one
 * per nesting level that touches the graph, however long the lists are.
 */

jest.setTimeout(60_000);
const ctx = useSeededServer();

async function roundTrips(query: string): Promise<number> {
  const result = await ctx.server.post(query);
  expect(result.body.errors).toBeUndefined();
  expect(result.body.data).toBeTruthy();
  return roundTripsOf(result)!;
}

test('a root query with scalar fields only costs 1', async () => {
  expect(
    await roundTrips('{ condition(name: "myoclonus") { id name citation { section } } }'),
  ).toBe(1);
});

test('three relationship levels under the root cost 4, however many items each level holds', async () => {
  const query = `{
    condition(name: "myoclonus") {
      subtypes { condition { treatments { treatment { treats { condition { name } } } } } }
    }
  }`;
  const result = await ctx.server.post(query);
  const { body } = result;
  const treatments = body.data.condition.subtypes.flatMap(
    (s: { condition: { treatments: unknown[] } }) => s.condition.treatments,
  );
  expect(body.data.condition.subtypes).toHaveLength(7);
  expect(treatments.length).toBeGreaterThanOrEqual(2);
  expect(roundTripsOf(result)).toBe(4);
});

test('several relationship fields at the same level cost one round trip together', async () => {
  const query = `{
    condition(name: "myoclonus") {
      subtypes { qualifier }
      lookAlikes { qualifier }
      riskFactors { qualifier }
      treatments { qualifier }
      statistics { value }
      symptoms { qualifier }
      facts { id }
      underlyingCauses { qualifier }
    }
  }`;
  expect(await roundTrips(query)).toBe(2);
});

test('the same shape over all 16 conditions costs 2, not 1 + 16 per field', async () => {
  const query = `{
    entities(kind: CONDITION, first: 20) {
      totalCount
      edges { node { ... on Condition { treatments { qualifier } lookAlikes { qualifier } } } }
    }
  }`;
  const result = await ctx.server.post(query);
  const { body } = result;
  expect(body.errors).toBeUndefined();
  expect(body.data.entities.totalCount).toBe(16);
  expect(body.data.entities.edges).toHaveLength(16);
  expect(roundTripsOf(result)).toBe(2);
});

test('a deeper level adds exactly one more', async () => {
  const query = `{
    entities(kind: CONDITION, first: 20) {
      edges { node { ... on Condition { treatments { treatment { treats { qualifier } } } } } }
    }
  }`;
  expect(await roundTrips(query)).toBe(3);
});

test('fact subjects and objects come with the fact: no extra round trip', async () => {
  const query = `{
    facts(first: 50) { edges { node { subject { name } object { name } statement } } }
  }`;
  expect(await roundTrips(query)).toBe(1);
});

test('the deepest example operation (condition-overview) costs 3', async () => {
  const example = loadExamples().find((e) => e.file === 'condition-overview.graphql');
  const count = await roundTrips(example!.query);
  console.log(`condition-overview.graphql: x-cypher-round-trips = ${count}`);
  expect(count).toBe(3);
});

test('a request that fails validation costs nothing', async () => {
  const result = await ctx.server.post('{ condition(name: "myoclonus") { nope } }');
  expect(result.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(roundTripsOf(result)).toBe(0);
});

describe('facts(about:) asks what the id names in one round trip, only when it has no fact', () => {
  const factsAbout = async (about: string) => {
    const result = await ctx.server.post(
      `{ facts(about: ${JSON.stringify(about)}, first: 5) { totalCount edges { node { id } } } }`,
    );
    return { body: result.body, trips: roundTripsOf(result) };
  };

  test('an article entity with facts: its page alone, 1', async () => {
    const { body, trips } = await factsAbout('myoclonus');
    expect(body.errors).toBeUndefined();
    expect(body.data.facts.totalCount).toBeGreaterThan(0);
    expect(trips).toBe(1);
  });

  test('a node of the curated layer only: what it names, then its (empty) page, 2', async () => {
    for (const id of ['ORPHA:307', 'ncbigene:1476']) {
      const { body, trips } = await factsAbout(id);
      expect(body.errors).toBeUndefined();
      expect(body.data.facts).toEqual({ totalCount: 0, edges: [] });
      expect(trips).toBe(2);
    }
  });

  test("a retired id: its empty page, what it names, the replacement's page, 3", async () => {
    const { body, trips } = await factsAbout('anti-seizure-medication');
    expect(body.errors).toBeUndefined();
    expect(body.data.facts.totalCount).toBeGreaterThan(0);
    expect(trips).toBe(3);
  });

  test('an id that names nothing is refused after 2, a CURIE that names nothing after 1', async () => {
    for (const [id, expected] of [
      ['no-such-thing', 2],
      ['HP:9999999', 1],
    ] as const) {
      const { body, trips } = await factsAbout(id);
      expect(body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'about',
      });
      expect(body.errors?.[0]?.message).toContain(`"${id}"`);
      expect(trips).toBe(expected);
    }
  });
});

test('the phenotypes a first read found no node for ask for their replacements together, in one round trip', async () => {
  // The first read, one for the replacements of both ids it did not find, the read again: 3.
  const result = await ctx.server.post(
    '{ diseasesWithPhenotypes(phenotypes: ["anti-seizure-medication", "no-such-thing"], first: 5) { totalCount } }',
  );
  expect(result.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  expect(result.body.errors?.[0]?.message).toContain('"no-such-thing"');
  expect(result.body.errors?.[0]?.message).not.toContain('anti-seizure-medication');
  expect(roundTripsOf(result)).toBe(3);
});

describe("a curated statement's ends are named by their summary, and read whole only when asked", () => {
  const page = (endFields: string) => `{
    diseasesWithPhenotype(phenotype: "HP:0001336", first: 25) {
      edges { node { subject { id name ${endFields} } object { id name } } }
    }
  }`;

  test('their ids and names come with the page: 1 round trip', async () => {
    expect(await roundTrips(page(''))).toBe(1);
  });

  test('their CURIEs, synonyms, definitions and names cost one round trip more for the whole page', async () => {
    const fields = `curies ... on Disease { synonyms } ... on PhenotypicFeature { definition names { text scope } }`;
    const result = await ctx.server.post(page(fields));
    expect(result.body.errors).toBeUndefined();
    expect(roundTripsOf(result)).toBe(2);
    type End = { id: string; curies: string[]; synonyms?: string[] };
    const subjects: End[] = result.body.data.diseasesWithPhenotype.edges.map(
      (e: { node: { subject: End } }) => e.node.subject,
    );
    expect(subjects.length).toBe(25);
    // Each end read whole is the node as concept(id:) gives it.
    for (const subject of subjects.slice(0, 5)) {
      const whole = await ctx.server.post(
        `{ concept(id: ${JSON.stringify(subject.id)}) { id name curies ... on Disease { synonyms } } }`,
      );
      expect(subject).toEqual(whole.body.data.concept);
      expect(subject.curies.length).toBeGreaterThan(0);
    }
  });
});

test('concepts(ids:) reads 100 ids in one round trip: ids, CURIEs, a retired id and an unknown one', async () => {
  const page = await ctx.server.post(
    `{ diseasesWithPhenotype(phenotype: "HP:0001336", first: 100) { edges { node { subject { id } object { id } } } } }`,
  );
  type Ends = { node: { subject: { id: string }; object: { id: string } } };
  const curated = [
    ...new Set<string>(
      page.body.data.diseasesWithPhenotype.edges.flatMap((e: Ends) => [
        e.node.subject.id,
        e.node.object.id,
      ]),
    ),
  ].filter((id) => id !== 'myoclonus');
  const named = ['myoclonus', 'HP:0001336', 'ORPHA:501', 'anti-seizure-medication', 'no-such-node'];
  const ids = [...named, ...curated].slice(0, 100);
  expect(ids).toHaveLength(100);
  const result = await ctx.server.post(
    `query ($ids: [ID!]!) { concepts(ids: $ids) { __typename id name ... on Disease { synonyms } } }`,
    { ids },
  );
  expect(result.body.errors).toBeUndefined();
  const found: ({ id: string } | null)[] = result.body.data.concepts;
  expect(found).toHaveLength(100);
  expect(found.slice(0, 5).map((c) => c?.id ?? null)).toEqual([
    'myoclonus',
    'myoclonus',
    expect.stringMatching(/^MONDO:/),
    'antiepileptic-medication',
    null,
  ]);
  expect(found.slice(5).map((c) => c?.id)).toEqual(ids.slice(5));
  expect(roundTripsOf(result)).toBe(1);
});
