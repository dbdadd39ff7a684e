import type { FormattedExecutionResult } from 'graphql';

/**
 * What is the request's own, and where it goes. An answer's body is the same
 * bytes for every client and every replica of a release, so that an HTTP
 * cache may keep it and send it to anyone: per-request values travel as
 * response headers, written here and nowhere else.
 *
 * - `x-request-id`: the id in the request's log line (the client's own id
 *   when it sent a short plain one).
 * - `x-cypher-round-trips`: how many Cypher queries the request cost (0 when
 *   it was answered from memory).
 *
 * A body with errors is never cached, so it also carries the request id in
 * `extensions.requestId`: a client reporting the error has it at hand.
 */
export const REQUEST_ID_HEADER = 'x-request-id';
export const ROUND_TRIPS_HEADER = 'x-cypher-round-trips';

/** The response headers that a browser's script may read (CORS). */
export const EXPOSED_HEADERS = [REQUEST_ID_HEADER, ROUND_TRIPS_HEADER];

/** What an error body carries in `extensions`. */
export interface ErrorExtensions {
  requestId: string;
}

export const errorExtensions = (requestId: string) => ({ requestId }) satisfies ErrorExtensions;

/** The text of a GraphQL response as the service writes it: errors, data, extensions, in that order. */
export const responseText = (result: FormattedExecutionResult): string =>
  `${JSON.stringify({ errors: result.errors, data: result.data, extensions: result.extensions })}\n`;

/**
 * The text of an errorless answer whose data was serialized before: the
 * same text responseText gives for it, without serializing the data again.
 */
export const answerText = (dataJson: string): string => `{"data":${dataJson}}\n`;
