import DataLoader from 'dataloader';
import neo4j, { type Driver, Neo4jError } from 'neo4j-driver';
import { PREDICATE_NAMES, type EntityKindName, type PredicateName } from '../seed/vocabulary';
import { QueryTimeoutError, ServiceUnavailableError } from '../errors';
import { logger } from '../logger';
import { DATABASE } from './driver';
import * as Q from './queries';
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

function toSource(row: Row | null | undefined): SourceRecord {
  const s = row ?? {};
  return {
    id: String(s.id ?? ''),
    title: String(s.title ?? ''),
    publisher: String(s.publisher ?? ''),
    author: String(s.author ?? ''),
    lastModified: String(s.lastModified ?? ''),
    disclaimer: String(s.disclaimer ?? ''),
    review: (s.review as string | null) ?? null,
  };
}

function toCitation(row: Row, source: Row | null | undefined): CitationRecord {
  return {
    source: toSource(source),
    section: String(row.section),
    paragraph: Number(row.paragraph),
  };
}

export function toEntity(row: Row): EntityRecord {
  return {
    id: row.id as string,
    kind: row.kind as EntityKindName,
    name: row.name as string,
    properName: Boolean(row.properName),
    synonyms: (row.synonyms as string[] | null) ?? [],
    description: (row.description as string | null) ?? null,
    citation: toCitation(row, row.source as Row),
  };
}

export function toFact(row: Row, subject?: EntityRecord, object?: EntityRecord): FactRecord {
  const props = row.props as Row;
  return {
    id: props.id as string,
    predicate: row.predicate as PredicateName,
    subject: subject ?? toEntity(row.subject as Row),
    object: object ?? toEntity(row.object as Row),
    qualifier: (props.qualifier as string | null) ?? null,
    citation: toCitation(props, row.source as Row),
  };
}

function toStatistic(row: Row): StatisticRecord {
  const s = row.statistic as Row;
  return {
    id: s.id as string,
    value: Number(s.value),
    unit: s.unit as string,
    per: Number(s.per),
    measure: s.measure as string,
    qualifier: (s.qualifier as string | null) ?? null,
    condition: toEntity(row.condition as Row),
    population: toEntity(row.population as Row),
    citation: toCitation(s, row.source as Row),
  };
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
 * can bound the round trips of a request.
 */
export class GraphReader {
  private queries = 0;
  private readonly neighbourhood: DataLoader<NeighbourhoodRequest, Row[], string>;

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

  private async read(query: string, params: Record<string, unknown>): Promise<Row[]> {
    this.queries++;
    const session = this.driver.session({
      database: DATABASE,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      return await session.executeRead(
        async (tx) => (await tx.run(query, params)).records.map((r) => r.toObject() as Row),
        { timeout: this.options.queryTimeoutMs ?? 10_000, metadata: { app: 'graphql-api' } },
      );
    } catch (error) {
      const mapped = toApiError(error);
      if (mapped === error) logger.error({ err: error }, 'graph query failed');
      throw mapped;
    } finally {
      await session.close();
    }
  }

  private async loadNeighbourhoods(requests: readonly NeighbourhoodRequest[]): Promise<Row[][]> {
    const rows = await this.read(Q.NEIGHBOURHOOD, {
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
    return requests.map((_, key) => byKey.get(key) ?? []);
  }

  // ---- batched: one round trip per level of a GraphQL request ----------------------

  async entity(id: string): Promise<EntityRecord | null> {
    const [row] = await this.neighbourhood.load({ mode: 'entity', id });
    return row ? toEntity(row.entity as Row) : null;
  }

  /** Entities joined to `id` by `predicates`; OUT follows the arrow from `id`, IN against it. */
  async links(
    id: string,
    predicates: readonly PredicateName[],
    direction: Direction,
  ): Promise<LinkRecord[]> {
    const items = await this.neighbourhood.load({
      mode: 'links',
      id,
      predicates: [...predicates].sort(),
      direction,
    });
    return items
      .map((item) => toFact(item.fact as Row))
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
    const items = await this.neighbourhood.load({ mode: 'causes', id: conditionId, ...options });
    const links: CauseLinkRecord[] = [];
    for (const item of items) {
      const causes = toFact(item.fact as Row);
      links.push({ cause: causes.subject, condition: causes.object, group: null, facts: [causes] });
      for (const memberRow of (item.members as Row[]) ?? []) {
        const member = toFact(memberRow);
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
    const items = await this.neighbourhood.load({ mode: 'causedBy', id: causeId, viaGroups });
    return items
      .map((item) => toFact(item.fact as Row))
      .map((fact) => ({ fact, entity: fact.object }))
      .sort(
        (a, b) => a.entity.name.localeCompare(b.entity.name) || a.fact.id.localeCompare(b.fact.id),
      );
  }

  async statistics(conditionId: string): Promise<StatisticRecord[]> {
    const items = await this.neighbourhood.load({ mode: 'statistics', id: conditionId });
    return items.map(toStatistic).sort((a, b) => a.id.localeCompare(b.id));
  }

  // ---- root queries: one round trip each -----------------------------------------------

  async conditionByName(name: string): Promise<EntityRecord | null> {
    const [row] = await this.read(Q.CONDITION_BY_NAME, { name: name.trim().toLowerCase() });
    return row ? toEntity(row.entity as Row) : null;
  }

  async entityPage(
    kind: EntityKindName | null,
    first: number,
    after: string | null,
  ): Promise<EntityPage> {
    const [row] = await this.read(Q.ENTITY_PAGE, { kind, after, limit: neo4j.int(first + 1) });
    return toPage(((row?.page as Row[]) ?? []).map(toEntity), first, Number(row?.total ?? 0));
  }

  /** `text` is what was typed (for the exact-name boost), `luceneQuery` its safe full-text form. */
  async search(
    text: string,
    luceneQuery: string,
    kinds: EntityKindName[] | null,
    first: number,
  ): Promise<SearchHitRecord[]> {
    const exact = text.normalize('NFKC').trim().toLowerCase();
    const rows = await this.read(Q.SEARCH, {
      query: luceneQuery,
      exact,
      kinds,
      first: neo4j.int(first),
    });
    return rows.map((row) => ({ entity: toEntity(row.entity as Row), score: Number(row.score) }));
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
      after: args.after,
      limit: neo4j.int(args.first + 1),
    };
    const query = args.about === null ? Q.ALL_FACTS : Q.FACTS_ABOUT[args.depth]!;
    const [row] = await this.read(query, params);
    return toPage(
      ((row?.page as Row[]) ?? []).map((r) => toFact(r)),
      args.first,
      Number(row?.total ?? 0),
    );
  }

  async entityExists(id: string): Promise<boolean> {
    const [row] = await this.read(Q.ENTITY_EXISTS, { id });
    return Boolean(row?.exists);
  }

  /** Shortest path; `missing` names the ends that do not exist. */
  async shortestPath(
    from: string,
    to: string,
    maxHops: number,
  ): Promise<{ path: PathRecord | null; missing: string[] }> {
    const [row] = await this.read(Q.SHORTEST_PATH[maxHops]!, { from, to });
    const missing = [...(row?.fromExists ? [] : [from]), ...(row?.toExists ? [] : [to])];
    if (!row || missing.length > 0 || !row.entities) return { path: null, missing };
    const entities = (row.entities as Row[]).map(toEntity);
    const byId = new Map(entities.map((e) => [e.id, e]));
    // Path facts name their ends by id; every end is one of the path's entities.
    const facts = (row.facts as Row[]).map((f) => ({
      ...toFact(f, byId.get(f.subjectId as string)!, byId.get(f.objectId as string)!),
    }));
    return { path: { entities, facts }, missing };
  }

  async graphInfo(): Promise<GraphInfoRecord> {
    const [row] = await this.read(Q.GRAPH_INFO, { predicates: PREDICATE_NAMES });
    return {
      seedVersion: (row?.seedVersion as string | null) ?? '0.0.0',
      contentHash: (row?.contentHash as string | null) ?? '',
      loadedAt: (row?.loadedAt as string | null) ?? '',
      entityCount: Number(row?.entityCount ?? 0),
      factCount: Number(row?.factCount ?? 0),
    };
  }

  async ping(): Promise<void> {
    await this.read(Q.PING, {});
  }
}
