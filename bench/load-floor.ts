import type { Driver } from 'neo4j-driver';
import { DATABASE } from '../src/graph/driver';
import type { GraphContent } from '../src/domain';
import { toGraphRows } from '../src/graph/write/graph-rows';
import { annotationRow, curatedNodeRow } from '../src/graph/write/curated-rows';
import { emptyDatabase } from './neo4j';

/**
 * The write floor of one graph: its own entity and fact rows, as the loader
 * sends them (with the curated layer's node and statement rows where the
 * graph has one), written by bare Cypher (CREATE, ends matched by one index) with
 * the same batch size and writers, and nothing else: no diff, no claim, no
 * per-kind labels, none of the service's constraints and indexes. The loader
 * at this floor would cost nothing beyond the writes themselves. The nodes
 * are throw-away (`WriteFloor`) and removed again.
 *
 * `shape` is how the writes are committed: `batched`, each batch its own
 * transaction, `writers` at once (the shape of a batched load); `single`, every
 * batch in one transaction and so one writer (the shape of a load that must be
 * all or nothing: one transaction runs one statement at a time).
 */
export async function measureLoadFloor(
  driver: Driver,
  graph: GraphContent,
  batchSize: number,
  writers: number,
  shape: 'batched' | 'single' = 'batched',
): Promise<{ floorMs: number; entityMs: number; factMs: number }> {
  const rows = toGraphRows(graph);
  const nodes = [...rows.entities, ...(graph.curated?.nodes ?? []).map(curatedNodeRow)];
  const edges = [...rows.facts, ...(graph.curated?.annotations ?? []).map(annotationRow)];
  await emptyDatabase(driver, 'WriteFloor');
  await driver.executeQuery(
    'CREATE INDEX write_floor_id IF NOT EXISTS FOR (n:WriteFloor) ON (n.id)',
    {},
    { database: DATABASE },
  );
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database: DATABASE });
  const inBatches = async (query: string, items: unknown[]) => {
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: writers }, async () => {
        const session = driver.session({ database: DATABASE });
        try {
          while (next * batchSize < items.length) {
            const from = next++ * batchSize;
            const batch = items.slice(from, from + batchSize);
            await session.executeWrite((tx) => tx.run(query, { rows: batch }));
          }
        } finally {
          await session.close();
        }
      }),
    );
    return performance.now() - started;
  };
  const nodeQuery = 'UNWIND $rows AS row CREATE (n:WriteFloor) SET n = row.props';
  const edgeQuery = `UNWIND $rows AS row
       MATCH (s:WriteFloor {id: row.subject}) MATCH (o:WriteFloor {id: row.object})
       CREATE (s)-[r:WRITE_FLOOR]->(o) SET r = row.props`;
  const inOneTransaction = async () => {
    const session = driver.session({ database: DATABASE });
    const tx = session.beginTransaction();
    try {
      const started = performance.now();
      for (let from = 0; from < nodes.length; from += batchSize)
        await tx.run(nodeQuery, { rows: nodes.slice(from, from + batchSize) });
      const nodesDone = performance.now();
      for (let from = 0; from < edges.length; from += batchSize)
        await tx.run(edgeQuery, { rows: edges.slice(from, from + batchSize) });
      await tx.commit();
      return { entityMs: nodesDone - started, factMs: performance.now() - nodesDone };
    } finally {
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      await session.close();
    }
  };
  try {
    if (shape === 'single') {
      const { entityMs, factMs } = await inOneTransaction();
      return { floorMs: entityMs + factMs, entityMs, factMs };
    }
    const entityMs = await inBatches(nodeQuery, nodes);
    const factMs = await inBatches(edgeQuery, edges);
    return { floorMs: entityMs + factMs, entityMs, factMs };
  } finally {
    await emptyDatabase(driver, 'WriteFloor');
    await driver.executeQuery('DROP INDEX write_floor_id IF EXISTS', {}, { database: DATABASE });
  }
}
