import type { ColdStartRow } from './cold-start';
import type { LoadResult } from './load';
import type { MemoryRow } from './memory';
import type { Spread } from './spread';
import type { ServerId, WorkloadId } from './workloads';

/** What one `npm run bench` records: its runs, rows and targets, as results.json holds them. */

/** The label of the article graph's rows. */
export const ARTICLE_SCALE = 'article';

export interface RunRecord {
  scale: string;
  workload: WorkloadId | 'ping';
  server: ServerId;
  round: number;
  result: LoadResult;
}

export interface ComparisonRow {
  workload: WorkloadId | 'ping';
  server: ServerId;
  rps: Spread;
  p50: Spread;
  p99: Spread;
}

export interface ScaleRow {
  label: string;
  relationships: number;
  entities: number;
  loadMs: number;
  loadRelPerS: number;
  /** How the loader wrote it: one transaction or committed batches. */
  loadMode?: string;
  /** The write floor of this graph's own rows (load-floor.ts), where measured: the median over pairs. */
  floorMs?: number;
  /** Floor over load time, each load divided by the floor measured just before it, over the pairs. */
  floorSpeed?: Spread;
  w1p50: Spread | null;
  w2p50: Spread | null;
}

export interface TargetRow {
  target: string;
  value: string;
  met: boolean | null;
  /**
   * The npm script that measures it, when it is not `npm run bench` (which
   * measures the unlabelled rows): such rows outlive a run of the whole bench
   * until their own script runs again.
   */
  script?: string;
}

export interface BenchResults {
  startedAt: string;
  finishedAt: string;
  smoke: boolean;
  settings: { durationS: number; rounds: number; connections: number; scales: number[] };
  environment: { node: string; cpus: number; neo4j: string; platform: string };
  checks: string[];
  comparison: ComparisonRow[];
  ratios: {
    workload: WorkloadId;
    aOverB: number;
    aOverC: number;
    /** A with its response cache on, over A with it off. */
    cachedOverA: number;
    /** A with its response cache on, over D's ceiling (ping). */
    cachedOverD: number;
  }[];
  scales: ScaleRow[];
  memory: MemoryRow[];
  coldStarts: ColdStartRow[];
  targets: TargetRow[];
  runs: RunRecord[];
}
