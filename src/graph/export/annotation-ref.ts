import type { CuratedPredicateName } from '../../domain/curated';
import type { AnnotationRecord } from '../read/curated-records';
import type { RecordMapper, Row } from '../read/record-mapper';

/**
 * A curated statement as an export reads it: the statement and the ids of
 * its ends (the nodes themselves are read once each, not once per edge).
 */
export type AnnotationRef = Omit<AnnotationRecord, 'subject' | 'object'> & {
  subjectId: string;
  objectId: string;
};

const textOrNull = (value: unknown) =>
  value === null || value === undefined ? null : String(value);

export function toAnnotationRef(row: Row, map: RecordMapper): AnnotationRef {
  const props = row.props as Row;
  const frequency = textOrNull(props.frequency);
  return {
    id: String(props.id),
    predicate: row.predicate as CuratedPredicateName,
    subjectId: String(row.subjectId),
    objectId: String(row.objectId),
    negated: Boolean(props.negated),
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
