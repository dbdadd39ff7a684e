import { makeExecutableSchema } from '@graphql-tools/schema';
import { parse, type OperationDefinitionNode } from 'graphql';
import { loadTypeDefs, resolvers } from '../../src/schema';
import { OperationCachePolicies } from '../../src/schema/response-cache';

/** The cache policy an answer gets, from the SDL's @cacheControl hints, with Apollo Server's rules. */
const policies = new OperationCachePolicies(
  makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers }),
);

let keys = 0;
function policyOf(text: string, operationName?: string) {
  const document = parse(text);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === 'OperationDefinition' && (!operationName || d.name?.value === operationName),
  )!;
  return policies.policyOf(`k${keys++}`, document, operation);
}

test('a root field gives its maxAge, and nested objects inherit it', () => {
  expect(policyOf('{ entity(id: "x") { id name citation { source { title } } } }')).toEqual({
    maxAge: 60,
    scope: 'PUBLIC',
  });
  expect(
    policyOf('{ facts(first: 3) { edges { node { subject { id } citation { section } } } } }'),
  ).toEqual({ maxAge: 60, scope: 'PUBLIC' });
});

test('the answer gets the shortest maxAge of its root fields', () => {
  expect(policyOf('{ graphInfo { seedVersion } entity(id: "x") { id } }').maxAge).toBe(5);
});

test('fragments, inline fragments and interface fields count like fields written out', () => {
  const text = `
    query Q { entity(id: "x") { ...Parts } }
    fragment Parts on Entity { id ... on Condition { subtypes { entity { id } } } }`;
  expect(policyOf(text, 'Q').maxAge).toBe(60);
  // A fragment that spreads itself through a nested field is walked once per type, not forever.
  expect(
    policyOf(`
      query R { entity(id: "x") { ...Sub } }
      fragment Sub on Condition { subtypes { entity { ... on Condition { id } } } }`).maxAge,
  ).toBe(60);
});

test('introspection and non-queries are not cacheable', () => {
  expect(policyOf('{ __schema { queryType { name } } }').maxAge).toBe(0);
  expect(policyOf('{ __type(name: "Entity") { name } entity(id: "x") { id } }').maxAge).toBe(0);
  expect(policyOf('{ __typename entity(id: "x") { __typename id } }').maxAge).toBe(60);
  expect(policyOf('mutation { entity(id: "x") { id } }').maxAge).toBe(0);
});

test('the policy of the named operation, when a document has several', () => {
  const text = 'query A { graphInfo { seedVersion } } query B { entity(id: "x") { id } }';
  expect(policyOf(text, 'A').maxAge).toBe(5);
  expect(policyOf(text, 'B').maxAge).toBe(60);
});
