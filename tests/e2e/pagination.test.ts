import { PREDICATE_NAMES } from '../../src/domain';
import type { Json } from '../fixtures/api-server';
import { useSeededServer } from '../fixtures/seeded-server';

/** Paging facts and entities to the end: nothing twice, nothing missing, counts right. */

jest.setTimeout(60_000);
const ctx = useSeededServer();

const FACTS = `query ($about: ID, $depth: Int, $first: Int, $after: String) {
  facts(about: $about, depth: $depth, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }
  }
}`;
const ENTITIES = `query ($kind: EntityKind, $first: Int, $after: String) {
  entities(kind: $kind, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }
  }
}`;

interface Walk {
  ids: string[];
  totalCounts: number[];
  pages: number;
}

/** Follows endCursor page by page until hasNextPage is false. */
async function walk(
  query: string,
  field: string,
  variables: Record<string, unknown>,
): Promise<Walk> {
  const ids: string[] = [];
  const totalCounts: number[] = [];
  let after: string | null = null;
  for (let pages = 1; pages <= 50; pages++) {
    const { body }: { body: Json } = await ctx.server.post(query, { ...variables, after });
    expect(body.errors).toBeUndefined();
    const connection: Json = body.data[field];
    totalCounts.push(connection.totalCount);
    ids.push(...connection.edges.map((e: Json) => e.node.id));
    const lastCursor = connection.edges.at(-1)?.cursor ?? null;
    expect(connection.pageInfo.endCursor).toBe(lastCursor);
    if (!connection.pageInfo.hasNextPage) return { ids, totalCounts, pages };
    expect(connection.edges).toHaveLength(variables.first as number);
    after = connection.pageInfo.endCursor;
  }
  throw new Error('paging did not end within 50 pages');
}

/** The article's facts are the relationships of its predicates; curated statements between article entities are not facts. */
const ARTICLE = { facts: PREDICATE_NAMES };

async function cypherIds(cypher: string, params: Record<string, unknown> = {}): Promise<string[]> {
  const { records } = await ctx.driver.executeQuery(cypher, params, { database: 'neo4j' });
  return records.map((r) => r.get('id') as string).sort();
}

test('every fact, 7 at a time, matches one page of 100 and the graph', async () => {
  const paged = await walk(FACTS, 'facts', { first: 7 });
  const onePage = await walk(FACTS, 'facts', { first: 100 });
  const inGraph = await cypherIds(
    'MATCH (:Entity)-[r]->(:Entity) WHERE type(r) IN $facts RETURN r.id AS id',
    ARTICLE,
  );
  expect(inGraph).toHaveLength(77);
  expect(onePage.pages).toBe(1);
  expect(onePage.ids).toEqual(inGraph);
  expect(new Set(paged.ids).size).toBe(paged.ids.length);
  expect(paged.ids).toEqual(onePage.ids);
  expect(paged.pages).toBe(Math.ceil(77 / 7));
  expect(new Set(paged.totalCounts)).toEqual(new Set([77]));
});

test('facts within 2 hops of myoclonus, 7 at a time, match one page and a Cypher count', async () => {
  const vars = { about: 'myoclonus', depth: 2 };
  const paged = await walk(FACTS, 'facts', { ...vars, first: 7 });
  const onePage = await walk(FACTS, 'facts', { ...vars, first: 100 });
  const inGraph = await cypherIds(
    `MATCH (:Entity {id: 'myoclonus'})-[hop*0..1]-(x:Entity)-[r]-(:Entity)
     WHERE all(h IN hop WHERE type(h) IN $facts) AND type(r) IN $facts
     RETURN DISTINCT r.id AS id`,
    ARTICLE,
  );
  expect(inGraph.length).toBeGreaterThan(50);
  expect(onePage.ids).toEqual(inGraph);
  expect(new Set(paged.ids).size).toBe(paged.ids.length);
  expect(paged.ids).toEqual(onePage.ids);
  expect(new Set(paged.totalCounts)).toEqual(new Set([inGraph.length]));
  expect(paged.pages).toBe(Math.ceil(inGraph.length / 7));
});

test('depth 1 about myoclonus holds exactly the facts that name it', async () => {
  const onePage = await walk(FACTS, 'facts', { about: 'myoclonus', depth: 1, first: 100 });
  const inGraph = await cypherIds(
    "MATCH (:Entity {id: 'myoclonus'})-[r]-(:Entity) WHERE type(r) IN $facts RETURN DISTINCT r.id AS id",
    ARTICLE,
  );
  expect(onePage.ids).toEqual(inGraph);
  expect(onePage.totalCounts).toEqual([inGraph.length]);
});

test('entities page to the end, in id order, overall and for one kind', async () => {
  const paged = await walk(ENTITIES, 'entities', { first: 7 });
  const inGraph = await cypherIds('MATCH (n:Entity) RETURN n.id AS id');
  expect(inGraph).toHaveLength(59);
  expect(paged.ids).toEqual(inGraph);
  expect(new Set(paged.totalCounts)).toEqual(new Set([59]));
  expect(paged.pages).toBe(9);

  const conditions = await walk(ENTITIES, 'entities', { kind: 'CONDITION', first: 5 });
  expect(conditions.ids).toEqual(await cypherIds('MATCH (n:Condition) RETURN n.id AS id'));
  expect(conditions.ids).toHaveLength(16);
  expect(new Set(conditions.totalCounts)).toEqual(new Set([16]));
});

test('first: 0 gives an empty page that still counts and says more follow', async () => {
  const { body } = await ctx.server.post(FACTS, { first: 0 });
  expect(body.data.facts).toEqual({
    totalCount: 77,
    pageInfo: { hasNextPage: true, endCursor: null },
    edges: [],
  });
});

test('a predicate named twice counts its facts once, as it lists them once', async () => {
  const { body } = await ctx.server.post(`{
    once: facts(predicates: [TREATS], first: 100) { totalCount edges { node { id } } }
    twice: facts(predicates: [TREATS, TREATS], first: 100) { totalCount edges { node { id } } }
    mixed: facts(predicates: [TREATS, CAUSES, TREATS], first: 0) { totalCount }
    causes: facts(predicates: [CAUSES], first: 0) { totalCount }
    about: facts(about: "myoclonus", predicates: [TREATS, TREATS], first: 0) { totalCount }
    aboutOnce: facts(about: "myoclonus", predicates: [TREATS], first: 0) { totalCount }
  }`);
  expect(body.errors).toBeUndefined();
  const d = body.data;
  expect(d.once.totalCount).toBeGreaterThan(0);
  expect(d.once.totalCount).toBe(d.once.edges.length);
  expect(d.twice).toEqual(d.once);
  expect(d.mixed.totalCount).toBe(d.once.totalCount + d.causes.totalCount);
  expect(d.about.totalCount).toBe(d.aboutOnce.totalCount);
});

test.each(['garbage', '', 'aWQ6', Buffer.from('xx:myoclonus').toString('base64url')])(
  'the cursor %j is BAD_USER_INPUT',
  async (after) => {
    for (const query of [FACTS, ENTITIES]) {
      const { body } = await ctx.server.post(query, { first: 5, after });
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.extensions?.argument).toBe('after');
      expect(body.data).toBeNull();
    }
  },
);
