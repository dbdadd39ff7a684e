export { GraphReader, type GraphReaderOptions } from './graph-reader';
export { decodeCursor, encodeCursor } from './paging';
export { MAX_DEPTH, MAX_HOPS } from './queries';
export type * from './records';
