import { annotationStatement, type CuratedPredicateName } from './curated';

/** What a curated statement's sentence is made of: any record of it with these fields will do. */
export interface CuratedStatementParts {
  predicate: CuratedPredicateName;
  negated: boolean;
  subject: { name: string };
  object: { name: string };
  frequency: { text: string; label: string | null } | null;
  source: { infores: string; version: string };
  record: string | null;
  references: string[];
}

/**
 * A curated statement as one sentence for every door: what it says (as
 * strong as its source: a NOT row, or a count of none, says "does not"), how often, and who says
 * it, in which release, from which record and references, as the source
 * writes them.
 */
export function curatedStatement(a: CuratedStatementParts): string {
  const sentence = annotationStatement(a, a.subject.name, a.object.name);
  const frequency = a.frequency
    ? a.frequency.label
      ? ` (${a.frequency.label.toLowerCase()})`
      : ` (in ${a.frequency.text} of patients)`
    : '';
  const record = a.record ? `, record ${a.record}` : '';
  const references = a.references.length > 0 ? `; references ${a.references.join(', ')}` : '';
  return `${sentence}${frequency}. Source: ${a.source.infores} ${a.source.version}${record}${references}.`;
}
