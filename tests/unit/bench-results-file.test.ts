import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { upsertStandaloneTargets, writeResults } from '../../bench/report';
import type { BenchResults } from '../../bench/results';

/**
 * bench/results/results.json holds the targets of `npm run bench` and of the
 * standalone scripts (bench:edge, bench:tracing): a run of either kind keeps
 * the other's rows.
 */

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bench-results-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const wholeBench = (targets: BenchResults['targets']): BenchResults => ({
  startedAt: '2026-01-01T00:00:00.000Z',
  finishedAt: '2026-01-01T00:30:00.000Z',
  smoke: true,
  settings: { durationS: 1, rounds: 1, connections: 1, scales: [] },
  environment: { node: 'v24', cpus: 2, neo4j: '5.26', platform: 'linux x64' },
  checks: [],
  comparison: [],
  ratios: [],
  scales: [],
  memory: [],
  coldStarts: [],
  targets,
  runs: [],
});

const targetsOnFile = () =>
  (JSON.parse(readFileSync(path.join(dir, 'results.json'), 'utf8')) as BenchResults).targets;

test("a standalone script's rows are upserted by name, labelled with the script", () => {
  writeResults(wholeBench([{ target: 'W1 A/C >= 0.9', value: '0.95', met: true }]), dir);
  upsertStandaloneTargets('bench:tracing', [{ target: 'tracing', value: '1.20', met: false }], dir);
  upsertStandaloneTargets('bench:tracing', [{ target: 'tracing', value: '1.05', met: true }], dir);
  expect(targetsOnFile()).toEqual([
    { target: 'W1 A/C >= 0.9', value: '0.95', met: true },
    { target: 'tracing', value: '1.05', met: true, script: 'bench:tracing' },
  ]);
  expect(readFileSync(path.join(dir, 'results.md'), 'utf8')).toContain('| tracing | 1.05 | yes |');
});

test("a run of the whole bench keeps the standalone scripts' rows and replaces its own", () => {
  writeResults(wholeBench([{ target: 'W1 A/C >= 0.9', value: '0.80', met: false }]), dir);
  upsertStandaloneTargets('bench:edge', [{ target: 'edge hits', value: '5.3', met: true }], dir);
  writeResults(wholeBench([{ target: 'W1 A/C >= 0.9', value: '0.95', met: true }]), dir);
  expect(targetsOnFile()).toEqual([
    { target: 'W1 A/C >= 0.9', value: '0.95', met: true },
    { target: 'edge hits', value: '5.3', met: true, script: 'bench:edge' },
  ]);
});

test('a standalone script needs the results of a whole run to write into', () => {
  writeFileSync(path.join(dir, 'other.json'), '{}');
  expect(() => upsertStandaloneTargets('bench:edge', [], dir)).toThrow(/run npm run bench first/);
});
