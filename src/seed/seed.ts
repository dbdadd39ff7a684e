import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import {
  applyGraphSchema,
  writeSeedGraph,
  type LoadReport,
  type WriteOptions,
} from '../graph/write';
import { loadSeedGraph } from './seed-graph';

export const DEFAULT_SEED_DIR = path.resolve(__dirname, '..', '..', 'seeds');

/**
 * Validates every seed file first (nothing is written if one is bad), then
 * creates constraints and indexes, then writes the graph (see writeSeedGraph).
 */
export async function seedDatabase(
  driver: Driver,
  seedDir = DEFAULT_SEED_DIR,
  options: WriteOptions = {},
): Promise<LoadReport> {
  const graph = loadSeedGraph(seedDir);
  await applyGraphSchema(driver);
  return writeSeedGraph(driver, graph, options);
}

export function describeReport(report: LoadReport): string {
  const line = (name: string, c: LoadReport['entities']) =>
    `  ${name.padEnd(12)} created ${c.created}, updated ${c.updated}, removed ${c.removed}, unchanged ${c.unchanged}`;
  return [
    `seed ${report.version} (content ${report.contentHash.slice(0, 12)}) loaded in ${report.durationMs} ms` +
      (report.mode === 'batched' ? ' (in committed batches)' : ''),
    line('sources', report.sources),
    line('entities', report.entities),
    line('facts', report.facts),
    line('statistics', report.statistics),
  ].join('\n');
}
