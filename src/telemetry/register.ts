import { readTracingSettings } from '../config';
import { logger } from '../logger';
import type * as Start from './start';

/**
 * Whether tracing is asked for: an OTLP endpoint, or a traces exporter other
 * than none, is named, and the SDK is not disabled; with the exporters named.
 */
export function tracingWanted(settings: ReturnType<typeof readTracingSettings>): {
  enabled: boolean;
  exporters: string[];
} {
  const { OTEL_TRACES_EXPORTER: named, OTEL_SDK_DISABLED: disabled } = settings;
  const exporters = named === '*' ? [] : named.map((name) => name.toLowerCase());
  const endpoint =
    settings.OTEL_EXPORTER_OTLP_ENDPOINT ?? settings.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  const asked = exporters.length
    ? exporters.some((name) => name !== 'none')
    : endpoint !== undefined;
  return { enabled: asked && !disabled, exporters };
}

/**
 * Starts tracing when the environment asks for it (OTEL_EXPORTER_OTLP_ENDPOINT
 * or OTEL_TRACES_EXPORTER, see src/config.ts). Otherwise nothing of
 * OpenTelemetry is loaded: the SDK is required here, and only here.
 *
 * `stdoutCarriesProtocol`: the process's stdout is the MCP stdio protocol's,
 * where the console exporter's output would break it; tracing then stays off.
 */
export function startTracingIfConfigured(options: { stdoutCarriesProtocol?: boolean } = {}): void {
  const settings = tracingWanted(readTracingSettings());
  if (!settings.enabled) return;
  if (options.stdoutCarriesProtocol && settings.exporters.includes('console')) {
    logger.warn('tracing is off: the console exporter would write into the MCP stdio protocol');
    return;
  }
  // Required, not imported: loaded only when tracing is on, and before the instrumented packages.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startTracing } = require('./start') as typeof Start;
  startTracing();
}
