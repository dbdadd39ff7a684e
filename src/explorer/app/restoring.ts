import type { ViewState } from './view-state';

/**
 * A linked state with every node named by its own id. A link may name a
 * node by any CURIE it carries (`HP:0001336` is the article's `myoclonus`,
 * `ORPHA:307` a MONDO disease); `resolve` gives the node's own id, or throws
 * for one the graph lacks. Two names of one node become one.
 */
export async function canonicalState(
  state: ViewState,
  resolve: (id: string) => Promise<string>,
): Promise<ViewState> {
  const ids = new Map<string, string>();
  await Promise.all(state.nodes.map(async (id) => ids.set(id, await resolve(id))));
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
