import type { ExplorerFactFragment, ExplorerPathQuery } from '../../generated/operations';
import { ask } from './api';
import { drawn, endsOf, isAnnotation, type ShownEdge } from './edges';
import { GraphView, type ShownEntity } from './graph-view';
import { LinkError, LoadedGraph, type EntityDetails } from './loaded-graph';
import { PATH } from './operations';
import { canonicalState } from './restoring';
import { emptyViewState, type LayoutName, type Position, type ViewState } from './view-state';

/**
 * The explorer's model and actions, over the canvas and what is loaded from
 * the API (loaded-graph.ts): what is shown (nodes of both layers, article
 * facts and curated statements), the selection, the path and the filters. Every action keeps `state` (what the URL holds) in step; the
 * page re-renders its panels from `onChange`.
 */

export type Selection =
  { type: 'entity'; id: string; details: EntityDetails } | { type: 'fact'; fact: ShownEdge } | null;

export interface PathAnswer {
  from: string;
  to: string;
  facts: ExplorerFactFragment[];
}

/** The filters of the view state, each a list of hidden values. */
export type FilterName = 'hiddenPredicates' | 'hiddenKinds' | 'hiddenSources';

export class Explorer {
  state: ViewState = emptyViewState();
  private readonly loaded = new LoadedGraph();
  selection: Selection = null;
  path: PathAnswer | null = null;

  constructor(
    readonly view: GraphView,
    private readonly onChange: () => void,
  ) {}

  // ---- loading ---------------------------------------------------------------

  get entities(): ReadonlyMap<string, ShownEntity> {
    return this.loaded.entities;
  }

  get facts(): ReadonlyMap<string, ShownEdge> {
    return this.loaded.facts;
  }

  private async loadPage(id: string): Promise<ShownEdge[]> {
    const page = await this.loaded.nextPage(id);
    if (!page) return [];
    this.state.expanded[id] = page.pages;
    return page.facts;
  }

  private show(ids: string[], near?: string): void {
    for (const id of ids) {
      const entity = this.entities.get(id);
      if (!entity) continue;
      if (!this.state.nodes.includes(id)) this.state.nodes.push(id);
      this.view.addEntity(entity, near);
    }
    for (const fact of this.facts.values()) this.view.addFact(drawn(fact));
    for (const [id, unloaded] of this.loaded.unloadedNeighbours())
      if (this.view.hasEntity(id)) {
        this.view.markExpanded(id, true);
        this.view.setMore(id, unloaded);
      }
  }

  private async settle(layout = true): Promise<void> {
    this.view.applyFilters({
      predicates: this.state.hiddenPredicates,
      kinds: this.state.hiddenKinds,
      sources: this.state.hiddenSources,
    });
    if (layout) {
      await this.view.layout(this.state.layout, this.state.pinned);
      this.view.fit();
    }
    this.onChange();
  }

  // ---- actions ---------------------------------------------------------------

  /** Puts an entity on the canvas with its first page of neighbours. */
  async add(id: string): Promise<void> {
    const facts = this.loaded.isExpanded(id) ? [] : await this.loadPage(id);
    this.show([id, ...facts.flatMap((f) => endsOf(f).map((end) => end.id))], id);
    await this.selectEntity(id);
    await this.settle();
  }

  /** The next page of an entity's neighbours (the first, for one not expanded). */
  async expand(id: string): Promise<number> {
    const facts = await this.loadPage(id);
    this.show(
      facts.flatMap((f) => endsOf(f).map((end) => end.id)),
      id,
    );
    await this.settle();
    return facts.length;
  }

  async dismiss(id: string): Promise<void> {
    this.view.remove([id]);
    this.state.nodes = this.state.nodes.filter((n) => n !== id);
    delete this.state.expanded[id];
    delete this.state.pinned[id];
    this.loaded.forgetPages(id);
    if (this.state.path?.includes(id)) this.clearPath();
    if (this.state.selected === id) this.selectNothing();
    await this.settle(false);
  }

  /** Keeps only the selected entity (or the two ends of the selected fact). */
  async focus(): Promise<void> {
    const keep = new Set<string>();
    if (this.selection?.type === 'entity') keep.add(this.selection.id);
    if (this.selection?.type === 'fact')
      [this.selection.fact.subject.id, this.selection.fact.object.id].forEach((id) => keep.add(id));
    if (keep.size === 0) return;
    const drop = this.state.nodes.filter((id) => !keep.has(id));
    this.view.remove(drop);
    this.state.nodes = this.state.nodes.filter((id) => keep.has(id));
    for (const id of drop) {
      delete this.state.expanded[id];
      delete this.state.pinned[id];
      this.loaded.forgetPages(id);
    }
    for (const id of keep) if (!this.loaded.isExpanded(id)) delete this.state.expanded[id];
    if (this.state.path && !this.state.path.every((id) => keep.has(id))) this.clearPath();
    await this.settle();
  }

  async selectEntity(id: string): Promise<void> {
    const details = await this.loaded.detailsOf(id);
    this.selection = { type: 'entity', id, details };
    this.state.selected = id;
    this.view.select(id);
    this.onChange();
  }

  async selectFact(id: string): Promise<void> {
    const fact = this.facts.get(id);
    if (!fact) return;
    if (isAnnotation(fact)) await this.loaded.nameTerms([fact.onset, ...fact.modifiers]);
    this.selection = { type: 'fact', fact };
    this.state.selected = id;
    this.view.select(id);
    this.onChange();
  }

  selectNothing(): void {
    this.selection = null;
    this.state.selected = null;
    this.view.select(null);
    this.onChange();
  }

  async findPath(from: string, to: string): Promise<void> {
    const data = await ask<ExplorerPathQuery, { from: string; to: string }>(PATH, { from, to });
    const facts = data.path?.facts ?? [];
    for (const entity of data.path?.entities ?? []) this.loaded.entities.set(entity.id, entity);
    for (const fact of facts) this.loaded.facts.set(fact.id, fact);
    await this.loaded.fetchEntities([from, to].filter((id) => !this.entities.has(id)));
    this.show([from, to, ...(data.path?.entities ?? []).map((e) => e.id)]);
    this.state.path = [from, to];
    this.path = { from, to, facts };
    this.view.highlightPath(
      data.path?.entities.map((e) => e.id) ?? [],
      facts.map((f) => f.id),
    );
    await this.settle();
  }

  clearPath(): void {
    this.state.path = null;
    this.path = null;
    this.view.highlightPath([], []);
  }

  async setLayout(layout: LayoutName): Promise<void> {
    this.state.layout = layout;
    await this.settle();
  }

  /** Shows or hides one value of a filter: a kind of node, a predicate, a source. */
  async toggle(filter: FilterName, value: string, shown: boolean): Promise<void> {
    const hidden = new Set<string>(this.state[filter]);
    if (shown) hidden.delete(value);
    else hidden.add(value);
    (this.state[filter] as string[]) = [...hidden];
    await this.settle(false);
  }

  pin(id: string, position: Position): void {
    this.state.pinned[id] = position;
    this.onChange();
  }

  // ---- restoring -------------------------------------------------------------

  reset(): void {
    this.view.clear();
    this.state = emptyViewState();
    this.loaded.clear();
    this.selection = null;
    this.path = null;
  }

  /** Restores a state (a deep link's): its entities, their pages, filters, layout, selection and path. */
  async restore(
    linked: ViewState,
    known?: { entities: ShownEntity[]; facts: ShownEdge[] },
  ): Promise<void> {
    this.reset();
    if (known) {
      for (const entity of known.entities) this.loaded.entities.set(entity.id, entity);
      for (const fact of known.facts) this.loaded.facts.set(fact.id, fact);
    }
    // A link may name a node by any CURIE it carries: each becomes the node's own id first.
    const target = await canonicalState(linked, (ids) =>
      this.loaded.fetchEntities(ids.filter((id) => !this.entities.has(id))),
    );
    this.state = { ...target, nodes: [], expanded: {} };
    await Promise.all(
      Object.entries(target.expanded).map(async ([id, pages]) => {
        for (let page = 0; page < pages; page++) if ((await this.loadPage(id)).length === 0) break;
      }),
    );
    this.show(target.nodes);
    // Facts known beyond the shown entities stay loaded, but only joins between shown ones are drawn.
    if (target.path) await this.findPath(target.path[0], target.path[1]);
    await this.settle();
    if (target.selected) {
      if (this.view.hasEntity(target.selected)) await this.selectEntity(target.selected);
      else if (this.facts.has(target.selected) && this.view.factIds().includes(target.selected))
        await this.selectFact(target.selected);
      else throw new LinkError(`The link selects "${target.selected}", which it does not show.`);
    }
  }

  // ---- reading ---------------------------------------------------------------

  visibleFacts(): ShownEdge[] {
    return this.view.visibleFactIds().flatMap((id) => this.facts.get(id) ?? []);
  }

  factsOf(id: string): ShownEdge[] {
    return this.view
      .factIds()
      .flatMap((factId) => this.facts.get(factId) ?? [])
      .filter((f) => f.subject.id === id || f.object.id === id);
  }

  /** A term's name, where the page has asked it (the onset of a selected curated statement). */
  termName(id: string): string | undefined {
    return this.loaded.termName(id);
  }

  /** Whether an expanded node has curated statements. */
  hasCurated(id: string): boolean {
    return this.loaded.curatedTotal(id) > 0;
  }

  /** How many of a node's neighbours are not loaded yet (0 for one not expanded). */
  unloaded(id: string): number {
    return this.loaded.unloadedNeighbours().find(([of]) => of === id)?.[1] ?? 0;
  }
}
