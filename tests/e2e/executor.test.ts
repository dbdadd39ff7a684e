import {
  buildSchema,
  getNamedType,
  isAbstractType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLNamedType,
  type GraphQLObjectType,
} from 'graphql';
import { loadExamples } from '../../src/http/playground';
import { loadTypeDefs } from '../../src/schema/type-defs';
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
// Count the operations graphql-js interprets, keeping its behaviour.
jest.mock('graphql', () => {
  const actual = jest.requireActual('graphql');
  return { ...actual, execute: jest.fn(actual.execute) };
});
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { execute: interpret } = require('graphql') as { execute: jest.Mock };

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

const SCHEMA = buildSchema(loadTypeDefs());
/** The types the every-leaf cases select the leaves of. */
const REACHED = new Set<string>();

/**
 * A selection of every field of a type that needs no argument, `levels`
 * object levels deep, every possible type of an interface spelled out: so a
 * case reads every leaf of every type it reaches, each through its resolver.
 */
function everyField(type: GraphQLNamedType, levels: number): string {
  REACHED.add(type.name);
  if (isAbstractType(type)) {
    return [
      '__typename',
      ...SCHEMA.getPossibleTypes(type).map((t) => `... on ${t.name} { ${everyField(t, levels)} }`),
    ].join(' ');
  }
  const fields = Object.values((type as GraphQLObjectType).getFields()).flatMap((field) => {
    if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined))
      return [];
    const named = getNamedType(field.type);
    if (isLeafType(named)) return [field.name];
    if (levels <= 1) return [];
    return [`${field.name} { ${everyField(named, levels - 1)} }`];
  });
  return fields.join(' ');
}
const every = (typeName: string, levels: number) => {
  const type = SCHEMA.getType(typeName);
  if (!type || !(isObjectType(type) || isAbstractType(type)))
    throw new Error(`no type ${typeName}`);
  return everyField(type, levels);
};

/** Roots that reach every type of the schema between them, with every leaf field selected. */
const EVERY_LEAF: [string, string][] = [
  ['an article condition', `{ entity(id: "myoclonus") { ${every('Entity', 2)} } }`],
  [
    'an article cause and a retired id',
    `{ entity(id: "anti-seizure-medication") { ${every('Entity', 2)} } retiredId(id: "anti-seizure-medication") { ${every('RetiredId', 2)} } }`,
  ],
  [
    'facts about an entity',
    `{ facts(about: "secondary-myoclonus", first: 5) { ${every('FactConnection', 4)} } }`,
  ],
  [
    'search and a path',
    `{ search(text: "jerks", first: 3) { ${every('SearchHit', 2)} } path(from: "alzheimers-disease", to: "myoclonus") { ${every('Path', 3)} } }`,
  ],
  [
    'the graph and its sources',
    `{ graphInfo { ${every('GraphInfo', 3)} } sources { ${every('Source', 2)} } }`,
  ],
  ['a curated disease by a record', `{ concept(id: "ORPHA:307") { ${every('Concept', 2)} } }`],
  [
    'a curated phenotype and a gene',
    `{ a: concept(id: "HP:0001336") { ${every('Concept', 2)} } b: concept(id: "NCBIGene:16") { ${every('Concept', 2)} } }`,
  ],
  [
    'a phenotype of the curated layer only, its names of two scopes',
    `{ concept(id: "HP:0012462") { ${every('Concept', 2)} } }`,
  ],
  [
    'nodes of both layers at once, one id naming none',
    `{ concepts(ids: ["ORPHA:307", "nope", "HP:0001336", "NCBIGene:16", "anti-seizure-medication"]) { ${every('Concept', 2)} } }`,
  ],
  [
    'diseases with a phenotype',
    `{ diseasesWithPhenotype(phenotype: "HP:0001336", first: 5) { ${every('AnnotationConnection', 4)} } }`,
  ],
  [
    'entities, and diseases with two phenotypes',
    `{ entities(first: 5) { ${every('EntityConnection', 3)} } diseasesWithPhenotypes(phenotypes: ["HP:0001336", "kidney-failure"], first: 3) { ${every('DiseaseConnection', 3)} } }`,
  ],
  [
    'concepts by name',
    `{ searchConcepts(text: "Lafora", first: 3) { ${every('ConceptHit', 3)} } }`,
  ],
];

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

  // Leaves are returned as the resolvers give them, unserialized (see executor.ts): these
  // cases read every leaf field of every type, so a resolver that gives a leaf in a shape
  // graphql-js would have coerced (a number for an ID, a lower-case enum) differs here.
  test.each(EVERY_LEAF)('every leaf: %s', async (_name, query) => {
    const [compiled, interpreted] = await Promise.all([
      ctx.server.post(query),
      reference.post(query),
    ]);
    expect(compiled.body.errors).toBeUndefined();
    expect(comparable(compiled)).toEqual(comparable(interpreted));
  });

  test('the every-leaf cases reach every object type of the schema', () => {
    const objectTypes = Object.values(SCHEMA.getTypeMap()).filter(
      (type) => isObjectType(type) && !type.name.startsWith('__') && type.name !== 'Query',
    );
    expect(objectTypes.map((type) => type.name).filter((name) => !REACHED.has(name))).toEqual([]);
  });

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

  // graphql-jit alone would refuse an omitted non-null variable that has a
  // default, and graphql-js would then answer: right, at twice the cost.
  test.each(loadExamples().map(({ file, query }) => [file, query] as const))(
    'runs the example %s compiled, its omitted variables taking their defaults',
    async (file, query) => {
      interpret.mockClear();
      // A text of its own, so that no cached answer (the cases above asked the same) stands in.
      const { status, body } = await ctx.server.post(`${query}\n# ${file}, run once more`);
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(interpret).not.toHaveBeenCalled();
    },
  );

  test('a variable given, even as null, keeps its value over the default', async () => {
    const query = `query S($text: String! = "jerking", $first: Int = 2) {
      search(text: $text, first: $first) { entity { id } }
    }`;
    interpret.mockClear();
    const [given, defaulted, nulled] = await Promise.all([
      ctx.server.post(query, { text: 'hiccups', first: 1 }),
      ctx.server.post(query, {}),
      ctx.server.post(query, { first: null }),
    ]);
    expect(given.body.data.search).toHaveLength(1);
    expect(given.body.data.search[0].entity.id).toBe('hiccups');
    expect(defaulted.body.data.search).toHaveLength(2);
    // Each ran compiled: none was handed to graphql-js.
    expect(interpret).not.toHaveBeenCalled();
    // null is a value: graphql-js passes it to the field, whose own default then does not apply.
    const reference_ = await reference.post(query, { first: null });
    expect(comparable(nulled)).toEqual(comparable(reference_));
  });
});
