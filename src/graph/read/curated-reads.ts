import DataLoader from 'dataloader';
import neo4j from 'neo4j-driver';
import { normalizeName } from '../../domain';
import type { CuratedPredicateName } from '../../domain/curated';
import { xrefQuery } from '../xref-token';
import { BatchedReads } from './batched-reads';
import type { ReadTransport } from './read-transport';
import type { RecordMapper, Row } from './record-mapper';
import * as Q from './queries/curated';
import type { AnnotationPage, AnnotationRecord, ConceptRecord } from './curated-records';
import type { Page } from './paging';
import { toAnnotation, toConcept } from './curated-mapper';
import { EXACT_NAME_BONUS } from './search-ranking';
import { toLuceneQuery, toNameBeginningQuery } from './search-query';

/** Which curated statements of a node a door asks for. */
export interface AnnotationFilter {
  predicates: CuratedPredicateName[];
  /** Source ids; null for every source. */
  sources: string[] | null;
  includeNegated: boolean;
}

/**
 * The reads of the curated layer: nodes by id or CURIE, their statements in
 * frequency order, the diseases of a phenotype (or of several), diseases by
 * name, and (batched) the genes of diseases.
 */
export class CuratedReads extends BatchedReads {
  private readonly genes: DataLoader<string, ConceptRecord[]>;
  private readonly wholeConcepts: DataLoader<string, ConceptRecord | null>;

  constructor(transport: ReadTransport) {
    super(transport);
    this.wholeConcepts = new DataLoader(async (ids) => {
      const { rows, map } = await this.transport.read(Q.CONCEPTS_BY_ID, { ids: [...ids] });
      const byId = new Map(
        rows.map((row) => {
          const concept = toConcept(row.concept as Row, map);
          return [concept.id, concept];
        }),
      );
      return ids.map((id) => byId.get(id) ?? null);
    });
    this.genes = new DataLoader(async (ids) => {
      const { rows, map } = await this.transport.read(Q.GENES_OF, { ids: [...ids] });
      const diseases = (rows[0]?.diseases as Row[] | undefined) ?? [];
      const byId = new Map(
        diseases.map((row) => [
          String(row.id),
          ((row.genes as Row[]) ?? []).map((g) => this.conceptOf(g, map)),
        ]),
      );
      return ids.map((id) => byId.get(id) ?? []);
    });
  }

  /** The node with this id, or carrying this CURIE; null when none does. */
  async concept(id: string): Promise<ConceptRecord | null> {
    const { rows, map } = await this.transport.read(Q.CONCEPT, { id, token: xrefQuery(id) });
    return rows[0] ? this.conceptOf(rows[0].concept as Row, map) : null;
  }

  /**
   * The node each id names, as `concept` finds it or, for a retired entity id,
   * the node that replaced it; null where none. In the order asked, duplicates
   * kept, all in one round trip.
   */
  async conceptsNamed(ids: readonly string[]): Promise<(ConceptRecord | null)[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const { rows, map } = await this.transport.read(Q.CONCEPTS_NAMED, {
      refs: unique.map((id) => ({ id, token: xrefQuery(id) })),
    });
    const byRef = new Map(
      rows.map((row) => [String(row.ref), this.conceptOf(row.concept as Row, map)]),
    );
    return ids.map((id) => byRef.get(id) ?? null);
  }

  /**
   * A node whole by its exact id (not a CURIE it carries): what a statement's
   * end names of it is its summary. Batched: the nodes of one answer share a
   * round trip.
   */
  conceptById(id: string): Promise<ConceptRecord | null> {
    return this.wholeConcepts.load(id);
  }

  /** A node's statements, most frequent first, `first` of them from `offset`. */
  async annotationsOf(
    id: string,
    filter: AnnotationFilter,
    first: number,
    offset: number,
  ): Promise<AnnotationPage> {
    return this.annotationPage(Q.ANNOTATIONS_OF, { id, ...filter }, first, offset);
  }

  /** The positive statements that diseases have this phenotype (or a narrower term of it). */
  async diseasesWithPhenotype(
    phenotype: string,
    options: { includeNarrower: boolean; sources: string[] | null },
    first: number,
    offset: number,
  ): Promise<AnnotationPage> {
    const query = options.includeNarrower
      ? Q.DISEASES_WITH_PHENOTYPE.narrower
      : Q.DISEASES_WITH_PHENOTYPE.exact;
    return this.annotationPage(query, { id: phenotype, sources: options.sources }, first, offset);
  }

  /** The diseases with every one of these phenotypes; `missing` names the ids no node carries. */
  async diseasesWithPhenotypes(
    phenotypes: string[],
    includeNarrower: boolean,
    first: number,
    after: string | null,
  ): Promise<Page<ConceptRecord> & { missing: string[] }> {
    const query = includeNarrower ? Q.DISEASES_WITH_ALL.narrower : Q.DISEASES_WITH_ALL.exact;
    const { rows, map } = await this.transport.read(query, {
      refs: phenotypes.map((id) => ({ id, token: xrefQuery(id) })),
      after: after ?? '',
      limit: neo4j.int(first + 1),
    });
    const row = rows[0] ?? {};
    const items = ((row.page as Row[]) ?? []).map((d) => this.conceptOf(d, map));
    return {
      items: items.slice(0, first),
      hasMore: items.length > first,
      total: Number(row.total ?? 0),
      missing: (row.missing as string[] | undefined) ?? [],
    };
  }

  /** Diseases whose name or a record's name starts with one of `prefixes`, in id order. */
  async diseasesNamed(
    prefixes: string[],
    first: number,
    after: string | null,
  ): Promise<Page<ConceptRecord>> {
    // One query per beginning, of its words only (no Lucene syntax from the client).
    const words = prefixes
      .map(toNameBeginningQuery)
      .filter((q) => q !== '')
      .map((q) => `(${q})`)
      .join(' OR ');
    if (words === '') return { items: [], hasMore: false, total: 0 };
    const { rows, map } = await this.transport.read(Q.DISEASES_NAMED, {
      words,
      prefixes: prefixes.map(normalizeName),
      after: after ?? '',
      limit: neo4j.int(first + 1),
    });
    const row = rows[0] ?? {};
    const items = ((row.page as Row[]) ?? []).map((d) => this.conceptOf(d, map));
    return {
      items: items.slice(0, first),
      hasMore: items.length > first,
      total: Number(row.total ?? 0),
    };
  }

  /** Nodes of either layer named by what was typed, best first (a name or exact synonym that is the text first). */
  async searchConcepts(
    text: string,
    first: number,
  ): Promise<{ concept: ConceptRecord; score: number }[]> {
    const query = toLuceneQuery(text);
    if (query === null) return [];
    const { rows, map } = await this.transport.read(Q.CONCEPT_SEARCH, {
      query,
      exact: normalizeName(text),
      exactBonus: EXACT_NAME_BONUS,
      first: neo4j.int(first),
    });
    return rows.map((row) => ({
      concept: this.conceptOf(row.concept as Row, map),
      score: Number(row.score),
    }));
  }

  /** The genes associated with a disease (batched: the diseases of one level share a round trip). */
  genesOf(diseaseId: string): Promise<ConceptRecord[]> {
    return this.genes.load(diseaseId);
  }

  /** A node of a curated answer; an article entity's row also answers entity(id) later in this request. */
  private conceptOf(row: Row, map: RecordMapper): ConceptRecord {
    this.noteArticleEntity(row, map);
    return toConcept(row, map);
  }

  /** An article entity's row (conceptMap's or conceptSummaryMap's) also answers entity(id) later in this request. */
  private noteArticleEntity(row: Row, map: RecordMapper): void {
    if (row.isArticleEntity) this.knownEntity({ ...row, ...(row.article as Row) }, map);
  }

  private annotationOf(row: Row, map: RecordMapper): AnnotationRecord {
    this.noteArticleEntity(row.subject as Row, map);
    this.noteArticleEntity(row.object as Row, map);
    return toAnnotation(row, map);
  }

  private async annotationPage(
    query: (typeof Q)['ANNOTATIONS_OF'],
    params: Record<string, unknown> & { id: string },
    first: number,
    offset: number,
  ): Promise<AnnotationPage> {
    const { rows, map } = await this.transport.read(query, {
      sources: null,
      ...params,
      token: xrefQuery(params.id),
      offset: neo4j.int(offset),
      limit: neo4j.int(first + 1),
    });
    // A header row (PAGE_OF_ROWS), then a row per statement; none when no node has the id.
    const [header, ...itemRows] = rows;
    if (!header) return { items: [], offset, hasMore: false, total: 0, about: null };
    const items = itemRows.map((row) => this.annotationOf(row.item as Row, map));
    return {
      items: items.slice(0, first),
      offset,
      hasMore: items.length > first,
      total: Number(header.total ?? 0),
      about: this.conceptOf(header.about as Row, map),
    };
  }
}
