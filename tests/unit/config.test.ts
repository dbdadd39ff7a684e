import { ConfigError, readConfig } from '../../src/config';

describe('readConfig', () => {
  test('defaults work locally', () => {
    const config = readConfig({});
    expect(config).toMatchObject({
      PORT: 4000,
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      SEED_ON_START: true,
      GRAPHQL_EXECUTOR: 'jit',
    });
  });

  test('the executor is jit or graphql-js, nothing else', () => {
    expect(readConfig({ GRAPHQL_EXECUTOR: 'graphql-js' }).GRAPHQL_EXECUTOR).toBe('graphql-js');
    expect(() => readConfig({ GRAPHQL_EXECUTOR: 'fast' })).toThrow(/GRAPHQL_EXECUTOR/);
  });

  test('the rate limit is on by default in production and off in development', () => {
    expect(readConfig({ NODE_ENV: 'production' }).RATE_LIMIT_PER_MINUTE).toBe(600);
    expect(readConfig({ NODE_ENV: 'development' }).RATE_LIMIT_PER_MINUTE).toBe(0);
    expect(
      readConfig({ NODE_ENV: 'development', RATE_LIMIT_PER_MINUTE: '30' }).RATE_LIMIT_PER_MINUTE,
    ).toBe(30);
  });

  test('every invalid setting is listed at once', () => {
    expect(() => readConfig({ PORT: 'eighty', MAX_QUERY_DEPTH: '-1' })).toThrow(ConfigError);
    expect(() => readConfig({ PORT: 'eighty', MAX_QUERY_DEPTH: '-1' })).toThrow(
      /PORT[\s\S]*MAX_QUERY_DEPTH/,
    );
  });
});
