import { ConfigError, readNeo4jSettings } from '../../src/config';

describe('the local Neo4j start and stop bounds', () => {
  test('wait 120 s for Bolt and 30 s for a stop unless told otherwise', () => {
    expect(readNeo4jSettings({})).toMatchObject({ startTimeoutMs: 120_000, stopTimeoutMs: 30_000 });
  });

  test('are read from NEO4J_START_TIMEOUT_MS and NEO4J_STOP_TIMEOUT_MS', () => {
    const settings = readNeo4jSettings({
      NEO4J_START_TIMEOUT_MS: '300000',
      NEO4J_STOP_TIMEOUT_MS: '5000',
    });
    expect(settings).toMatchObject({ startTimeoutMs: 300_000, stopTimeoutMs: 5_000 });
  });

  test('a bound that is not a positive whole number of ms is refused, by name', () => {
    expect(() => readNeo4jSettings({ NEO4J_START_TIMEOUT_MS: '2m' })).toThrow(ConfigError);
    expect(() => readNeo4jSettings({ NEO4J_STOP_TIMEOUT_MS: '0' })).toThrow(
      /NEO4J_STOP_TIMEOUT_MS/,
    );
  });
});
