export { applyGraphSchema, rebuildSearchIndexes } from './graph-schema';
export { writeSeedGraph } from './seed-writer';
export { readSeedMeta } from './seed-meta';
export { SeedLoadError } from './seed-load-error';
export type { LoadReport, WriteOptions } from './load-report';
export type { ChangeCounts } from './graph-rows';
