import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import type { GraphContent } from '../../domain';
import { openSession } from '../driver';
import { LOADING_STALE_AFTER_S } from '../load-claim';
import { tracedQuery } from '../traced-query';
import { loadError, toReport, type LoadReport, type WriteOptions } from './load-report';
import { SeedLoadError } from './seed-load-error';
import * as W from './statements';
import { anyChange, readExisting, writeChanges, type StepRunner } from './write-changes';

/**
 * The load of every graph up to SINGLE_TRANSACTION_LIMIT items (so the
 * article's): one transaction, so any error rolls everything back and leaves
 * the previous graph as it was. Its statements share the transaction's
 * metadata, so Neo4j's query log names the load, not each statement.
 */
export async function writeInOneTransaction(
  driver: Driver,
  graph: GraphContent,
  options: WriteOptions,
): Promise<LoadReport> {
  const started = Date.now();
  const batchSize = options.batchSize ?? 5_000;
  const session = openSession(driver, 'WRITE');
  const tx = session.beginTransaction({
    ...(options.singleTransactionTimeoutMs === undefined
      ? {}
      : { timeout: options.singleTransactionTimeoutMs }),
    metadata: { app: 'seed', query: 'single-transaction-load' },
  });
  let batchIndex = 0;
  // One transaction runs one statement at a time: every batch of every step in turn. The next
  // batch's rows (content hashes included) are built while Neo4j runs this one, which would
  // otherwise wait for them.
  const run: StepRunner = async (steps) => {
    const batches = steps.flatMap(({ step, statement, size, params }) =>
      Array.from({ length: Math.ceil(size / batchSize) }, (_, k) => ({
        step,
        statement,
        params: () => params(k * batchSize, Math.min(size, (k + 1) * batchSize)),
      })),
    );
    let prepared = batches[0]?.params();
    for (const [k, { step, statement }] of batches.entries()) {
      await options.beforeBatch?.(step, batchIndex++);
      const params = prepared!;
      const running = tracedQuery(statement, () => tx.run(statement.text, params));
      // Its failure is awaited below; until then it counts as handled.
      running.catch(() => undefined);
      try {
        // The driver sends the statement from a promise callback: let it go out first.
        await new Promise((resolve) => setImmediate(resolve));
        prepared = batches[k + 1]?.params();
      } finally {
        await running;
      }
    }
  };
  try {
    // Taking the write lock on the meta node first makes a second concurrent seed wait for this one.
    const lock = await tracedQuery(W.LOCK, () =>
      tx.run(W.LOCK.text, { runId: randomUUID(), staleAfterS: LOADING_STALE_AFTER_S }),
    );
    if (lock.records[0]?.get('loadingIsLive'))
      throw new SeedLoadError(
        `another seed load (${String(lock.records[0].get('loading'))}) is writing the graph in batches; try again when it has finished`,
      );
    const previousContentHash = (lock.records[0]?.get('contentHash') as string | null) ?? null;
    const existing = await readExisting(
      async (statement, params) =>
        (await tracedQuery(statement, () => tx.run(statement.text, params))).records,
    );
    const changes = await writeChanges(graph, existing, run);
    await tracedQuery(W.FINISH, () =>
      tx.run(W.FINISH.text, {
        runId: null,
        changed: anyChange(changes),
        version: graph.version,
        contentHash: graph.contentHash,
      }),
    );
    await tx.commit();
    return toReport(graph, previousContentHash, 'single', changes, started);
  } catch (error) {
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    throw loadError(error, 'seed load failed and was rolled back');
  } finally {
    await session.close();
  }
}
