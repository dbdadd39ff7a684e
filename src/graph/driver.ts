import neo4j, { type Driver } from 'neo4j-driver';
import { installTcpNoDelay } from './tcp-no-delay';

export const DATABASE = 'neo4j';

/** Where the driver connects, and as whom: what provisioning hands over. */
interface DriverTarget {
  uri: string;
  user: string;
  password: string;
}

/** The driver's time limits come from the settings (NEO4J_CONNECT_TIMEOUT_MS, NEO4J_ACQUISITION_TIMEOUT_MS). */
export interface DriverOptions {
  /** How long opening a connection may take: an unreachable Neo4j fails fast instead of hanging. */
  connectionTimeoutMs: number;
  /** How long a query waits for a free connection of the pool. */
  connectionAcquisitionTimeoutMs: number;
  maxConnectionPoolSize?: number;
}

export function createDriver(connection: DriverTarget, options: DriverOptions): Driver {
  installTcpNoDelay();
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    connectionTimeout: options.connectionTimeoutMs,
    connectionAcquisitionTimeout: options.connectionAcquisitionTimeoutMs,
    maxConnectionPoolSize: options.maxConnectionPoolSize ?? 50,
    maxTransactionRetryTime: 2_000,
    // Integers come back as JS numbers: every count and paragraph here fits in 2^53.
    disableLosslessIntegers: true,
    logging: { level: 'error', logger: () => undefined },
    userAgent: 'myoclonus-knowledge-graph',
  });
}
