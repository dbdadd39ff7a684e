import express from 'express';
import {
  ConfigError,
  readConfig,
  readGraphSettings,
  readNeo4jSettings,
  readTracingSettings,
} from '../../src/config';

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

  test('a blank number or boolean is unset, as templated env files and compose leave it', () => {
    for (const blank of ['', '  '])
      expect(
        readConfig({ NODE_ENV: 'production', RATE_LIMIT_PER_MINUTE: blank }).RATE_LIMIT_PER_MINUTE,
      ).toBe(600);
    expect(readConfig({ PORT: '' }).PORT).toBe(4000);

    const defaults = readConfig({});
    const numbersAndBooleans = Object.keys(defaults).filter((name) =>
      ['number', 'boolean'].includes(typeof defaults[name as keyof typeof defaults]),
    );
    expect(numbersAndBooleans).toEqual(
      expect.arrayContaining(['PORT', 'SEED_ON_START', 'NEO4J_CONNECT_TIMEOUT_MS']),
    );
    const blanks = Object.fromEntries(numbersAndBooleans.map((name) => [name, ' ']));
    expect(readConfig(blanks)).toEqual(defaults);
    const neo4j = { NEO4J_NO_CONTAINER: '', NEO4J_START_TIMEOUT_MS: '', NEO4J_STOP_TIMEOUT_MS: '' };
    expect(readNeo4jSettings(neo4j)).toEqual(readNeo4jSettings({}));
    expect(readTracingSettings({ OTEL_SDK_DISABLED: '' })).toEqual(readTracingSettings({}));
  });

  test('a number that is not one is still refused, by name', () => {
    expect(() => readConfig({ RATE_LIMIT_PER_MINUTE: 'lots' })).toThrow(ConfigError);
    expect(() => readConfig({ RATE_LIMIT_PER_MINUTE: 'lots' })).toThrow(/RATE_LIMIT_PER_MINUTE/);
    expect(() => readConfig({ PORT: 'http' })).toThrow(/PORT/);
    expect(() => readConfig({ METRICS_ENABLED: 'yes' })).toThrow(/METRICS_ENABLED/);
  });

  test('the body limit is a size body-parser takes, checked at start and refused by name', () => {
    expect(readConfig({}).BODY_LIMIT).toBe('100kb');
    expect(readConfig({ BODY_LIMIT: ' ' }).BODY_LIMIT).toBe('100kb');
    for (const limit of ['100kb', '1mb', '1.5MB', '2 GB', '512', '512b']) {
      const { BODY_LIMIT } = readConfig({ BODY_LIMIT: ` ${limit} ` });
      expect(BODY_LIMIT).toBe(limit);
      expect(() => express.json({ limit: BODY_LIMIT })).not.toThrow();
    }
    // abc fails body-parser; the others it would read only in part (10 bytes, 1 byte).
    for (const limit of ['abc', '10MiB', '1.5', '1.5b', '-1kb', 'kb']) {
      expect(() => readConfig({ BODY_LIMIT: limit })).toThrow(ConfigError);
      expect(() => readConfig({ BODY_LIMIT: limit })).toThrow(/BODY_LIMIT/);
    }
  });

  test('no proxy is trusted by default; a list of addresses, ranges and names is taken as Express takes it', () => {
    expect(readConfig({}).TRUSTED_PROXIES).toEqual([]);
    expect(
      readConfig({ TRUSTED_PROXIES: ' 127.0.0.1, 10.0.0.0/8,,fd00::/8 , ::1,loopback' })
        .TRUSTED_PROXIES,
    ).toEqual(['127.0.0.1', '10.0.0.0/8', 'fd00::/8', '::1', 'loopback']);
    for (const wrong of ['varnish', '10.0.0.0/33', '10.0.0/8', '::1/129', '10.0.0.1/8/8', '*'])
      expect(() => readConfig({ TRUSTED_PROXIES: `127.0.0.1,${wrong}` })).toThrow(
        /TRUSTED_PROXIES/,
      );
  });

  test('every invalid setting is listed at once', () => {
    expect(() => readConfig({ PORT: 'eighty', MAX_QUERY_DEPTH: '-1' })).toThrow(ConfigError);
    expect(() => readConfig({ PORT: 'eighty', MAX_QUERY_DEPTH: '-1' })).toThrow(
      /PORT[\s\S]*MAX_QUERY_DEPTH/,
    );
  });
});

describe("the data layer's time limits", () => {
  test('default to the limits the data layer has always had, shaped as its options', () => {
    expect(readGraphSettings({})).toEqual({
      driver: { connectionTimeoutMs: 3_000, connectionAcquisitionTimeoutMs: 5_000 },
      startupWait: { timeoutMs: 60_000, retryMs: 500, retryMaxMs: 3_000 },
      seedLoad: { singleTransactionTimeoutMs: 30 * 60_000, batchTimeoutMs: 10 * 60_000 },
      exportReadTimeoutMs: 60_000,
    });
  });

  test('are read from the environment, and the API service carries them', () => {
    const env = { NEO4J_CONNECT_TIMEOUT_MS: '750', EXPORT_READ_TIMEOUT_MS: '120000' };
    expect(readGraphSettings(env).driver.connectionTimeoutMs).toBe(750);
    expect(readConfig(env).graph).toEqual(readGraphSettings(env));
  });

  test('a limit that is not a positive whole number of ms is refused, by name', () => {
    expect(() => readGraphSettings({ SEED_BATCH_TIMEOUT_MS: '0' })).toThrow(
      /SEED_BATCH_TIMEOUT_MS/,
    );
    expect(() => readConfig({ NEO4J_STARTUP_RETRY_MS: '1s' })).toThrow(/NEO4J_STARTUP_RETRY_MS/);
  });
});
