/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  setupFiles: ['<rootDir>/tests/fixtures/configure-logger.ts'],
  globalSetup: '<rootDir>/tests/fixtures/global-setup.ts',
  globalTeardown: '<rootDir>/tests/fixtures/global-teardown.ts',
  testTimeout: 60_000,
};
