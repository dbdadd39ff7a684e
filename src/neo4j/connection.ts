/** Where a Neo4j came from and how to reach it; `stop` ends what we started (a no-op for an external server). */
export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  provider: 'env' | 'container' | 'local';
  /** Process group id of a local server, for checks that it is gone. */
  pid?: number;
  stop(): Promise<void>;
}

/** Raised when no Neo4j can be had; the message says what to install. */
export class ProvisioningError extends Error {
  override name = 'ProvisioningError';
}
