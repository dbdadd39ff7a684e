import type { FormattedExecutionResult } from 'graphql';

/**
 * What every GraphQL response carries in `extensions`, written here and
 * nowhere else: the request id (the id in the log line, so a client's error
 * can be traced) and how many Cypher queries the request cost (nesting, not
 * list size, sets it). A value added to every response is added here.
 */
export interface ResponseExtensions {
  requestId: string;
  cypherRoundTrips: number;
}

export const responseExtensions = (requestId: string, cypherRoundTrips: number) =>
  ({ requestId, cypherRoundTrips }) satisfies ResponseExtensions;

/** The text of a GraphQL response as the service writes it: errors, data, extensions, in that order. */
export const responseText = (result: FormattedExecutionResult): string =>
  `${JSON.stringify({ errors: result.errors, data: result.data, extensions: result.extensions })}\n`;

/**
 * The text of an errorless answer whose data was serialized before: the
 * same text responseText gives for it, without serializing the data again.
 */
export const answerText = (dataJson: string, extensions: ResponseExtensions): string =>
  `{"data":${dataJson},"extensions":${JSON.stringify(extensions)}}\n`;
