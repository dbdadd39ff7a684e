import { MAX_LOOKUP_IDS } from '../../domain/limits';
import type {
  ExplorerDetailsQuery,
  ExplorerEntitiesQuery,
  ExplorerNeighboursQuery,
  ExplorerTermsQuery,
} from '../../generated/operations';
import { ask } from './api';
import { endsOf, type ShownEdge } from './edges';
import type { ShownEntity } from './graph-view';
import { kindOf } from './kind-style';
import { DETAILS, ENTITIES, NEIGHBOURS, TERMS } from './operations';

/**
 * Neighbours one expansion loads from each layer: at most this many article
 * facts and this many curated statements (most frequent first), so a node of
 * hundreds of neighbours ("+N more") never loads more at once.
 */
export const EXPANSION_CAP = 25;

export type EntityDetails = NonNullable<ExplorerDetailsQuery['concept']>;

/** An entity asked for (by a deep link, a loaded file or an expansion) that the graph does not have. */
export class LinkError extends Error {
  override name = 'LinkError';
}

/** Where one stream of a node's neighbours (its facts, or its curated statements) stands. */
interface Stream {
  total: number;
  loaded: number;
  cursor: string | null;
  hasNext: boolean;
}

interface Expansion {
  pages: number;
  facts: Stream;
  annotations: Stream;
}

/** The API's answers to a batched lookup, asked MAX_LOOKUP_IDS ids a request, in the order asked. */
async function lookUp<T>(
  ids: string[],
  batch: (ids: string[]) => Promise<readonly (T | null)[]>,
): Promise<(T | null)[]> {
  const batches: string[][] = [];
  for (let i = 0; i < ids.length; i += MAX_LOOKUP_IDS)
    batches.push(ids.slice(i, i + MAX_LOOKUP_IDS));
  return (await Promise.all(batches.map(batch))).flat();
}

const fresh = (): Stream => ({ total: 0, loaded: 0, cursor: null, hasNext: true });

function advance(
  stream: Stream,
  page: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null } },
  count: number,
): Stream {
  if (!stream.hasNext) return { ...stream, total: page.totalCount };
  return {
    total: page.totalCount,
    loaded: stream.loaded + count,
    cursor: page.pageInfo.endCursor ?? stream.cursor,
    hasNext: page.pageInfo.hasNextPage,
  };
}

/**
 * What the page has loaded from the API: nodes of both layers and edges
 * (facts and curated statements) by id, each expanded node's pages of
 * neighbours, and the details of nodes once selected. Shown or not is the
 * canvas's business, not this one's.
 */
export class LoadedGraph {
  readonly entities = new Map<string, ShownEntity>();
  readonly facts = new Map<string, ShownEdge>();
  private readonly expansions = new Map<string, Expansion>();
  private readonly details = new Map<string, EntityDetails>();
  private readonly termNames = new Map<string, string>();

  /** The next page of a node's neighbours and its pages loaded so far; null once all are loaded. */
  async nextPage(id: string): Promise<{ facts: ShownEdge[]; pages: number } | null> {
    const expansion = this.expansions.get(id) ?? {
      pages: 0,
      facts: fresh(),
      annotations: fresh(),
    };
    if (expansion.pages > 0 && !expansion.facts.hasNext && !expansion.annotations.hasNext)
      return null;
    const data = await ask<
      ExplorerNeighboursQuery,
      {
        id: string;
        factsFirst: number;
        factsAfter: string | null;
        annotationsFirst: number;
        annotationsAfter: string | null;
      }
    >(NEIGHBOURS, {
      id,
      factsFirst: expansion.facts.hasNext ? EXPANSION_CAP : 0,
      factsAfter: expansion.facts.cursor,
      annotationsFirst: expansion.annotations.hasNext ? EXPANSION_CAP : 0,
      annotationsAfter: expansion.annotations.cursor,
    });
    if (!data.concept) throw new LinkError(`The graph has nothing with the id "${id}".`);
    const node = { id: data.concept.id, name: data.concept.name, kind: kindOf(data.concept) };
    this.entities.set(id, node);
    const facts = data.facts.edges.map((edge) => edge.node);
    const annotations = data.concept.annotations.edges.map((edge) => edge.node);
    const edges: ShownEdge[] = [...facts, ...annotations];
    for (const edge of edges) {
      this.facts.set(edge.id, edge);
      for (const end of endsOf(edge)) this.entities.set(end.id, end);
    }
    this.expansions.set(id, {
      pages: expansion.pages + 1,
      facts: advance(expansion.facts, data.facts, facts.length),
      annotations: advance(expansion.annotations, data.concept.annotations, annotations.length),
    });
    return { facts: edges, pages: expansion.pages + 1 };
  }

  isExpanded(id: string): boolean {
    return this.expansions.has(id);
  }

  /** Each expanded node with the count of its neighbours not loaded yet. */
  unloadedNeighbours(): [string, number][] {
    return [...this.expansions].map(([id, e]) => [
      id,
      e.facts.total - e.facts.loaded + (e.annotations.total - e.annotations.loaded),
    ]);
  }

  /** How many curated statements an expanded node has (0 for one not expanded). */
  curatedTotal(id: string): number {
    return this.expansions.get(id)?.annotations.total ?? 0;
  }

  /** Forgets a node's pages: expanding it again starts from its first. */
  forgetPages(id: string): void {
    this.expansions.delete(id);
  }

  /**
   * Loads nodes by their ids or any CURIEs they carry, a request per
   * MAX_LOOKUP_IDS of them, and gives each one's own id by the id asked
   * (HP:0001336 is the article's `myoclonus`); a link that names anything the
   * graph lacks is a LinkError naming each such id.
   */
  async fetchEntities(ids: readonly string[]): Promise<Map<string, string>> {
    const asked = [...new Set(ids)];
    const found = await lookUp(
      asked,
      async (batch) =>
        (await ask<ExplorerEntitiesQuery, { ids: string[] }>(ENTITIES, { ids: batch })).concepts,
    );
    const unknown = asked.filter((_, i) => !found[i]);
    if (unknown.length > 0)
      throw new LinkError(
        `The link names an id or CURIE the graph does not have: ${unknown.map((id) => `"${id}"`).join(', ')}.`,
      );
    const own = new Map<string, string>();
    found.forEach((concept, i) => {
      if (!concept) return;
      this.entities.set(concept.id, { id: concept.id, name: concept.name, kind: kindOf(concept) });
      own.set(asked[i]!, concept.id);
    });
    return own;
  }

  /** A node's details, asked once and kept. */
  async detailsOf(id: string): Promise<EntityDetails> {
    let details = this.details.get(id);
    if (!details) {
      const data = await ask<ExplorerDetailsQuery, { id: string }>(DETAILS, { id });
      if (!data.concept) throw new LinkError(`The graph has nothing with the id "${id}".`);
      details = data.concept;
      this.details.set(id, details);
    }
    return details;
  }

  /** Asks the names of these terms (a curated statement's onset and modifiers) once each, together. */
  async nameTerms(ids: (string | null)[]): Promise<void> {
    const missing = [...new Set(ids)].filter(
      (id): id is string => id !== null && !this.termNames.has(id),
    );
    if (missing.length === 0) return;
    const found = await lookUp(
      missing,
      async (batch) =>
        (await ask<ExplorerTermsQuery, { ids: string[] }>(TERMS, { ids: batch })).concepts,
    );
    found.forEach((term, i) => {
      if (term) this.termNames.set(missing[i]!, term.name);
    });
  }

  termName(id: string): string | undefined {
    return this.termNames.get(id);
  }

  /** Forgets nodes, edges and pages; details stay (they do not change while the page is open). */
  clear(): void {
    this.entities.clear();
    this.facts.clear();
    this.expansions.clear();
  }
}
