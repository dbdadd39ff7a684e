import { graphql } from './requests';
import { W1 } from './w1-underlying-causes';
import { W2 } from './w2-facts';
import { W3 } from './w3-search';
import { W4 } from './w4-path';
import type { AnsweringServer, HttpRequest, Normalise, Workload } from './workload';

/** The four questions the benchmark asks, and D's ping; see workload.ts for what a workload holds. */

export type { AnsweringServer, HttpRequest, ServerId, Workload, WorkloadId } from './workload';

export const WORKLOADS: Workload[] = [W1, W2, W3, W4];

/** D: the ceiling, a trivial query with no database. */
export const CEILING_REQUEST: HttpRequest = graphql('{ ping }');
export const normaliseCeiling: Normalise = (body) => [String(body.data.ping)];

/** A+ is A with its response cache on: it is asked, and its answers read, as A's are. */
const asked = (id: AnsweringServer): 'A' | 'B' | 'C' => (id === 'A+' ? 'A' : id);
export const requestOf = (workload: Workload, id: AnsweringServer): HttpRequest =>
  workload.requests[asked(id)];
export const normaliserOf = (workload: Workload, id: AnsweringServer): Normalise =>
  workload.normalise[asked(id)];
