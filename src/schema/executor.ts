import type {
  GatewayExecutor,
  GatewayGraphQLRequestContext,
  GatewayInterface,
} from '@apollo/server-gateway-interface';
import {
  execute,
  printSchema,
  valueFromASTUntyped,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';
import { tracing } from '../telemetry/tracing';

/** Distinct operations kept compiled; the least recently used is dropped beyond this. */
const COMPILED_OPERATIONS_KEPT = 500;

/** An operation graphql-jit compiled, with the defaults of its variables. */
interface CompiledOperation {
  query: CompiledQuery;
  /** Each variable that has a default, and the default as a client would send it. */
  defaults: [name: string, value: unknown][];
}

type Compiled = CompiledOperation | 'graphql-js';

/** The operation's variable defaults as JSON values: what a client that sent them would send. */
function variableDefaults(operation: OperationDefinitionNode): CompiledOperation['defaults'] {
  return (operation.variableDefinitions ?? []).flatMap((definition) =>
    definition.defaultValue
      ? [[definition.variable.name.value, valueFromASTUntyped(definition.defaultValue)] as const]
      : [],
  );
}

/**
 * The request's variables with each omitted one that has a default filled in,
 * as graphql-js coerces them (a variable given, even as null, keeps its value).
 */
function withDefaults(
  given: Record<string, unknown>,
  defaults: CompiledOperation['defaults'],
): Record<string, unknown> {
  let variables = given;
  for (const [name, value] of defaults) {
    if (Object.hasOwn(given, name)) continue;
    if (variables === given) variables = { ...given };
    variables[name] = value;
  }
  return variables;
}

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
 * variables it does not accept. That covers errors: variables of the wrong
 * type keep graphql-js's wording and BAD_USER_INPUT.
 *
 * graphql-jit takes a non-null variable with a default (`$text: String! =
 * "..."`, as every example operation has) as required when the client omits
 * it. So the executor fills in each omitted variable's default, as graphql-js
 * does, before the compiled operation runs: without that, every such request
 * would be refused by graphql-jit and interpreted by graphql-js, twice the
 * GraphQL layer's CPU.
 *
 * Leaves go out as the resolvers give them (graphql-jit's
 * `disableLeafSerialization`): the data layer returns plain strings, numbers
 * and booleans, and the resolvers give enums by their names, so graphql-js's
 * per-leaf serializers would only copy them; skipping them saves a seventh
 * of a request's allocation. tests/e2e/executor.test.ts reads every leaf of
 * every type through both executors and compares.
 */
export function compiledExecutor(schema: GraphQLSchema): GatewayInterface {
  const compiledByKey = new LRUCache<string, Compiled>({ max: COMPILED_OPERATIONS_KEPT });

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

  const compile = (
    request: GatewayGraphQLRequestContext,
    operation: OperationDefinitionNode,
  ): Compiled => {
    const operationName = request.request.operationName;
    const key = `${request.queryHash}:${operationName ?? ''}`;
    let entry = compiledByKey.get(key);
    if (entry === undefined) {
      try {
        const result = compileQuery(schema, request.document, operationName, {
          disableLeafSerialization: true,
        });
        entry = isCompiledQuery(result)
          ? { query: result, defaults: variableDefaults(operation) }
          : 'graphql-js';
      } catch {
        entry = 'graphql-js';
      }
      compiledByKey.set(key, entry);
    }
    return entry;
  };

  const run = async (request: GatewayGraphQLRequestContext): Promise<ExecutionResult> => {
    // Apollo found no operation to run (an unknown operation name): graphql-js words the error.
    const found = request.operation as OperationDefinitionNode | undefined;
    if (!found) return interpreted(request);
    const compiled = compile(request, found);
    if (compiled === 'graphql-js') return interpreted(request);
    const variables = withDefaults(request.request.variables ?? {}, compiled.defaults);
    const result = await compiled.query.query(undefined, request.context, variables);
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
      compiledByKey.clear();
    },
  };
}
