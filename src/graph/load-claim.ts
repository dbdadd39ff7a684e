/**
 * How a batched seed load holds the graph: `SeedMeta.loading` names the load,
 * and `SeedMeta.loadingHeartbeat` shows it is alive. The loader and the
 * reader (GraphInfo.loadState) judge a claim by the same rule, here.
 */

/** A batched load refreshes its heartbeat this often... */
export const HEARTBEAT_MS = 10_000;
/** ...and one whose heartbeat is older than this is taken to be dead. */
export const LOADING_STALE_AFTER_S = 60;

/** Cypher: whether the claim on SeedMeta `m` is held by a live load (needs $staleAfterS). */
export const LOADING_IS_LIVE =
  'coalesce(m.loadingHeartbeat > datetime() - duration({seconds: $staleAfterS}), false)';
