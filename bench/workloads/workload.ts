/**
 * What a workload is: one question, asked of A (this service), B
 * (@neo4j/graphql) and C (the bare-driver floor), each with a normaliser that
 * turns an answer into a sorted list of comparable lines (ids, ends,
 * qualifiers and citations), so the harness can check that A, B and C answer
 * the same before timing them.
 */

export type ServerId = 'A' | 'A+' | 'B' | 'C' | 'D';
export type WorkloadId = 'W1' | 'W2' | 'W3' | 'W4';

/** The servers that answer the workloads (D answers only its ping). */
export type AnsweringServer = 'A' | 'A+' | 'B' | 'C';

export interface HttpRequest {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
export type Normalise = (body: Json) => string[];

export interface Workload {
  id: WorkloadId;
  title: string;
  requests: Record<'A' | 'B' | 'C', HttpRequest>;
  normalise: Record<'A' | 'B' | 'C', Normalise>;
}
