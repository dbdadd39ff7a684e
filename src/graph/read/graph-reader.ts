import neo4j from 'neo4j-driver';
import {
  entityRef,
  nodeRefId,
  normalizeName,
  type EntityKindName,
  type PredicateName,
} from '../../domain';
import { curatedCuriePrefixes, type CuratedKindName } from '../../domain/curated';
import { LOADING_STALE_AFTER_S } from '../load-claim';
import { xrefQuery } from '../xref-token';
import {
  readCuratedNamed,
  readCuratedStatements,
  type CuratedNameHitRecord,
  type CuratedStatementsRecord,
  type CuratedStatementsRequest,
} from './curated-lookup';
import { CuratedReads } from './curated-reads';
import { toPage } from './paging';
import * as Q from './queries';
import { GRAPH_INFO_PARAMS, toGraphInfo, toRetiredId, type Row } from './record-mapper';
import { rankSearchHits, searchCandidates } from './search-ranking';
import { toLuceneQuery, toSynonymPhraseQuery } from './search-query';
import {
  entityReplacementOf,
  type EntityPage,
  type EntityRecord,
  type FactPage,
  type GraphInfoRecord,
  type IdTargetRecord,
  type PathRecord,
  type RetiredIdRecord,
  type SearchHitRecord,
  type SeedStateRecord,
  type SourceRecord,
} from './records';

/**
 * The read side of the data layer, one per request of a door (a GraphQL
 * request, a tool call), made by GraphReaders. The batched reads share round
 * trips; each root query below is one round trip. Every read goes through
 * the reader's transport, so tests can bound the round trips of a request.
 */
export class GraphReader extends CuratedReads {
  /** The entity a CURIE (HP:0001336) matches exactly, or null. */
  async entityByXref(curie: string): Promise<EntityRecord | null> {
    const { rows, map } = await this.transport.read(Q.ENTITY_BY_XREF, {
      curie,
      token: xrefQuery(curie),
    });
    return rows[0] ? map.entity(rows[0].entity as Row) : null;
  }

  async conditionByName(name: string): Promise<EntityRecord | null> {
    const { rows, map } = await this.transport.read(Q.CONDITION_BY_NAME, {
      name: normalizeName(name),
      synonymQuery: toSynonymPhraseQuery(name),
    });
    return rows[0] ? map.entity(rows[0].entity as Row) : null;
  }

  /** `first` entities in id order after the id `after` (from the first with null). */
  async entityPage(
    kind: EntityKindName | null,
    first: number,
    after: string | null,
  ): Promise<EntityPage> {
    const query = kind === null ? Q.ENTITY_PAGE_ALL : Q.ENTITY_PAGE_BY_KIND[kind];
    const { rows, map } = await this.transport.read(query, {
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
   * no round trip. With `curatedKinds`, an entity that is a term of one of
   * them (its CURIEs say so) is found as well as one of `kinds`; with both
   * null, every entity.
   */
  async search(
    text: string,
    kinds: EntityKindName[] | null,
    first: number,
    curatedKinds: CuratedKindName[] | null = null,
  ): Promise<SearchHitRecord[]> {
    const luceneQuery = toLuceneQuery(text);
    if (luceneQuery === null) return [];
    const { rows, map } = await this.transport.read(Q.SEARCH, {
      query: luceneQuery,
      exact: normalizeName(text),
      kinds: kinds ?? (curatedKinds === null ? null : []),
      curiePrefixes: curatedKinds === null ? null : curatedCuriePrefixes(curatedKinds),
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

  /** `first` facts in id order after the id `after`: all of them, or those within `depth` of `about`. */
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
    const { rows, map } = await this.transport.read(query, params);
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

  /**
   * Shortest path; `missing` names the ends that do not exist. An entity is
   * joined to itself by a path of 0 facts (Neo4j's shortestPath refuses a
   * path whose two ends are one node).
   */
  async shortestPath(
    from: string,
    to: string,
    maxHops: number,
  ): Promise<{ path: PathRecord | null; missing: string[] }> {
    if (from === to) {
      const start = await this.entity(from);
      return start
        ? { path: { entities: [start], facts: [] }, missing: [] }
        : { path: null, missing: [from] };
    }
    const { rows, map } = await this.transport.read(Q.SHORTEST_PATH[maxHops]!, { from, to });
    const row = rows[0];
    const missing = [...(row?.fromExists ? [] : [from]), ...(row?.toExists ? [] : [to])];
    if (!row || missing.length > 0 || !row.entities) return { path: null, missing };
    const entities = (row.entities as Row[]).map((r) => map.entity(r));
    return { path: { entities, facts: map.factRefs(row.facts as Row[], entities) }, missing };
  }

  async graphInfo(): Promise<GraphInfoRecord> {
    const [row] = (await this.transport.read(Q.GRAPH_INFO, GRAPH_INFO_PARAMS)).rows;
    return toGraphInfo(row);
  }

  /** The loaded graph's content hash and load state, without the counts of graphInfo. */
  async seedState(): Promise<SeedStateRecord> {
    const [row] = (await this.transport.read(Q.SEED_STATE, { staleAfterS: LOADING_STALE_AFTER_S }))
      .rows;
    return {
      contentHash: (row?.contentHash as string | null | undefined) ?? null,
      seedVersion: (row?.seedVersion as string | null | undefined) ?? null,
      loadState: (row?.loadState as SeedStateRecord['loadState'] | undefined) ?? 'COMPLETE',
    };
  }

  private sourcesRead: Promise<SourceRecord[]> | undefined;

  /** Every source the graph cites, by id (read once per reader: a request's fields may each ask). */
  sources(): Promise<SourceRecord[]> {
    this.sourcesRead ??= this.transport
      .read(Q.SOURCES, {})
      .then(({ rows, map }) => rows.map((row) => map.source(row.source as Row)));
    return this.sourcesRead;
  }

  /** What an id of an earlier version became: null for an id that never existed or still does. */
  async retiredId(id: string): Promise<RetiredIdRecord | null> {
    const [row] = (await this.transport.read(Q.RETIRED_ID, { id })).rows;
    return row ? toRetiredId(row.retired as Row) : null;
  }

  /**
   * The entities that replaced retired entity ids, by id, in one round trip;
   * an id never retired, or retired with nothing in its place, has none.
   * Asked only after ids have named nothing, so a live id costs no round trip.
   */
  async replacementsOf(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const { rows } = await this.transport.read(Q.REPLACEMENTS, { ids: [...new Set(ids)] });
    return new Map(rows.map((row) => [String(row.id), String(row.replacedBy)]));
  }

  /**
   * What an id a client typed names, in one round trip, tried in the order
   * the doors take: an id (or a release's own CURIE) names its entity, else
   * the entity that replaced it when it was retired; another CURIE names the
   * entity it matches exactly, else the article entity that carries it as a
   * node of the curated layer; failing those, the node of either layer that the
   * id or CURIE (its prefix in the graph's case) names; else nothing.
   */
  async idTarget(text: string): Promise<IdTargetRecord> {
    const ref = entityRef(text);
    const curie = 'id' in ref ? null : ref.curie;
    const typed = text.trim();
    const node = nodeRefId(text);
    const [row] = (
      await this.transport.read(Q.ID_TARGETS, {
        id: 'id' in ref ? ref.id : null,
        curie,
        curieToken: xrefQuery(curie ?? ''),
        typed,
        typedToken: xrefQuery(typed),
        node,
        nodeToken: xrefQuery(node),
      })
    ).rows;
    const stringAt = (column: string) => {
      const value = row?.[column];
      return typeof value === 'string' ? value : null;
    };
    if ('id' in ref) {
      if (stringAt('entityId') !== null) return { names: 'entity', id: ref.id };
      const replacedBy = stringAt('replacedBy');
      if (replacedBy !== null) return { names: 'retired', id: ref.id, replacedBy };
    } else {
      const entityId =
        stringAt('xrefEntityId') ?? (row?.typedIsEntity === true ? stringAt('typedNodeId') : null);
      if (entityId !== null) return { names: 'entity', id: entityId };
    }
    const nodeId = stringAt('nodeId');
    return nodeId === null ? { names: 'nothing' } : { names: 'node', id: nodeId };
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
    const replacement = retired ? entityReplacementOf(retired) : null;
    return { entity: replacement === null ? null : await this.entity(replacement), retired };
  }

  /** The curated statements of several nodes as one ranked sequence: a page of it, and its tally. */
  curatedStatements(request: CuratedStatementsRequest): Promise<CuratedStatementsRecord> {
    return readCuratedStatements(this.transport, request);
  }

  /** Curated nodes by a name as their source writes it (upper case, comma-inverted, numbered). */
  curatedNamed(
    text: string,
    kinds: CuratedKindName[] | null,
    first: number,
  ): Promise<CuratedNameHitRecord[]> {
    return readCuratedNamed(this.transport, text, kinds, first);
  }

  async ping(): Promise<void> {
    await this.transport.read(Q.PING, {});
  }
}
