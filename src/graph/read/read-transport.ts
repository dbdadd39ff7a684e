import type { Driver } from 'neo4j-driver';
import { GraphTimeoutError } from '../../errors';
import { logger } from '../../logger';
import type { CypherStatement } from '../cypher';
import { toGraphError } from '../driver-errors';
import { openSession } from '../driver';
import { tracedQuery } from '../traced-query';
import { RecordMapper, type Row } from './record-mapper';

/** Told of every round trip: the statement's name, its seconds, how it ended (the service's metrics). */
export type ReadObserver = (query: string, seconds: number, outcome: 'ok' | 'error') => void;

export interface ReadTransportOptions {
  /** Client-side limit for each query; Neo4j's db.transaction.timeout applies too. */
  queryTimeoutMs: number;
  /** How long past the query timeout a read waits for Neo4j before it gives up itself. */
  deadlineGraceMs: number;
  /** Who reads, for Neo4j's query log (the transaction metadata's `app`). */
  app: string;
  observe?: ReadObserver;
}

export interface QueryResult {
  rows: Row[];
  map: RecordMapper;
}

/**
 * How a reader's statements reach Neo4j: each in a read transaction of its
 * own (Neo4j refuses writes in it), bounded in time, counted, observed. There
 * is no retry: a read that fails fails fast with a code, and the client may
 * ask again.
 */
export class ReadTransport {
  private queries = 0;

  constructor(
    private readonly driver: Driver,
    private readonly options: ReadTransportOptions,
  ) {}

  /** Number of Cypher queries sent to Neo4j through this transport. */
  get roundTrips(): number {
    return this.queries;
  }

  read(query: CypherStatement, params: Record<string, unknown>): Promise<QueryResult> {
    return tracedQuery(
      query,
      () => this.send(query, params),
      (result) => result.rows.length,
    );
  }

  private async send(
    query: CypherStatement,
    params: Record<string, unknown>,
  ): Promise<QueryResult> {
    this.queries++;
    const session = openSession(this.driver, 'READ');
    const { queryTimeoutMs, deadlineGraceMs, app, observe } = this.options;
    let timer: NodeJS.Timeout | undefined;
    let timedOut = false;
    const started = process.hrtime.bigint();
    let outcome: 'ok' | 'error' = 'error';
    try {
      // An auto-commit transaction in READ mode: one network round trip, and Neo4j refuses any write in it.
      const running = session.run(query.text, params, {
        timeout: queryTimeoutMs,
        metadata: { app, query: query.name },
      });
      // Neo4j stops a transaction past its timeout; this deadline also covers a
      // server or network too slow to say so, which would otherwise hang the caller.
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          timedOut = true;
          reject(new GraphTimeoutError());
        }, queryTimeoutMs + deadlineGraceMs);
      });
      const result = await Promise.race([running, deadline]);
      const rows = result.records.map((r) => r.toObject() as Row);
      outcome = 'ok';
      return { rows, map: new RecordMapper((rows[0]?.sources as Row[] | undefined) ?? []) };
    } catch (error) {
      const mapped = toGraphError(error);
      if (mapped === error) logger.error({ err: error }, 'graph query failed');
      throw mapped;
    } finally {
      clearTimeout(timer);
      observe?.(query.name, Number(process.hrtime.bigint() - started) / 1e9, outcome);
      // After the deadline the session is let go, not waited for.
      if (timedOut) void session.close().catch(() => undefined);
      else await session.close();
    }
  }
}
