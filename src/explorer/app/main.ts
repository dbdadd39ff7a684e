import type { ExplorerSourcesQuery } from '../../generated/operations';
import { ask } from './api';
import { attributionLines } from './attribution';
import { byId, el } from './dom';
import { sourceOf } from './edges';
import { EntityPicker } from './entity-picker';
import { edgeEvidence } from './evidence';
import { Explorer } from './explorer';
import { readGraphJson } from './exports';
import { countBy, legend, predicateFilter, sourceFilter, type SourceRecord } from './filters';
import { GraphView } from './graph-view';
import { bindKeys, KEYS } from './keyboard';
import type { NodeKind } from './kind-style';
import { SOURCES } from './operations';
import { describe, run, say, showMessage } from './page-status';
import { entityDetails, pathList } from './panels';
import { shareActions } from './share-actions';
import { checkHiddenSources, formatViewState, parseViewState, type LayoutName } from './view-state';

/**
 * The explorer page: search first, then expand, read the evidence, find a
 * path, filter, lay out, export and share. Wires the DOM of index.html to
 * the Explorer; every action runs through `run` (page-status.ts), which
 * marks the page busy and turns any failure into a message in words while
 * the canvas keeps what it shows.
 */

const canvas = byId('canvas');
const details = byId('details');

const view = new GraphView(canvas, {
  selectEntity: (id) => run(() => explorer.selectEntity(id)),
  selectFact: (id) => run(async () => explorer.selectFact(id)),
  selectNothing: () => run(async () => explorer.selectNothing()),
  expand: (id) => run(() => expandAndSay(id)),
  more: (id) => run(() => expandAndSay(id)),
  pinned: (id, position) => explorer.pin(id, position),
});

async function expandAndSay(id: string): Promise<void> {
  const added = await explorer.expand(id);
  const name = explorer.entities.get(id)?.name ?? id;
  say(added === 0 ? `All neighbours of ${name} are shown.` : `${name}: ${added} more facts shown.`);
}

// ---- panels -------------------------------------------------------------------

function render(): void {
  history.replaceState(
    null,
    '',
    `${location.pathname}${formatViewState(explorer.state) ? `?${formatViewState(explorer.state)}` : ''}`,
  );
  const filterEvents = {
    toggleKind: (kind: NodeKind, shown: boolean) =>
      void run(() => explorer.toggle('hiddenKinds', kind, shown)),
    togglePredicate: (predicate: string, shown: boolean) =>
      void run(() => explorer.toggle('hiddenPredicates', predicate, shown)),
    toggleSource: (source: string, shown: boolean) =>
      void run(() => explorer.toggle('hiddenSources', source, shown)),
  };
  const edge = (id: string) => explorer.facts.get(id);
  const factIds = view.factIds();
  byId('legend').replaceChildren(
    legend(
      countBy(view.entityIds(), (id) => explorer.entities.get(id)?.kind),
      explorer.state.hiddenKinds,
      filterEvents,
    ),
  );
  byId('predicate-filter').replaceChildren(
    predicateFilter(
      countBy(factIds, (id) => edge(id)?.predicate),
      explorer.state.hiddenPredicates,
      filterEvents,
    ),
  );
  byId('source-filter').replaceChildren(
    sourceFilter(
      sources,
      countBy(factIds, (id) => {
        const e = edge(id);
        return e && sourceOf(e);
      }),
      explorer.state.hiddenSources,
      filterEvents,
    ),
  );
  byId<HTMLSelectElement>('layout').value = explorer.state.layout;
  byId('counts').textContent =
    `${view.visibleEntityIds().length} entities, ${view.visibleFactIds().length} facts shown`;

  const selection = explorer.selection;
  const parts: HTMLElement[] = [];
  if (selection?.type === 'fact')
    parts.push(edgeEvidence(selection.fact, (id) => explorer.termName(id)));
  if (selection?.type === 'entity')
    parts.push(
      entityDetails(
        selection.details,
        explorer.factsOf(selection.id),
        explorer.unloaded(selection.id),
        {
          expand: () => void run(() => expandAndSay(selection.id)),
          dismiss: () => void run(() => explorer.dismiss(selection.id)),
          pathFrom: () => setPathEnd('from', selection.id, selection.details.name),
          pathTo: () => setPathEnd('to', selection.id, selection.details.name),
          selectFact: (id) => void run(async () => explorer.selectFact(id)),
        },
      ),
    );
  if (explorer.path) {
    const name = (id: string) => explorer.entities.get(id)?.name ?? id;
    parts.push(pathList(explorer.path.facts, name(explorer.path.from), name(explorer.path.to)));
  }
  if (parts.length === 0)
    parts.push(el('p', { class: 'hint' }, 'Search for an entity to begin; press ? for the keys.'));
  details.replaceChildren(...parts);
}

let lastAnnounced = '';
function announceSelection(): void {
  const selection = explorer.selection;
  const text =
    selection?.type === 'fact'
      ? selection.fact.__typename === 'Fact'
        ? `Fact: ${selection.fact.statement} Cited: ${selection.fact.citation.source.title}, section ${selection.fact.citation.section}, paragraph ${selection.fact.citation.paragraph}.`
        : `${selection.fact.negated ? 'Negated curated statement' : 'Curated statement'}: ${selection.fact.statement}`
      : selection?.type === 'entity'
        ? `${selection.details.name}, ${selection.details.biolinkCategory.replace('biolink:', '')}. ${'description' in selection.details ? (selection.details.description ?? '') : ''}`
        : '';
  if (text && text !== lastAnnounced) say(text);
  lastAnnounced = text;
}
const explorer = new Explorer(view, () => {
  render();
  announceSelection();
});

// ---- search and path ----------------------------------------------------------

new EntityPicker(
  byId<HTMLInputElement>('search'),
  byId<HTMLUListElement>('search-results'),
  (hit) => void run(() => explorer.add(hit.entity.id)),
  (error) => showMessage(describe(error)),
);

const pathEnds: { from: string | null; to: string | null } = { from: null, to: null };
function setPathEnd(end: 'from' | 'to', id: string, name: string): void {
  pathEnds[end] = id;
  byId<HTMLInputElement>(`path-${end}`).value = name;
  say(`Path ${end === 'from' ? 'start' : 'end'}: ${name}.`);
}
for (const end of ['from', 'to'] as const)
  new EntityPicker(
    byId<HTMLInputElement>(`path-${end}`),
    byId<HTMLUListElement>(`path-${end}-results`),
    (hit) => setPathEnd(end, hit.entity.id, hit.entity.name),
    (error) => showMessage(describe(error)),
  );

function findPath(): void {
  const selected = view.cy.$('node:selected').map((n) => n.id());
  const from = pathEnds.from ?? selected[0];
  const to = pathEnds.to ?? selected[1];
  if (!from || !to) {
    showMessage(
      'Pick two entities for the path: "Path from here" and "Path to here", or the two path boxes.',
    );
    return;
  }
  void run(() => explorer.findPath(from, to));
}
byId('path-form').addEventListener('submit', (event) => {
  event.preventDefault();
  findPath();
});

// ---- toolbar ------------------------------------------------------------------

const selectedEntity = () => (explorer.selection?.type === 'entity' ? explorer.selection.id : null);

const actions = {
  search: () => byId('search').focus(),
  expand: () => {
    const id = selectedEntity();
    if (id) void run(() => expandAndSay(id));
  },
  dismiss: () => {
    const id = selectedEntity();
    if (id) void run(() => explorer.dismiss(id));
  },
  focus: () => void run(() => explorer.focus()),
  path: () => byId('path-from').focus(),
  fit: () => view.fit(),
  layout: () =>
    void run(() => explorer.setLayout(explorer.state.layout === 'force' ? 'hierarchy' : 'force')),
  ...shareActions(explorer),
  load: () => byId('load-json').click(),
  next: (step: 1 | -1) => {
    const ids = view
      .visibleEntityIds()
      .sort((a, b) =>
        (explorer.entities.get(a)?.name ?? a).localeCompare(explorer.entities.get(b)?.name ?? b),
      );
    if (ids.length === 0) return;
    const current = selectedEntity();
    const at = current ? ids.indexOf(current) : -1;
    const id = ids[(at + step + ids.length) % ids.length]!;
    void run(() => explorer.selectEntity(id));
  },
  help: () => {
    const help = byId('help');
    help.hidden = !help.hidden;
  },
};

for (const [id, action] of Object.entries({
  'do-expand': actions.expand,
  'do-dismiss': actions.dismiss,
  'do-focus': actions.focus,
  'do-fit': actions.fit,
  'do-png': actions.png,
  'do-json': actions.json,
  'do-csv': actions.csv,
  'do-load': actions.load,
  'do-copy-link': actions.copyLink,
  'do-playground': actions.playground,
  'do-help': actions.help,
}))
  byId(id).addEventListener('click', () => action());
byId<HTMLSelectElement>('layout').addEventListener(
  'change',
  (event) =>
    void run(() => explorer.setLayout((event.target as HTMLSelectElement).value as LayoutName)),
);
byId<HTMLInputElement>('load-json').addEventListener('change', (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (!file) return;
  void run(async () => {
    const { state, json } = readGraphJson(await file.text());
    await explorer.restore(state, json);
    say(`Loaded ${json.entities.length} entities and ${json.facts.length} facts.`);
  });
});
byId('help-keys').replaceChildren(
  ...KEYS.map((k) => el('li', {}, el('kbd', {}, k.key), ` ${k.does}`)),
);
bindKeys(canvas, actions);

// ---- start --------------------------------------------------------------------

window.addEventListener('unhandledrejection', (event) => {
  event.preventDefault();
  showMessage(describe(event.reason));
});

(window as unknown as { explorer: unknown }).explorer = { explorer, view };

/** The graph's sources: the source filter's names, and the curated sources' attribution in the footer. */
let sources: SourceRecord[] = [];
async function loadSources(): Promise<void> {
  sources = (await ask<ExplorerSourcesQuery, Record<string, never>>(SOURCES, {})).sources;
  byId('attribution').replaceChildren(...attributionLines(sources));
}

void run(async () => {
  await loadSources();
  let state;
  try {
    state = parseViewState(location.search);
    checkHiddenSources(
      state,
      sources.map((s) => s.id),
    );
  } catch (error) {
    explorer.reset();
    render();
    throw error;
  }
  try {
    // A link that names no entities still holds its filters and layout, and
    // selecting what it does not show is as bad a link as with entities.
    await explorer.restore(state);
  } catch (error) {
    explorer.reset();
    render();
    throw error;
  }
});
