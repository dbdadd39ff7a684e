/**
 * `npm run bench:spans`: what the spans of one traced request cost the
 * service's process, apart from everything else a request does. A child
 * process makes, at a steady 300 a second, the spans a W1 request makes
 * (the server span with the attributes the http instrumentation and the
 * service give it, the operation's span, three Cypher queries' spans, each
 * through the service's own tracing), and reads its own CPU time. Three
 * modes, each in processes of their own, alternating over the rounds:
 * tracing off (the pacing alone), spans made but not exported, and spans
 * made and exported over OTLP/HTTP (protobuf, the SDK's batch processor) to
 * a sink in another process. A figure in CPU microseconds per request, which
 * a busy machine moves far less than req/s: bench:tracing's throughput
 * ratio is what the goal reads; this says how much of it the spans are.
 */
import { fork, spawn } from 'node:child_process';
import { runMain, writeResultPair } from './script';

const MODES = ['off', 'made', 'exported'] as const;
type Mode = (typeof MODES)[number];
const ROUNDS = Number(process.env.BENCH_SPANS_ROUNDS ?? 5);
const SECONDS = 8;
const PER_SECOND = 300;
const TICK_MS = 10;

/** The attributes of a W1 request's server span, as the instrumentation and the service set them. */
const SERVER_ATTRIBUTES = {
  'http.request.method': 'POST',
  'url.scheme': 'http',
  'server.address': '127.0.0.1',
  'network.peer.address': '127.0.0.1',
  'network.peer.port': 53522,
  'network.protocol.version': '1.1',
  'url.path': '/graphql',
  'client.address': '127.0.0.1',
  'server.port': 4000,
  'kg.content_hash': '1719b6901751680cadedbe2ce144a83444e023c4e7aae0addb40b971978382e0',
  'kg.seed_version': '3.6.0',
  'kg.load_state': 'COMPLETE',
  'graphql.operation.type': 'query',
  'graphql.operation.name': 'UnderlyingCausesOfSecondaryMyoclonus',
  'http.response.status_code': 200,
  'http.route': '/graphql',
};
const QUERIES = ['condition-by-name', 'underlying-causes', 'sources'];

/** One mode's run in this process: CPU microseconds per request-shaped trace. */
async function measureChild(mode: Mode): Promise<number> {
  const { startTracing } = await import('../src/telemetry/start');
  const { trace, SpanKind } = await import('@opentelemetry/api');
  const noExport = {
    onStart() {},
    onEnd() {},
    forceFlush: async () => {},
    shutdown: async () => {},
  };
  const tracing =
    mode === 'off' ? null : startTracing(mode === 'made' ? { spanProcessors: [noExport] } : {});
  const { tracedQuery } = await import('../src/graph/traced-query');
  const { cypher } = await import('../src/graph/cypher');
  const statements = QUERIES.map((name) => cypher(name, ''));
  const server = trace.getTracer('bench-server');
  const request = async () => {
    const run = async () => {
      await tracing?.inSpan(
        'query UnderlyingCausesOfSecondaryMyoclonus',
        'internal',
        {},
        async () => {
          for (const statement of statements) await tracedQuery(statement, async () => [1]);
        },
      );
    };
    if (!tracing) return run();
    return server.startActiveSpan(
      'POST /graphql',
      { kind: SpanKind.SERVER, attributes: SERVER_ATTRIBUTES },
      async (span) => {
        await run();
        span.end();
      },
    );
  };
  const perTick = (PER_SECOND * TICK_MS) / 1000;
  // Warm the code paths (and the JIT) first.
  for (let i = 0; i < 2000; i++) await request();
  await new Promise((resolve) => setTimeout(resolve, 500));
  const before = process.cpuUsage();
  const until = performance.now() + SECONDS * 1000;
  let made = 0;
  while (performance.now() < until) {
    for (let i = 0; i < perTick; i++) await request();
    made += perTick;
    await new Promise((resolve) => setTimeout(resolve, TICK_MS));
  }
  const used = process.cpuUsage(before);
  await tracing?.shutdown();
  return (used.user + used.system) / made;
}

/** An OTLP/HTTP sink in a process of its own, which reads each export and drops it. */
async function startSink(): Promise<{ url: string; stop(): void }> {
  const child = spawn(
    process.execPath,
    [
      '-e',
      "const s=require('http').createServer((q,r)=>{q.resume();q.on('end',()=>r.writeHead(200).end())});s.listen(0,'127.0.0.1',()=>console.log(s.address().port))",
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const port = await new Promise<string>((resolve) =>
    child.stdout.once('data', (data: Buffer) => resolve(data.toString().trim())),
  );
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

function runChild(mode: Mode, sinkUrl: string): Promise<number> {
  const child = fork(__filename, [], {
    execArgv: ['--import', 'tsx'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      BENCH_SPANS_MODE: mode,
      OTEL_TRACES_EXPORTER: 'otlp',
      OTEL_EXPORTER_OTLP_ENDPOINT: sinkUrl,
    },
  });
  return new Promise((resolve, reject) => {
    child.once('message', (us: number) => resolve(us));
    child.once('exit', (code) => code !== 0 && reject(new Error(`${mode} child exited ${code}`)));
  });
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const sink = await startSink();
  const runs = new Map<Mode, number[]>(MODES.map((mode) => [mode, []]));
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? MODES : [...MODES].reverse();
      for (const mode of order) runs.get(mode)!.push(await runChild(mode, sink.url));
    }
  } finally {
    sink.stop();
  }
  const at = new Date().toISOString();
  const off = median(runs.get('off')!);
  const rows = MODES.map((mode) => ({
    mode,
    cpuUsPerRequest: median(runs.get(mode)!),
    rounds: runs.get(mode)!,
    overOffUs: median(runs.get(mode)!) - off,
  }));
  writeResultPair(
    'span-cost',
    { at, rounds: ROUNDS, seconds: SECONDS, perSecond: PER_SECOND, rows },
    [
      `# What one traced request's spans cost (${at})`,
      '',
      `\`npm run bench:spans\`: a process makes, ${PER_SECOND} times a second for ${SECONDS} s, the five spans of a W1 request (server span with its ${Object.keys(SERVER_ATTRIBUTES).length} attributes, the operation, three Cypher queries) through the service's tracing, and reads its own CPU time; ${ROUNDS} rounds, each mode a fresh process, the order alternating; medians. Beside the process's CPU per W1 request in \`bench/results/tracing-cost.md\`, the spans' share of it.`,
      '',
      '| Mode | CPU µs per request | over off, µs | rounds |',
      '| --- | ---: | ---: | --- |',
      ...rows.map(
        (r) =>
          `| ${r.mode} | ${r.cpuUsPerRequest.toFixed(1)} | ${r.overOffUs.toFixed(1)} | ${r.rounds.map((x) => x.toFixed(1)).join(', ')} |`,
      ),
      '',
    ],
  );
  for (const r of rows)
    console.log(
      `${r.mode}: ${r.cpuUsPerRequest.toFixed(1)} µs CPU per request (${r.overOffUs.toFixed(1)} over off)`,
    );
}

const childMode = process.env.BENCH_SPANS_MODE as Mode | undefined;
if (childMode)
  void measureChild(childMode).then((us) => {
    process.send?.(us);
    process.exit(0);
  });
else runMain(main);
