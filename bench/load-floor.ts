import type { Driver } from 'neo4j-driver';
import { DATABASE } from '../src/graph/driver';
import type { GraphContent } from '../src/domain';
import { toGraphRows } from '../src/graph/write/graph-rows';
import { annotationRow, curatedNodeRow } from '../src/graph/write/curated-rows';
import { emptyDatabase } from './neo4j';

const BARE_SCHEMA = ['CREATE INDEX write_floor_id IF NOT EXISTS FOR (n:WriteFloor) ON (n.id)'];
const SERVICE_LIKE_SCHEMA = [
  'CREATE CONSTRAINT write_floor_unique_id IF NOT EXISTS FOR (n:WriteFloor) REQUIRE n.id IS UNIQUE',
  "CREATE FULLTEXT INDEX write_floor_curie IF NOT EXISTS FOR (n:WriteFloor) ON EACH [n.curieText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}}",
  "CREATE FULLTEXT INDEX write_floor_search IF NOT EXISTS FOR (n:WriteFloor) ON EACH [n.name, n.synonymsText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}}",
  "CREATE FULLTEXT INDEX write_floor_entity_xref IF NOT EXISTS FOR (n:WriteFloorEntity) ON EACH [n.xrefText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}}",
  "CREATE FULLTEXT INDEX write_floor_entity_search IF NOT EXISTS FOR (n:WriteFloorEntity) ON EACH [n.name, n.synonymsText, n.description] OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}}",
  'CREATE INDEX write_floor_entity_name IF NOT EXISTS FOR (n:WriteFloorEntity) ON (n.nameLower)',
  'CREATE INDEX write_floor_entity_kind IF NOT EXISTS FOR (n:WriteFloorEntity) ON (n.kind)',
  'CREATE INDEX write_floor_edge_id IF NOT EXISTS FOR ()-[r:WRITE_FLOOR]-() ON (r.id)',
];
const FLOOR_SCHEMA_DROPS = [
  'DROP INDEX write_floor_id IF EXISTS',
  'DROP CONSTRAINT write_floor_unique_id IF EXISTS',
  ...[
    'write_floor_curie',
    'write_floor_search',
    'write_floor_entity_xref',
    'write_floor_entity_search',
    'write_floor_entity_name',
    'write_floor_entity_kind',
    'write_floor_edge_id',
  ].map((name) => `DROP INDEX ${name} IF EXISTS`),
];

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
 *
 * `indexes`: `none` is the floor as defined (one range index on the node id,
 * for the edges' ends). `service` also keeps indexes like the service's over
 * the same rows, which a load cannot skip (a second floor, reported beside the
 * first, never instead of it): the node id unique (the `Concept` id
 * constraint), full-text indexes over the same properties with the same
 * analyzers (curies and names of every node; cross-references and names of
 * the article's entities, which carry a second label), the entities' range
 * indexes, and one relationship id index over every edge (the service's
 * per-type id indexes hold the same entries).
 */
export async function measureLoadFloor(
  driver: Driver,
  graph: GraphContent,
  batchSize: number,
  writers: number,
  shape: 'batched' | 'single' = 'batched',
  indexes: 'none' | 'service' = 'none',
  /** A clock (ms) read around the writes alone, such as a process's CPU time: `clockMs` is its advance. */
  clock: () => number = () => NaN,
): Promise<{ floorMs: number; entityMs: number; factMs: number; clockMs: number }> {
  const rows = toGraphRows(graph);
  const entityLabel = indexes === 'service' ? 'WriteFloorEntity' : null;
  const nodes = [
    ...rows.entities.map((e) => ({ ...e, entity: entityLabel !== null })),
    ...(graph.curated?.nodes ?? []).map((n) => ({ ...curatedNodeRow(n), entity: false })),
  ];
  const edges = [...rows.facts, ...(graph.curated?.annotations ?? []).map(annotationRow)];
  await emptyDatabase(driver, 'WriteFloor');
  for (const statement of indexes === 'service' ? SERVICE_LIKE_SCHEMA : BARE_SCHEMA)
    await driver.executeQuery(statement, {}, { database: DATABASE });
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
  // The article's entities carry a second label in the `service` floor (its entity-only indexes).
  const nodeQuery = `UNWIND $rows AS row CREATE (n:WriteFloor) SET n = row.props${
    entityLabel ? ` WITH n, row WHERE row.entity SET n:${entityLabel}` : ''
  }`;
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
    const clockAt = clock();
    if (shape === 'single') {
      const { entityMs, factMs } = await inOneTransaction();
      return { floorMs: entityMs + factMs, entityMs, factMs, clockMs: clock() - clockAt };
    }
    const entityMs = await inBatches(nodeQuery, nodes);
    const factMs = await inBatches(edgeQuery, edges);
    return { floorMs: entityMs + factMs, entityMs, factMs, clockMs: clock() - clockAt };
  } finally {
    await emptyDatabase(driver, 'WriteFloor');
    for (const statement of FLOOR_SCHEMA_DROPS)
      await driver.executeQuery(statement, {}, { database: DATABASE });
  }
}
