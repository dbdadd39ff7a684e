import net from 'node:net';
import type { Driver } from 'neo4j-driver';
import { type Config, readConfig, readGraphSettings } from '../../src/config';
import { createDriver } from '../../src/graph/driver';
import { seedDatabase } from '../../src/seed/seed';
import {
  envConnection,
  roundTripsOf,
  startTestServer,
  type TestServer,
} from '../fixtures/api-server';
import {
  codesOf,
  expectSafe,
  graphHash,
  postGraphQL,
  rawRequest,
  type RawResult,
} from '../fixtures/security-kit';
import { testDriver } from '../fixtures/testkit';

/**
 * Hostile and malformed requests against the production configuration: each
 * gets a 4xx or a coded GraphQL error, never a 500, a stack, Cypher, or a
 * secret, and the graph is the same afterwards.
 */

const production = (env: Record<string, string> = {}): Config =>
  readConfig({ NODE_ENV: 'production', PORT: '0', RATE_LIMIT_PER_MINUTE: '0', ...env });
const config = production();

let driver: Driver;
let server: TestServer;
let hashBefore: string;
const secrets = () => [envConnection().password, envConnection().uri];
const casesPerClass = new Map<string, number>();

beforeAll(async () => {
  driver = testDriver();
  await seedDatabase(driver);
  hashBefore = await graphHash(driver);
  console.log(`bad-input: graph hash before ${hashBefore}`);
  server = await startTestServer(config);
}, 120_000);

afterAll(async () => {
  await server?.stop();
  if (driver) {
    const hashAfter = await graphHash(driver);
    console.log(
      `bad-input: graph hash after  ${hashAfter} (${hashAfter === hashBefore ? 'same' : 'CHANGED'})`,
    );
    await driver.close();
  }
  console.log(
    'bad-input cases per input class:\n' +
      [...casesPerClass].map(([name, n]) => `  ${name.padEnd(22)} ${n}`).join('\n') +
      `\n  ${'total'.padEnd(22)} ${[...casesPerClass.values()].reduce((a, b) => a + b, 0)}`,
  );
}, 60_000);

interface Case {
  name: string;
  send: () => Promise<RawResult>;
  /** Extra checks beyond expectSafe. */
  check?: (result: RawResult) => void;
  echoed?: string[];
}

/** Registers a table of cases under an input class and counts them. */
function table(inputClass: string, cases: Case[]): void {
  casesPerClass.set(inputClass, (casesPerClass.get(inputClass) ?? 0) + cases.length);
  describe(inputClass, () => {
    for (const c of cases) {
      const run = async () => {
        const result = await c.send();
        expectSafe(result, { secrets: secrets(), echoed: c.echoed });
        c.check?.(result);
      };
      test(c.name, run);
    }
  });
}

const gql = (query: string, variables?: Record<string, unknown>) => () =>
  postGraphQL(server.graphqlUrl, query, variables);
const body =
  (text: string, contentType = 'application/json') =>
  () =>
    rawRequest(server.graphqlUrl, { headers: { 'content-type': contentType }, body: text });

const expect4xx = (result: RawResult) => {
  expect(result.status).toBeGreaterThanOrEqual(400);
  expect(result.status).toBeLessThan(500);
};
const expectCode = (code: string) => (result: RawResult) => {
  expect(codesOf(result)).toContain(code);
  // No data: none at all (refused before execution) or a null field (refused by its resolver).
  const data = (result.json?.data ?? null) as Record<string, unknown> | null;
  if (data !== null) for (const value of Object.values(data)) expect(value).toBeNull();
};
/** Refused before any resolver ran: a 4xx with the given code and no data. */
const refused = (code: string) => (result: RawResult) => {
  expect4xx(result);
  expectCode(code)(result);
};

// ---- malformed bodies -----------------------------------------------------------------

table('malformed-body', [
  {
    name: 'truncated JSON',
    send: body('{"query": "{ graphInfo { seedVersion } }"'),
    check: expect4xx,
  },
  { name: 'not JSON at all', send: body('query { graphInfo }'), check: expect4xx },
  {
    name: 'JSON with trailing garbage',
    send: body('{"query":"{__typename}"}}}'),
    check: expect4xx,
  },
  { name: 'JSON null', send: body('null'), check: expect4xx },
  { name: 'JSON number', send: body('42'), check: expect4xx },
  { name: 'JSON string', send: body('"{ graphInfo { seedVersion } }"'), check: expect4xx },
  { name: 'empty object', send: body('{}'), check: expect4xx },
  { name: 'empty body', send: body(''), check: expect4xx },
  { name: 'query is a number', send: body('{"query": 1}'), check: expect4xx },
  {
    name: 'variables is a string',
    send: body('{"query":"{__typename}","variables":"x"}'),
    check: expect4xx,
  },
  { name: 'unicode escape garbage', send: body('{"query":"\\uZZZZ"}'), check: expect4xx },
  {
    name: 'deeply nested JSON',
    send: body('['.repeat(5_000) + ']'.repeat(5_000)),
    check: expect4xx,
  },
  {
    name: 'text/plain body (CSRF-able)',
    send: body('{"query":"{__typename}"}', 'text/plain'),
    check: expect4xx,
  },
  {
    name: 'form-encoded body (CSRF-able)',
    send: body('query=%7B__typename%7D', 'application/x-www-form-urlencoded'),
    check: expect4xx,
  },
]);

// ---- invalid GraphQL --------------------------------------------------------------------

table('invalid-graphql', [
  { name: 'syntax error', send: gql('{ graphInfo { '), check: refused('GRAPHQL_PARSE_FAILED') },
  { name: 'empty document', send: gql(''), check: expect4xx },
  { name: 'only a comment', send: gql('# nothing'), check: refused('GRAPHQL_PARSE_FAILED') },
  { name: 'stray braces', send: gql('}}}{{{'), check: refused('GRAPHQL_PARSE_FAILED') },
  {
    name: 'mutation on a read-only schema',
    send: gql('mutation { x }'),
    check: refused('GRAPHQL_VALIDATION_FAILED'),
  },
  {
    name: 'subscription',
    send: gql('subscription { x }'),
    check: refused('GRAPHQL_VALIDATION_FAILED'),
  },
  {
    name: 'two operations without operationName',
    send: gql('query A { __typename } query B { __typename }'),
    check: expect4xx,
  },
  {
    name: 'unknown operationName',
    send: () =>
      rawRequest(server.graphqlUrl, {
        body: JSON.stringify({ query: 'query A { __typename }', operationName: 'Nope' }),
      }),
    check: expect4xx,
  },
  {
    name: 'missing required argument',
    send: gql('{ entity { id } }'),
    check: refused('GRAPHQL_VALIDATION_FAILED'),
  },
  {
    name: 'scalar with selection',
    send: gql('{ graphInfo { seedVersion { x } } }'),
    check: refused('GRAPHQL_VALIDATION_FAILED'),
  },
  {
    name: 'object without selection',
    send: gql('{ graphInfo }'),
    check: refused('GRAPHQL_VALIDATION_FAILED'),
  },
  {
    name: 'cyclic fragments',
    send: gql('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }'),
    check: refused('GRAPHQL_VALIDATION_FAILED'),
  },
  {
    name: 'persisted query hash only',
    send: () =>
      rawRequest(server.graphqlUrl, {
        body: JSON.stringify({
          extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } },
        }),
      }),
    check: (r) => expect(r.status).toBeLessThan(500),
  },
]);

// ---- unknown fields: no schema hints in production --------------------------------------

const noSuggestion = (result: RawResult) => {
  refused('GRAPHQL_VALIDATION_FAILED')(result);
  expect(result.text).not.toMatch(/did you mean/i);
};
table('unknown-field', [
  {
    name: 'unknown root field near a real one',
    send: gql('{ entiti(id: "myoclonus") { id } }'),
    check: noSuggestion,
  },
  { name: 'unknown nested field', send: gql('{ graphInfo { seedVersio } }'), check: noSuggestion },
  {
    name: 'unknown argument',
    send: gql('{ entity(idd: "myoclonus") { id } }'),
    check: noSuggestion,
  },
  {
    name: 'unknown type in fragment',
    send: gql('{ ...F } fragment F on Quer { __typename }'),
    check: noSuggestion,
  },
  {
    name: 'unknown enum value',
    send: gql('{ entities(kind: CONDITON) { totalCount } }'),
    check: noSuggestion,
  },
  {
    name: 'unknown variable type',
    send: gql('query($k: EntityKnd) { entities(kind: $k) { totalCount } }', { k: 'CAUSE' }),
    check: noSuggestion,
  },
]);

// ---- wrong variable types ---------------------------------------------------------------

const badVariable = (result: RawResult) => {
  expect4xx(result);
  expectCode('BAD_USER_INPUT')(result);
};
const ENTITY_BY_ID = 'query($id: ID!) { entity(id: $id) { id } }';
const SEARCH =
  'query($text: String!, $first: Int) { search(text: $text, first: $first) { score } }';
table('wrong-variable-type', [
  {
    name: 'ID given an object',
    send: gql(ENTITY_BY_ID, { id: { $ne: null } }),
    check: badVariable,
  },
  { name: 'ID given an array', send: gql(ENTITY_BY_ID, { id: ['a', 'b'] }), check: badVariable },
  { name: 'ID given a boolean', send: gql(ENTITY_BY_ID, { id: true }), check: badVariable },
  { name: 'ID given a float', send: gql(ENTITY_BY_ID, { id: 1.5 }), check: badVariable },
  { name: 'required ID given null', send: gql(ENTITY_BY_ID, { id: null }), check: badVariable },
  { name: 'required ID missing', send: gql(ENTITY_BY_ID, {}), check: badVariable },
  {
    name: 'Int given a string',
    send: gql(SEARCH, { text: 'jerk', first: '10' }),
    check: badVariable,
  },
  {
    name: 'Int given 2^53',
    send: gql(SEARCH, { text: 'jerk', first: 2 ** 53 }),
    check: badVariable,
  },
  {
    name: 'Int given a float',
    send: gql(SEARCH, { text: 'jerk', first: 2.5 }),
    check: badVariable,
  },
  {
    name: 'String given an object',
    send: gql(SEARCH, { text: { toString: 'x' } }),
    check: badVariable,
  },
  {
    name: 'enum given an unknown value',
    send: gql('query($k: [EntityKind!]) { search(text: "jerk", kinds: $k) { score } }', {
      k: ['DROP'],
    }),
    check: badVariable,
  },
  {
    name: 'enum list given a Cypher string',
    send: gql('query($p: [Predicate!]) { facts(predicates: $p) { totalCount } }', {
      p: ['CAUSES]->() DETACH DELETE n //'],
    }),
    check: badVariable,
    echoed: ['CAUSES]->() DETACH DELETE n //'],
  },
  {
    name: 'out-of-range page size',
    send: gql('{ entities(first: 100000) { totalCount } }'),
    // Refused by the cost limit (validation) before the resolver's own bound.
    check: (r) => expect(codesOf(r)[0]).toMatch(/^(BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED)$/),
  },
  {
    name: 'page size 101 (resolver bound)',
    send: gql('{ entities(first: 101) { totalCount } }'),
    check: expectCode('BAD_USER_INPUT'),
  },
  {
    name: 'negative page size',
    send: gql('{ facts(first: -1) { totalCount } }'),
    check: expectCode('BAD_USER_INPUT'),
  },
  {
    name: 'depth beyond the bound',
    send: gql('{ facts(about: "myoclonus", depth: 50) { totalCount } }'),
    check: expectCode('BAD_USER_INPUT'),
  },
  {
    name: 'maxHops beyond the bound',
    send: gql('{ path(from: "epilepsy", to: "myoclonus", maxHops: 1000) { length } }'),
    check: expectCode('BAD_USER_INPUT'),
  },
]);

// ---- documents that cost too much to parse or validate ---------------------------------

const fields = (n: number, prefix = 'a') =>
  Array.from({ length: n }, (_, i) => `${prefix}${i}: graphInfo { seedVersion }`).join(' ');
const nested = (depth: number) =>
  `{ entity(id: "myoclonus") { ${'facts { subject { '.repeat(depth)} id ${'} } '.repeat(depth)} } }`;

table('huge-document', [
  {
    name: `${config.MAX_TOKENS * 2} tokens of __typename`,
    send: gql(`{ ${Array(config.MAX_TOKENS).fill('__typename').join(' ')} }`),
    check: refused('GRAPHQL_PARSE_FAILED'),
  },
  {
    name: 'many arguments in one field',
    send: gql(
      `{ entity(id: "x", ${Array.from({ length: 800 }, (_, i) => `a${i}: 1`).join(', ')}) { id } }`,
    ),
    check: refused('GRAPHQL_PARSE_FAILED'),
  },
  {
    name: 'long list literal',
    send: gql(`{ facts(predicates: [${Array(3_000).fill('CAUSES').join(',')}]) { totalCount } }`),
    check: refused('GRAPHQL_PARSE_FAILED'),
  },
]);

describe('a refusal by a limit says which limit, and no syntax error', () => {
  const refusals: [string, string, RegExp][] = [
    [
      'cost',
      '{ entities(first: 100000) { totalCount edges { node { id name } } } }',
      new RegExp(`^Query Cost limit of ${config.MAX_QUERY_COST} exceeded, found \\d+\\.$`),
    ],
    ['depth', nested(config.MAX_QUERY_DEPTH), /depth/i],
    ['aliases', `{ ${fields(config.MAX_ALIASES + 1)} }`, /aliases/i],
  ];
  test.each(refusals)('%s', async (_limit, query, message) => {
    const result = await postGraphQL(server.graphqlUrl, query);
    expect(new Set(codesOf(result))).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
    const messages = (result.json as { errors: { message: string }[] }).errors.map(
      (e) => e.message,
    );
    expect(messages.some((m) => message.test(m))).toBe(true);
    for (const m of messages) expect(m).not.toMatch(/syntax/i);
  });
});

table('deep-nesting', [
  {
    name: `depth ${config.MAX_QUERY_DEPTH + 2}`,
    send: gql(nested(config.MAX_QUERY_DEPTH)),
    check: refused('GRAPHQL_VALIDATION_FAILED'),
  },
  { name: 'depth 60', send: gql(nested(30)), check: expect4xx },
  {
    name: 'depth hidden in fragments',
    send: gql(
      `{ entity(id: "myoclonus") { ...F0 } } ` +
        Array.from(
          { length: config.MAX_QUERY_DEPTH + 2 },
          (_, i) =>
            `fragment F${i} on Entity { facts { subject { ${i === config.MAX_QUERY_DEPTH + 1 ? 'id' : `...F${i + 1}`} } } }`,
        ).join(' '),
    ),
    check: refused('GRAPHQL_VALIDATION_FAILED'),
  },
  {
    name: 'deeply nested list literal',
    send: gql(`{ facts(predicates: ${'['.repeat(400)}CAUSES${']'.repeat(400)}) { totalCount } }`),
    check: expect4xx,
  },
]);

table('alias-bomb', [
  {
    name: `${config.MAX_ALIASES + 1} aliases of graphInfo`,
    send: gql(`{ ${fields(config.MAX_ALIASES + 1)} }`),
    check: refused('GRAPHQL_VALIDATION_FAILED'),
  },
  {
    name: 'aliased expensive path queries',
    send: gql(
      `{ ${Array.from({ length: 40 }, (_, i) => `p${i}: path(from: "epilepsy", to: "hypnic-jerk", maxHops: 6) { length }`).join(' ')} }`,
    ),
    check: refused('GRAPHQL_VALIDATION_FAILED'),
  },
  {
    name: 'aliases spread over fragments',
    send: gql(
      `{ ...A ...B } fragment A on Query { ${fields(10, 'x')} } fragment B on Query { ${fields(10, 'y')} }`,
    ),
    check: refused('GRAPHQL_VALIDATION_FAILED'),
  },
]);

/** F0 spreads F1 twice, F1 spreads F2 twice, ...: a small document that expands 2^n times. */
const exponentialFragments = (levels: number) =>
  `{ ...F0 } ` +
  Array.from({ length: levels }, (_, i) =>
    i === levels - 1
      ? `fragment F${i} on Query { graphInfo { entityCount } }`
      : `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} graphInfo { factCount } }`,
  ).join(' ');

table('fragment-bomb', [
  {
    name: 'exponential fragment expansion (2^30)',
    send: async () => {
      const started = Date.now();
      const result = await gql(exponentialFragments(30))();
      expect(Date.now() - started).toBeLessThan(10_000);
      return result;
    },
    check: (r) => expect(r.status).toBeLessThan(500),
  },
  {
    name: 'expensive fields behind exponential fragments',
    send: gql(
      `{ ...F0 } ` +
        Array.from({ length: 12 }, (_, i) =>
          i === 11
            ? `fragment F${i} on Query { facts(first: 100) { edges { node { subject { facts { id } } } } } }`
            : `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
        ).join(' '),
    ),
    check: refused('GRAPHQL_VALIDATION_FAILED'),
  },
  {
    name: `${config.MAX_TOKENS / 2 + 50} spreads of one fragment (over the token limit)`,
    send: gql(
      `{ ${Array(config.MAX_TOKENS / 2 + 50)
        .fill('...F')
        .join(' ')} } fragment F on Query { graphInfo { entityCount } }`,
    ),
    check: refused('GRAPHQL_PARSE_FAILED'),
  },
  {
    name: '900 spreads of one expensive fragment (under the token limit)',
    send: gql(
      `{ ${Array(900).fill('...F').join(' ')} } fragment F on Query { facts(first: 100) { totalCount } }`,
    ),
    // Refused by the cost limit, or (were spreads merged first) answered with one Cypher query.
    check: (r) => {
      if (r.status === 200) expect(roundTripsOf(r)).toBeLessThanOrEqual(2);
      else refused('GRAPHQL_VALIDATION_FAILED')(r);
    },
  },
  {
    name: 'self-spreading fragment',
    send: gql('{ ...A } fragment A on Query { ...A }'),
    check: refused('GRAPHQL_VALIDATION_FAILED'),
  },
  {
    name: 'unused fragments',
    send: gql(
      `{ __typename } ${Array.from({ length: 50 }, (_, i) => `fragment U${i} on Query { __typename }`).join(' ')}`,
    ),
    check: refused('GRAPHQL_VALIDATION_FAILED'),
  },
]);

table('directive-bomb', [
  {
    name: `${config.MAX_DIRECTIVES + 1} @include on one field`,
    send: gql(
      `{ graphInfo ${Array(config.MAX_DIRECTIVES + 1)
        .fill('@include(if: true)')
        .join(' ')} { seedVersion } }`,
    ),
    check: refused('GRAPHQL_VALIDATION_FAILED'),
  },
  {
    name: 'many unknown directives',
    send: gql(`{ __typename ${Array(200).fill('@x').join('')} }`),
    check: expect4xx,
  },
  {
    name: 'directives spread over fields',
    send: gql(
      `{ ${Array.from({ length: 10 }, (_, i) => `t${i}: __typename @skip(if: false) @include(if: true) @skip(if: false)`).join(' ')} }`,
    ),
    check: refused('GRAPHQL_VALIDATION_FAILED'),
  },
]);

// ---- batching and size -------------------------------------------------------------------

const op = { query: '{ graphInfo { entityCount } }' };
table('batched-request', [
  {
    name: 'array of 2 operations',
    send: body(JSON.stringify([op, op])),
    check: refused('BAD_REQUEST'),
  },
  {
    name: 'array of 500 operations',
    send: body(JSON.stringify(Array(500).fill(op))),
    check: expect4xx,
  },
  { name: 'empty array', send: body('[]'), check: expect4xx },
  { name: 'array of garbage', send: body('[1, "x", null]'), check: expect4xx },
]);

const tooLarge = (result: RawResult) => {
  expect(result.status).toBe(413);
  expect(codesOf(result)).toEqual(['BAD_REQUEST']);
};
table('oversized-body', [
  {
    name: '200 kB search text',
    send: gql('query($t: String!) { search(text: $t) { score } }', { t: 'a'.repeat(200_000) }),
    check: tooLarge,
  },
  {
    name: '1 MB of whitespace in the query',
    send: gql(`${' '.repeat(1_000_000)}{ __typename }`),
    check: tooLarge,
  },
  {
    name: '5 MB of padding',
    send: body(`{"query":"{__typename}","x":"${'z'.repeat(5_000_000)}"}`),
    check: tooLarge,
  },
]);

// ---- hostile strings in every string argument ---------------------------------------------

const HOSTILE: [string, string][] = [
  ['cypher detach delete', '") DETACH DELETE n //'],
  ['cypher or 1=1', "' OR 1=1 //"],
  ['cypher union', '"}) RETURN 1 UNION MATCH (n) DETACH DELETE n RETURN 1 //'],
  ['cypher call', '`; CALL dbms.components() //'],
  ['param injection', '$id} MATCH (n) SET n.pwned = true //'],
  ['lucene match all', '*:*'],
  ['lucene field regex', 'name:/.*/'],
  ['lucene fuzzy', 'a~~~'],
  ['lucene open parens', '(((('],
  ['lucene quote', '\\"'],
  ['lucene boolean', 'myoclonus AND NOT epilepsy OR +jerk -hiccup^10'],
  ['lucene range', '[a TO z] {* TO *}'],
  ['emoji', '🧠⚡️👨‍👩‍👧‍👦'],
  ['rtl override', '\u202Emyoclonus\u202C \u05D0\u05D1'],
  ['combining marks', 'm\u0335\u0336y\u0337o\u0338c\u0301\u0302\u0303lonus'],
  ['nul byte', 'myo\u0000clonus'],
  ['bell and escapes', '\u0007\u001b[31mred\u001b[0m'],
  ['lone surrogate', 'x\uD800y'],
  ['html', '<script>alert(1)</script>'],
  ['whitespace only', ' \t\n '],
  ['empty', ''],
];
const HUNDRED_KB = 'm'.repeat(100_000);

const ARGUMENTS: {
  name: string;
  query: string;
  variable: string;
  inline: (v: string) => string;
}[] = [
  {
    name: 'entity.id',
    query: 'query($v: ID!) { entity(id: $v) { id name } }',
    variable: 'v',
    inline: (v) => `{ entity(id: ${v}) { id name } }`,
  },
  {
    name: 'condition.name',
    query: 'query($v: String!) { condition(name: $v) { id } }',
    variable: 'v',
    inline: (v) => `{ condition(name: ${v}) { id } }`,
  },
  {
    name: 'search.text',
    query: 'query($v: String!) { search(text: $v) { score entity { id } } }',
    variable: 'v',
    inline: (v) => `{ search(text: ${v}) { score entity { id } } }`,
  },
  {
    name: 'facts.about',
    query: 'query($v: ID) { facts(about: $v, depth: 2) { totalCount edges { node { id } } } }',
    variable: 'v',
    inline: (v) => `{ facts(about: ${v}, depth: 2) { totalCount } }`,
  },
  {
    name: 'facts.after',
    query: 'query($v: String) { facts(after: $v) { totalCount } }',
    variable: 'v',
    inline: (v) => `{ facts(after: ${v}) { totalCount } }`,
  },
  {
    name: 'entities.after',
    query: 'query($v: String) { entities(after: $v) { totalCount } }',
    variable: 'v',
    inline: (v) => `{ entities(after: ${v}) { totalCount } }`,
  },
  {
    name: 'path.from',
    query: 'query($v: ID!) { path(from: $v, to: "myoclonus") { length } }',
    variable: 'v',
    inline: (v) => `{ path(from: ${v}, to: "myoclonus") { length } }`,
  },
  {
    name: 'path.to',
    query: 'query($v: ID!) { path(from: "epilepsy", to: $v) { length } }',
    variable: 'v',
    inline: (v) => `{ path(from: "epilepsy", to: ${v}) { length } }`,
  },
];

/** Answers for hostile text: no data change, and either a plain answer or BAD_USER_INPUT. */
const harmlessAnswer = (result: RawResult) => {
  for (const code of codesOf(result))
    expect(['BAD_USER_INPUT', 'GRAPHQL_PARSE_FAILED']).toContain(code);
};

table(
  'hostile-string (variable)',
  ARGUMENTS.flatMap((arg) =>
    HOSTILE.map(([label, value]) => ({
      name: `${arg.name} <- ${label}`,
      send: gql(arg.query, { [arg.variable]: value }),
      check: harmlessAnswer,
      echoed: [value],
    })),
  ),
);

table(
  'hostile-string (inline)',
  ARGUMENTS.flatMap((arg) =>
    HOSTILE.map(([label, value]) => ({
      name: `${arg.name} <- ${label}`,
      // JSON string syntax is GraphQL string syntax, escapes included.
      send: gql(arg.inline(JSON.stringify(value))),
      check: harmlessAnswer,
      echoed: [value],
    })),
  ),
);

table(
  'raw control characters in the document',
  ['\u0000', '\u0007', '\u001b', '\u0008'].map((ch) => ({
    name: `U+${ch.charCodeAt(0).toString(16).padStart(4, '0')} inside a string literal`,
    // GraphQL 2021 allows control characters in strings; they must simply do no harm.
    send: gql(`{ search(text: "myo${ch}clonus") { score } condition(name: "a${ch}b") { id } }`),
    check: harmlessAnswer,
  })),
);

table(
  '100 kB string',
  ARGUMENTS.map((arg) => ({
    name: arg.name,
    send: gql(arg.query, { [arg.variable]: HUNDRED_KB }),
    // Every string argument is bounded (200 characters), so a long one is refused before Neo4j.
    check: expectCode('BAD_USER_INPUT'),
    echoed: [HUNDRED_KB],
  })),
);

// ---- protections at the HTTP layer --------------------------------------------------------

describe('production HTTP protections', () => {
  test('no "Did you mean" suggestions in production (but present in development)', async () => {
    const probe = '{ graphInf { seedVersion } }';
    const prod = await postGraphQL(server.graphqlUrl, probe);
    expect(prod.status).toBe(400);
    expect(prod.text).not.toMatch(/did you mean/i);
    const dev = await startTestServer({ ...config, NODE_ENV: 'development' });
    try {
      const devResult = await postGraphQL(dev.graphqlUrl, probe);
      expect(devResult.text).toMatch(/did you mean/i);
    } finally {
      await dev.stop();
    }
  });

  test('CSRF: a simple GET query is refused; with a preflight header, or as POST JSON, it works', async () => {
    const url = `${server.graphqlUrl}?query=${encodeURIComponent('{ graphInfo { entityCount } }')}`;
    const simple = await rawRequest(url, { method: 'GET', headers: {} });
    expect(simple.status).toBe(400);
    expect(simple.text).toMatch(/CSRF|preflight/i);
    expect(simple.text).not.toContain('entityCount":');
    expectSafe(simple, { secrets: secrets() });

    const preflighted = await rawRequest(url, {
      method: 'GET',
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(preflighted.status).toBe(200);
    expect(preflighted.json.data.graphInfo.entityCount).toBeGreaterThan(0);

    const post = await postGraphQL(server.graphqlUrl, '{ graphInfo { entityCount } }');
    expect(post.status).toBe(200);
    expect(post.json.data.graphInfo.entityCount).toBeGreaterThan(0);
  });

  test('GET cannot run a mutation-like or side-effecting operation', async () => {
    const url = `${server.graphqlUrl}?query=${encodeURIComponent('mutation { x }')}`;
    const result = await rawRequest(url, {
      method: 'GET',
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(result.status).toBeGreaterThanOrEqual(400);
    expect(result.status).toBeLessThan(500);
  });

  test('CORS: a preflight from an allowed origin is allowed, from another origin it is not', async () => {
    const corsServer = await startTestServer(production({ CORS_ORIGINS: 'https://app.example' }));
    try {
      const preflight = (origin: string) =>
        fetch(corsServer.graphqlUrl, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'content-type',
          },
        });
      const allowed = await preflight('https://app.example');
      expect(allowed.status).toBeLessThan(300);
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example');
      const denied = await preflight('https://evil.example');
      expect(denied.headers.get('access-control-allow-origin')).toBeNull();

      const actual = await fetch(corsServer.graphqlUrl, {
        method: 'POST',
        headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(actual.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await corsServer.stop();
    }
  });

  test('rate limit: the 6th request in a minute gets 429 RATE_LIMITED; health is not limited', async () => {
    const limited = await startTestServer(production({ RATE_LIMIT_PER_MINUTE: '5' }));
    try {
      for (let i = 0; i < 5; i++) {
        const ok = await postGraphQL(limited.graphqlUrl, '{ __typename }');
        expect(ok.status).toBe(200);
      }
      const over = await postGraphQL(limited.graphqlUrl, '{ __typename }');
      expect(over.status).toBe(429);
      expect(codesOf(over)).toEqual(['RATE_LIMITED']);
      expectSafe(over, { secrets: secrets() });
      // Hostile requests count too: flooding with garbage does not reset the budget.
      expect((await rawRequest(limited.graphqlUrl, { body: '{' })).status).toBe(429);
      expect((await fetch(`${limited.url}/health/live`)).status).toBe(200);
    } finally {
      await limited.stop();
    }
  });

  test('rate limit: a browser over it reads its 429 RATE_LIMITED (CORS headers on it); preflights are not counted', async () => {
    const limited = await startTestServer(production({ RATE_LIMIT_PER_MINUTE: '3' }));
    const origin = 'https://app.example';
    try {
      for (let i = 0; i < 5; i++) {
        const preflight = await rawRequest(limited.graphqlUrl, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'content-type',
          },
        });
        expect(preflight.status).toBe(204);
        expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
        expect(preflight.headers.get('access-control-max-age')).toBe('600');
      }
      for (let i = 0; i < 3; i++) {
        const ok = await postGraphQL(limited.graphqlUrl, '{ __typename }', undefined, { origin });
        expect(ok.status).toBe(200);
      }
      const over = await postGraphQL(limited.graphqlUrl, '{ __typename }', undefined, { origin });
      expect(over.status).toBe(429);
      expect(over.headers.get('access-control-allow-origin')).toBe('*');
      expect(codesOf(over)).toEqual(['RATE_LIMITED']);
    } finally {
      await limited.stop();
    }
  });

  test('Neo4j credentials never reach a client, even when Neo4j is down', async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const port = (s.address() as net.AddressInfo).port;
        s.close(() => resolve(port));
      });
    });
    const password = 'Sup3r-Secret-Neo4j-Passw0rd';
    const uri = `bolt://127.0.0.1:${closedPort}`;
    const down = await startTestServer(production(), {
      driver: createDriver({ uri, user: 'neo4j', password }, readGraphSettings().driver),
    });
    try {
      const queries = [
        '{ graphInfo { entityCount } }',
        '{ entity(id: "myoclonus") { id } }',
        '{ search(text: "jerk") { score } }',
        '{ path(from: "epilepsy", to: "myoclonus") { length } }',
      ];
      for (const query of queries) {
        const result = await postGraphQL(down.graphqlUrl, query);
        expectSafe(result, { secrets: [password, uri, String(closedPort)] });
        expect(codesOf(result)).toEqual(['SERVICE_UNAVAILABLE']);
      }
      const ready = await rawRequest(`${down.url}/health/ready`, { method: 'GET', headers: {} });
      expect(ready.status).toBe(503);
      expect(ready.json).toEqual({ status: 'unavailable', neo4j: 'down' });
      for (const secret of [password, uri, String(closedPort)])
        expect(ready.text).not.toContain(secret);
    } finally {
      await down.stop();
    }
    // And the live server's answers do not name its own Neo4j either.
    const ok = await postGraphQL(server.graphqlUrl, '{ graphInfo { seedVersion } }');
    const ready = await rawRequest(`${server.url}/health/ready`, { method: 'GET', headers: {} });
    for (const r of [ok, ready]) expectSafe(r, { secrets: secrets() });
  });
});

// Declared last, so it runs after every case above.
test('the graph is unchanged by every hostile request', async () => {
  expect(await graphHash(driver)).toBe(hashBefore);
});
