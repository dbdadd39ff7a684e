import { loadExamples } from '../../src/http/playground';
import { startTestServer, type PostResult, type TestServer } from '../fixtures/api-server';
import { useSeededServer } from '../fixtures/seeded-server';

/**
 * The compiled executor (graphql-jit, the default) answers every request
 * exactly as graphql-js, the reference executor, does: same status, same data,
 * same errors with the same codes, paths and locations.
 */

// Count compilations while keeping graphql-jit's behaviour.
jest.mock('graphql-jit', () => {
  const actual = jest.requireActual('graphql-jit');
  return { ...actual, compileQuery: jest.fn(actual.compileQuery) };
});
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { compileQuery } = require('graphql-jit') as { compileQuery: jest.Mock };

jest.setTimeout(60_000);
const ctx = useSeededServer(); // GRAPHQL_EXECUTOR defaults to jit
let reference: TestServer;

beforeAll(async () => {
  reference = await startTestServer({ GRAPHQL_EXECUTOR: 'graphql-js' });
});
afterAll(async () => {
  await reference?.stop();
});

/** A response as compared: everything but the request id (an error body's), which differs by design. */
function comparable(result: PostResult) {
  const { requestId, ...extensions } = result.body.extensions ?? {};
  // Only a body with errors names its request; an answer's body is the same for everyone.
  if (result.body.errors) expect(requestId).toBe(result.headers.get('x-request-id'));
  else expect(result.body.extensions).toBeUndefined();
  return { status: result.status, data: result.body.data, errors: result.body.errors, extensions };
}

const ENTITY_FIELDS = `id name kind ... on Condition { subtypes { condition { id } } } ... on Cause { causes { condition { id } } }`;

const cases: [string, string, Record<string, unknown>?][] = [
  ...loadExamples().map(({ file, query }): [string, string] => [file, query]),
  [
    'fragments, aliases, @include and @skip, __typename on an interface',
    `query Q($withName: Boolean!, $skipKind: Boolean!) {
      first: entity(id: "secondary-myoclonus") { __typename ...Named kind @skip(if: $skipKind) }
      second: entity(id: "alzheimers-disease") { __typename ...Named }
    }
    fragment Named on Entity { id name @include(if: $withName) ... on Condition { description } }`,
    { withName: true, skipKind: false },
  ],
  [
    'nested links of every entity kind',
    `{ entities(first: 100) { edges { node { ${ENTITY_FIELDS} } } totalCount } }`,
  ],
  [
    'facts with variables and defaults',
    'query F($about: ID) { facts(about: $about) { totalCount edges { cursor node { id statement } } } }',
    { about: 'myoclonus' },
  ],
  ['a null result: unknown id', '{ entity(id: "no-such-entity") { id } }'],
  ['a resolver error: page size over the bound', '{ facts(first: 101) { totalCount } }'],
  [
    'a resolver error inside a list, next to data',
    '{ a: entity(id: "myoclonus") { id } b: facts(depth: 9) { totalCount } }',
  ],
  [
    'variables of the wrong type',
    'query E($id: ID!) { entity(id: $id) { id } }',
    { id: { not: 'an id' } },
  ],
  ['a required variable missing', 'query E($id: ID!) { entity(id: $id) { id } }', {}],
  [
    'an enum variable with an unknown value',
    'query S($kinds: [EntityKind!]) { search(text: "jerk", kinds: $kinds) { entity { id } } }',
    { kinds: ['NOPE'] },
  ],
  [
    'introspection',
    '{ __schema { queryType { name } types { name kind } } __type(name: "Fact") { fields { name } } }',
  ],
];

describe('compiled executor answers as graphql-js does', () => {
  // Every row has three entries, so that jest does not take `variables` for a done callback.
  test.each(cases.map(([name, query, variables]) => [name, query, variables ?? null] as const))(
    '%s',
    async (_name, query, variables) => {
      const [compiled, interpreted] = await Promise.all([
        ctx.server.post(query, variables ?? undefined),
        reference.post(query, variables ?? undefined),
      ]);
      expect(comparable(compiled)).toEqual(comparable(interpreted));
    },
  );

  test('an unknown operation name is refused with the same code', async () => {
    const send = (url: string) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query A { __typename }', operationName: 'Nope' }),
      }).then(async (r) => ({ status: r.status, body: await r.json() }));
    const [compiled, interpreted] = await Promise.all([
      send(ctx.server.graphqlUrl),
      send(reference.graphqlUrl),
    ]);
    expect(compiled.status).toBe(400);
    expect(compiled.body.errors).toEqual(interpreted.body.errors);
    expect(compiled.body.errors[0].extensions.code).toBe('OPERATION_RESOLUTION_FAILURE');
  });
});

describe('compiled executor', () => {
  test('compiles an operation once and reuses it; the graphql-js setting compiles nothing', async () => {
    const query = '{ entity(id: "myoclonus") { id name } }';
    compileQuery.mockClear();
    await reference.post(query);
    expect(compileQuery).not.toHaveBeenCalled();
    for (let i = 0; i < 3; i++) {
      const { body } = await ctx.server.post(query);
      expect(body.data.entity).toEqual({ id: 'myoclonus', name: 'Myoclonus' });
    }
    expect(compileQuery).toHaveBeenCalledTimes(1);
  });
});
