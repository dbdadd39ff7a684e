import { GraphQLError } from 'graphql';
import { ClientError, ErrorCode } from '../errors';
import type { Resolvers } from '../generated/resolvers-types';

/** An argument broke a bound of the contract; `argument` names it for the client. */
export class BadUserInputError extends GraphQLError {
  constructor(message: string, argument?: string) {
    super(message, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, ...(argument ? { argument } : {}) },
    });
  }
}

/**
 * The GraphQL door's one mapping of the data layer's errors: a ClientError
 * (graph unavailable, timeout) becomes a GraphQLError with its code in
 * `extensions.code`; anything else is left for formatError to mask.
 */
export function toGraphQLError(error: unknown): unknown {
  if (!(error instanceof ClientError)) return error;
  return new GraphQLError(error.message, { extensions: { code: error.code } });
}

const rethrowAsGraphQLError = (error: unknown): never => {
  throw toGraphQLError(error);
};

type Resolver = (...args: unknown[]) => unknown;

function mapErrorsOf(resolve: Resolver): Resolver {
  return (...args) => {
    try {
      const result = resolve(...args);
      return result instanceof Promise ? result.catch(rethrowAsGraphQLError) : result;
    } catch (error) {
      return rethrowAsGraphQLError(error);
    }
  };
}

/** The resolver map with every field resolver's errors mapped by toGraphQLError. */
export function withGraphQLErrors(resolvers: Resolvers): Resolvers {
  return Object.fromEntries(
    Object.entries(resolvers).map(([typeName, fields]) => [
      typeName,
      Object.fromEntries(
        Object.entries(fields as Record<string, unknown>).map(([field, resolve]) => [
          field,
          typeof resolve === 'function' && !field.startsWith('__')
            ? mapErrorsOf(resolve as Resolver)
            : resolve,
        ]),
      ),
    ]),
  ) as Resolvers;
}
