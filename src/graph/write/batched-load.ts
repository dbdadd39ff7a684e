import { randomUUID } from 'node:crypto';
import type { Driver, Session } from 'neo4j-driver';
import type { GraphContent } from '../../domain';
import type { CypherStatement } from '../cypher';
import { openSession } from '../driver';
import { HEARTBEAT_MS, LOADING_STALE_AFTER_S } from '../load-claim';
import { tracedQuery } from '../traced-query';
import { applyGraphSchema, dropFulltextIndexes } from './graph-schema';
import { loadError, toReport, type LoadReport, type WriteOptions } from './load-report';
import { SeedLoadError } from './seed-load-error';
import * as W from './statements';
import { anyChange, readExisting, writeChanges, type StepRunner } from './write-changes';

/** New nodes (entities and curated nodes) from which a batched load builds the full-text indexes after writing (and they must be half the graph's nodes). */
const BULK_FULLTEXT_MIN_CREATES = 10_000;

/**
 * The load of graphs too large for one transaction in Neo4j's memory. It
 * claims the graph (SeedMeta.loading, kept alive by a heartbeat, so a second
 * load refuses while it runs), then commits batch after batch, creating with
 * several writers at once. Readers see the graph fill up, and
 * GraphInfo.loadState says LOADING. If it fails, what was committed stays and
 * loadState reads INCOMPLETE until the next load, which picks up from there
 * (the diff writes only what is still missing or different). A failure before
 * the first committed batch gives the graph back as it was.
 *
 * Creates of every kind share the writers, then facts of every predicate do.
 * A load that creates most of the graph (the first load of a large one) drops
 * the full-text indexes and builds them again after its writes, in one pass;
 * search answers SERVICE_UNAVAILABLE meanwhile, as the graph is LOADING.
 */
export async function writeInBatches(
  driver: Driver,
  graph: GraphContent,
  options: WriteOptions,
): Promise<LoadReport> {
  const started = Date.now();
  const batchSize = options.batchSize ?? 10_000;
  const writers = Math.max(1, options.writers ?? 2);
  const txConfig = (statement: CypherStatement) => ({
    ...(options.batchTimeoutMs === undefined ? {} : { timeout: options.batchTimeoutMs }),
    metadata: { app: 'seed', query: statement.name },
  });
  const runId = randomUUID();
  // Every batch, read and claim step is a transaction of its own, in a session of its own.
  const inSession = async <T>(work: (session: Session) => Promise<T>): Promise<T> => {
    const session = openSession(driver, 'WRITE');
    try {
      return await work(session);
    } finally {
      await session.close();
    }
  };
  const write = (statement: CypherStatement, params: Record<string, unknown>) =>
    inSession((session) =>
      tracedQuery(statement, () =>
        session.executeWrite((tx) => tx.run(statement.text, params), txConfig(statement)),
      ),
    );

  let claimed = false;
  let wasIncomplete = false;
  let lost = false;
  let committed = 0;
  let heartbeat: NodeJS.Timeout | undefined;
  let fulltextDropped = false;
  try {
    const claim = await write(W.CLAIM, { runId, staleAfterS: LOADING_STALE_AFTER_S });
    if (claim.records[0]?.get('busy'))
      throw new SeedLoadError(
        'another seed load is writing the graph in batches; try again when it has finished',
      );
    claimed = true;
    wasIncomplete = Boolean(claim.records[0]?.get('wasIncomplete'));
    const previousContentHash = (claim.records[0]?.get('contentHash') as string | null) ?? null;
    heartbeat = setInterval(() => {
      write(W.HEARTBEAT, { runId })
        .then((r) => {
          if (Number(r.records[0]?.get('owned') ?? 0) === 0) lost = true;
        })
        .catch(() => undefined);
    }, HEARTBEAT_MS);
    heartbeat.unref();

    const existing = await readExisting(async (statement, params = {}) =>
      inSession(async (session) => {
        const result = await tracedQuery(statement, () =>
          session.executeRead((tx) => tx.run(statement.text, params), txConfig(statement)),
        );
        return result.records;
      }),
    );

    // A load that creates most of the graph builds the full-text indexes after its writes, in one
    // pass. Curated nodes count: concept_search and concept_curie index them (the full HPO
    // extract is 28,000 of them against the article's 59 entities).
    const curatedNodes = graph.curated?.nodes ?? [];
    const creates =
      graph.entities.filter((e) => !existing.entities.has(e.id)).length +
      curatedNodes.filter((n) => !existing.curated.nodes.has(n.id)).length;
    const rebuildFulltext =
      creates >= (options.rebuildFulltextFrom ?? BULK_FULLTEXT_MIN_CREATES) &&
      creates >= (graph.entities.length + curatedNodes.length) / 2;
    if (rebuildFulltext) {
      await dropFulltextIndexes(driver);
      fulltextDropped = true;
    }

    let batchIndex = 0;
    const run: StepRunner = async (steps, parallel = false) => {
      const batches = steps.flatMap((step) =>
        Array.from({ length: Math.ceil(step.size / batchSize) }, (_, i) => ({
          step,
          from: i * batchSize,
          to: Math.min(step.size, (i + 1) * batchSize),
        })),
      );
      let next = 0;
      let failed = false;
      const worker = async () => {
        try {
          while (next < batches.length && !failed) {
            const { step, from, to } = batches[next++]!;
            if (lost) throw new SeedLoadError('this load lost its claim on the graph');
            await options.beforeBatch?.(step.step, batchIndex++);
            await write(step.statement, step.params(from, to));
            committed++;
          }
        } catch (error) {
          // The other writers stop after their current batch.
          failed = true;
          throw error;
        }
      };
      await Promise.all(
        Array.from({ length: parallel ? Math.min(writers, batches.length) : 1 }, worker),
      );
    };
    const changes = await writeChanges(graph, existing, run);
    if (fulltextDropped) {
      await applyGraphSchema(driver);
      fulltextDropped = false;
    }

    await inSession((session) =>
      session.executeWrite(async (tx) => {
        const owned = await tx.run(W.HEARTBEAT.text, { runId });
        if (Number(owned.records[0]?.get('owned') ?? 0) === 0)
          throw new SeedLoadError('this load lost its claim on the graph');
        await tx.run(W.FINISH.text, {
          runId,
          changed: anyChange(changes),
          version: graph.version,
          contentHash: graph.contentHash,
        });
      }, txConfig(W.FINISH)),
    );
    return toReport(graph, previousContentHash, 'batched', changes, started);
  } catch (error) {
    // Search works again on what was written, whatever happens next.
    if (fulltextDropped) await applyGraphSchema(driver).catch(() => undefined);
    // Nothing written over a complete graph: it is still complete. Otherwise it is not.
    const untouched = committed === 0 && !wasIncomplete;
    if (claimed) await write(untouched ? W.RELEASE : W.ABANDON, { runId }).catch(() => undefined);
    throw loadError(
      error,
      !claimed
        ? 'batched seed load failed'
        : untouched
          ? 'batched seed load failed before writing anything; the graph is as it was'
          : `batched seed load failed after ${committed} committed batch(es); the graph is incomplete until the next load`,
    );
  } finally {
    clearInterval(heartbeat);
  }
}
