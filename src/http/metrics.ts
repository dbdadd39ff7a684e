import type { SeedStateRecord } from '../graph/read';
import type express from 'express';
import client from 'prom-client';
import type { ResponseCacheResult } from '../schema/response-cache';

/** The operation label of a request without an operation name. */
export const ANONYMOUS_OPERATION = '(anonymous)';
/** The operation label of every name past the limit, or not a GraphQL name. */
export const OTHER_OPERATION = '(other)';

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;

/** The doors a request can be counted under; anything else is "other". */
const DOORS = ['graphql', 'mcp', 'explorer', 'playground', 'health', 'releases', 'metrics'];

export interface QueryObserver {
  /** One Cypher round trip: the statement's name (ours, a closed set), its seconds, how it ended. */
  (query: string, seconds: number, outcome: 'ok' | 'error'): void;
}

/**
 * What an operator scrapes at /metrics (Prometheus text format, prom-client):
 * GraphQL latency per operation, requests by door and status, GraphQL errors
 * by code, Neo4j round trips and their latency, the loaded seed as labels, and
 * the process's default metrics. Every label has a bounded set of values:
 * operation names beyond `maxOperations` (or not GraphQL names) share
 * "(other)", unnamed operations "(anonymous)"; statuses, doors, codes and
 * statement names are closed sets.
 */
export class ServiceMetrics {
  readonly registry = new client.Registry();
  private readonly operations = new Set<string>();
  private readonly graphqlDuration: client.Histogram<'operation'>;
  private readonly graphqlErrors: client.Counter<'code'>;
  private readonly httpRequests: client.Counter<'door' | 'status'>;
  private readonly neo4jQueries: client.Histogram<'query' | 'outcome'>;
  private readonly responseCache: client.Counter<'result'>;

  /** `seedState`: the seed state last read (the seed-state watch), null while the graph cannot be read. */
  constructor(options: { maxOperations: number; seedState: () => SeedStateRecord | null }) {
    const registers = [this.registry];
    client.collectDefaultMetrics({ register: this.registry });
    this.graphqlDuration = new client.Histogram({
      name: 'kg_graphql_request_duration_seconds',
      help: 'GraphQL request latency, by operation name',
      labelNames: ['operation'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.graphqlErrors = new client.Counter({
      name: 'kg_graphql_errors_total',
      help: 'GraphQL errors sent, by error code',
      labelNames: ['code'],
      registers,
    });
    this.httpRequests = new client.Counter({
      name: 'kg_http_requests_total',
      help: 'HTTP requests answered, by door and status',
      labelNames: ['door', 'status'],
      registers,
    });
    this.neo4jQueries = new client.Histogram({
      name: 'kg_neo4j_query_duration_seconds',
      help: 'Neo4j round trips and their latency, by named Cypher statement and outcome',
      labelNames: ['query', 'outcome'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
      registers,
    });
    this.responseCache = new client.Counter({
      name: 'kg_response_cache_requests_total',
      help: 'GraphQL requests by how the response cache met them: hit (answered from it), miss (looked up, then run), bypass (not looked up: a load runs, the graph state is unknown, or not a query)',
      labelNames: ['result'],
      registers,
    });
    const maxOperations = options.maxOperations;
    this.operationLabel = (name) => {
      if (!name) return ANONYMOUS_OPERATION;
      if (!GRAPHQL_NAME.test(name)) return OTHER_OPERATION;
      if (this.operations.has(name)) return name;
      if (this.operations.size >= maxOperations) return OTHER_OPERATION;
      this.operations.add(name);
      return name;
    };
    new client.Gauge({
      name: 'kg_seed_info',
      help: 'The loaded seed: version, content hash and load state as labels (value 1), as the service last read them; absent before any load and while the graph cannot be read',
      labelNames: ['version', 'content_hash', 'load_state'],
      registers,
      // From what the service keeps in memory: a scrape costs Neo4j nothing.
      collect() {
        this.reset();
        const info = options.seedState();
        if (info?.contentHash == null) return;
        this.set(
          {
            version: info.seedVersion ?? '',
            content_hash: info.contentHash,
            load_state: info.loadState,
          },
          1,
        );
      },
    });
  }

  /** The bounded label of an operation name. */
  readonly operationLabel: (name: string | null | undefined) => string;

  graphqlRequest(
    operationName: string | null | undefined,
    seconds: number,
    errorCodes: string[],
  ): void {
    this.graphqlDuration.observe({ operation: this.operationLabel(operationName) }, seconds);
    for (const code of errorCodes) this.graphqlErrors.inc({ code });
  }

  readonly recordResponseCache = (result: ResponseCacheResult): void => {
    this.responseCache.inc({ result });
  };

  readonly observeQuery: QueryObserver = (query, seconds, outcome) =>
    this.neo4jQueries.observe({ query, outcome }, seconds);

  /** Counts every response, by the door its path belongs to. */
  countRequests(): express.RequestHandler {
    return (req, res, next) => {
      // Read now: mounted routers rewrite req.path on the way.
      const first = req.path.split('/')[1] ?? '';
      const door = DOORS.includes(first) ? first : 'other';
      res.on('finish', () => this.httpRequests.inc({ door, status: String(res.statusCode) }));
      next();
    };
  }

  route(): express.RequestHandler {
    return async (_req, res) => {
      res.type(this.registry.contentType).send(await this.registry.metrics());
    };
  }
}
