import neo4j, { type Driver } from 'neo4j-driver';
import { installTcpNoDelay } from './tcp-no-delay';

export const DATABASE = 'neo4j';

/** Where the driver connects, and as whom: what provisioning hands over. */
interface DriverTarget {
  uri: string;
  user: string;
  password: string;
}

export interface DriverOptions {
  /** Fail fast when Neo4j is unreachable instead of hanging. */
  connectionTimeoutMs?: number;
  connectionAcquisitionTimeoutMs?: number;
  maxConnectionPoolSize?: number;
}

export function createDriver(connection: DriverTarget, options: DriverOptions = {}): Driver {
  installTcpNoDelay();
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    connectionTimeout: options.connectionTimeoutMs ?? 3_000,
    connectionAcquisitionTimeout: options.connectionAcquisitionTimeoutMs ?? 5_000,
    maxConnectionPoolSize: options.maxConnectionPoolSize ?? 50,
    maxTransactionRetryTime: 2_000,
    // Integers come back as JS numbers: every count and paragraph here fits in 2^53.
    disableLosslessIntegers: true,
    logging: { level: 'error', logger: () => undefined },
    userAgent: 'myoclonus-knowledge-graph',
  });
}
