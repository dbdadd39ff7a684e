import type { ExplorerDetailsQuery, ExplorerFactFragment } from '../../generated/operations';
import type { EntityKindName, PredicateName } from '../../domain/vocabulary';
import { el } from './dom';
import { KIND_STYLES, KINDS, predicateLabel } from './kind-style';

/**
 * The side panels: the evidence of a fact, the details of an entity, the
 * path as cited sentences, the legend with its kind filter and the
 * predicate filter. Each render replaces its panel's content.
 */

export type EntityDetails = NonNullable<ExplorerDetailsQuery['entity']>;

/** The paragraphs that state a fact: "2", or "2 and 3". */
const paragraphsOf = (fact: ExplorerFactFragment) =>
  fact.citations.map((c) => String(c.paragraph)).join(' and ');

const citationText = (fact: ExplorerFactFragment) =>
  `${fact.citation.source.title}, section "${fact.citation.section}", paragraph ${paragraphsOf(fact)} (${fact.citation.source.lastModified})`;

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

export function factEvidence(fact: ExplorerFactFragment): HTMLElement {
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

export interface EntityActions {
  expand(): void;
  dismiss(): void;
  pathFrom(): void;
  pathTo(): void;
  selectFact(id: string): void;
}

export function entityDetails(
  details: EntityDetails,
  facts: ExplorerFactFragment[],
  actions: EntityActions,
): HTMLElement {
  const button = (label: string, action: () => void, key: string) => {
    const b = el('button', { type: 'button', 'aria-keyshortcuts': key }, label);
    b.addEventListener('click', action);
    return b;
  };
  const statistics = 'statistics' in details ? (details.statistics ?? []) : [];
  return el(
    'section',
    { class: 'details', 'data-entity': details.id },
    el('h2', {}, details.name),
    el(
      'p',
      { class: 'kind' },
      `${KIND_STYLES[details.kind as EntityKindName].label} · ${details.biolinkCategory}`,
    ),
    details.description ? el('p', { class: 'description' }, details.description) : null,
    el(
      'div',
      { class: 'actions' },
      button('Expand', actions.expand, 'E'),
      button('Dismiss', actions.dismiss, 'Delete'),
      button('Path from here', actions.pathFrom, ''),
      button('Path to here', actions.pathTo, ''),
    ),
    details.synonyms.length > 0 ? el('h3', {}, 'Also called') : null,
    details.synonyms.length > 0
      ? el('p', { class: 'synonyms' }, details.synonyms.join('; '))
      : null,
    statistics.length > 0 ? el('h3', {}, 'Figures') : null,
    statistics.length > 0
      ? el(
          'ul',
          { class: 'figures' },
          ...statistics.map((s) =>
            el(
              'li',
              {},
              `${s.value} ${s.unit} among ${s.population.name} (${s.measure}${s.qualifier ? `; ${s.qualifier}` : ''})`,
            ),
          ),
        )
      : null,
    details.xrefs.length > 0 ? el('h3', {}, 'Identifiers') : null,
    details.xrefs.length > 0
      ? el(
          'ul',
          { class: 'xrefs' },
          ...details.xrefs.map((x) =>
            el(
              'li',
              {},
              el('a', { href: x.url, rel: 'noopener noreferrer', target: '_blank' }, x.id),
              ` ${x.label ?? ''} (${x.match.toLowerCase()} match)`,
            ),
          ),
        )
      : null,
    el('h3', {}, 'Facts shown'),
    facts.length === 0
      ? el('p', {}, 'None on the canvas; expand it to show its facts.')
      : el(
          'ul',
          { class: 'entity-facts' },
          ...facts.map((fact) => {
            const b = el(
              'button',
              { type: 'button', class: 'link', 'data-fact': fact.id },
              fact.statement,
            );
            b.addEventListener('click', () => actions.selectFact(fact.id));
            return el('li', {}, b);
          }),
        ),
    el(
      'p',
      { class: 'disclaimer' },
      `Introduced in ${details.citation.source.title}, section "${details.citation.section}", paragraph ${details.citation.paragraph}. ${details.citation.disclaimer}`,
    ),
  );
}

export function pathList(facts: ExplorerFactFragment[], from: string, to: string): HTMLElement {
  return el(
    'section',
    { class: 'path' },
    el('h2', {}, `Path: ${from} to ${to}`),
    facts.length === 0
      ? el('p', {}, 'No chain of facts joins them within four hops.')
      : el(
          'ol',
          { class: 'path-facts' },
          ...facts.map((fact) =>
            el(
              'li',
              { 'data-fact': fact.id },
              el('span', { class: 'sentence' }, fact.statement),
              ' ',
              el('cite', {}, citationText(fact)),
            ),
          ),
        ),
    facts[0] ? el('p', { class: 'disclaimer' }, facts[0].citation.disclaimer) : null,
  );
}

export interface FilterEvents {
  toggleKind(kind: EntityKindName, shown: boolean): void;
  togglePredicate(predicate: PredicateName, shown: boolean): void;
}

const checkbox = (
  label: string,
  checked: boolean,
  onChange: (checked: boolean) => void,
  extra?: Node,
) => {
  const input = el('input', { type: 'checkbox' });
  input.checked = checked;
  input.addEventListener('change', () => onChange(input.checked));
  return el('li', {}, el('label', {}, input, extra ?? '', ` ${label}`));
};

/** A kind's colour and shape, set through the CSSOM (the page's policy allows no inline style attribute). */
function swatch(kind: EntityKindName): HTMLElement {
  const span = el('span', {
    class: `swatch shape-${KIND_STYLES[kind].shape}`,
    'aria-hidden': 'true',
  });
  span.style.background = KIND_STYLES[kind].colour;
  return span;
}

export function legend(
  counts: Map<EntityKindName, number>,
  hidden: readonly EntityKindName[],
  events: FilterEvents,
): HTMLElement {
  return el(
    'ul',
    { class: 'legend' },
    ...KINDS.map((kind) =>
      checkbox(
        `${KIND_STYLES[kind].label} (${counts.get(kind) ?? 0})`,
        !hidden.includes(kind),
        (shown) => events.toggleKind(kind, shown),
        swatch(kind),
      ),
    ),
  );
}

export function predicateFilter(
  counts: Map<PredicateName, number>,
  hidden: readonly PredicateName[],
  events: FilterEvents,
): HTMLElement {
  const predicates = [...new Set([...counts.keys(), ...hidden])].sort();
  return el(
    'ul',
    { class: 'predicates' },
    ...predicates.map((predicate) =>
      checkbox(
        `${predicateLabel(predicate)} (${counts.get(predicate) ?? 0})`,
        !hidden.includes(predicate),
        (shown) => events.togglePredicate(predicate, shown),
      ),
    ),
  );
}
