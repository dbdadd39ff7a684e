export type { GraphReader } from './graph-reader';
export { GraphReaders } from './readers';
export type { Page } from './paging';
export { MAX_DEPTH, MAX_HOPS } from './queries';
export { WEAK_MATCH_BELOW } from './search-ranking';
export type * from './records';
export { SeedStateWatch } from './seed-state-watch';
export type * from './curated-records';
export type { CuratedNameHitRecord, CuratedTallyRecord } from './curated-lookup';
