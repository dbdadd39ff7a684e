import { cypher } from '../../src/graph/cypher';
import { ReadTransport } from '../../src/graph/read/read-transport';
import { roundTripsOf } from '../fixtures/api-server';
import { snapshotGraph } from '../fixtures/testkit';
import { useSeededServer } from '../fixtures/seeded-server';

/** The API can only read: the data layer refuses writes, and nothing a client sends changes the graph. */

jest.setTimeout(60_000);
const ctx = useSeededServer();

async function hackNodes(): Promise<number> {
  const { records } = await ctx.driver.executeQuery(
    'MATCH (n:Hack) RETURN count(n) AS n',
    {},
    {
      database: 'neo4j',
    },
  );
  return records[0]!.get('n') as number;
}

test('every reader runs its Cypher in read transactions: a CREATE is refused', async () => {
  const before = await snapshotGraph(ctx.driver);
  const transport = new ReadTransport(ctx.driver, {
    app: 'read-only-test',
    queryTimeoutMs: 10_000,
    deadlineGraceMs: 1_000,
  });
  // A read reaches Neo4j and answers; a write through the same path is refused.
  expect((await transport.read(cypher('count', 'RETURN 1 AS one'), {})).rows).toEqual([{ one: 1 }]);
  await expect(
    transport.read(cypher('hack', 'CREATE (n:Hack {id: "hack"}) RETURN n'), {}),
  ).rejects.toThrow();
  await expect(
    transport.read(cypher('hack', 'MATCH (n:Entity) DETACH DELETE n'), {}),
  ).rejects.toThrow();
  expect(await hackNodes()).toBe(0);
  expect(await snapshotGraph(ctx.driver)).toBe(before);
});

test('injection attempts through every text argument leave the graph unchanged', async () => {
  const before = await snapshotGraph(ctx.driver);
  const payloads = [
    '") DETACH DELETE n //',
    "') MATCH (n) DETACH DELETE n //",
    '"}) CREATE (:Hack) //',
    '*:* OR 1=1',
  ];
  for (const text of payloads) {
    const search = await ctx.server.post('query ($t: String!) { search(text: $t) { score } }', {
      t: text,
    });
    expect(search.body.errors).toBeUndefined();
    const byName = await ctx.server.post(
      'query ($t: String!, $id: ID!) { condition(name: $t) { id } entity(id: $id) { id } }',
      { t: text, id: text },
    );
    expect(byName.body.data).toEqual({ condition: null, entity: null });
    const facts = await ctx.server.post(
      'query ($t: ID!) { facts(about: $t) { totalCount } path(from: $t, to: "myoclonus") { length } }',
      { t: text },
    );
    // An id that names nothing is refused, not answered with no facts.
    expect(facts.body.data?.facts ?? null).toBeNull();
    expect(facts.body.errors?.map((e) => e.extensions?.code)).toEqual([
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
    ]);
  }
  expect(await hackNodes()).toBe(0);
  expect(await snapshotGraph(ctx.driver)).toBe(before);
});

test('a GraphQL mutation is refused and changes nothing', async () => {
  const before = await snapshotGraph(ctx.driver);
  const result = await ctx.server.post('mutation { deleteEverything }');
  expect(result.body.data ?? null).toBeNull();
  expect(result.body.errors).toHaveLength(1);
  expect(roundTripsOf(result)).toBe(0);
  expect(await snapshotGraph(ctx.driver)).toBe(before);
});
