import path from 'node:path';

/** What one `npm run bench` does, read from argv and the environment once. */
export interface BenchOptions {
  smoke: boolean;
  /** Seconds of load per run. */
  durationS: number;
  /** Seconds of unrecorded load per server and workload before the first round. */
  warmUpS: number;
  /** Rounds of A B C (D) runs; medians are taken over rounds. */
  rounds: number;
  /** Open connections of the load generator. */
  connections: number;
  /** Target relationship counts of the synthetic graphs. */
  scales: number[];
  /** Where the JSON, Markdown and SVG go. */
  outDir: string;
  /** Where server logs go (git-ignored). */
  logDir: string;
  /** Whether to write the summary section of docs/performance.md. */
  writeDocs: boolean;
  /** Log level of the servers under test; the service's production default is info. */
  serverLogLevel: string;
  neo4jHeap: string;
  neo4jPageCache: string;
  /** Rows per UNWIND batch of the loader (per committed transaction for large graphs). */
  loadBatchSize: number;
  /** Concurrent write transactions of a batched load. */
  loadWriters: number;
  /** Seconds of load (W1 to W4 in turn) before RSS is read after load. */
  sustainedLoadS: number;
  /** Cold starts per server. */
  coldStartRepeats: number;
}

const ROOT = path.resolve(__dirname, '..');

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new Error(`${name} must be a positive number; got "${value}"`);
  return n;
}

/** "10k,100k,1M" or "10000,100000" -> numbers. */
function parseScales(text: string): number[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const match = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(s);
      if (!match) throw new Error(`BENCH_SCALES: cannot read "${s}" (use e.g. 10k,100k,1M)`);
      const factor = { '': 1, k: 1e3, K: 1e3, m: 1e6, M: 1e6 }[match[2] ?? ''] ?? 1;
      return Math.round(Number(match[1]) * factor);
    });
}

export function readOptions(argv = process.argv.slice(2), env = process.env): BenchOptions {
  const smoke = argv.includes('--smoke') || env.BENCH_SMOKE === '1' || env.BENCH_SMOKE === 'true';
  return {
    smoke,
    durationS: positive('BENCH_DURATION', env.BENCH_DURATION, smoke ? 2 : 10),
    warmUpS:
      env.BENCH_WARMUP === '0' ? 0 : positive('BENCH_WARMUP', env.BENCH_WARMUP, smoke ? 1 : 5),
    rounds: Math.round(positive('BENCH_ROUNDS', env.BENCH_ROUNDS, smoke ? 1 : 3)),
    connections: Math.round(positive('BENCH_CONNECTIONS', env.BENCH_CONNECTIONS, 16)),
    scales: parseScales(env.BENCH_SCALES ?? (smoke ? '1k' : '10k,100k,1M')),
    outDir: path.join(ROOT, 'bench', 'results', smoke ? 'smoke' : ''),
    logDir: path.join(ROOT, 'bench', 'results', 'tmp'),
    writeDocs: !smoke,
    serverLogLevel: env.BENCH_SERVER_LOG_LEVEL ?? 'info',
    neo4jHeap: env.BENCH_NEO4J_HEAP ?? (smoke ? '1g' : '6g'),
    neo4jPageCache: env.BENCH_NEO4J_PAGECACHE ?? (smoke ? '512m' : '3g'),
    loadBatchSize: Math.round(positive('BENCH_BATCH_SIZE', env.BENCH_BATCH_SIZE, 10_000)),
    loadWriters: Math.round(positive('BENCH_LOAD_WRITERS', env.BENCH_LOAD_WRITERS, 2)),
    sustainedLoadS: positive('BENCH_SUSTAINED_LOAD', env.BENCH_SUSTAINED_LOAD, smoke ? 2 : 60),
    coldStartRepeats: Math.round(
      positive('BENCH_COLD_STARTS', env.BENCH_COLD_STARTS, smoke ? 1 : 5),
    ),
  };
}
