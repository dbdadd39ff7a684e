import neo4j from 'neo4j-driver';

/**
 * The statements A sent for an operation, as bench/hpo-scale/recorded-reads.ts
 * records them and servers/replay-floor.ts replays them (beside the servers,
 * so that they compile with them).
 */

/** One Cypher statement A sent, with its parameters as JSON (an Integer as {"$int": "…"}). */
interface RecordedRead {
  text: string;
  params: unknown;
}

/**
 * The round trips A makes for one operation, in waves: the statements of a
 * wave were in flight together (a DataLoader batch, sibling fields), and a
 * wave starts only when the one before it had answered.
 */
export type RecordedWaves = RecordedRead[][];

export const toJsonParams = (v: unknown): unknown =>
  neo4j.isInt(v)
    ? { $int: v.toString() }
    : Array.isArray(v)
      ? v.map(toJsonParams)
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toJsonParams(x)]))
        : v;

export const fromJsonParams = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(fromJsonParams)
    : v && typeof v === 'object'
      ? '$int' in v
        ? neo4j.int(String((v as { $int: string }).$int))
        : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fromJsonParams(x)]))
      : v;
