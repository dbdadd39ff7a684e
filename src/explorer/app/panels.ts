import type { ExplorerFactFragment } from '../../generated/operations';
import { hpoAttribution } from './attribution';
import { el } from './dom';
import type { ShownEdge } from './edges';
import { paragraphsOf } from './evidence';
import { KIND_STYLES, kindOf } from './kind-style';
import type { EntityDetails } from './loaded-graph';

/**
 * The side panels beside the evidence (evidence.ts) and the filters
 * (filters.ts): the details of a node of either layer, and the path as
 * cited sentences. Each render replaces its panel's content.
 */

const citationText = (fact: ExplorerFactFragment) =>
  `${fact.citation.source.title}, section "${fact.citation.section}", paragraph ${paragraphsOf(fact)} (${fact.citation.source.lastModified})`;

export interface EntityActions {
  expand(): void;
  dismiss(): void;
  pathFrom(): void;
  pathTo(): void;
  selectFact(id: string): void;
}

const heading = (text: string, shown: boolean) => (shown ? el('h3', {}, text) : null);

/** What a node is, by layer: the article's description and figures, or the curated source's names and definition. */
function about(details: EntityDetails): (HTMLElement | null)[] {
  switch (details.__typename) {
    case 'Disease':
      return details.diseaseNames.length === 0
        ? []
        : [
            el('h3', {}, 'HPO names its records'),
            el('p', { class: 'synonyms' }, details.diseaseNames.join('; ')),
          ];
    case 'PhenotypicFeature':
      return [
        details.definition ? el('p', { class: 'description' }, details.definition) : null,
        heading('Also called', details.names.length > 0),
        details.names.length > 0
          ? el(
              'p',
              { class: 'synonyms' },
              details.names
                .map((n) => `${n.text} (${n.scope.toLowerCase()}${n.type ? `, ${n.type}` : ''})`)
                .join('; '),
            )
          : null,
      ];
    case 'Gene':
      return [el('p', { class: 'description' }, `HGNC symbol ${details.symbol}.`)];
    default: {
      const statistics = 'statistics' in details ? details.statistics : [];
      return [
        details.description ? el('p', { class: 'description' }, details.description) : null,
        heading('Also called', details.synonyms.length > 0),
        details.synonyms.length > 0
          ? el('p', { class: 'synonyms' }, details.synonyms.join('; '))
          : null,
        heading('Figures', statistics.length > 0),
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
        heading('Identifiers', details.xrefs.length > 0),
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
      ];
    }
  }
}

/** Where a node comes from: the article's citation, or the curated source with its version. */
function origin(details: EntityDetails): HTMLElement[] {
  if ('citation' in details)
    return [
      el(
        'p',
        { class: 'disclaimer' },
        `Introduced in ${details.citation.source.title}, section "${details.citation.section}", paragraph ${details.citation.paragraph}. ${details.citation.disclaimer}`,
      ),
    ];
  return [
    el(
      'p',
      { class: 'origin' },
      `From ${details.source.title}, version ${details.source.version}.`,
    ),
    el('p', { class: 'attribution' }, hpoAttribution(details.source)),
  ];
}

export function entityDetails(
  details: EntityDetails,
  facts: ShownEdge[],
  unloaded: number,
  actions: EntityActions,
): HTMLElement {
  const button = (label: string, action: () => void, key: string, cls = '') => {
    const b = el('button', { type: 'button', 'aria-keyshortcuts': key, class: cls }, label);
    b.addEventListener('click', action);
    return b;
  };
  const isEntity = 'kind' in details;
  return el(
    'section',
    { class: 'details', 'data-entity': details.id },
    el('h2', {}, details.name),
    el(
      'p',
      { class: 'kind' },
      `${KIND_STYLES[kindOf(details)].label} · ${details.biolinkCategory}`,
    ),
    ...about(details),
    el(
      'div',
      { class: 'actions' },
      unloaded > 0
        ? button(`Show more (${unloaded} not shown)`, actions.expand, 'E', 'show-more')
        : button('Expand', actions.expand, 'E'),
      button('Dismiss', actions.dismiss, 'Delete'),
      isEntity ? button('Path from here', actions.pathFrom, '') : null,
      isEntity ? button('Path to here', actions.pathTo, '') : null,
    ),
    heading('CURIEs', details.curies.length > 0),
    details.curies.length > 0 ? el('p', { class: 'curies' }, details.curies.join(', ')) : null,
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
    ...origin(details),
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
