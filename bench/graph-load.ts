import type { Driver } from 'neo4j-driver';
import type { GraphContent } from '../src/domain';
import { applyGraphSchema, writeSeedGraph, type LoadReport } from '../src/graph/write';
import { emptyDatabase } from './neo4j';
import type { BenchOptions } from './options';
import { relationshipCount } from './synthetic-graph';

export interface LoadedGraph {
  loadMs: number;
  relationships: number;
  loadRelPerS: number;
  /** How the loader wrote it: one transaction or committed batches. */
  loadMode: LoadReport['mode'];
}

/** Loads a graph into an emptied database through the real loader path; returns wall time and throughput. */
export async function loadGraph(
  driver: Driver,
  graph: GraphContent,
  options: Pick<BenchOptions, 'loadBatchSize' | 'loadWriters'>,
  mode: 'auto' | LoadReport['mode'] = 'auto',
): Promise<LoadedGraph> {
  await emptyDatabase(driver);
  await applyGraphSchema(driver);
  const started = performance.now();
  const report = await writeSeedGraph(driver, graph, {
    mode,
    batchSize: options.loadBatchSize,
    writers: options.loadWriters,
    // Larger than the service's defaults: the bench's largest graphs load in about an hour.
    singleTransactionTimeoutMs: 60 * 60_000,
    batchTimeoutMs: 60 * 60_000,
  });
  const loadMs = performance.now() - started;
  // The curated layer's statements are relationships the load writes too.
  const relationships = relationshipCount(graph) + (graph.curated?.annotations.length ?? 0);
  return {
    loadMs,
    relationships,
    loadRelPerS: relationships / (loadMs / 1000),
    loadMode: report.mode,
  };
}
