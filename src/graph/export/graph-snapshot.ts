import type { Driver } from 'neo4j-driver';
import { openSession } from '../driver';
import { toGraphError } from '../driver-errors';
import type { CypherStatement } from '../cypher';
import { GRAPH_INFO } from '../read/queries';
import {
  GRAPH_INFO_PARAMS,
  RecordMapper,
  toGraphInfo,
  toRetiredId,
  type Row,
} from '../read/record-mapper';
import type {
  EntityAnnotationsRecord,
  EntityRecord,
  FactRecord,
  GraphInfoRecord,
  RetiredIdRecord,
  SourceRecord,
} from '../read/records';
import { toConcept } from '../read/curated-mapper';
import type { ConceptRecord } from '../read/curated-records';
import { toAnnotationRef, type AnnotationRef } from './annotation-ref';
import {
  EXPORT_ANNOTATIONS,
  EXPORT_CURATED_NODES,
  EXPORT_ENTITIES,
  EXPORT_FACTS,
  EXPORT_PARAMS,
  EXPORT_RETIRED,
  EXPORT_SOURCES,
} from './export-queries';

/** The whole graph as one consistent read: what a release is made of. */
export interface GraphSnapshot {
  info: GraphInfoRecord;
  sources: SourceRecord[];
  entities: (EntityRecord & EntityAnnotationsRecord)[];
  facts: FactRecord[];
  /** The curated layer's nodes that no article entity is, in id order. */
  curatedNodes: ConceptRecord[];
  /** The curated layer's statements, in id order. */
  annotations: AnnotationRef[];
  /** Ids of earlier versions that name nothing now. */
  retired: RetiredIdRecord[];
}

/**
 * Reads the whole graph in one read transaction, so every part of a release
 * is of the same content hash. `timeoutMs` (EXPORT_READ_TIMEOUT_MS) bounds that
 * transaction on the server.
 */
export async function readGraphSnapshot(driver: Driver, timeoutMs: number): Promise<GraphSnapshot> {
  const session = openSession(driver, 'READ');
  try {
    return await session.executeRead(
      async (tx) => {
        const run = async (statement: CypherStatement, column: string, params = {}) =>
          (await tx.run(statement.text, params)).records.map((r) => r.get(column) as Row);
        const [infoRow] = (await tx.run(GRAPH_INFO.text, GRAPH_INFO_PARAMS)).records.map(
          (r) => r.toObject() as Row,
        );
        const info = toGraphInfo(infoRow);
        const sourceRows = await run(EXPORT_SOURCES, 'source');
        const map = new RecordMapper(sourceRows);
        const entities = (await run(EXPORT_ENTITIES, 'entity')).map((row) => ({
          ...map.entity(row),
          ...map.annotations(row),
        }));
        const facts = map.factRefs(await run(EXPORT_FACTS, 'fact', EXPORT_PARAMS), entities);
        const curatedNodes = (await run(EXPORT_CURATED_NODES, 'node')).map((row) =>
          toConcept(row, map),
        );
        const annotations = (await run(EXPORT_ANNOTATIONS, 'annotation', EXPORT_PARAMS)).map(
          (row) => toAnnotationRef(row, map),
        );
        const retired = (await run(EXPORT_RETIRED, 'retired')).map(toRetiredId);
        return {
          info,
          sources: sourceRows.map((row) => map.citation({ source: row.id }).source),
          entities,
          facts,
          curatedNodes,
          annotations,
          retired,
        };
      },
      { timeout: timeoutMs, metadata: { app: 'export', query: 'graph-snapshot' } },
    );
  } catch (error) {
    throw toGraphError(error);
  } finally {
    await session.close();
  }
}
