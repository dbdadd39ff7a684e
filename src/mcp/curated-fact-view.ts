import { curatedStatement } from '../domain/curated-statement';
import type { AnnotationRecord } from '../graph/read';
import type { CuratedFactOutput } from './tool-outputs';

/**
 * A curated statement as the chatbot door shows it: the sentence to quote
 * (naming the source, its release, the record and references as HPO writes
 * them), and its evidence and frequency, in both channels.
 */

export type CuratedFactView = CuratedFactOutput;

export function curatedFactView(a: AnnotationRecord): CuratedFactView {
  const f = a.frequency;
  return {
    id: a.id,
    subject: { id: a.subject.id, name: a.subject.name },
    predicate: a.predicate,
    object: { id: a.object.id, name: a.object.name },
    sentence: curatedStatement(a),
    negated: a.negated,
    ...(f
      ? {
          frequency: {
            text: f.text,
            ...(f.label ? { label: f.label } : {}),
            ...(f.value !== null ? { value: f.value } : {}),
          },
        }
      : {}),
    ...(a.evidence ? { evidence: a.evidence } : {}),
    ...(a.record ? { record: a.record } : {}),
    references: a.references,
    ...(a.onset ? { onset: a.onset } : {}),
    ...(a.sex ? { sex: a.sex } : {}),
    ...(a.modifiers.length > 0 ? { modifiers: a.modifiers } : {}),
    source: a.source.id,
  };
}

/** One line per statement: the sentence, then every other field, then the triple by id. */
export function curatedFactLine(fact: CuratedFactView): string {
  const f = fact.frequency;
  const parts = [
    `negated: ${fact.negated}`,
    ...(f
      ? [
          `frequency ${f.text}${f.label ? ` ${f.label}` : ''}${f.value !== undefined ? ` = ${f.value}` : ''}`,
        ]
      : []),
    `evidence ${fact.evidence ?? 'none'}`,
    ...(fact.onset ? [`onset ${fact.onset}`] : []),
    ...(fact.sex ? [`sex ${fact.sex}`] : []),
    ...(fact.modifiers ? [`modifiers ${fact.modifiers.join(', ')}`] : []),
    `source ${fact.source}`,
  ];
  return `- [${fact.id}] ${fact.sentence} (${parts.join('; ')}; ${fact.subject.id} "${fact.subject.name}" ${fact.predicate} ${fact.object.id} "${fact.object.name}")`;
}
