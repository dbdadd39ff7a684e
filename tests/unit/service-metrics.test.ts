import type { SeedStateRecord } from '../../src/graph/read';
import { ServiceMetrics } from '../../src/http/metrics';

/** kg_seed_info reports the seed state the service holds in memory, and nothing when it holds none. */
const seedLines = async (seed: SeedStateRecord | null) => {
  const metrics = new ServiceMetrics({ maxOperations: 5, seedState: () => seed });
  return (await metrics.registry.metrics())
    .split('\n')
    .filter((line) => line.startsWith('kg_seed_info{'));
};

test('the loaded seed is one sample, labelled with its version, content hash and load state', async () => {
  expect(
    await seedLines({ seedVersion: '1.2.0', contentHash: 'abc123', loadState: 'LOADING' }),
  ).toEqual(['kg_seed_info{version="1.2.0",content_hash="abc123",load_state="LOADING"} 1']);
});

test('no sample while the graph cannot be read, nor before any load', async () => {
  expect(await seedLines(null)).toEqual([]);
  expect(await seedLines({ seedVersion: null, contentHash: null, loadState: 'COMPLETE' })).toEqual(
    [],
  );
});
