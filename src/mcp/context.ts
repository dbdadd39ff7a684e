import type { GraphReader } from '../graph/read';
import type { Logger } from '../logger';

/** What every tool, resource and prompt of the MCP server is given. */
export interface McpContext {
  /**
   * A fresh reader for one call. Async because the stdio server answers
   * the handshake before Neo4j is up; a call waits for it (or fails saying so).
   */
  reader(): Promise<GraphReader>;
  log: Logger;
  /** Name and version the server gives clients. */
  serverVersion: string;
}
