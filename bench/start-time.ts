/**
 * `npm start`, with the jars cached, to the first answer, and where the time
 * goes: npm and the explorer build (prestart), Node and tsx loading the
 * service, the JVM starting Neo4j (recovery included), the seed (validation,
 * schema, the diff and its writes), the HTTP service, the first answer. The
 * first run may seed an empty database; later ones find the seed unchanged.
 * `npm run bench:start` runs it alone; `npm run bench` runs it last.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { spread, type Spread } from './spread';
import { runMain, writeResultPair } from './script';

const ROOT = path.resolve(__dirname, '..');

export const START_PHASES = [
  'npm and prestart',
  'Node, tsx and the service modules',
  'Neo4j: JVM start and recovery',
  'seed: validate, schema, diff, write',
  'HTTP service start',
  'first answer',
] as const;

export interface StartRun {
  totalMs: number;
  phases: Record<(typeof START_PHASES)[number], number>;
  seedWrites: string;
}

export interface StartTimeResult {
  runs: StartRun[];
  totalMs: Spread;
  phases: { phase: string; ms: Spread }[];
}

async function oneStart(root = ROOT): Promise<StartRun> {
  const started = Date.now();
  const seen = new Map<string, number>();
  let seedWrites = '';
  let port: number | undefined;
  const child = spawn('npm', ['start'], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const mark = (event: string, at = Date.now()) => {
    if (!seen.has(event)) seen.set(event, at);
  };
  let buffered = '';
  const onData = (chunk: Buffer) => {
    buffered += chunk.toString();
    let newline: number;
    while ((newline = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
      if (line.startsWith('{')) {
        try {
          const entry = JSON.parse(line) as { msg?: string; time?: number };
          if (entry.msg) mark(entry.msg, entry.time);
        } catch {
          // Not a log line.
        }
      } else if (line.startsWith('explorer built')) mark('prestart done');
      else if (/^seed \S+ \(content/.test(line)) {
        mark('seeded');
        seedWrites = line.trim();
      } else {
        const match = /^GraphQL:\s+http:\/\/[^:]+:(\d+)\//.exec(line);
        if (match) {
          port = Number(match[1]);
          mark('listening');
        }
      }
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  try {
    const deadline = started + 300_000;
    for (;;) {
      if (Date.now() > deadline) throw new Error('npm start gave no answer within 300 s');
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
      if (port !== undefined) {
        const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ condition(name: "myoclonus") { id } }' }),
        }).catch(() => null);
        const body = response?.ok
          ? ((await response.json()) as { data?: { condition?: { id?: string } } })
          : null;
        if (body?.data?.condition?.id === 'myoclonus') {
          mark('answered');
          break;
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    if (child.pid) process.kill(-child.pid, 'SIGINT');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 30_000))]);
  }
  const at = (event: string) => {
    const t = seen.get(event);
    if (t === undefined) throw new Error(`npm start: never saw "${event}"`);
    return t;
  };
  const times = [
    started,
    at('prestart done'),
    at('starting'),
    at('local Neo4j is up'),
    at('seeded'),
    at('listening'),
    at('answered'),
  ];
  return {
    totalMs: times.at(-1)! - started,
    phases: Object.fromEntries(
      START_PHASES.map((phase, i) => [phase, times[i + 1]! - times[i]!]),
    ) as StartRun['phases'],
    seedWrites,
  };
}

/** `runs` starts in a row (of the project at `root`); medians with min–max. */
export async function measureNpmStart(runs: number, root = ROOT): Promise<StartTimeResult> {
  const all: StartRun[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await oneStart(root);
    console.log(`[bench] npm start ${i + 1}: first answer after ${run.totalMs} ms`);
    all.push(run);
  }
  return {
    runs: all,
    totalMs: spread(all.map((r) => r.totalMs)),
    phases: START_PHASES.map((phase) => ({ phase, ms: spread(all.map((r) => r.phases[phase])) })),
  };
}

export function startTimeMarkdown(result: StartTimeResult): string[] {
  const ms = (s: Spread) => (s.min === s.max ? `${s.median}` : `${s.median} (${s.min}–${s.max})`);
  return [
    `\`npm start\` to the first answer, jars cached, ${result.runs.length} runs: ${ms(result.totalMs)} ms (median, min–max).`,
    '',
    '| Phase | ms |',
    '| --- | ---: |',
    ...result.phases.map((p) => `| ${p.phase} | ${ms(p.ms)} |`),
    '',
    ...result.runs.map((r, i) => `- run ${i + 1}: ${r.seedWrites}`),
    '',
  ];
}

/** Measures `runs` starts and writes bench/results/start-time.{json,md}. */
export async function benchNpmStart(runs: number): Promise<void> {
  const result = await measureNpmStart(runs);
  writeResultPair('start-time', { at: new Date().toISOString(), ...result }, [
    `# npm start to the first answer (${new Date().toISOString()})`,
    '',
    ...startTimeMarkdown(result),
  ]);
}

if (require.main === module) runMain(() => benchNpmStart(Number(process.env.BENCH_STARTS ?? 3)));
