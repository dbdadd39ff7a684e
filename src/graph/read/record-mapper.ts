import { PREDICATE_NAMES, type EntityKindName, type PredicateName } from '../../domain';
import { LOADING_STALE_AFTER_S } from '../load-claim';
import type {
  CitationRecord,
  EntityAnnotationsRecord,
  EntityRecord,
  FactRecord,
  GraphInfoRecord,
  OntologySynonymRecord,
  SourceRecord,
  StatisticRecord,
  XrefRecord,
} from './records';

/** A map as a query returns it. */
export type Row = Record<string, unknown>;

/** A list the loader stored as JSON (Neo4j stores no maps); absent is empty. */
const parseList = <T>(value: unknown): T[] =>
  typeof value === 'string' ? (JSON.parse(value) as T[]) : [];

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

  source(row: Row): SourceRecord {
    return toSource(row);
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
      category: String(row.category),
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
    };
  }

  /** The texts of an entity's stored ontology names (its `ontologySynonyms` property). */
  ontologyNames(value: unknown): string[] {
    return parseList<OntologySynonymRecord>(value).map((synonym) => synonym.text);
  }

  /** An entity's cross-references, note and ontology names (an `annotations` row). */
  annotations(row: Row): EntityAnnotationsRecord {
    return {
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
      condition: this.entity(row.condition as Row),
      population: this.entity(row.population as Row),
      citation: this.citation(s),
    };
  }
}

/** The parameters of GRAPH_INFO. */
export const GRAPH_INFO_PARAMS = {
  predicates: PREDICATE_NAMES,
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
    loadState: (row?.loadState as GraphInfoRecord['loadState'] | undefined) ?? 'COMPLETE',
  };
}
