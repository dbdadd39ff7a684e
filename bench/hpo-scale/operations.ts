import { example, graphql } from '../workloads/requests';
import { W1 } from '../workloads/w1-underlying-causes';
import type { HttpRequest } from '../workloads';

/**
 * The five example operations of the curated layer (docs/examples), asked
 * with their own default variables, as the curated workloads of the HPO-scale
 * row. C answers each by replaying the Cypher A sent for it (recorded-reads.ts).
 */
export interface CuratedOperation {
  id: 'E1' | 'E2' | 'E3' | 'E4' | 'E5';
  file: string;
  request: HttpRequest;
}

const operation = (id: CuratedOperation['id'], file: string): CuratedOperation => ({
  id,
  file,
  request: graphql(example(file)),
});

export const CURATED_OPERATIONS: CuratedOperation[] = [
  operation('E1', 'diseases-with-myoclonus.graphql'),
  operation('E2', 'genes-of-progressive-myoclonus-epilepsies.graphql'),
  operation('E3', 'diseases-with-myoclonus-and-dystonia.graphql'),
  operation('E4', 'disease-profile.graphql'),
  operation('E5', 'myoclonus-with-kidney-failure.graphql'),
];

/**
 * W1 as A asks it, with C replaying the Cypher A sent for it. W1's own C
 * (servers/floor.ts) reads the same answer through the data layer's query
 * texts, built by hand; the replay sends A's very statements and parameters.
 */
export const W1_REPLAYED = { id: 'W1r', request: W1.requests.A } as const;

/** Every number a GraphQL answer gives as `totalCount` (C's rows give the same as `total`). */
export function countsIn(body: unknown, key: string): number[] {
  const found: number[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        if (k === key && typeof x === 'number') found.push(x);
        else walk(x);
      }
  };
  walk(body);
  return found;
}
