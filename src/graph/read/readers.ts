import type { Driver } from 'neo4j-driver';
import { GraphReader } from './graph-reader';
import { ReadTransport, type ReadObserver } from './read-transport';

export interface ReaderSettings {
  /** Client-side limit for each query, unless a door asks for its own. */
  queryTimeoutMs: number;
  /** How long past the query timeout a read waits for Neo4j before it gives up itself. */
  deadlineGraceMs: number;
  /** Told of every round trip of every reader (the service's metrics). */
  observe?: ReadObserver;
}

/**
 * Where every reader comes from: made once, at start, with the driver and
 * the settings, and handed to the doors. Each request (a GraphQL request, a
 * tool call, a health check) gets a reader of its own, with its own batching
 * and its own count of round trips.
 */
export class GraphReaders {
  constructor(
    private readonly driver: Driver,
    private readonly settings: ReaderSettings,
  ) {}

  /** A fresh reader for one request; `app` names the reader in Neo4j's query log. */
  reader(app: string, queryTimeoutMs = this.settings.queryTimeoutMs): GraphReader {
    return new GraphReader(
      new ReadTransport(this.driver, {
        app,
        queryTimeoutMs,
        deadlineGraceMs: this.settings.deadlineGraceMs,
        ...(this.settings.observe ? { observe: this.settings.observe } : {}),
      }),
    );
  }
}
