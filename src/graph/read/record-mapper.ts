import {
  GRAPH_DISCLAIMER,
  PREDICATE_NAMES,
  type EntityKindName,
  type Frequency,
  type ModalityName,
  type PredicateName,
} from '../../domain';
import { CURATED_PREDICATE_NAMES } from '../../domain/curated';
import { LOADING_STALE_AFTER_S } from '../load-claim';
import type {
  CitationRecord,
  EntityAnnotationsRecord,
  EntityRecord,
  FactRecord,
  GraphInfoRecord,
  NameRecord,
  OntologySynonymRecord,
  RetiredIdRecord,
  SourceRecord,
  StatisticRecord,
  XrefRecord,
} from './records';

/** A map as a query returns it. */
export type Row = Record<string, unknown>;

/** A list the loader stored as JSON (Neo4j stores no maps); absent is empty. */
const parseList = <T>(value: unknown): T[] =>
  typeof value === 'string' ? (JSON.parse(value) as T[]) : [];

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));

function toSource(row: Row): SourceRecord {
  return {
    id: text(row.id),
    infores: text(row.infores),
    kind: row.kind === 'journal-article' || row.kind === 'dataset' ? row.kind : 'article',
    title: text(row.title),
    publisher: text(row.publisher),
    author: text(row.author),
    lastModified: text(row.lastModified),
    version: text(row.version),
    licence: text(row.licence),
    reference: text(row.citation),
    identifiers: (row.identifiers as string[] | null) ?? [],
    disclaimer: (row.disclaimer as string | null) ?? GRAPH_DISCLAIMER,
    review: (row.review as string | null) ?? null,
  };
}

const UNKNOWN_SOURCE: SourceRecord = toSource({});

export function toRetiredId(row: Row): RetiredIdRecord {
  return {
    id: String(row.id),
    kind: row.kind === 'fact' ? 'fact' : 'entity',
    replacedBy: (row.replacedBy as string | null) ?? null,
    since: String(row.since),
    reason: String(row.reason),
  };
}

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

  source(row: Row): SourceRecord {
    return toSource(row);
  }

  /** A source of the query's `sources` column, by id. */
  sourceById(id: string): SourceRecord {
    return this.sources.get(id) ?? UNKNOWN_SOURCE;
  }

  citation(row: Row): CitationRecord {
    return {
      source: this.sources.get(row.source as string) ?? UNKNOWN_SOURCE,
      section: String(row.section),
      paragraph: Number(row.paragraph),
    };
  }

  /** Every citation of a statement (its `citations` JSON, all of its one source); the main one alone when absent. */
  citations(row: Row): CitationRecord[] {
    const all = parseList<{ section: string; paragraph: number }>(row.citations);
    if (all.length === 0) return [this.citation(row)];
    return all.map((c) => this.citation({ source: row.source, ...c }));
  }

  entity(row: Row): EntityRecord {
    return {
      id: row.id as string,
      kind: row.kind as EntityKindName,
      category: String(row.category),
      name: row.name as string,
      properName: Boolean(row.properName),
      synonyms: (row.synonyms as string[] | null) ?? [],
      curies: (row.curies as string[] | null) ?? [],
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
      modality: props.modality as ModalityName,
      cue: text(props.cue),
      frequency: (props.frequency as Frequency | null) ?? null,
      qualifier: (props.qualifier as string | null) ?? null,
      note: (props.note as string | null) ?? null,
      figure:
        props.value === null || props.value === undefined
          ? null
          : {
              value: Number(props.value),
              unit: String(props.unit),
              per: Number(props.per),
              measure: String(props.measure),
            },
      citation: this.citation(props),
      citations: this.citations(props),
    };
  }

  /** The texts of an entity's stored ontology names (its `ontologySynonyms` property). */
  ontologyNames(value: unknown): string[] {
    return parseList<OntologySynonymRecord>(value).map((synonym) => synonym.text);
  }

  /** An entity's cross-references, note and ontology names (an `annotations` row). */
  annotations(row: Row): EntityAnnotationsRecord {
    return {
      names: parseList<NameRecord>(row.names),
      ontologySynonyms: parseList<OntologySynonymRecord>(row.ontologySynonyms),
      xrefs: parseList<XrefRecord>(row.xrefs),
      xrefNote: (row.xrefNote as string | null) ?? null,
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
      note: (s.note as string | null) ?? null,
      condition: this.entity(row.condition as Row),
      population: this.entity(row.population as Row),
      citation: this.citation(s),
      citations: this.citations(s),
    };
  }
}

/** The parameters of GRAPH_INFO. */
export const GRAPH_INFO_PARAMS = {
  predicates: PREDICATE_NAMES,
  curatedPredicates: CURATED_PREDICATE_NAMES,
  staleAfterS: LOADING_STALE_AFTER_S,
};

/** GRAPH_INFO's row; an empty database reads as version 0.0.0 with no hash. */
export function toGraphInfo(row: Row | undefined): GraphInfoRecord {
  return {
    seedVersion: (row?.seedVersion as string | null) ?? '0.0.0',
    contentHash: (row?.contentHash as string | null) ?? '',
    loadedAt: (row?.loadedAt as string | null) ?? '',
    entityCount: Number(row?.entityCount ?? 0),
    factCount: Number(row?.factCount ?? 0),
    conceptCount: Number(row?.conceptCount ?? 0),
    curatedStatementCount: Number(row?.curatedStatementCount ?? 0),
    loadState: (row?.loadState as GraphInfoRecord['loadState'] | undefined) ?? 'COMPLETE',
  };
}
