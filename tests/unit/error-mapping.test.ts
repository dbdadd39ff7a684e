import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { ErrorCode, GraphTimeoutError, GraphUnavailableError } from '../../src/errors';
import { toGraphError } from '../../src/graph/driver-errors';
import { toGraphQLError, withGraphQLErrors } from '../../src/schema/graphql-errors';
import { resolvers } from '../../src/schema/resolvers';

const neo4jError = (code: string, message = 'driver says no') =>
  new Neo4jError(message, code, '50N42', 'error');

describe('driver errors become the data layer errors', () => {
  test.each([
    ['ServiceUnavailable', GraphUnavailableError],
    ['SessionExpired', GraphUnavailableError],
    ['Neo.ClientError.Security.Unauthorized', GraphUnavailableError],
    ['Neo.TransientError.Transaction.BookmarkTimeout', GraphUnavailableError],
    ['Neo.TransientError.General.DatabaseUnavailable', GraphUnavailableError],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', GraphTimeoutError],
    ['Neo.TransientError.Transaction.LockClientStopped', GraphTimeoutError],
  ])('%s', (code, expected) => {
    expect(toGraphError(neo4jError(code))).toBeInstanceOf(expected);
  });

  test('a pool that cannot hand out a connection is unavailable', () => {
    expect(
      toGraphError(neo4jError('N/A', 'Connection acquisition timed out in 5000 ms')),
    ).toBeInstanceOf(GraphUnavailableError);
  });

  test('anything else is left as it is, to be logged and masked', () => {
    const syntax = neo4jError('Neo.ClientError.Statement.SyntaxError');
    expect(toGraphError(syntax)).toBe(syntax);
    const bug = new TypeError('x is undefined');
    expect(toGraphError(bug)).toBe(bug);
  });

  test('the data layer errors know nothing of GraphQL', () => {
    expect(new GraphUnavailableError()).not.toBeInstanceOf(GraphQLError);
    expect(new GraphTimeoutError().code).toBe(ErrorCode.QUERY_TIMEOUT);
  });
});

describe('the GraphQL door maps them once', () => {
  test('a data layer error becomes a GraphQLError with its code', () => {
    const mapped = toGraphQLError(new GraphUnavailableError()) as GraphQLError;
    expect(mapped).toBeInstanceOf(GraphQLError);
    expect(mapped.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    expect(mapped.message).toMatch(/unavailable/);
  });

  test('an unexpected error is not turned into a client error', () => {
    const bug = new Error('internal detail');
    expect(toGraphQLError(bug)).toBe(bug);
  });

  test('wrapped resolvers map thrown and rejected errors, and pass values through', async () => {
    const wrapped = withGraphQLErrors({
      Query: {
        sync: () => {
          throw new GraphTimeoutError();
        },
        async: () => Promise.reject(new GraphUnavailableError()),
        value: () => 42,
      },
      Entity: { __resolveType: () => 'Condition' },
    } as never) as unknown as Record<string, Record<string, () => unknown>>;
    const codeOf = (error: unknown) => (error as GraphQLError).extensions.code;
    expect(() => wrapped.Query!.sync!()).toThrow(GraphQLError);
    try {
      wrapped.Query!.sync!();
    } catch (error) {
      expect(codeOf(error)).toBe('QUERY_TIMEOUT');
    }
    await expect(wrapped.Query!.async!()).rejects.toMatchObject({
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
    expect(wrapped.Query!.value!()).toBe(42);
    expect(wrapped.Entity!.__resolveType!()).toBe('Condition');
  });
});

describe("the service's resolvers map them wherever they read the graph", () => {
  type FieldResolver = (parent: unknown, args: unknown, context: unknown, info: unknown) => unknown;
  const fieldsOf = () =>
    Object.entries(resolvers as Record<string, Record<string, unknown>>).flatMap(
      ([typeName, fields]) =>
        Object.entries(fields)
          .filter(([field, resolve]) => typeof resolve === 'function' && !field.startsWith('__'))
          .map(([field, resolve]) => [`${typeName}.${field}`, resolve as FieldResolver] as const),
    );

  test("a retired entity id's replacement: a graph that times out or is down is coded, not masked", async () => {
    const replacement = (resolvers.RetiredId as Record<string, FieldResolver>).replacement!;
    const retired = {
      id: 'anti-seizure-medication',
      kind: 'entity',
      replacedBy: 'antiepileptic-medication',
      since: '3.0.0',
      reason: 'merged',
    };
    for (const [error, code] of [
      [new GraphTimeoutError(), 'QUERY_TIMEOUT'],
      [new GraphUnavailableError(), 'SERVICE_UNAVAILABLE'],
    ] as const) {
      const graph = { entity: () => Promise.reject(error) };
      await expect(Promise.resolve(replacement(retired, {}, { graph }, {}))).rejects.toMatchObject({
        constructor: GraphQLError,
        extensions: { code },
      });
    }
  });

  test('no resolver that is given the request context (and so its graph) is left unmapped', () => {
    // A mapped resolver takes its arguments as a rest parameter (length 0); an unmapped one that
    // names the context, the third, could let a data layer error reach formatError, masked.
    const unmapped = fieldsOf()
      .filter(([, resolve]) => resolve.length >= 3)
      .map(([name]) => name);
    expect(unmapped).toEqual([]);
  });
});
