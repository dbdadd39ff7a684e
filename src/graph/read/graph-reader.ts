import DataLoader from 'dataloader';
import neo4j, { type Driver } from 'neo4j-driver';
import {
  PREDICATE_NAMES,
  normalizeName,
  type EntityKindName,
  type PredicateName,
} from '../../domain';
import { logger } from '../../logger';
import type { CypherStatement } from '../cypher';
import { DATABASE } from '../driver';
import { LOADING_STALE_AFTER_S } from '../load-claim';
import { xrefToken } from '../xref-token';
import { toGraphError } from '../driver-errors';
import { GraphTimeoutError } from '../../errors';
import { toPage } from './paging';
import * as Q from './queries';
import {
  GRAPH_INFO_PARAMS,
  RecordMapper,
  toGraphInfo,
  toRetiredId,
  type Row,
} from './record-mapper';
import { rankSearchHits, searchCandidates } from './search-ranking';
import { toLuceneQuery, toSynonymPhraseQuery } from './search-query';
import type {
  CauseLinkRecord,
  EntityAnnotationsRecord,
  EntityPage,
  EntityRecord,
  FactPage,
  FactRecord,
  GraphInfoRecord,
  LinkRecord,
  PathRecord,
  RetiredIdRecord,
  SearchHitRecord,
  SeedStateRecord,
  SourceRecord,
  StatisticRecord,
} from './records';

type Direction = 'OUT' | 'IN' | 'BOTH';

/** How long past the query timeout a read waits for Neo4j before it gives up itself. */
const CLIENT_DEADLINE_GRACE_MS = 1_000;

type NeighbourhoodRequest =
  | { mode: 'entity'; id: string }
  | { mode: 'links'; id: string; predicates: PredicateName[]; direction: Direction }
  | { mode: 'causes'; id: string; includeSubtypes: boolean; includeGroupMembers: boolean }
  | { mode: 'causedBy'; id: string; viaGroups: boolean }
  | { mode: 'statistics'; id: string }
  | { mode: 'annotations'; id: string };

export interface GraphReaderOptions {
  /** Client-side limit for each query; Neo4j's db.transaction.timeout applies too. */
  queryTimeoutMs?: number;
  /** Who reads, for Neo4j's query log (the transaction metadata's `app`). */
  app?: string;
  /** Told of every round trip: the statement's name, its seconds, how it ended (the service's metrics). */
  observe?: (query: string, seconds: number, outcome: 'ok' | 'error') => void;
}

interface QueryResult {
  rows: Row[];
  map: RecordMapper;
}

/**
 * The read side of the data layer, one per request of a door (a GraphQL
 * request, a tool call). Every query runs
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

  private async read(
    query: CypherStatement,
    params: Record<string, unknown>,
  ): Promise<QueryResult> {
    this.queries++;
    const session = this.driver.session({
      database: DATABASE,
      defaultAccessMode: neo4j.session.READ,
    });
    const timeoutMs = this.options.queryTimeoutMs ?? 10_000;
    let timer: NodeJS.Timeout | undefined;
    let timedOut = false;
    const started = process.hrtime.bigint();
    let outcome: 'ok' | 'error' = 'error';
    try {
      // An auto-commit transaction in READ mode: one network round trip, and Neo4j refuses any write in it.
      const running = session.run(query.text, params, {
        timeout: timeoutMs,
        metadata: { app: this.options.app ?? 'graphql-api', query: query.name },
      });
      // Neo4j stops a transaction past its timeout; this deadline also covers a
      // server or network too slow to say so, which would otherwise hang the caller.
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          timedOut = true;
          reject(new GraphTimeoutError());
        }, timeoutMs + CLIENT_DEADLINE_GRACE_MS);
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
      this.options.observe?.(query.name, Number(process.hrtime.bigint() - started) / 1e9, outcome);
      // After the deadline the session is let go, not waited for.
      if (timedOut) void session.close().catch(() => undefined);
      else await session.close();
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

  /** An entity's cross-references, note and ontology names; empty ones for an id that names nothing. */
  async annotations(id: string): Promise<EntityAnnotationsRecord> {
    const { rows, map } = await this.neighbourhood.load({ mode: 'annotations', id });
    return map.annotations((rows[0]?.annotations as Row | undefined) ?? {});
  }

  async statistics(conditionId: string): Promise<StatisticRecord[]> {
    const { rows, map } = await this.neighbourhood.load({ mode: 'statistics', id: conditionId });
    return rows.map((row) => map.statistic(row)).sort((a, b) => a.id.localeCompare(b.id));
  }

  // ---- root queries: one round trip each -----------------------------------------------

  /** The entity a CURIE (HP:0001336) matches exactly, or null. */
  async entityByXref(curie: string): Promise<EntityRecord | null> {
    const { rows, map } = await this.read(Q.ENTITY_BY_XREF, { curie, token: xrefToken(curie) });
    return rows[0] ? map.entity(rows[0].entity as Row) : null;
  }

  async conditionByName(name: string): Promise<EntityRecord | null> {
    const { rows, map } = await this.read(Q.CONDITION_BY_NAME, {
      name: normalizeName(name),
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

  /**
   * What a person typed, best first: a full-text query built from its words
   * (none of its syntax reaches Lucene), and a hit whose name or synonym is
   * exactly the text ranks first, and then one whose name is nearly it (a
   * misspelling; see search-ranking.ts). Nothing searchable in `text`: no hits, and
   * no round trip.
   */
  async search(
    text: string,
    kinds: EntityKindName[] | null,
    first: number,
  ): Promise<SearchHitRecord[]> {
    const luceneQuery = toLuceneQuery(text);
    if (luceneQuery === null) return [];
    const { rows, map } = await this.read(Q.SEARCH, {
      query: luceneQuery,
      exact: normalizeName(text),
      kinds,
      first: neo4j.int(searchCandidates(first)),
    });
    const candidates = rows.map((row) => ({
      hit: { entity: map.entity(row.entity as Row), score: Number(row.score) },
      names: (row.names as string[] | null) ?? [],
      scopedNames: map.annotations({ names: row.scopedNames }).names,
      ontologyNames: map.ontologyNames(row.ontologySynonyms),
    }));
    return rankSearchHits(text, candidates, first);
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
    return {
      ...toPage(
        map.factRefs((row?.page as Row[]) ?? [], ends),
        args.first,
        Number(row?.total ?? 0),
      ),
      contentHash: (row?.contentHash as string | null | undefined) ?? null,
    };
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
    const [row] = (await this.read(Q.GRAPH_INFO, GRAPH_INFO_PARAMS)).rows;
    return toGraphInfo(row);
  }

  /** The loaded graph's content hash and load state, without the counts of graphInfo. */
  async seedState(): Promise<SeedStateRecord> {
    const [row] = (await this.read(Q.SEED_STATE, { staleAfterS: LOADING_STALE_AFTER_S })).rows;
    return {
      contentHash: (row?.contentHash as string | null | undefined) ?? null,
      seedVersion: (row?.seedVersion as string | null | undefined) ?? null,
      loadState: (row?.loadState as SeedStateRecord['loadState'] | undefined) ?? 'COMPLETE',
    };
  }

  /** Every source the graph cites, by id. */
  async sources(): Promise<SourceRecord[]> {
    const { rows, map } = await this.read(Q.SOURCES, {});
    return rows.map((row) => map.source(row.source as Row));
  }

  /** What an id of an earlier version became: null for an id that never existed or still does. */
  async retiredId(id: string): Promise<RetiredIdRecord | null> {
    const [row] = (await this.read(Q.RETIRED_ID, { id })).rows;
    return row ? toRetiredId(row.retired as Row) : null;
  }

  /**
   * The entity with this id; for a retired id, the entity that replaced it
   * (as an ontology follows an obsolete term's replaced_by), with the retired
   * id's record. One more round trip, and only for an id that names nothing.
   */
  async entityOrSuccessor(
    id: string,
  ): Promise<{ entity: EntityRecord | null; retired: RetiredIdRecord | null }> {
    const entity = await this.entity(id);
    if (entity) return { entity, retired: null };
    const retired = await this.retiredId(id);
    if (!retired || retired.kind !== 'entity' || retired.replacedBy === null)
      return { entity: null, retired };
    return { entity: await this.entity(retired.replacedBy), retired };
  }

  async ping(): Promise<void> {
    await this.read(Q.PING, {});
  }
}
