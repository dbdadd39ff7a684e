import type {
  GatewayExecutor,
  GatewayGraphQLRequestContext,
  GatewayInterface,
} from '@apollo/server-gateway-interface';
import {
  execute,
  printSchema,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';
import { tracing } from '../telemetry/tracing';

/** Distinct operations kept compiled; the least recently used is dropped beyond this. */
const COMPILED_OPERATIONS_KEPT = 500;

type Compiled = CompiledQuery | 'graphql-js';

/**
 * Runs operations compiled by graphql-jit instead of interpreted by graphql-js.
 *
 * graphql-js walks the document for every field of every response; graphql-jit
 * turns each distinct operation into a function once, and later requests with
 * the same text run that function. For a page of 50 facts this removes most of
 * the GraphQL layer's CPU (docs/performance.md measures it).
 *
 * Apollo Server parses and validates as before (depth and cost limits, the
 * read-only rule, introspection switch); only execution changes. Apollo's
 * route for a custom executor is its `gateway` option, so this is one.
 *
 * graphql-js still answers whatever graphql-jit refuses before running a
 * resolver: an operation it cannot compile, an unknown operation name,
 * variables it does not accept. That covers errors (variables of the wrong
 * type keep graphql-js's wording and BAD_USER_INPUT) and one gap of
 * graphql-jit: it takes a non-null variable with a default
 * (`$text: String! = "..."`) as required when the client omits it.
 *
 * Leaves go out as the resolvers give them (graphql-jit's
 * `disableLeafSerialization`): the data layer returns plain strings, numbers
 * and booleans, and the resolvers give enums by their names, so graphql-js's
 * per-leaf serializers would only copy them; skipping them saves a seventh
 * of a request's allocation. tests/e2e/executor.test.ts reads every leaf of
 * every type through both executors and compares.
 */
export function compiledExecutor(schema: GraphQLSchema): GatewayInterface {
  const compiled = new LRUCache<string, Compiled>({ max: COMPILED_OPERATIONS_KEPT });

  const interpreted = (request: GatewayGraphQLRequestContext): Promise<ExecutionResult> =>
    Promise.resolve(
      execute({
        schema,
        document: request.document,
        operationName: request.request.operationName,
        variableValues: request.request.variables,
        contextValue: request.context,
      }),
    );

  const compile = (request: GatewayGraphQLRequestContext): Compiled => {
    const operationName = request.request.operationName;
    const key = `${request.queryHash}:${operationName ?? ''}`;
    let entry = compiled.get(key);
    if (entry === undefined) {
      try {
        const result = compileQuery(schema, request.document, operationName, {
          disableLeafSerialization: true,
        });
        entry = isCompiledQuery(result) ? result : 'graphql-js';
      } catch {
        entry = 'graphql-js';
      }
      compiled.set(key, entry);
    }
    return entry;
  };

  const run = async (request: GatewayGraphQLRequestContext): Promise<ExecutionResult> => {
    // Apollo found no operation to run (an unknown operation name): graphql-js words the error.
    if (!(request.operation as OperationDefinitionNode | undefined)) return interpreted(request);
    const query = compile(request);
    if (query === 'graphql-js') return interpreted(request);
    const result = await query.query(undefined, request.context, request.request.variables ?? {});
    // No data at all: refused before any resolver ran (variable coercion).
    if (result.data === undefined) return interpreted(request);
    return result;
  };

  // Traced, the run is a span named as graphql's instrumentation names the execute span it
  // makes when graphql-js runs an operation, so both executors give traces of one shape.
  const executor: GatewayExecutor = (request) => {
    const traced = tracing();
    if (!traced) return run(request);
    const type = request.operation?.operation ?? 'query';
    const name = request.operationName ?? undefined;
    return traced.inSpan(
      name ? `${type} ${name}` : 'graphql.execute',
      'internal',
      { 'graphql.operation.type': type, ...(name ? { 'graphql.operation.name': name } : {}) },
      () => run(request),
    );
  };

  return {
    load: async () => ({ executor }),
    onSchemaLoadOrUpdate: (callback) => {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    stop: async () => {
      compiled.clear();
    },
  };
}
