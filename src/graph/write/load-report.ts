import type { GraphContent } from '../../domain';
import { SeedLoadError } from './seed-load-error';
import type { Changes } from './write-changes';

export type LoadMode = 'single' | 'batched';

export interface WriteOptions {
  /** Rows per UNWIND statement (and, in batched mode, per committed transaction). */
  batchSize?: number;
  /** Called before each write batch; a throw aborts the load (tests use it to fail mid-load). */
  beforeBatch?: (step: string, batchIndex: number) => void | Promise<void>;
  /** Server-side limit of the load transaction in single mode (SEED_TRANSACTION_TIMEOUT_MS); unset, Neo4j's own applies. */
  singleTransactionTimeoutMs?: number;
  /** Server-side limit of each committed batch in batched mode (SEED_BATCH_TIMEOUT_MS); unset, Neo4j's own applies. */
  batchTimeoutMs?: number;
  /**
   * `single`: one transaction, all or nothing. `batched`: committed batches,
   * for graphs too large for one transaction; see writeSeedGraph. The default
   * picks `batched` when the graph has more than `singleTransactionLimit` items.
   */
  mode?: LoadMode | 'auto';
  /** Items (sources, entities, facts, statistics) up to which `auto` loads in one transaction. */
  singleTransactionLimit?: number;
  /**
   * New nodes (entities and curated nodes) from which a batched load drops the
   * full-text indexes and builds them after its writes (when they are also
   * half the graph's nodes or more).
   */
  rebuildFulltextFrom?: number;
  /** Concurrent write transactions for the create steps of a batched load. */
  writers?: number;
}

/** What a load did: counts per kind of item, the hashes before and after, and how long it took. */
export interface LoadReport extends Changes {
  version: string;
  contentHash: string;
  previousContentHash: string | null;
  mode: LoadMode;
  durationMs: number;
}

export const toReport = (
  graph: GraphContent,
  previousContentHash: string | null,
  mode: LoadMode,
  changes: Changes,
  startedAt: number,
): LoadReport => ({
  version: graph.version,
  contentHash: graph.contentHash,
  previousContentHash,
  mode,
  ...changes,
  durationMs: Date.now() - startedAt,
});

/** A load's failure as a SeedLoadError whose message starts with what became of the graph. */
export function loadError(error: unknown, what: string): SeedLoadError {
  if (error instanceof SeedLoadError) return error;
  const code = (error as { code?: string }).code;
  return new SeedLoadError(`${what}${code ? ` (${code})` : ''}: ${(error as Error).message}`);
}
