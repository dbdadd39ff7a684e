export { applyGraphSchema } from './graph-schema';
export { writeSeedGraph, SINGLE_TRANSACTION_LIMIT } from './seed-writer';
export { readSeedMeta, type SeedMeta } from './seed-meta';
export { SeedLoadError } from './seed-load-error';
export type { LoadMode, LoadReport, WriteOptions } from './load-report';
export type { ChangeCounts } from './graph-rows';
