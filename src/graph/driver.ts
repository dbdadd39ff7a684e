import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { installTcpNoDelay } from './tcp-no-delay';
import { SERVICE_NAME } from '../version';

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
    userAgent: SERVICE_NAME,
  });
}

/**
 * A session as every one of the process opens it. On a cluster (a `neo4j://`
 * or `neo4j+s://` URI) the access mode routes it: READ to a follower or read
 * replica, WRITE to the leader; one server runs both alike. All share the
 * driver's one bookmark manager (the one `executeQuery` uses), so a read this
 * process makes after a write it committed (a seed load) waits for a server
 * that has that write. Naming the database saves a routing round trip.
 */
export function openSession(driver: Driver, mode: 'READ' | 'WRITE'): Session {
  return driver.session({
    database: DATABASE,
    defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    bookmarkManager: driver.executeQueryBookmarkManager,
  });
}
