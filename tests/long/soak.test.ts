import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync, readSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { loadExamples } from '../../src/http/playground';
import { seedDatabase } from '../../src/seed/seed';
import { sleep } from '../fixtures/ports';
import { graphHash } from '../fixtures/security-kit';
import { testDriver } from '../fixtures/testkit';

/**
 * Sustained load on the production API (rate limit off) in a child process:
 * every answer is a 2xx without GraphQL errors, and the memory the server
 * keeps does not grow by more than MEMORY_MARGIN over the run: what it
 * retains after a full garbage collection (V8's heap in use and buffers
 * outside it), where a leak shows. Its RSS is reported, not checked: the
 * runtime keeps freed pages as it sees fit (on Node 24, which answers about
 * twice as many requests here as Node 20 did, the floor of the RSS rose past
 * +50% in a run without a single error).
 */

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
const SOAK_SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 50);
/** Memory retained after a full collection at the end may exceed that after the warm-up by at most this fraction. */
const MEMORY_MARGIN = 0.5;

interface LoadResult {
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  p50: number;
  p99: number;
  rps: number;
  examples: string[];
  bodiesChecked: number;
  bodiesWithErrors: number;
  sampleErrors: string[];
}

let driver: Driver;
let serverChild: ChildProcess | undefined;
let serverPid: number;
let baseUrl: string;
const serverLog = { requests: 0, withErrors: 0, errorCodes: new Map<string, number>() };
/**
 * The server writes its log to a file, not a pipe: a pipe that the test
 * reads more slowly than the server writes (the load takes the CPU) would
 * queue the log in the server and count as its memory.
 */
const SERVER_LOG_FILE = path.join(os.tmpdir(), `soak-server-${process.pid}.log`);
const logReader = {
  offset: 0,
  partial: '',
  port: undefined as number | undefined,
  retained: [] as number[],
};

/** Reads the lines the server has logged since the last call. */
function readServerLog(): void {
  const fd = openSync(SERVER_LOG_FILE, 'r');
  try {
    const chunk = Buffer.alloc(1 << 20);
    for (;;) {
      const bytes = readSync(fd, chunk, 0, chunk.length, logReader.offset);
      if (bytes === 0) break;
      logReader.offset += bytes;
      const lines = (logReader.partial + chunk.toString('utf8', 0, bytes)).split('\n');
      logReader.partial = lines.pop() ?? '';
      for (const line of lines) countLogLine(line);
    }
  } finally {
    closeSync(fd);
  }
}

function countLogLine(line: string): void {
  const port = /^PORT=(\d+)$/.exec(line);
  const retained = /^RETAINED=(\d+)$/.exec(line);
  if (port) logReader.port = Number(port[1]);
  else if (retained) logReader.retained.push(Number(retained[1]));
  else if (line.includes('"graphql request"')) {
    // The server's own request log: one line per GraphQL request, with its error codes.
    serverLog.requests++;
    const codes = (JSON.parse(line) as { errorCodes?: string[] }).errorCodes;
    if (codes && codes.length > 0) {
      serverLog.withErrors++;
      for (const code of codes)
        serverLog.errorCodes.set(code, (serverLog.errorCodes.get(code) ?? 0) + 1);
    }
  }
}

/** VmRSS of a process in bytes, from /proc. */
function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1]);
  if (!Number.isFinite(kb)) throw new Error(`no VmRSS for ${pid}`);
  return kb * 1024;
}

/** The node process that runs the fixture: npx and tsx start it as a descendant. */
function findServerPid(rootPid: number): number {
  const children = (pid: number): number[] => {
    try {
      return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map(Number);
    } catch {
      return [];
    }
  };
  const queue = [rootPid];
  const found: number[] = [];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    found.push(pid);
    queue.push(...children(pid));
  }
  const runsFixture = found.filter((pid) => {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      return cmd.includes('soak-server') && !cmd.includes('npm');
    } catch {
      return false;
    }
  });
  // The deepest process running the fixture is the one with the server in it.
  return runsFixture[runsFixture.length - 1] ?? rootPid;
}

beforeAll(async () => {
  driver = testDriver();
  await seedDatabase(driver);
  console.log(`soak: graph hash before ${await graphHash(driver)}`);
  const out = openSync(SERVER_LOG_FILE, 'w');
  serverChild = spawn('npx', ['tsx', 'tests/fixtures/soak-server.ts'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, LOG_LEVEL: 'info' },
    detached: true,
    stdio: ['ignore', out, 'inherit'],
  });
  closeSync(out);
  const deadline = Date.now() + 110_000;
  while (logReader.port === undefined) {
    if (serverChild.exitCode !== null)
      throw new Error(`API child exited with ${serverChild.exitCode}`);
    if (Date.now() > deadline) throw new Error('the API child printed no port');
    await sleep(100);
    readServerLog();
  }
  const port = logReader.port;
  baseUrl = `http://127.0.0.1:${port}`;
  serverPid = findServerPid(serverChild.pid!);
}, 120_000);

afterAll(async () => {
  if (serverChild?.pid && serverChild.exitCode === null) {
    const exited = new Promise((resolve) => serverChild!.once('exit', resolve));
    process.kill(-serverChild.pid, 'SIGTERM');
    await Promise.race([exited, sleep(15_000)]);
    try {
      process.kill(-serverChild.pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
  if (driver) {
    console.log(`soak: graph hash after  ${await graphHash(driver)}`);
    await driver.close();
  }
  rmSync(SERVER_LOG_FILE, { force: true });
}, 60_000);

/** What the server retains after a full garbage collection (it answers SIGUSR2). */
async function retainedAfterGc(): Promise<number> {
  const before = logReader.retained.length;
  process.kill(serverPid, 'SIGUSR2');
  const deadline = Date.now() + 30_000;
  while (logReader.retained.length === before) {
    if (Date.now() > deadline) throw new Error('the server did not report its retained memory');
    await sleep(50);
    readServerLog();
  }
  return logReader.retained[logReader.retained.length - 1]!;
}

/** How long the server's log lines may take to reach its log file after the load ends. */
const LOG_BACKLOG_DEADLINE_MS = 20_000;

/** Waits until the server has logged `count` requests in all, or the deadline passes. */
async function logLinesSettled(count: number, deadlineMs: number): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  readServerLog();
  while (serverLog.requests < count && Date.now() < deadline) {
    await sleep(100);
    readServerLog();
  }
}

function runLoad(durationSeconds: number, connections: number): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'tests/fixtures/load-child.ts'], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        URL: baseUrl,
        DURATION: String(durationSeconds),
        CONNECTIONS: String(connections),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0) reject(new Error(`load child exited ${code}: ${out.slice(-500)}`));
      else resolve(JSON.parse(line) as LoadResult);
    });
  });
}

test(
  `${SOAK_SECONDS} s at ${CONNECTIONS} connections over the example operations: no errors, bounded memory`,
  async () => {
    expect(loadExamples().length).toBeGreaterThan(0);
    // Warm-up at full concurrency (JIT, heap sized for 50 sockets, pool, Neo4j caches); then the baseline.
    const warm = await runLoad(10, CONNECTIONS);
    expect(warm.non2xx).toBe(0);
    await sleep(1_000);
    // The warm-up's log lines, all of them, belong before the baseline.
    await logLinesSettled(warm.requests, LOG_BACKLOG_DEADLINE_MS);
    const rssStart = rssOf(serverPid);
    const retainedStart = await retainedAfterGc();
    const logBefore = { ...serverLog };

    const samples: number[] = [];
    const sampler = setInterval(() => {
      try {
        samples.push(rssOf(serverPid));
      } catch {
        // process gone: the checks below fail
      }
    }, 1_000);
    const load = await runLoad(SOAK_SECONDS, CONNECTIONS).finally(() => clearInterval(sampler));
    await sleep(1_000);
    // The server writes its log lines as its event loop gets to them: wait
    // for the last ones, up to a deadline, before counting them.
    await logLinesSettled(logBefore.requests + load.requests, LOG_BACKLOG_DEADLINE_MS);
    const rssEnd = rssOf(serverPid);
    const rssFloor = Math.min(...samples.slice(-10), rssEnd);
    const retainedEnd = await retainedAfterGc();
    const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
    const served = serverLog.requests - logBefore.requests;
    const servedWithErrors = serverLog.withErrors - logBefore.withErrors;

    console.log(
      `soak: ${SOAK_SECONDS} s, ${CONNECTIONS} connections, ${load.examples.length} example operations: ` +
        `${load.requests} requests (${Math.round(load.rps)}/s), non-2xx ${load.non2xx}, socket errors ${load.errors}, ` +
        `timeouts ${load.timeouts}, bodies with "errors" ${load.bodiesWithErrors}/${load.bodiesChecked}, ` +
        `server-logged requests ${served} with errors ${servedWithErrors}, p50 ${load.p50} ms, p99 ${load.p99} ms, ` +
        `retained after a full GC start ${mb(retainedStart)} end ${mb(retainedEnd)} ` +
        `(limit +${MEMORY_MARGIN * 100}% = ${mb(retainedStart * (1 + MEMORY_MARGIN))}), ` +
        `RSS start ${mb(rssStart)} end ${mb(rssEnd)} floor of the last 10 s ${mb(rssFloor)} max ${mb(Math.max(...samples, rssEnd))}`,
    );
    if (load.sampleErrors.length > 0)
      console.log(`soak error samples:\n${load.sampleErrors.join('\n')}`);

    expect(load.requests).toBeGreaterThan(SOAK_SECONDS * 10);
    expect(load.non2xx).toBe(0);
    expect(load.errors).toBe(0);
    expect(load.timeouts).toBe(0);
    expect(load.bodiesChecked).toBeGreaterThanOrEqual(load.requests);
    expect(load.bodiesWithErrors).toBe(0);
    expect(servedWithErrors).toBe(0);
    expect(served).toBeGreaterThanOrEqual(load.requests);
    expect(retainedEnd).toBeLessThanOrEqual(retainedStart * (1 + MEMORY_MARGIN));
    // The API is still healthy afterwards.
    expect((await fetch(`${baseUrl}/health/ready`)).status).toBe(200);
  },
  (SOAK_SECONDS + 120) * 1_000,
);
