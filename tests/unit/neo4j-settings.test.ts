import { ConfigError, readConfig, readNeo4jSettings } from '../../src/config';

describe('the local Neo4j start and stop bounds', () => {
  test('wait 120 s for Bolt and 8 s for a stop unless told otherwise', () => {
    expect(readNeo4jSettings({})).toMatchObject({ startTimeoutMs: 120_000, stopTimeoutMs: 8_000 });
  });

  test('by default a SIGTERM ends the service and its local Neo4j within the 15 s promised', () => {
    const { SHUTDOWN_GRACE_MS } = readConfig({});
    const { stopTimeoutMs } = readNeo4jSettings({});
    // Requests finish first, then Neo4j stops; a second each is left for the driver and the exit.
    expect(SHUTDOWN_GRACE_MS + stopTimeoutMs).toBeLessThanOrEqual(15_000 - 2_000);
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
