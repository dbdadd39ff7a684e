import type { GraphReader } from '../graph/read';
import type { ReleaseChanges } from '../graph/export/release-changes';
import type { Logger } from '../logger';

/** A finished tool call, for the log: never its arguments (they may hold what a person typed). */
export interface ToolCallRecord {
  tool: string;
  /** ok, or the error code of the result. */
  outcome: string;
  durationMs: number;
}

/** What every tool, resource and prompt of the MCP server is given. */
export interface McpContext {
  /**
   * A fresh reader for one call. Async because the stdio server answers
   * the handshake before Neo4j is up; a call waits for it (or fails saying so).
   */
  reader(): Promise<GraphReader>;
  /** What changed in the loaded graph's release since the previous release (kg://about). */
  releaseChanges(): Promise<ReleaseChanges>;
  /** Where the release's changes.json is served (HTTP only; null over stdio, where nothing is). */
  releaseChangesUrl: string | null;
  log: Logger;
  /**
   * Where a finished tool call is told: stdio logs a line per call; HTTP adds
   * it to the request's one log line.
   */
  recordToolCall(call: ToolCallRecord): void;
  /** Name and version the server gives clients. */
  serverVersion: string;
}
