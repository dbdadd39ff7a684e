import type { CuratedPredicateName } from '../../domain/curated';
import type { NameScope } from '../../domain';
import type { RecordMapper, Row } from './record-mapper';
import type {
  AnnotationRecord,
  ConceptRecord,
  ConceptSummaryRecord,
  CuratedNameRecord,
} from './curated-records';

/** Turns the curated queries' maps into records (sources by id, from the query's `sources` column). */

const textOrNull = (value: unknown) =>
  value === null || value === undefined ? null : String(value);

/** A statement end's node (conceptSummaryMap's), or the summary part of a whole one. */
function toConceptSummary(row: Row, map: RecordMapper): ConceptSummaryRecord {
  const isArticleEntity = Boolean(row.isArticleEntity);
  return {
    id: String(row.id),
    kind: String(row.kind),
    isArticleEntity,
    category: String(row.category),
    name: String(row.name),
    source: isArticleEntity || row.source == null ? null : map.sourceById(String(row.source)),
  };
}

export function toConcept(row: Row, map: RecordMapper): ConceptRecord {
  const isArticleEntity = Boolean(row.isArticleEntity);
  // A curated node's names come as one JSON text, and most answers ask for
  // none of them (a concept in a list gives its id and name): the text is
  // parsed the first time `names` is read, once. To every reader `names` is an
  // own enumerable property like the others, JSON.stringify and spreading
  // included.
  const namesJson = typeof row.names === 'string' && !isArticleEntity ? row.names : null;
  let names: CuratedNameRecord[] | undefined;
  return {
    ...toConceptSummary(row, map),
    definition: textOrNull(isArticleEntity ? row.description : row.definition),
    synonyms: (row.synonyms as string[] | null) ?? [],
    get names() {
      return (names ??= namesJson === null ? [] : parseNames(namesJson));
    },
    set names(value) {
      names = value;
    },
    curies: (row.curies as string[] | null) ?? (row.exactXrefIds as string[] | null) ?? [],
  };
}

const parseNames = (json: string): CuratedNameRecord[] =>
  (JSON.parse(json) as { text: string; scope: NameScope; type?: string }[]).map(
    (n): CuratedNameRecord => ({ text: n.text, scope: n.scope, type: n.type ?? null }),
  );

/** A curated statement's own properties, without its ends (an export reads the ends once each). */
export function toStatement(
  row: Row,
  map: RecordMapper,
): Omit<AnnotationRecord, 'subject' | 'object'> {
  const props = row.props as Row;
  const frequency = textOrNull(props.frequency);
  return {
    id: String(props.id),
    predicate: row.predicate as CuratedPredicateName,
    negated: Boolean(props.negated),
    negatedBy:
      props.negatedBy === 'qualifier' || props.negatedBy === 'frequency' ? props.negatedBy : null,
    source: map.sourceById(String(props.source)),
    record: textOrNull(props.record),
    evidence: textOrNull(props.evidence),
    evidenceEco: textOrNull(props.evidenceEco),
    agentType: String(props.agentType ?? 'not_provided'),
    knowledgeLevel: String(props.knowledgeLevel ?? 'not_provided'),
    references: (props.references as string[] | null) ?? [],
    frequency:
      frequency === null
        ? null
        : {
            text: frequency,
            label: textOrNull(props.frequencyLabel),
            value:
              props.frequencyValue === null || props.frequencyValue === undefined
                ? null
                : Number(props.frequencyValue),
          },
    onset: textOrNull(props.onset),
    sex: textOrNull(props.sex),
    modifiers: (props.modifiers as string[] | null) ?? [],
    curation: textOrNull(props.curation),
  };
}

export function toAnnotation(row: Row, map: RecordMapper): AnnotationRecord {
  return {
    ...toStatement(row, map),
    subject: toConceptSummary(row.subject as Row, map),
    object: toConceptSummary(row.object as Row, map),
  };
}
