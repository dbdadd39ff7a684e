import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import {
  applyGraphSchema,
  readSeedMeta,
  writeSeedGraph,
  type LoadReport,
  type WriteOptions,
} from '../graph/write';
import { readGraphSettings } from '../config';
import { loadSeedGraph } from './seed-graph';

export const DEFAULT_SEED_DIR = path.resolve(__dirname, '..', '..', 'seeds');

/**
 * Validates every seed file first (nothing is written if one is bad), then
 * creates constraints and indexes, then writes the graph (see writeSeedGraph).
 */
export async function seedDatabase(
  driver: Driver,
  seedDir = DEFAULT_SEED_DIR,
  // The configured load timeouts unless the caller gives its own (Neo4j's short default would end a large load).
  options: WriteOptions = readGraphSettings().seedLoad,
): Promise<LoadReport> {
  const graph = loadSeedGraph(seedDir);
  await applyGraphSchema(driver);
  return writeSeedGraph(driver, graph, options);
}

/**
 * What `npm start` does: seedDatabase, unless the graph already holds this
 * very content, whole (same content hash, no load holding it or left
 * unfinished); then only the constraints and indexes are checked. Returns
 * the report's text. `npm run seed` always compares every item.
 */
export async function seedUnlessLoaded(
  driver: Driver,
  seedDir = DEFAULT_SEED_DIR,
  options: WriteOptions = readGraphSettings().seedLoad,
): Promise<string> {
  const graph = loadSeedGraph(seedDir);
  await applyGraphSchema(driver);
  const loaded = await readSeedMeta(driver);
  if (loaded?.complete && loaded.contentHash === graph.contentHash)
    return `seed ${graph.version} (content ${graph.contentHash.slice(0, 12)}) is loaded already: nothing to write`;
  return describeReport(await writeSeedGraph(driver, graph, options));
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
