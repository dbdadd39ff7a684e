import { GraphQLError } from 'graphql';

/**
 * Every error a client can see, each with its `extensions.code`. Anything else
 * is masked as INTERNAL_SERVER_ERROR outside development (see server.ts).
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class BadUserInputError extends GraphQLError {
  constructor(message: string, argument?: string) {
    super(message, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, ...(argument ? { argument } : {}) },
    });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.NOT_FOUND } });
  }
}

export class ServiceUnavailableError extends GraphQLError {
  constructor(message = 'The knowledge graph database is unavailable; try again shortly.') {
    super(message, { extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } });
  }
}

export class QueryTimeoutError extends GraphQLError {
  constructor(
    message = 'The query took too long and was stopped; ask for less (a smaller first, depth or maxHops).',
  ) {
    super(message, { extensions: { code: ErrorCode.QUERY_TIMEOUT } });
  }
}
