import { context, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { getRPCMetadata, RPCType } from '@opentelemetry/core';
import { SERVICE_NAME, SERVICE_VERSION } from '../version';
import type { SpanRole, Tracing } from './tracing';

/** The name of the service's own tracer (its spans for operations, tools and Cypher queries). */
const TRACER_NAME = SERVICE_NAME;

const KINDS: Record<SpanRole, SpanKind> = {
  internal: SpanKind.INTERNAL,
  client: SpanKind.CLIENT,
};

/** An error's code (ours carry one, the driver's too), else its class name: never its message. */
function errorType(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code !== '') return code;
  return error instanceof Error ? error.name : 'Error';
}

/** Ends a span that threw as an error: its code as `error.type`, never the message. */
function endWithError(span: Span, error: unknown): void {
  const type = errorType(error);
  span.setAttribute('error.type', type);
  span.setStatus({ code: SpanStatusCode.ERROR, message: type });
}

/** Tracing over the OpenTelemetry API, once the SDK has registered its tracer provider. */
export function otelTracing(shutdown: () => Promise<void>): Tracing {
  const tracer = trace.getTracer(TRACER_NAME, SERVICE_VERSION);
  return {
    inSpan: (name, role, attributes, run) => {
      // A call to another service (a Cypher query) makes no span of its own
      // beneath it: its span need not become the active context, which saves
      // a context switch per query; log lines inside it carry its parent's ids.
      if (role === 'client') {
        const span = tracer.startSpan(name, { kind: SpanKind.CLIENT, attributes });
        let pending: ReturnType<typeof run>;
        try {
          pending = run({ set: (more) => span.setAttributes(more) });
        } catch (error) {
          endWithError(span, error);
          span.end();
          return Promise.reject(error);
        }
        return pending.then(
          (result) => {
            span.end();
            return result;
          },
          (error: unknown) => {
            endWithError(span, error);
            span.end();
            throw error;
          },
        );
      }
      return tracer.startActiveSpan(name, { kind: KINDS[role], attributes }, async (span: Span) => {
        try {
          return await run({ set: (more) => span.setAttributes(more) });
        } catch (error) {
          endWithError(span, error);
          throw error;
        } finally {
          span.end();
        }
      });
    },
    inTrace: () => trace.getSpan(context.active()) !== undefined,
    annotateRequest(attributes) {
      const active = context.active();
      // The HTTP instrumentation keeps its server span here for the whole request.
      const span = getRPCMetadata(active)?.span ?? trace.getSpan(active);
      span?.setAttributes(attributes);
    },
    nameRequestRoute(route) {
      // The HTTP instrumentation reads the route from here when the response
      // finishes, and names its span by it.
      const metadata = getRPCMetadata(context.active());
      if (metadata?.type === RPCType.HTTP) metadata.route = route;
    },
    shutdown,
  };
}

/** The active span's ids, for log lines (empty outside a span). */
export function traceLogFields(): Record<string, string> {
  const span = trace.getSpan(context.active());
  if (!span) return {};
  const { traceId, spanId, traceFlags } = span.spanContext();
  return {
    trace_id: traceId,
    span_id: spanId,
    trace_flags: traceFlags.toString(16).padStart(2, '0'),
  };
}
