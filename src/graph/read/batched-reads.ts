import DataLoader from 'dataloader';
import { PREDICATE_NAMES, type PredicateName } from '../../domain';
import * as Q from './queries';
import type { ReadTransport, QueryResult } from './read-transport';
import type { RecordMapper, Row } from './record-mapper';
import type {
  CauseLinkRecord,
  EntityAnnotationsRecord,
  EntityRecord,
  FactRecord,
  LinkRecord,
  StatisticRecord,
} from './records';

type Direction = 'OUT' | 'IN' | 'BOTH';

type NeighbourhoodRequest =
  | { mode: 'entity'; id: string }
  | { mode: 'links'; id: string; predicates: PredicateName[]; direction: Direction }
  | { mode: 'causes'; id: string; includeSubtypes: boolean; includeGroupMembers: boolean }
  | { mode: 'causedBy'; id: string; viaGroups: boolean }
  | { mode: 'statistics'; id: string }
  | { mode: 'annotations'; id: string };

/**
 * The neighbourhood query's parameters for requests sent in one round trip:
 * each entry gets the fields its mode does not use, and its place as its key.
 */
export function neighbourhoodParams(requests: readonly object[]) {
  return {
    requests: requests.map((request, key) => ({
      predicates: [],
      direction: 'BOTH',
      includeSubtypes: false,
      includeGroupMembers: false,
      viaGroups: false,
      ...request,
      key,
    })),
  };
}

/** The neighbourhood query's answer split back into each request's items, in request order. */
export function neighbourhoodItems(rows: readonly Row[], count: number): Row[][] {
  const results = (rows[0]?.results as Row[] | undefined) ?? [];
  const byKey = new Map(results.map((result) => [Number(result.key), result.items as Row[]]));
  return Array.from({ length: count }, (_, key) => byKey.get(key) ?? []);
}

const byEntityName = (a: LinkRecord, b: LinkRecord) =>
  a.entity.name.localeCompare(b.entity.name) || a.fact.id.localeCompare(b.fact.id);

/**
 * The reads a door asks for many at a time (the fields of one level of a
 * GraphQL request): each is one entry of the neighbourhood query, and the
 * entries asked for in one tick share a round trip (DataLoader).
 */
export class BatchedReads {
  private readonly neighbourhood: DataLoader<NeighbourhoodRequest, QueryResult, string>;

  constructor(protected readonly transport: ReadTransport) {
    this.neighbourhood = new DataLoader((requests) => this.loadNeighbourhoods(requests), {
      cacheKeyFn: (request) => JSON.stringify(request),
    });
  }

  /** Number of Cypher queries this reader has sent to Neo4j. */
  get roundTrips(): number {
    return this.transport.roundTrips;
  }

  private async loadNeighbourhoods(
    requests: readonly NeighbourhoodRequest[],
  ): Promise<QueryResult[]> {
    const { rows, map } = await this.transport.read(Q.NEIGHBOURHOOD, neighbourhoodParams(requests));
    return neighbourhoodItems(rows, requests.length).map((items) => ({ rows: items, map }));
  }

  /**
   * An article entity another query of this request read whole (a curated
   * answer naming it): a later entity(id) is answered from it, no round trip.
   */
  protected knownEntity(row: Row, map: RecordMapper): void {
    this.neighbourhood.prime(
      { mode: 'entity', id: String(row.id) },
      { rows: [{ entity: row }], map },
    );
  }

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
      .sort(byEntityName);
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
      .sort(byEntityName);
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
}
