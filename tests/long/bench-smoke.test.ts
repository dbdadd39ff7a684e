import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { seedDatabase } from '../../src/seed/seed';
import { clearGraph, testDriver } from '../fixtures/testkit';

/**
 * The benchmark's smoke run, so the harness never rots: it starts servers A, A+ and B-D
 * on the run's Neo4j, checks that A, B and C give the same answers, drives a
 * few seconds of load and writes its results. Timing is not asserted here.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const RESULTS = path.join(ROOT, 'bench', 'results', 'smoke', 'results.json');

afterAll(async () => {
  // The smoke run replaces the graph with synthetic data; leave the article graph behind.
  const driver = testDriver();
  await clearGraph(driver);
  await seedDatabase(driver);
  await driver.close();
});

test('npm run bench -- --smoke runs end to end and writes its results', async () => {
  const started = Date.now();
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn('npx', ['tsx', 'bench/run.ts', '--smoke'], { cwd: ROOT, env: process.env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (exitCode) => resolve({ code: exitCode, output }));
  });
  expect({ code, tail: output.slice(-2000) }).toEqual({ code: 0, tail: expect.any(String) });

  const results = JSON.parse(readFileSync(RESULTS, 'utf8'));
  expect(Date.parse(results.finishedAt)).toBeGreaterThanOrEqual(started - 1000);
  expect(results.checks).toEqual(
    expect.arrayContaining(
      ['W1', 'W2', 'W3', 'W4'].map((w) => expect.stringContaining(`${w}: A, A+, B, C agree`)),
    ),
  );
  // The cache on and off, cold starts, memory and the load's write floor are all measured.
  // Every ratio pairs runs of one round, so each is a number in a run of one round.
  for (const r of results.ratios) {
    expect(r.aOverC).toBeGreaterThan(0);
    expect(r.cachedOverA).toBeGreaterThan(0);
    expect(r.cachedOverD).toBeGreaterThan(0);
  }
  expect(results.coldStarts.map((c: { server: string }) => c.server)).toEqual(['A', 'B', 'C']);
  for (const c of results.coldStarts) expect(c.firstAnswerMs.median).toBeGreaterThan(0);
  expect(results.memory.map((m: { server: string }) => m.server)).toEqual(['A', 'A+', 'B']);
  for (const m of results.memory) expect(m.afterLoadMiB).toBeGreaterThan(10);
  const synthetic = results.scales.find((s: { label: string }) => s.label !== 'article');
  expect(synthetic.floorMs).toBeGreaterThan(0);
  expect(synthetic.floorSpeed.median).toBeGreaterThan(0);
  expect(results.targets.map((t: { target: string }) => t.target)).toEqual(
    expect.arrayContaining(['cold start A/B <= 0.5', 'RSS after load, cached A / B <= 1.0']),
  );
}, 300_000);
