import type { Driver } from 'neo4j-driver';
import type { GraphContent } from '../../domain';
import { tracedWork } from '../traced-query';
import { writeInBatches } from './batched-load';
import type { LoadMode, LoadReport, WriteOptions } from './load-report';
import { writeInOneTransaction } from './single-transaction-load';

/** Items up to which a load runs in one transaction (about 100 MB of transaction state). */
const SINGLE_TRANSACTION_LIMIT = 50_000;

/**
 * Writes the graph: upserts what changed, removes what is no longer in the
 * content, and records version and hash. A second load of the same graph
 * changes nothing. Up to SINGLE_TRANSACTION_LIMIT items it loads in one
 * transaction, all or nothing (writeInOneTransaction); larger graphs load in
 * committed batches under a claim (writeInBatches).
 */
export async function writeSeedGraph(
  driver: Driver,
  graph: GraphContent,
  options: WriteOptions = {},
): Promise<LoadReport> {
  const items =
    graph.sources.length +
    graph.entities.length +
    graph.facts.length +
    graph.statistics.length +
    graph.retired.length +
    (graph.curated?.nodes.length ?? 0) +
    (graph.curated?.annotations.length ?? 0);
  const mode: LoadMode =
    options.mode === 'single' || options.mode === 'batched'
      ? options.mode
      : items > (options.singleTransactionLimit ?? SINGLE_TRANSACTION_LIMIT)
        ? 'batched'
        : 'single';
  // One trace per load, its statements' spans inside.
  return tracedWork(`seed load (${mode})`, () =>
    mode === 'single'
      ? writeInOneTransaction(driver, graph, options)
      : writeInBatches(driver, graph, options),
  );
}
