import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { readTracingSettings } from '../../src/config';
import { tracingWanted } from '../../src/telemetry/register';

/**
 * Tracing is on only when the environment asks for it; off, the service
 * loads no OpenTelemetry package at all (a process of its own shows what it
 * loaded, as src/main.ts loads it).
 */

const wanted = (env: Record<string, string>) => tracingWanted(readTracingSettings(env));

const ROOT = path.resolve(__dirname, '..', '..');
const OTEL = /^(OTEL_|NODE_OPTIONS$)/;

function loadService(env: Record<string, string>): { tracing: boolean; packages: string[] } {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !OTEL.test(name)),
  );
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'tests/fixtures/loaded-modules.ts')],
    { cwd: ROOT, env: { ...clean, ...env }, encoding: 'utf8', timeout: 60_000 },
  );
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as {
    tracing: boolean;
    packages: string[];
  };
}

test('with no OTEL_ variable, tracing is off and nothing of the OpenTelemetry SDK is loaded', () => {
  const loaded = loadService({});
  expect(loaded.tracing).toBe(false);
  // prom-client (/metrics) requires the API package itself, for its exemplars: without an
  // SDK registered it is a no-op. No SDK, exporter or instrumentation is loaded, nothing patched.
  expect(loaded.packages.filter((name) => name !== '@opentelemetry/api')).toEqual([]);
});

test('with an OTLP endpoint, tracing starts before the service loads', () => {
  const loaded = loadService({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9' });
  expect(loaded.tracing).toBe(true);
  expect(loaded.packages).toEqual(
    expect.arrayContaining([
      '@opentelemetry/sdk-node',
      '@opentelemetry/instrumentation-http',
      '@opentelemetry/instrumentation-graphql',
    ]),
  );
});

test('what turns tracing on and off', () => {
  expect(wanted({}).enabled).toBe(false);
  expect(wanted({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }).enabled).toBe(true);
  expect(wanted({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://c:4318/v1/traces' }).enabled).toBe(
    true,
  );
  expect(wanted({ OTEL_TRACES_EXPORTER: 'console' })).toEqual({
    enabled: true,
    exporters: ['console'],
  });
  expect(
    wanted({
      OTEL_TRACES_EXPORTER: 'none',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318',
    }).enabled,
  ).toBe(false);
  expect(
    wanted({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_SDK_DISABLED: 'true' }).enabled,
  ).toBe(false);
});
