import type { GraphReader } from '../graph/read';
import type { Logger } from '../logger';

/** What every resolver gets: the request's data-layer reader and its request id. */
export interface RequestContext {
  graph: GraphReader;
  requestId: string;
  log: Logger;
  /** Set over HTTP when the answer may be kept as the text that goes out (response-cache/serialized-answers.ts). */
  answerOffer?: { accept(operationName: string | null, data: unknown): void };
}
