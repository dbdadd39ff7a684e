import type { ViewState } from './view-state';

/**
 * A linked state with every node named by its own id. A link may name a
 * node by any CURIE it carries (`HP:0001336` is the article's `myoclonus`,
 * `ORPHA:307` a MONDO disease); `resolve` gives, for all the link's nodes at
 * once, each one's own id by the id named (one it leaves out is its own
 * id already), or throws for one the graph lacks. Two names of one node
 * become one.
 */
export async function canonicalState(
  state: ViewState,
  resolve: (ids: string[]) => Promise<ReadonlyMap<string, string>>,
): Promise<ViewState> {
  const ids = await resolve([...new Set(state.nodes)]);
  const own = (id: string) => ids.get(id) ?? id;
  const rename = <T>(record: Record<string, T>) =>
    Object.fromEntries(Object.entries(record).map(([id, value]) => [own(id), value]));
  return {
    ...state,
    nodes: [...new Set(state.nodes.map(own))],
    expanded: rename(state.expanded),
    pinned: rename(state.pinned),
    selected: state.selected === null ? null : own(state.selected),
    path: state.path && [own(state.path[0]), own(state.path[1])],
  };
}
