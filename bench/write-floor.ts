/**
 * `npm run bench:write-floor`: how fast this machine's Neo4j takes writes
 * through Bolt and Cypher at all, whatever the loader does: the floor under
 * the seed load's throughput. It writes throw-away `WriteFloor` nodes
 * (removed again) on the bench Neo4j and times, per shape of write:
 * nodes and relationships, without and with properties like the seed's,
 * with one writer and with several. Results go to
 * bench/results/write-floor.{json,md}.
 */
import { readGraphSettings } from '../src/config';
import os from 'node:os';
import type { Driver } from 'neo4j-driver';
import { DATABASE, createDriver } from '../src/graph/driver';
import { stopOnSignals } from '../src/stop-on-signals';
import { emptyDatabase, provisionBenchNeo4j } from './neo4j';
import { readOptions } from './options';
import { runMain, writeResultPair } from './script';

const ROWS = Number(process.env.FLOOR_ROWS ?? 200_000);
const BATCH = 10_000;

interface FloorRow {
  write: string;
  writers: number;
  rows: number;
  seconds: number;
  perSecond: number;
}

/** Citation-like properties of the size the seed's facts and entities carry. */
const factProps = (i: number) => ({
  id: `floor-subject-${i}|CAUSES|floor-object-${i}`,
  qualifier: i % 3 === 0 ? 'in rare cases' : null,
  source: 'floor-source',
  section: 'Synthetic',
  paragraph: (i % 9) + 1,
  contentHash: 'f'.repeat(64),
});
const entityProps = (i: number) => ({
  id: `floor-entity-${i}`,
  kind: 'CAUSE',
  name: `Floor entity ${i}`,
  nameLower: `floor entity ${i}`,
  synonyms: [`floor alias ${i}`],
  description: `A throw-away entity number ${i} for measuring the write floor.`,
  source: 'floor-source',
  section: 'Synthetic',
  paragraph: (i % 9) + 1,
  contentHash: 'e'.repeat(64),
});

async function timed(
  driver: Driver,
  write: string,
  writers: number,
  query: string,
  batchParams: (from: number, to: number) => Record<string, unknown>,
): Promise<FloorRow> {
  const batches: [number, number][] = [];
  for (let i = 0; i < ROWS; i += BATCH) batches.push([i, Math.min(ROWS, i + BATCH)]);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async () => {
      const session = driver.session({ database: DATABASE });
      try {
        while (next < batches.length) {
          const [from, to] = batches[next++]!;
          await session.executeWrite((tx) => tx.run(query, batchParams(from, to)));
        }
      } finally {
        await session.close();
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const row = { write, writers, rows: ROWS, seconds, perSecond: ROWS / seconds };
  console.log(`${write.padEnd(48)} ${writers} writer(s): ${Math.round(row.perSecond)}/s`);
  return row;
}

async function main(): Promise<void> {
  const options = readOptions([]);
  const connection = await provisionBenchNeo4j(options);
  const driver = createDriver(connection, readGraphSettings().driver);
  const removeSignals = stopOnSignals(async () => {
    await driver.close();
    await connection.stop();
  });
  const rows: FloorRow[] = [];
  try {
    await emptyDatabase(driver, 'WriteFloor');
    await driver.executeQuery(
      'CREATE INDEX write_floor_k IF NOT EXISTS FOR (n:WriteFloor) ON (n.k)',
      {},
      { database: DATABASE },
    );
    await driver.executeQuery('CALL db.awaitIndexes(120)', {}, { database: DATABASE });
    const range = (from: number, to: number) => ({ from, to: to - 1, n: ROWS });

    rows.push(
      await timed(
        driver,
        'nodes, one indexed property, built in Neo4j',
        1,
        'UNWIND range($from, $to) AS i CREATE (:WriteFloor {k: i})',
        range,
      ),
    );
    for (const writers of [1, 2]) {
      rows.push(
        await timed(
          driver,
          'relationships, no properties, ends by index',
          writers,
          `UNWIND range($from, $to) AS i
           MATCH (a:WriteFloor {k: i}) MATCH (b:WriteFloor {k: (i * 7919) % $n})
           CREATE (a)-[:WRITE_FLOOR_${writers}]->(b)`,
          range,
        ),
      );
    }
    for (const writers of [1, 2, 3]) {
      rows.push(
        await timed(
          driver,
          "relationships, a fact's properties sent as rows",
          writers,
          `UNWIND $rows AS row
           MATCH (a:WriteFloor {k: row.a}) MATCH (b:WriteFloor {k: row.b})
           CREATE (a)-[r:WRITE_FLOOR_PROPS_${writers}]->(b) SET r = row.props`,
          (from, to) => ({
            rows: Array.from({ length: to - from }, (_, j) => ({
              a: from + j,
              b: ((from + j) * 7919) % ROWS,
              props: factProps(from + j),
            })),
          }),
        ),
      );
    }
    for (const writers of [1, 2]) {
      rows.push(
        await timed(
          driver,
          "nodes, an entity's properties sent as rows",
          writers,
          `UNWIND $rows AS row CREATE (n:WriteFloor:WriteFloorEntity) SET n = row.props, n.k = row.k`,
          (from, to) => ({
            rows: Array.from({ length: to - from }, (_, j) => ({
              k: ROWS * (1 + writers) + from + j,
              props: entityProps(from + j),
            })),
          }),
        ),
      );
    }
  } finally {
    await emptyDatabase(driver, 'WriteFloor').catch(() => undefined);
    await driver
      .executeQuery('DROP INDEX write_floor_k IF EXISTS', {}, { database: DATABASE })
      .catch(() => undefined);
    removeSignals();
    await driver.close();
    await connection.stop();
  }

  const at = new Date().toISOString();
  const environment = { node: process.version, cpus: os.cpus().length, neo4j: connection.provider };
  writeResultPair('write-floor', { at, environment, batch: BATCH, rows }, [
    `# Neo4j write floor (${at}, ${environment.cpus} CPUs, Neo4j 5.26 ${environment.neo4j})`,
    '',
    `${ROWS.toLocaleString('en')} rows per line, ${BATCH.toLocaleString('en')} per committed transaction.`,
    '',
    '| Write | Writers | Rows/s |',
    '| --- | ---: | ---: |',
    ...rows.map(
      (r) => `| ${r.write} | ${r.writers} | ${Math.round(r.perSecond).toLocaleString('en')} |`,
    ),
    '',
  ]);
}

runMain(main);
