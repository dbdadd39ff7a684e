import type { RunRecord } from '../../bench/results';
import { pairedRatio } from '../../bench/run-summary';
import type { LoadResult } from '../../bench/load';

const run = (
  round: number,
  workload: RunRecord['workload'],
  server: RunRecord['server'],
  rps: number,
  scale = 'article',
): RunRecord => ({
  scale,
  workload,
  server,
  round,
  result: { rps } as LoadResult,
});

/** W4 runs of C then A, one pair per round: [C req/s, A req/s]. */
const cThenA = (rounds: [number, number][]): RunRecord[] =>
  rounds.flatMap(([c, a], i) => [run(i + 1, 'W4', 'C', c), run(i + 1, 'W4', 'A', a)]);
const aOverC = (runs: RunRecord[]) =>
  pairedRatio(runs, 'article', { workload: 'W4', server: 'A' }, { workload: 'W4', server: 'C' });

test('a ratio divides runs of the same round, so a machine that slows between rounds does not move it', () => {
  // Round 2 runs at half the speed of rounds 1 and 3; A is 0.9x C in every round.
  expect(
    aOverC(
      cThenA([
        [1000, 900],
        [500, 450],
        [1000, 900],
      ]),
    ),
  ).toBeCloseTo(0.9);
  // Per round 0.95, 0.95, 0.45: the median is 0.95 (the medians' ratio would be 500 / 1000).
  expect(
    aOverC(
      cThenA([
        [400, 380],
        [1000, 950],
        [1100, 500],
      ]),
    ),
  ).toBeCloseTo(0.95);
});

test('a ratio may pair two workloads (A+ over the ceiling ping), only within its scale, and is NaN unmeasured', () => {
  const runs = [
    run(1, 'W1', 'A+', 3000),
    run(1, 'ping', 'D', 2000),
    run(1, 'W1', 'A+', 10, '1M'),
    run(2, 'W1', 'A+', 4000),
  ];
  expect(
    pairedRatio(
      runs,
      'article',
      { workload: 'W1', server: 'A+' },
      { workload: 'ping', server: 'D' },
    ),
  ).toBe(1.5);
  expect(aOverC(runs)).toBeNaN();
});
