import type { Config } from 'jest';

const config: Config = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  globalSetup: '<rootDir>/tests/fixtures/global-setup.ts',
  globalTeardown: '<rootDir>/tests/fixtures/global-teardown.ts',
  testTimeout: 60_000,
};

export default config;
