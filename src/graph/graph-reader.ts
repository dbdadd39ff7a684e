import DataLoader from 'dataloader';
import neo4j, { type Driver, Neo4jError } from 'neo4j-driver';
import { PREDICATE_NAMES, type EntityKindName, type PredicateName } from '../seed/vocabulary';
import { QueryTimeoutError, ServiceUnavailableError } from '../errors';
import { logger } from '../logger';
import { DATABASE } from './driver';
import * as Q from './queries';
import { LOADING_STALE_AFTER_S } from './load-claim';
import { toSynonymPhraseQuery } from './search-query';
import type {
  CauseLinkRecord,
  CitationRecord,
  EntityPage,
  EntityRecord,
  FactPage,
  FactRecord,
  GraphInfoRecord,
  LinkRecord,
  PathRecord,
  SearchHitRecord,
  SourceRecord,
  StatisticRecord,
} from './records';

type Direction = 'OUT' | 'IN' | 'BOTH';

type NeighbourhoodRequest =
  | { mode: 'entity'; id: string }
  | { mode: 'links'; id: string; predicates: PredicateName[]; direction: Direction }
  | { mode: 'causes'; id: string; includeSubtypes: boolean; includeGroupMembers: boolean }
  | { mode: 'causedBy'; id: string; viaGroups: boolean }
  | { mode: 'statistics'; id: string };

type Row = Record<string, unknown>;

export interface GraphReaderOptions {
  /** Client-side limit for each query; Neo4j's db.transaction.timeout applies too. */
  queryTimeoutMs?: number;
}

// ---- mapping Neo4j maps to records -------------------------------------------------

function toSource(row: Row): SourceRecord {
  return {
    id: String(row.id),
    title: String(row.title),
    publisher: String(row.publisher),
    author: String(row.author),
    lastModified: String(row.lastModified),
    disclaimer: String(row.disclaimer),
    review: (row.review as string | null) ?? null,
  };
}

const UNKNOWN_SOURCE: SourceRecord = {
  id: '',
  title: '',
  publisher: '',
  author: '',
  lastModified: '',
  disclaimer: '',
  review: null,
};

/**
 * Turns the maps a query returns into records. Sources are few and shared by
 * every citation, so each query returns them once (its `sources` column) and
 * citations refer to them by id.
 */
export class RecordMapper {
  private readonly sources: Map<string, SourceRecord>;

  constructor(sources: Row[] = []) {
    this.sources = new Map(sources.map((row) => [String(row.id), toSource(row)]));
  }

  citation(row: Row): CitationRecord {
    return {
      source: this.sources.get(row.source as string) ?? UNKNOWN_SOURCE,
      section: String(row.section),
      paragraph: Number(row.paragraph),
    };
  }

  entity(row: Row): EntityRecord {
    return {
      id: row.id as string,
      kind: row.kind as EntityKindName,
      name: row.name as string,
      properName: Boolean(row.properName),
      synonyms: (row.synonyms as string[] | null) ?? [],
      description: (row.description as string | null) ?? null,
      citation: this.citation(row),
    };
  }

  fact(row: Row, subject?: EntityRecord, object?: EntityRecord): FactRecord {
    const props = row.props as Row;
    return {
      id: props.id as string,
      predicate: row.predicate as PredicateName,
      subject: subject ?? this.entity(row.subject as Row),
      object: object ?? this.entity(row.object as Row),
      qualifier: (props.qualifier as string | null) ?? null,
      citation: this.citation(props),
    };
  }

  /** Facts that name their ends by id, resolved against entities returned beside them. */
  factRefs(rows: Row[], entities: EntityRecord[]): FactRecord[] {
    const byId = new Map(entities.map((e) => [e.id, e]));
    return rows.map((f) =>
      this.fact(f, byId.get(f.subjectId as string)!, byId.get(f.objectId as string)!),
    );
  }

  statistic(row: Row): StatisticRecord {
    const s = row.statistic as Row;
    return {
      id: s.id as string,
      value: Number(s.value),
      unit: s.unit as string,
      per: Number(s.per),
      measure: s.measure as string,
      qualifier: (s.qualifier as string | null) ?? null,
      condition: this.entity(row.condition as Row),
      population: this.entity(row.population as Row),
      citation: this.citation(s),
    };
  }
}

interface QueryResult {
  rows: Row[];
  map: RecordMapper;
}

/** Cursors are opaque to clients: base64url of the last id seen. */
export const encodeCursor = (id: string) => Buffer.from(`id:${id}`, 'utf8').toString('base64url');
export function decodeCursor(cursor: string): string | undefined {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  return text.startsWith('id:') && text.length > 3 ? text.slice(3) : undefined;
}

/**
 * A Relay page from `first + 1` rows in id order: the extra row only tells
 * that another page follows.
 */
function toPage<T extends { id: string }>(rows: T[], first: number, totalCount: number) {
  const nodes = rows.slice(0, first);
  const last = nodes[nodes.length - 1];
  return {
    edges: nodes.map((node) => ({ cursor: encodeCursor(node.id), node })),
    pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor(last.id) : null },
    totalCount,
  };
}

/** Maps driver failures to the API's error codes, in one place. */
function toApiError(error: unknown): unknown {
  if (error instanceof Neo4jError) {
    if (error.code === 'ServiceUnavailable' || error.code === 'SessionExpired')
      return new ServiceUnavailableError();
    if (
      error.code === 'Neo.ClientError.Security.Unauthorized' ||
      error.code === 'Neo.ClientError.Security.AuthenticationRateLimit'
    ) {
      return new ServiceUnavailableError();
    }
    if (
      error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') ||
      error.code === 'Neo.TransientError.Transaction.LockClientStopped'
    ) {
      return new QueryTimeoutError();
    }
    if (error.code === 'N/A' && /acquisition timed out|Connection acquisition/i.test(error.message))
      return new ServiceUnavailableError();
  }
  return error;
}

/**
 * The read side of the data layer, one per GraphQL request. Every query runs
 * in a read transaction (Neo4j refuses writes in it) and is counted, so tests
 * can bound the round trips of a request. There is no retry: a read that fails
 * fails fast with a code, and the client may ask again.
 */
export class GraphReader {
  private queries = 0;
  private readonly neighbourhood: DataLoader<NeighbourhoodRequest, QueryResult, string>;

  constructor(
    private readonly driver: Driver,
    private readonly options: GraphReaderOptions = {},
  ) {
    this.neighbourhood = new DataLoader((requests) => this.loadNeighbourhoods(requests), {
      cacheKeyFn: (request) => JSON.stringify(request),
    });
  }

  /** Number of Cypher queries this request has sent to Neo4j. */
  get roundTrips(): number {
    return this.queries;
  }

  private async read(query: string, params: Record<string, unknown>): Promise<QueryResult> {
    this.queries++;
    const session = this.driver.session({
      database: DATABASE,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      // An auto-commit transaction in READ mode: one network round trip, and Neo4j refuses any write in it.
      const result = await session.run(query, params, {
        timeout: this.options.queryTimeoutMs ?? 10_000,
        metadata: { app: 'graphql-api' },
      });
      const rows = result.records.map((r) => r.toObject() as Row);
      return { rows, map: new RecordMapper((rows[0]?.sources as Row[] | undefined) ?? []) };
    } catch (error) {
      const mapped = toApiError(error);
      if (mapped === error) logger.error({ err: error }, 'graph query failed');
      throw mapped;
    } finally {
      await session.close();
    }
  }

  private async loadNeighbourhoods(
    requests: readonly NeighbourhoodRequest[],
  ): Promise<QueryResult[]> {
    const { rows, map } = await this.read(Q.NEIGHBOURHOOD, {
      requests: requests.map((request, key) => ({
        predicates: [],
        direction: 'BOTH',
        includeSubtypes: false,
        includeGroupMembers: false,
        viaGroups: false,
        ...request,
        key,
      })),
    });
    const byKey = new Map(rows.map((row) => [Number(row.key), row.items as Row[]]));
    return requests.map((_, key) => ({ rows: byKey.get(key) ?? [], map }));
  }

  // ---- batched: one round trip per level of a GraphQL request ----------------------

  async entity(id: string): Promise<EntityRecord | null> {
    const { rows, map } = await this.neighbourhood.load({ mode: 'entity', id });
    return rows[0] ? map.entity(rows[0].entity as Row) : null;
  }

  /** Entities joined to `id` by `predicates`; OUT follows the arrow from `id`, IN against it. */
  async links(
    id: string,
    predicates: readonly PredicateName[],
    direction: Direction,
  ): Promise<LinkRecord[]> {
    const { rows, map } = await this.neighbourhood.load({
      mode: 'links',
      id,
      predicates: [...predicates].sort(),
      direction,
    });
    return rows
      .map((item) => map.fact(item.fact as Row))
      .map((fact) => ({ fact, entity: fact.subject.id === id ? fact.object : fact.subject }))
      .sort(
        (a, b) => a.entity.name.localeCompare(b.entity.name) || a.fact.id.localeCompare(b.fact.id),
      );
  }

  async facts(
    id: string,
    predicates: readonly PredicateName[] = PREDICATE_NAMES,
  ): Promise<FactRecord[]> {
    return (await this.links(id, predicates, 'BOTH')).map((link) => link.fact);
  }

  async underlyingCauses(
    conditionId: string,
    options: { includeSubtypes: boolean; includeGroupMembers: boolean },
  ): Promise<CauseLinkRecord[]> {
    const { rows, map } = await this.neighbourhood.load({
      mode: 'causes',
      id: conditionId,
      ...options,
    });
    const links: CauseLinkRecord[] = [];
    for (const item of rows) {
      const causes = map.fact(item.fact as Row);
      links.push({ cause: causes.subject, condition: causes.object, group: null, facts: [causes] });
      for (const memberRow of (item.members as Row[]) ?? []) {
        const member = map.fact(memberRow);
        links.push({
          cause: member.subject,
          condition: causes.object,
          group: causes.subject,
          facts: [member, causes],
        });
      }
    }
    return links.sort(
      (a, b) =>
        a.condition.id.localeCompare(b.condition.id) ||
        (a.group?.name ?? a.cause.name).localeCompare(b.group?.name ?? b.cause.name) ||
        Number(a.group !== null) - Number(b.group !== null) ||
        a.cause.name.localeCompare(b.cause.name),
    );
  }

  /** Conditions caused by a cause, and with `viaGroups` by the groups it belongs to. */
  async conditionsCausedBy(causeId: string, viaGroups: boolean): Promise<LinkRecord[]> {
    const { rows, map } = await this.neighbourhood.load({
      mode: 'causedBy',
      id: causeId,
      viaGroups,
    });
    return rows
      .map((item) => map.fact(item.fact as Row))
      .map((fact) => ({ fact, entity: fact.object }))
      .sort(
        (a, b) => a.entity.name.localeCompare(b.entity.name) || a.fact.id.localeCompare(b.fact.id),
      );
  }

  async statistics(conditionId: string): Promise<StatisticRecord[]> {
    const { rows, map } = await this.neighbourhood.load({ mode: 'statistics', id: conditionId });
    return rows.map((row) => map.statistic(row)).sort((a, b) => a.id.localeCompare(b.id));
  }

  // ---- root queries: one round trip each -----------------------------------------------

  async conditionByName(name: string): Promise<EntityRecord | null> {
    const { rows, map } = await this.read(Q.CONDITION_BY_NAME, {
      name: name.trim().toLowerCase(),
      synonymQuery: toSynonymPhraseQuery(name),
    });
    return rows[0] ? map.entity(rows[0].entity as Row) : null;
  }

  async entityPage(
    kind: EntityKindName | null,
    first: number,
    after: string | null,
  ): Promise<EntityPage> {
    const query = kind === null ? Q.ENTITY_PAGE_ALL : Q.ENTITY_PAGE_BY_KIND[kind];
    const { rows, map } = await this.read(query, {
      // Ids are never empty, so '' is before every id.
      after: after ?? '',
      limit: neo4j.int(first + 1),
    });
    const row = rows[0];
    return toPage(
      ((row?.page as Row[]) ?? []).map((r) => map.entity(r)),
      first,
      Number(row?.total ?? 0),
    );
  }

  /** `text` is what was typed (for the exact-name boost), `luceneQuery` its safe full-text form. */
  async search(
    text: string,
    luceneQuery: string,
    kinds: EntityKindName[] | null,
    first: number,
  ): Promise<SearchHitRecord[]> {
    const exact = text.normalize('NFKC').trim().toLowerCase();
    const { rows, map } = await this.read(Q.SEARCH, {
      query: luceneQuery,
      exact,
      kinds,
      first: neo4j.int(first),
    });
    return rows.map((row) => ({ entity: map.entity(row.entity as Row), score: Number(row.score) }));
  }

  async factPage(args: {
    about: string | null;
    predicates: PredicateName[];
    depth: number;
    first: number;
    after: string | null;
  }): Promise<FactPage> {
    const params = {
      about: args.about,
      predicates: args.predicates,
      // Ids are never empty, so '' is before every id.
      after: args.after ?? '',
      limit: neo4j.int(args.first + 1),
    };
    const query = args.about === null ? Q.ALL_FACTS : Q.FACTS_ABOUT[args.depth]!;
    const { rows, map } = await this.read(query, params);
    const row = rows[0];
    const ends = ((row?.entities as Row[]) ?? []).map((r) => map.entity(r));
    return toPage(
      map.factRefs((row?.page as Row[]) ?? [], ends),
      args.first,
      Number(row?.total ?? 0),
    );
  }

  async entityExists(id: string): Promise<boolean> {
    const [row] = (await this.read(Q.ENTITY_EXISTS, { id })).rows;
    return Boolean(row?.exists);
  }

  /** Shortest path; `missing` names the ends that do not exist. */
  async shortestPath(
    from: string,
    to: string,
    maxHops: number,
  ): Promise<{ path: PathRecord | null; missing: string[] }> {
    const { rows, map } = await this.read(Q.SHORTEST_PATH[maxHops]!, { from, to });
    const row = rows[0];
    const missing = [...(row?.fromExists ? [] : [from]), ...(row?.toExists ? [] : [to])];
    if (!row || missing.length > 0 || !row.entities) return { path: null, missing };
    const entities = (row.entities as Row[]).map((r) => map.entity(r));
    return { path: { entities, facts: map.factRefs(row.facts as Row[], entities) }, missing };
  }

  async graphInfo(): Promise<GraphInfoRecord> {
    const [row] = (
      await this.read(Q.GRAPH_INFO, {
        predicates: PREDICATE_NAMES,
        staleAfterS: LOADING_STALE_AFTER_S,
      })
    ).rows;
    return {
      seedVersion: (row?.seedVersion as string | null) ?? '0.0.0',
      contentHash: (row?.contentHash as string | null) ?? '',
      loadedAt: (row?.loadedAt as string | null) ?? '',
      entityCount: Number(row?.entityCount ?? 0),
      factCount: Number(row?.factCount ?? 0),
      loadState: (row?.loadState as GraphInfoRecord['loadState'] | undefined) ?? 'COMPLETE',
    };
  }

  async ping(): Promise<void> {
    await this.read(Q.PING, {});
  }
}
