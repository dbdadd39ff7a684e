import { CURATED_KIND_NAMES } from '../../domain/curated';
import type { ExplorerSourcesQuery } from '../../generated/operations';
import { el } from './dom';
import { KIND_STYLES, KINDS, predicateLabel, type NodeKind } from './kind-style';

/**
 * The filters beside the canvas: the legend (kinds of node, with counts),
 * the predicates and the sources (the article, the study it cites, HPO's
 * annotations), each a list of checkboxes that show or hide what they name.
 */

export type SourceRecord = ExplorerSourcesQuery['sources'][number];

export interface FilterEvents {
  toggleKind(kind: NodeKind, shown: boolean): void;
  togglePredicate(predicate: string, shown: boolean): void;
  toggleSource(source: string, shown: boolean): void;
}

/** How many of these ids have each value (a kind, a predicate, a source). */
export function countBy(ids: string[], valueOf: (id: string) => string | undefined) {
  const counts = new Map<string, number>();
  for (const id of ids) {
    const value = valueOf(id);
    if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

const checkbox = (
  label: string,
  checked: boolean,
  onChange: (checked: boolean) => void,
  extra?: Node,
  value?: string,
) => {
  const input = el('input', { type: 'checkbox', ...(value !== undefined && { value }) });
  input.checked = checked;
  input.addEventListener('change', () => onChange(input.checked));
  return el('li', {}, el('label', {}, input, extra ?? '', ` ${label}`));
};

/** A kind's colour and shape, set through the CSSOM (the page's policy allows no inline style attribute). */
function swatch(kind: NodeKind): HTMLElement {
  const span = el('span', {
    class: `swatch shape-${KIND_STYLES[kind].shape}`,
    'aria-hidden': 'true',
  });
  span.style.background = KIND_STYLES[kind].colour;
  return span;
}

/** Every kind of node; the curated layer's kinds only once one is on the canvas or hidden. */
export function legend(
  counts: Map<string, number>,
  hidden: readonly NodeKind[],
  events: FilterEvents,
): HTMLElement {
  const curated = (kind: NodeKind) => (CURATED_KIND_NAMES as readonly string[]).includes(kind);
  return el(
    'ul',
    { class: 'legend' },
    ...KINDS.filter((kind) => !curated(kind) || counts.has(kind) || hidden.includes(kind)).map(
      (kind) =>
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
  counts: Map<string, number>,
  hidden: readonly string[],
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

/** Every source of the graph, by title (and version for a dataset), with the count of its edges on the canvas. */
export function sourceFilter(
  sources: readonly SourceRecord[],
  counts: Map<string, number>,
  hidden: readonly string[],
  events: FilterEvents,
): HTMLElement {
  const named = new Map(sources.map((s) => [s.id, s]));
  const ids = [...new Set([...sources.map((s) => s.id), ...counts.keys(), ...hidden])];
  return el(
    'ul',
    { class: 'sources' },
    ...ids.map((id) => {
      const source = named.get(id);
      const title = source
        ? `${source.title}${source.kind === 'dataset' ? `, version ${source.version}` : ''}`
        : id;
      return checkbox(
        `${title} (${counts.get(id) ?? 0})`,
        !hidden.includes(id),
        (shown) => events.toggleSource(id, shown),
        undefined,
        id,
      );
    }),
  );
}
