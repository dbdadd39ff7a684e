import type {
  ExplorerDetailsQuery,
  ExplorerEntityQuery,
  ExplorerFactFragment,
  ExplorerNeighboursQuery,
} from '../../generated/operations';
import { ask } from './api';
import type { ShownEntity } from './graph-view';
import { DETAILS, ENTITY, NEIGHBOURS } from './operations';
import type { EntityDetails } from './panels';

/** Neighbours one expansion loads: a dense node ("+N more") never loads more at once. */
export const EXPANSION_CAP = 25;

/** An entity asked for (by a deep link, a loaded file or an expansion) that the graph does not have. */
export class LinkError extends Error {
  override name = 'LinkError';
}

interface Expansion {
  pages: number;
  total: number;
  loaded: number;
  cursor: string | null;
  hasNext: boolean;
}

/**
 * What the page has loaded from the API: entities and facts by id, each
 * expanded entity's pages of neighbours, and the details of entities once
 * selected. Shown or not is the canvas's business, not this one's.
 */
export class LoadedGraph {
  readonly entities = new Map<string, ShownEntity>();
  readonly facts = new Map<string, ExplorerFactFragment>();
  private readonly expansions = new Map<string, Expansion>();
  private readonly details = new Map<string, EntityDetails>();

  /** The next page of an entity's neighbours and its pages loaded so far; null once all are loaded. */
  async nextPage(id: string): Promise<{ facts: ExplorerFactFragment[]; pages: number } | null> {
    const expansion = this.expansions.get(id) ?? {
      pages: 0,
      total: 0,
      loaded: 0,
      cursor: null,
      hasNext: true,
    };
    if (expansion.pages > 0 && !expansion.hasNext) return null;
    const data = await ask<
      ExplorerNeighboursQuery,
      { id: string; first: number; after: string | null }
    >(NEIGHBOURS, { id, first: EXPANSION_CAP, after: expansion.cursor });
    if (!data.entity) throw new LinkError(`The graph has no entity "${id}".`);
    this.entities.set(id, data.entity);
    const facts = data.facts.edges.map((edge) => edge.node);
    for (const fact of facts) {
      this.facts.set(fact.id, fact);
      this.entities.set(fact.subject.id, fact.subject);
      this.entities.set(fact.object.id, fact.object);
    }
    this.expansions.set(id, {
      pages: expansion.pages + 1,
      total: data.facts.totalCount,
      loaded: expansion.loaded + facts.length,
      cursor: data.facts.pageInfo.endCursor,
      hasNext: data.facts.pageInfo.hasNextPage,
    });
    return { facts, pages: expansion.pages + 1 };
  }

  isExpanded(id: string): boolean {
    return this.expansions.has(id);
  }

  /** Each expanded entity with the count of its neighbours not loaded yet. */
  unloadedNeighbours(): [string, number][] {
    return [...this.expansions].map(([id, e]) => [id, e.total - e.loaded]);
  }

  /** Forgets an entity's pages: expanding it again starts from its first. */
  forgetPages(id: string): void {
    this.expansions.delete(id);
  }

  /** Loads one entity by id; a link that names one the graph lacks is a LinkError. */
  async fetchEntity(id: string): Promise<void> {
    const data = await ask<ExplorerEntityQuery, { id: string }>(ENTITY, { id });
    if (!data.entity)
      throw new LinkError(`The link names an entity the graph does not have: "${id}".`);
    this.entities.set(id, data.entity);
  }

  /** An entity's details, asked once and kept. */
  async detailsOf(id: string): Promise<EntityDetails> {
    let details = this.details.get(id);
    if (!details) {
      const data = await ask<ExplorerDetailsQuery, { id: string }>(DETAILS, { id });
      if (!data.entity) throw new LinkError(`The graph has no entity "${id}".`);
      details = data.entity;
      this.details.set(id, details);
    }
    return details;
  }

  /** Forgets entities, facts and pages; details stay (they do not change while the page is open). */
  clear(): void {
    this.entities.clear();
    this.facts.clear();
    this.expansions.clear();
  }
}
