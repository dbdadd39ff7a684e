import cytoscape, { type Core, type EdgeSingular, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { GRAPH_STYLE } from './graph-style';
import type { NodeKind } from './kind-style';
import type { LayoutName, Position } from './view-state';

cytoscape.use(fcose);

/**
 * The canvas: cytoscape.js over the entities and facts the page has loaded.
 * It knows nothing of GraphQL; the page tells it what to show and hears from
 * it what a person clicked, double-clicked or dragged.
 */

export interface ShownEntity {
  id: string;
  name: string;
  kind: NodeKind;
}

/** An edge as the canvas draws and filters it: an article fact or a curated statement. */
export interface ShownFact {
  id: string;
  predicate: string;
  label: string;
  /** The id of the source that states it. */
  source: string;
  /** The source says it is not so: drawn dashed, labelled as such. */
  negated: boolean;
  subject: { id: string };
  object: { id: string };
}

/** What the filters hide: predicates, kinds of node, sources. */
export interface HiddenSets {
  predicates: readonly string[];
  kinds: readonly string[];
  sources: readonly string[];
}

export interface GraphViewEvents {
  selectEntity(id: string): void;
  selectFact(id: string): void;
  selectNothing(): void;
  expand(id: string): void;
  more(id: string): void;
  pinned(id: string, position: Position): void;
}

const MORE_PREFIX = 'more:';
const moreNodeId = (id: string) => `${MORE_PREFIX}${id}`;

export class GraphView {
  readonly cy: Core;

  constructor(container: HTMLElement, events: GraphViewEvents) {
    this.cy = cytoscape({
      container,
      style: GRAPH_STYLE,
      minZoom: 0.05,
      maxZoom: 4,
      selectionType: 'single',
      boxSelectionEnabled: false,
    });
    this.cy.on('tap', 'node', (event) => {
      const node = event.target as NodeSingular;
      if (node.hasClass('more')) events.more(node.data('of') as string);
      else events.selectEntity(node.id());
    });
    this.cy.on('tap', 'edge', (event) => {
      const edge = event.target as EdgeSingular;
      if (!edge.hasClass('more-link')) events.selectFact(edge.id());
    });
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) events.selectNothing();
    });
    this.cy.on('dbltap', 'node', (event) => {
      const node = event.target as NodeSingular;
      if (!node.hasClass('more')) events.expand(node.id());
    });
    this.cy.on('dragfree', 'node', (event) => {
      const node = event.target as NodeSingular;
      if (!node.hasClass('more')) events.pinned(node.id(), { ...node.position() });
    });
  }

  hasEntity(id: string): boolean {
    const element = this.cy.getElementById(id);
    return element.nonempty() && element.isNode() && !element.hasClass('more');
  }

  addEntity(entity: ShownEntity, near?: string): void {
    if (this.hasEntity(entity.id)) return;
    const anchor = near ? this.cy.getElementById(near) : null;
    const position = anchor?.nonempty()
      ? {
          x: anchor.position().x + (Math.random() - 0.5) * 80,
          y: anchor.position().y + (Math.random() - 0.5) * 80,
        }
      : undefined;
    this.cy.add({
      group: 'nodes',
      data: { id: entity.id, label: entity.name, kind: entity.kind },
      ...(position && { position }),
    });
  }

  /** Adds the fact's edge when both its entities are shown. */
  addFact(fact: ShownFact): boolean {
    if (this.cy.getElementById(fact.id).nonempty()) return true;
    if (!this.hasEntity(fact.subject.id) || !this.hasEntity(fact.object.id)) return false;
    this.cy.add({
      group: 'edges',
      data: {
        id: fact.id,
        source: fact.subject.id,
        target: fact.object.id,
        predicate: fact.predicate,
        // `source` is cytoscape's own (the subject's node); the stating source is `statedBy`.
        statedBy: fact.source,
        label: fact.label,
      },
      ...(fact.negated && { classes: 'negated' }),
    });
    return true;
  }

  markExpanded(id: string, expanded: boolean): void {
    this.cy.getElementById(id).toggleClass('expanded', expanded);
  }

  /** The "+N more" node of an expanded entity; none when N is 0. */
  setMore(id: string, count: number): void {
    const moreId = moreNodeId(id);
    this.cy.getElementById(moreId).remove();
    if (count <= 0 || !this.hasEntity(id)) return;
    const anchor = this.cy.getElementById(id).position();
    this.cy.add([
      {
        group: 'nodes',
        data: { id: moreId, label: `+${count} more`, of: id },
        classes: 'more',
        position: { x: anchor.x + 40, y: anchor.y - 40 },
      },
      {
        group: 'edges',
        data: { id: `${moreId}:link`, source: id, target: moreId },
        classes: 'more-link',
      },
    ]);
  }

  remove(ids: string[]): void {
    for (const id of ids) {
      this.cy.getElementById(id).remove();
      this.cy.getElementById(moreNodeId(id)).remove();
    }
  }

  clear(): void {
    this.cy.elements().remove();
  }

  entityIds(): string[] {
    return this.cy
      .nodes()
      .not('.more')
      .map((n) => n.id());
  }

  factIds(): string[] {
    return this.cy
      .edges()
      .not('.more-link')
      .map((e) => e.id());
  }

  /**
   * Hides the edges of hidden predicates and sources, the nodes of hidden
   * kinds (with their edges), and a node whose every edge on the canvas is
   * of a hidden source: hiding HPO's statements takes away the diseases they
   * brought, not the entity they were about.
   */
  applyFilters(hidden: HiddenSets): void {
    this.cy.batch(() => {
      this.cy.elements().removeClass('filtered');
      const edges = this.cy.edges().not('.more-link');
      const nodes = this.cy.nodes().not('.more');
      if (hidden.sources.length > 0)
        nodes.forEach((node) => {
          const own = node.connectedEdges().not('.more-link');
          if (
            own.nonempty() &&
            own.every((edge) => hidden.sources.includes(edge.data('statedBy') as string))
          )
            node.addClass('filtered');
        });
      nodes.forEach((node) => {
        if (hidden.kinds.includes(node.data('kind') as string)) node.addClass('filtered');
      });
      edges.forEach((edge) => {
        if (
          hidden.predicates.includes(edge.data('predicate') as string) ||
          hidden.sources.includes(edge.data('statedBy') as string) ||
          edge.source().hasClass('filtered') ||
          edge.target().hasClass('filtered')
        )
          edge.addClass('filtered');
      });
      this.cy.nodes('.more').forEach((more) => {
        if (this.cy.getElementById(more.data('of') as string).hasClass('filtered'))
          more.addClass('filtered');
      });
      this.cy.edges('.more-link').forEach((edge) => {
        if (edge.source().hasClass('filtered')) edge.addClass('filtered');
      });
    });
  }

  visibleFactIds(): string[] {
    return this.cy
      .edges()
      .not('.more-link')
      .not('.filtered')
      .map((e) => e.id());
  }

  visibleEntityIds(): string[] {
    return this.cy
      .nodes()
      .not('.more')
      .not('.filtered')
      .map((n) => n.id());
  }

  highlightPath(entityIds: string[], factIds: string[]): void {
    this.cy.batch(() => {
      this.cy.elements().removeClass('on-path');
      for (const id of [...entityIds, ...factIds]) this.cy.getElementById(id).addClass('on-path');
    });
  }

  select(id: string | null): void {
    this.cy.elements().unselect();
    if (id) this.cy.getElementById(id).select();
  }

  layout(name: LayoutName, pinned: Record<string, Position>): Promise<void> {
    const nodes = this.cy.nodes();
    for (const [id, position] of Object.entries(pinned))
      this.cy.getElementById(id).position(position);
    const free = this.cy.elements().not(nodes.filter((n) => n.id() in pinned));
    if (nodes.length === 0) return Promise.resolve();
    const options =
      name === 'force'
        ? {
            name: 'fcose',
            animate: false,
            randomize: Object.keys(pinned).length === 0,
            quality: 'default',
            nodeRepulsion: 9000,
            idealEdgeLength: 90,
            fixedNodeConstraint: Object.entries(pinned)
              .filter(([id]) => this.hasEntity(id))
              .map(([nodeId, position]) => ({ nodeId, position })),
          }
        : { name: 'breadthfirst', directed: true, spacingFactor: 1.1, animate: false };
    const target = name === 'force' ? this.cy.elements() : free;
    return new Promise((resolve) => {
      const layout = target.layout(options as cytoscape.LayoutOptions);
      layout.one('layoutstop', () => resolve());
      layout.run();
    });
  }

  fit(): void {
    this.cy.fit(this.cy.elements().not('.filtered'), 30);
  }

  renderedMidpoint(factId: string): Position | null {
    const edge = this.cy.getElementById(factId);
    return edge.nonempty() ? (edge as EdgeSingular).renderedMidpoint() : null;
  }
}
