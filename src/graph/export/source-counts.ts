import type { GraphSnapshot } from './graph-snapshot';
import { nodeId, type KgxGraph } from './kgx-model';

/** What a release holds of one source. */
export interface SourceCounts {
  /** The nodes it gives: the article's entities for the article, its terms, diseases and genes for a dataset. */
  nodes: number;
  /** The edges it is the primary knowledge source of. */
  edges: number;
  /** The nodes another source gives that its edges join (an article entity that is also an HPO term). */
  nodesOfOtherSources: number;
}

/** Each source's nodes and edges in a release, keyed by infores id. */
export function countsBySource(
  snapshot: GraphSnapshot,
  graph: KgxGraph,
): Map<string, SourceCounts> {
  const sourceOf = new Map<string, string>();
  for (const e of snapshot.entities) sourceOf.set(nodeId(e.id), e.citation.source.infores);
  for (const n of snapshot.curatedNodes) if (n.source) sourceOf.set(nodeId(n.id), n.source.infores);
  const counts = new Map<string, SourceCounts>();
  const joined = new Map<string, Set<string>>();
  const countsOf = (infores: string) => {
    if (!counts.has(infores)) counts.set(infores, { nodes: 0, edges: 0, nodesOfOtherSources: 0 });
    return counts.get(infores)!;
  };
  for (const infores of sourceOf.values()) countsOf(infores).nodes += 1;
  for (const edge of graph.edges) {
    const source = edge.primary_knowledge_source;
    countsOf(source).edges += 1;
    for (const end of [edge.subject, edge.object]) {
      const owner = sourceOf.get(end);
      if (owner === undefined || owner === source) continue;
      if (!joined.has(source)) joined.set(source, new Set());
      joined.get(source)!.add(end);
    }
  }
  for (const [source, ends] of joined) countsOf(source).nodesOfOtherSources = ends.size;
  return counts;
}
