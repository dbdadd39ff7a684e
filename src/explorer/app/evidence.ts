import type { ExplorerAnnotationFragment, ExplorerFactFragment } from '../../generated/operations';
import { el } from './dom';
import { isAnnotation, type ShownEdge } from './edges';
import { hpoAttribution } from './attribution';
import { predicateLabel } from './kind-style';

/**
 * The evidence panel of an edge: an article fact with its claim and
 * citation (section, paragraph, date), or a curated statement with its
 * source and version, record, evidence code and ECO class, references,
 * frequency and onset; a negated statement says first that it is one.
 */

/** The paragraphs that state a fact: "2", or "2 and 3". */
export const paragraphsOf = (fact: ExplorerFactFragment) =>
  fact.citations.map((c) => String(c.paragraph)).join(' and ');

/** What kind of claim a fact is, in words: "Indication: “can be an indication of”, in rare cases". */
const MODALITY_WORDS: Record<ExplorerFactFragment['modality'], string> = {
  CAUSATION: 'Causation',
  INDICATION: 'Can be a sign of (not a cause)',
  INCREASED_LIKELIHOOD: 'More likely with (an association, not a cause)',
  OCCURRENCE: 'Occurs in (observed)',
  CLASSIFICATION: 'Classification',
  DESCRIPTION: 'Description',
  RESEMBLANCE: 'Can be mistaken for',
  RECOMMENDATION: 'Advice of the source (not a proven effect)',
  FIGURE: 'A figure (observed)',
};

const claimText = (fact: ExplorerFactFragment) =>
  `${MODALITY_WORDS[fact.modality]}; the source says “${fact.cue}”${fact.frequency ? `, ${fact.frequency}` : ''}`;

function factEvidence(fact: ExplorerFactFragment): HTMLElement {
  const figure = fact.figure
    ? `${fact.figure.value} ${fact.figure.unit} (${fact.figure.measure}, per ${fact.figure.per})`
    : null;
  return el(
    'section',
    { class: 'evidence', 'data-fact': fact.id },
    el('h2', {}, 'Fact'),
    el('p', { class: 'sentence' }, fact.statement),
    el(
      'dl',
      {},
      el('dt', {}, 'Predicate'),
      el(
        'dd',
        {},
        `${fact.subject.name} — ${predicateLabel(fact.predicate)} → ${fact.object.name}`,
      ),
      el('dt', {}, 'Claim'),
      el('dd', { class: 'claim', 'data-modality': fact.modality }, claimText(fact)),
      fact.qualifier ? el('dt', {}, 'Qualifier') : null,
      fact.qualifier ? el('dd', { class: 'qualifier' }, fact.qualifier) : null,
      fact.note ? el('dt', {}, 'Note') : null,
      fact.note ? el('dd', { class: 'note' }, fact.note) : null,
      figure ? el('dt', {}, 'Figure') : null,
      figure ? el('dd', {}, figure) : null,
      el('dt', {}, 'Source'),
      el(
        'dd',
        { class: 'source' },
        `${fact.citation.source.title} (${fact.citation.source.publisher}; ${fact.citation.source.infores}; ${fact.knowledgeLevel})`,
      ),
      el('dt', {}, 'Section'),
      el('dd', { class: 'section' }, fact.citation.section),
      el('dt', {}, fact.citations.length > 1 ? 'Paragraphs' : 'Paragraph'),
      el('dd', { class: 'paragraph' }, paragraphsOf(fact)),
      el('dt', {}, 'Date'),
      el('dd', { class: 'date' }, fact.citation.source.lastModified),
    ),
    el('p', { class: 'disclaimer' }, fact.citation.disclaimer),
  );
}

/** HPO's evidence codes in words. */
const EVIDENCE_WORDS: Record<string, string> = {
  PCS: 'published clinical study',
  TAS: 'traceable author statement',
  IEA: 'inferred from electronic annotation',
};

/** A reference as HPO writes it; a PMID links to PubMed. */
function reference(text: string): HTMLElement {
  const pmid = /^PMID:(\d+)$/.exec(text);
  return el(
    'li',
    {},
    pmid
      ? el(
          'a',
          {
            href: `https://pubmed.ncbi.nlm.nih.gov/${pmid[1]}/`,
            rel: 'noopener noreferrer',
            target: '_blank',
          },
          text,
        )
      : text,
  );
}

/** An HPO term as its id and, where the page has it, its label: "HP:0003581 (Adult onset)". */
const term = (id: string, nameOf: (id: string) => string | undefined) =>
  nameOf(id) ? `${id} (${nameOf(id)})` : id;

function frequencyText(frequency: NonNullable<ExplorerAnnotationFragment['frequency']>): string {
  const share = frequency.value === null ? '' : `, about ${Math.round(frequency.value * 100)}%`;
  return `${frequency.text}${frequency.label ? ` (${frequency.label})` : ''}${share}`;
}

function annotationEvidence(
  a: ExplorerAnnotationFragment,
  nameOf: (id: string) => string | undefined,
): HTMLElement {
  const row = (label: string, cls: string, value: Node | string | null | undefined) =>
    value === null || value === undefined || value === ''
      ? []
      : [el('dt', {}, label), el('dd', { class: cls }, value)];
  const predicate = a.negated
    ? `${a.subject.name} — does not have (${predicateLabel(a.predicate)}) → ${a.object.name}`
    : `${a.subject.name} — ${predicateLabel(a.predicate)} → ${a.object.name}`;
  return el(
    'section',
    { class: 'evidence', 'data-fact': a.id, 'data-negated': String(a.negated) },
    el('h2', {}, a.negated ? 'Curated statement: does not have' : 'Curated statement'),
    a.negated
      ? el(
          'p',
          { class: 'negated' },
          `Does not have: ${a.source.title} states that ${a.subject.name} does not have ${a.object.name}. This is not a positive statement.`,
        )
      : null,
    el('p', { class: 'sentence' }, a.statement),
    el(
      'dl',
      {},
      ...row('Predicate', 'predicate', `${predicate} (${a.biolinkPredicate})`),
      ...row(
        'Source',
        'source',
        `${a.source.title}, version ${a.source.version} (${a.source.infores}; ${a.knowledgeLevel})`,
      ),
      ...row('Record', 'record', a.record),
      ...row(
        'Evidence',
        'evidence-code',
        a.evidence &&
          `${a.evidence} (${EVIDENCE_WORDS[a.evidence] ?? 'as the source gives it'})${a.evidenceEco ? `, ${a.evidenceEco}` : ''}; ${a.agentType.replace('_', ' ')}`,
      ),
      ...row(
        a.references.length > 1 ? 'References' : 'Reference',
        'references',
        a.references.length > 0
          ? el('ul', { class: 'references' }, ...a.references.map(reference))
          : null,
      ),
      ...row('Frequency', 'frequency', a.frequency && frequencyText(a.frequency)),
      ...row('Onset', 'onset', a.onset && term(a.onset, nameOf)),
      ...row('Sex', 'sex', a.sex?.toLowerCase()),
      ...row(
        'Modifiers',
        'modifiers',
        a.modifiers.length > 0 ? a.modifiers.map((m) => term(m, nameOf)).join('; ') : null,
      ),
      ...row('Curation', 'curation', a.curation),
    ),
    el('p', { class: 'disclaimer' }, a.source.disclaimer),
    a.source.kind === 'dataset'
      ? el('p', { class: 'attribution' }, hpoAttribution(a.source))
      : null,
  );
}

export function edgeEvidence(
  edge: ShownEdge,
  nameOf: (id: string) => string | undefined,
): HTMLElement {
  return isAnnotation(edge) ? annotationEvidence(edge, nameOf) : factEvidence(edge);
}
