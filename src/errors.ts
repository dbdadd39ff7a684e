/**
 * The one list of error codes a client can see, from any door (GraphQL, HTTP,
 * and the doors to come), and the errors of the data layer, which know
 * nothing of GraphQL: each door maps them to its own error form once (for
 * GraphQL: src/schema/graphql-errors.ts). A missing entity is not an error
 * of the data layer: it reads as null, or as the ids it could not find.
 */
export const ErrorCode = {
  /** An argument broke a documented bound or is not a value the API takes. */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** Neo4j cannot be reached (or refused our credentials). */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** A query ran past its time limit and was stopped. */
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  /** Too many requests from one client address in a minute. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** The HTTP request itself is malformed: not JSON, too large. */
  BAD_REQUEST: 'BAD_REQUEST',
  /** The path names nothing the service serves (an HTTP 404). */
  NOT_FOUND: 'NOT_FOUND',
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  OPERATION_RESOLUTION_FAILURE: 'OPERATION_RESOLUTION_FAILURE',
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  PERSISTED_QUERY_NOT_SUPPORTED: 'PERSISTED_QUERY_NOT_SUPPORTED',
  /** Anything else; its details stay in the log. */
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Codes whose message was written for the client, so a door may show it as it is. */
export const CLIENT_ERROR_CODES: ReadonlySet<string> = new Set(
  Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR),
);

/** An error meant for the client: a code and a message written for whoever asked. */
export abstract class ClientError extends Error {
  abstract readonly code: ErrorCode;
}

/** The graph database cannot be reached. */
export class GraphUnavailableError extends ClientError {
  override name = 'GraphUnavailableError';
  readonly code = ErrorCode.SERVICE_UNAVAILABLE;
  constructor(message = 'The knowledge graph database is unavailable; try again shortly.') {
    super(message);
  }
}

/** A query took longer than its limit and was stopped. */
export class GraphTimeoutError extends ClientError {
  override name = 'GraphTimeoutError';
  readonly code = ErrorCode.QUERY_TIMEOUT;
  constructor(
    message = 'The query took too long and was stopped; ask for less (a smaller first, depth or maxHops).',
  ) {
    super(message);
  }
}

/** The graph is loading, incomplete or empty, so what was asked of the whole graph cannot be had yet. */
export class GraphNotReadyError extends ClientError {
  override name = 'GraphNotReadyError';
  readonly code = ErrorCode.SERVICE_UNAVAILABLE;
}
