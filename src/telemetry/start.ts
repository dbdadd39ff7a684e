import { context, propagation, trace } from '@opentelemetry/api';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { defaultResource, resourceFromAttributes } from '@opentelemetry/resources';
import { NodeSDK } from '@opentelemetry/sdk-node';
import type { SpanProcessor } from '@opentelemetry/sdk-trace';
import { setLogFields } from '../logger';
import { SERVICE_NAME, SERVICE_VERSION } from '../version';
import { otelTracing, traceLogFields } from './otel-tracing';
import { useTracing, type Tracing } from './tracing';

/** Requests no trace is made for: probes and scrapes, which come every few seconds. */
const UNTRACED_PATHS = /^\/(health\/|metrics(\?|$))/;

/**
 * Query parameters whose values a server span's `url.query` never shows: a
 * GraphQL GET's operation, variables and extensions (they may hold what a
 * person typed), and the signatures and keys the instrumentation hides by
 * default. One list, made once (the instrumentation would copy its default
 * for every request).
 */
const REDACTED_QUERY_PARAMETERS = [
  'query',
  'variables',
  'extensions',
  'sig',
  'Signature',
  'AWSAccessKeyId',
  'X-Goog-Signature',
  'X-Amz-Signature',
  'X-Amz-Credential',
  'X-Amz-Security-Token',
];

export interface TracingOptions {
  /**
   * Where finished spans go instead of the exporters OTEL_TRACES_EXPORTER
   * names (the tests give an in-memory exporter's processor).
   */
  spanProcessors?: SpanProcessor[];
}

/**
 * Starts OpenTelemetry's Node SDK: traces only (the service's metrics are
 * Prometheus's, at /metrics), exported as the OTEL_* variables say. It
 * instruments incoming http (a server span per request, which the service
 * names by its route: src/http/request-span.ts) and graphql (parse and
 * validate, and execute when graphql-js runs the operation), and turns on the
 * service's own spans (tracing.ts): the GraphQL operation run by graphql-jit,
 * each MCP tool call, each named Cypher query. Log lines get the trace's ids.
 *
 * Not instrumented, for what they cost each request (bench:tracing): express,
 * whose instrumentation wraps every layer only to name the route, and outgoing
 * http, which the service makes none of (Neo4j is Bolt over TCP).
 *
 * It must run before http and graphql are first required, which is why
 * register.ts loads it first.
 */
export function startTracing(options: TracingOptions = {}): Tracing {
  const instrumentations = [
    new HttpInstrumentation({
      disableOutgoingRequestInstrumentation: true,
      ignoreIncomingRequestHook: (req) => UNTRACED_PATHS.test(req.url ?? ''),
      redactedQueryParamsServer: REDACTED_QUERY_PARAMETERS,
    }),
    // Never variable values nor a span per resolver.
    new GraphQLInstrumentation({ allowValues: false, ignoreResolveSpans: true }),
  ];
  const sdk = new NodeSDK({
    resource: defaultResource().merge(
      resourceFromAttributes({
        'service.name': SERVICE_NAME,
        'service.version': SERVICE_VERSION,
      }),
    ),
    instrumentations,
    // The service's metrics and logs have their own channels.
    metricReaders: [],
    logRecordProcessors: [],
    ...(options.spanProcessors ? { spanProcessors: options.spanProcessors } : {}),
  });
  sdk.start();
  let stopping: Promise<void> | undefined;
  const stop = async () => {
    useTracing(null);
    setLogFields(null);
    await sdk.shutdown();
    // Stopped whole: the patches come off and the global providers go.
    for (const instrumentation of instrumentations) instrumentation.disable();
    trace.disable();
    context.disable();
    propagation.disable();
  };
  const started = otelTracing(() => (stopping ??= stop()));
  useTracing(started);
  setLogFields(traceLogFields);
  return started;
}
