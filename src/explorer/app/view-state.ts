import { CURATED_PREDICATE_NAMES, type CuratedPredicateName } from '../../domain/curated';
import { PREDICATE_NAMES, type PredicateName } from '../../domain/vocabulary';
import { KINDS, type NodeKind } from './kind-style';

/**
 * Everything the page shows, as the URL holds it: the entities on the
 * canvas, how many pages of neighbours each expanded one has loaded, the
 * selection, the path, the filters (predicates, kinds, sources), the layout and the positions a person
 * pinned by dragging. Reading a URL checks every part; a malformed one is
 * refused with a message that names what is wrong.
 */

export type LayoutName = 'force' | 'hierarchy';
const LAYOUTS: readonly LayoutName[] = ['force', 'hierarchy'];

export interface Position {
  x: number;
  y: number;
}

/** A predicate of either layer: the article's facts or the curated statements. */
type AnyPredicate = PredicateName | CuratedPredicateName;
const ANY_PREDICATES: readonly string[] = [...PREDICATE_NAMES, ...CURATED_PREDICATE_NAMES];

export interface ViewState {
  nodes: string[];
  expanded: Record<string, number>;
  /** An entity id or a fact id. */
  selected: string | null;
  path: [string, string] | null;
  hiddenPredicates: AnyPredicate[];
  hiddenKinds: NodeKind[];
  /** Source ids whose edges are hidden. */
  hiddenSources: string[];
  layout: LayoutName;
  pinned: Record<string, Position>;
}

/** Most pages of neighbours one entity may load (each page is the expansion cap). */
const MAX_PAGES = 100;
/** Most entities a link may name. */
const MAX_LINKED_NODES = 3000;

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;

export const emptyViewState = (): ViewState => ({
  nodes: [],
  expanded: {},
  selected: null,
  path: null,
  hiddenPredicates: [],
  hiddenKinds: [],
  hiddenSources: [],
  layout: 'force',
  pinned: {},
});

export class ViewStateError extends Error {
  override name = 'ViewStateError';
}

const list = (value: string | null) => (value ? value.split(',') : []);

function checkId(id: string, what: string): string {
  if (!ID.test(id))
    throw new ViewStateError(`The link's ${what} "${id.slice(0, 60)}" is not an id.`);
  return id;
}

/** The state a URL's query string holds; throws ViewStateError when it is malformed. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const state = emptyViewState();
  state.nodes = [...new Set(list(params.get('nodes')).map((id) => checkId(id, 'entity')))];
  if (state.nodes.length > MAX_LINKED_NODES)
    throw new ViewStateError(`The link names more than ${MAX_LINKED_NODES} entities.`);
  const shown = new Set(state.nodes);
  const mustBeShown = (id: string, what: string) => {
    checkId(id, what);
    if (!shown.has(id))
      throw new ViewStateError(`The link's ${what} "${id}" is not among the entities it shows.`);
    return id;
  };

  for (const item of list(params.get('expanded'))) {
    const [id = '', pages = '1'] = item.split('~');
    mustBeShown(id, 'expanded entity');
    const count = Number(pages);
    if (!Number.isInteger(count) || count < 1 || count > MAX_PAGES)
      throw new ViewStateError(
        `The link's page count "${pages}" for "${id}" is not 1 to ${MAX_PAGES}.`,
      );
    state.expanded[id] = count;
  }

  const selected = params.get('selected');
  if (selected) state.selected = checkId(selected, 'selection');

  const path = list(params.get('path'));
  if (path.length > 0) {
    if (path.length !== 2) throw new ViewStateError("The link's path must name two entities.");
    state.path = [mustBeShown(path[0]!, 'path start'), mustBeShown(path[1]!, 'path end')];
  }

  for (const predicate of list(params.get('hide'))) {
    if (!ANY_PREDICATES.includes(predicate))
      throw new ViewStateError(`The link hides "${predicate}", which is not a predicate.`);
    state.hiddenPredicates.push(predicate as AnyPredicate);
  }
  for (const kind of list(params.get('hideKinds'))) {
    if (!(KINDS as readonly string[]).includes(kind))
      throw new ViewStateError(`The link hides "${kind}", which is not a kind of entity.`);
    state.hiddenKinds.push(kind as NodeKind);
  }
  state.hiddenSources = [
    ...new Set(list(params.get('hideSources')).map((id) => checkId(id, 'hidden source'))),
  ];

  const layout = params.get('layout');
  if (layout !== null) {
    if (!(LAYOUTS as string[]).includes(layout))
      throw new ViewStateError(
        `The link's layout "${layout}" is not one of ${LAYOUTS.join(', ')}.`,
      );
    state.layout = layout as LayoutName;
  }

  for (const item of list(params.get('pinned'))) {
    const [id = '', x = '', y = ''] = item.split('~');
    mustBeShown(id, 'pinned entity');
    const position = { x: Number(x), y: Number(y) };
    if (!Number.isFinite(position.x) || !Number.isFinite(position.y) || x === '' || y === '')
      throw new ViewStateError(`The link's position for "${id}" is not two numbers.`);
    state.pinned[id] = position;
  }
  return state;
}

/**
 * A link's hidden sources checked against the graph's sources, which the page
 * knows only once it has asked for them: one that names no source is a
 * malformed link, as an unknown predicate or kind is.
 */
export function checkHiddenSources(state: ViewState, sourceIds: readonly string[]): void {
  for (const id of state.hiddenSources)
    if (!sourceIds.includes(id))
      throw new ViewStateError(
        `The link hides the source "${id}", which is not a source of this graph (${sourceIds.join(', ')}).`,
      );
}

/** The query string of a state (without "?"); parseViewState reads it back to the same state. */
export function formatViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.nodes.length > 0) params.set('nodes', state.nodes.join(','));
  const expanded = Object.entries(state.expanded).map(([id, pages]) => `${id}~${pages}`);
  if (expanded.length > 0) params.set('expanded', expanded.join(','));
  if (state.selected) params.set('selected', state.selected);
  if (state.path) params.set('path', state.path.join(','));
  if (state.hiddenPredicates.length > 0) params.set('hide', state.hiddenPredicates.join(','));
  if (state.hiddenKinds.length > 0) params.set('hideKinds', state.hiddenKinds.join(','));
  if (state.hiddenSources.length > 0) params.set('hideSources', state.hiddenSources.join(','));
  if (state.layout !== 'force') params.set('layout', state.layout);
  const pinned = Object.entries(state.pinned).map(
    ([id, p]) => `${id}~${Math.round(p.x)}~${Math.round(p.y)}`,
  );
  if (pinned.length > 0) params.set('pinned', pinned.join(','));
  return params.toString().replace(/%2C/g, ',').replace(/%7E/gi, '~').replace(/%3A/gi, ':');
}
