import { toStatement } from '../read/curated-mapper';
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

export const toAnnotationRef = (row: Row, map: RecordMapper): AnnotationRef => ({
  ...toStatement(row, map),
  subjectId: String(row.subjectId),
  objectId: String(row.objectId),
});
