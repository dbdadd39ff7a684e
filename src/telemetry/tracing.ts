/**
 * What the service's layers ask of tracing, and nothing of OpenTelemetry:
 * this module loads no package. Tracing is on only once the telemetry
 * module has started (register.ts, when the environment asks for it); until
 * then `tracing()` is null and a caller runs its work as it is, so tracing
 * that is off costs one null check.
 */

/** Span attribute values as OpenTelemetry takes them. */
type SpanAttributes = Record<string, string | number | boolean>;

/** Who a span stands for: work inside the service, or a call to another (Neo4j). */
export type SpanRole = 'internal' | 'client';

/** What a running span's work may add to it. */
interface SpanHandle {
  set(attributes: SpanAttributes): void;
}

export interface Tracing {
  /**
   * Runs `run` in a span of its own (a child of the active span, and the
   * parent of the spans `run` makes). A throw ends it as an error, with the
   * error's code as `error.type`, never its message (it may quote input).
   * A `client` span (a call to Neo4j) is a leaf: it is not made the active
   * context, so spans made meanwhile are its siblings, and log lines carry
   * its parent's ids.
   */
  inSpan<T>(
    name: string,
    role: SpanRole,
    attributes: SpanAttributes,
    run: (span: SpanHandle) => Promise<T>,
  ): Promise<T>;
  /** Whether a span is active: a request, or a piece of work, is being traced. */
  inTrace(): boolean;
  /** Adds attributes to the span of the HTTP request being served (else to the active span). */
  annotateRequest(attributes: SpanAttributes): void;
  /** Names the route that serves the HTTP request (its span becomes "GET /graphql", with http.route). */
  nameRequestRoute(route: string): void;
  /** Sends the spans still buffered and stops tracing. */
  shutdown(): Promise<void>;
}

let current: Tracing | null = null;

/** Tracing, when it runs; null when it is off. */
export const tracing = (): Tracing | null => current;

/** Set by the telemetry module when it starts (and to null when it stops). */
export function useTracing(next: Tracing | null): void {
  current = next;
}
