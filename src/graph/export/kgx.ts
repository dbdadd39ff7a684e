import type { GraphSnapshot } from './graph-snapshot';
import { articleEdge, articleMappings, articleNode, retiredNode } from './kgx-article';
import { curatedEdge, curatedNode } from './kgx-curated';
import type { KgxGraph } from './kgx-model';

export { KG_INFORES, LOCAL_CURIE_MAP, type KgxGraph } from './kgx-model';
export { serializeKgx, type KgxFiles } from './kgx-files';

/**
 * The graph in KGX, the exchange format of Biolink knowledge graphs: the
 * article's entities and facts, the ids they retired, and the curated
 * layer's nodes and statements. Built from a snapshot of the loaded graph,
 * so a release is always of one content hash.
 */
export function toKgx(snapshot: GraphSnapshot): KgxGraph {
  const entityById = new Map(snapshot.entities.map((e) => [e.id, e]));
  const retiredNodes = snapshot.retired
    .filter((r) => r.kind === 'entity')
    .map((r) => retiredNode(r, r.replacedBy ? entityById.get(r.replacedBy) : undefined));
  const names = new Map<string, string>([
    ...snapshot.entities.map((e) => [e.id, e.name] as const),
    ...snapshot.curatedNodes.map((n) => [n.id, n.name] as const),
  ]);
  const nameOf = (id: string) => names.get(id) ?? id;
  return {
    nodes: [
      ...snapshot.entities.map(articleNode),
      ...retiredNodes,
      ...snapshot.curatedNodes.map(curatedNode),
    ],
    edges: [
      ...snapshot.facts.map((f) => articleEdge(f, snapshot.info.seedVersion)),
      ...snapshot.annotations.map((a) => curatedEdge(a, nameOf, snapshot.info.seedVersion)),
    ],
    mappings: snapshot.entities.flatMap(articleMappings),
  };
}
