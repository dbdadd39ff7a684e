import { factStatement } from '../domain';
import type { CitationRecord, EntityRecord, FactRecord } from '../graph/read';
import type { CitationOutput, FactOutput } from './tool-outputs';

/**
 * Facts as the chatbot door shows them: small, with the sentence to quote and
 * where the article states it, in both channels. The text rendering carries
 * every field of the structured one.
 */

export interface EntityRefView {
  id: string;
  name: string;
}

export type CitationView = CitationOutput;

export type FactView = FactOutput;

export const entityRef = (entity: EntityRecord): EntityRefView => ({
  id: entity.id,
  name: entity.name,
});

export const citationView = (citation: CitationRecord): CitationView => ({
  source: citation.source.title,
  section: citation.section,
  paragraph: citation.paragraph,
  date: citation.source.lastModified,
});

export function factView(fact: FactRecord): FactView {
  return {
    id: fact.id,
    subject: entityRef(fact.subject),
    predicate: fact.predicate,
    object: entityRef(fact.object),
    sentence: factStatement(fact),
    modality: fact.modality,
    ...(fact.frequency ? { frequency: fact.frequency } : {}),
    ...(fact.note ? { note: fact.note } : {}),
    citation: citationView(fact.citation),
    ...(fact.citations.length > 1
      ? {
          alsoCited: fact.citations
            .slice(1)
            .map((c) => ({ section: c.section, paragraph: c.paragraph })),
        }
      : {}),
    ...(fact.figure ? { figure: { ...fact.figure } } : {}),
  };
}

export const citationText = (c: CitationView) =>
  `"${c.source}", section "${c.section}", paragraph ${c.paragraph}, ${c.date}`;

/** One line per fact: the sentence to quote, its citation, and the triple by id. */
export function factLine(fact: FactView): string {
  const figure = fact.figure
    ? ` figure=${fact.figure.value} ${fact.figure.unit} (per ${fact.figure.per}, ${fact.figure.measure})`
    : '';
  const also = fact.alsoCited
    ? `; also ${fact.alsoCited.map((c) => `"${c.section}" paragraph ${c.paragraph}`).join(', ')}`
    : '';
  const note = fact.note ? ` Note: ${fact.note}` : '';
  return `- [${fact.id}] ${fact.sentence} Claim: ${fact.modality}${fact.frequency ? `, ${fact.frequency}` : ''}. Cited: ${citationText(fact.citation)}${also}.${note} (${fact.subject.id} "${fact.subject.name}" ${fact.predicate} ${fact.object.id} "${fact.object.name}"${figure})`;
}
