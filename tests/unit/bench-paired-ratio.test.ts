import { pairedRatio, type RunRecord } from '../../bench/report';
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

test('a ratio divides runs of the same round, so a machine that slows between rounds does not move it', () => {
  // Round 2 runs at half the speed of rounds 1 and 3; A is 0.9x C in every round.
  const runs = [
    run(1, 'W4', 'C', 1000),
    run(1, 'W4', 'A', 900),
    run(2, 'W4', 'C', 500),
    run(2, 'W4', 'A', 450),
    run(3, 'W4', 'C', 1000),
    run(3, 'W4', 'A', 900),
  ];
  expect(
    pairedRatio(runs, 'article', { workload: 'W4', server: 'A' }, { workload: 'W4', server: 'C' }),
  ).toBeCloseTo(0.9);
  // The ratio of the medians over rounds would mix rounds: 900 / 1000 here too, but not in general.
  const drifting = [
    run(1, 'W4', 'C', 400),
    run(1, 'W4', 'A', 380),
    run(2, 'W4', 'C', 1000),
    run(2, 'W4', 'A', 950),
    run(3, 'W4', 'C', 1100),
    run(3, 'W4', 'A', 500),
  ];
  // Per round 0.95, 0.95, 0.45: the median is 0.95 (the medians' ratio would be 500 / 1000).
  expect(
    pairedRatio(
      drifting,
      'article',
      { workload: 'W4', server: 'A' },
      { workload: 'W4', server: 'C' },
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
  expect(
    pairedRatio(runs, 'article', { workload: 'W2', server: 'A' }, { workload: 'W2', server: 'C' }),
  ).toBeNaN();
});
