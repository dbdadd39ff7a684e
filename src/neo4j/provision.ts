import path from 'node:path';
import { logger } from '../logger';
import { ProvisioningError, type Neo4jConnection } from './connection';
import { startLocalNeo4j, type LocalServerOptions } from './local-server';

export const NEO4J_IMAGE = 'neo4j:5.26-community';

export interface ProvisionOptions {
  /** Local instance name: its own data folder ("dev" for start and seed, "test", "bench"). */
  instance: string;
  /** Try a container runtime through testcontainers (tests and bench; needs the dev dependencies). */
  allowContainer?: boolean;
  cacheDir?: string;
  env?: NodeJS.ProcessEnv;
  local?: Partial<Omit<LocalServerOptions, 'cacheDir' | 'instance'>>;
}

export const DEFAULT_CACHE_DIR = path.resolve(__dirname, '..', '..', '.neo4j');

function fromEnvironment(env: NodeJS.ProcessEnv): Neo4jConnection | undefined {
  const uri = env.NEO4J_URI;
  if (!uri) return undefined;
  const user = env.NEO4J_USER ?? 'neo4j';
  const password = env.NEO4J_PASSWORD;
  if (!password)
    throw new ProvisioningError(
      'NEO4J_URI is set but NEO4J_PASSWORD is not: set both (and NEO4J_USER).',
    );
  return { uri, user, password, provider: 'env', stop: async () => undefined };
}

async function fromContainer(): Promise<Neo4jConnection | undefined> {
  let testcontainers: typeof import('testcontainers');
  let neo4jModule: typeof import('@testcontainers/neo4j');
  try {
    testcontainers = await import('testcontainers');
    neo4jModule = await import('@testcontainers/neo4j');
  } catch {
    return undefined; // production install without dev dependencies
  }
  try {
    // Throws at once where no container runtime answers: the signal to fall through.
    await testcontainers.getContainerRuntimeClient();
  } catch {
    return undefined;
  }
  logger.info({ image: NEO4J_IMAGE }, 'starting Neo4j in a container');
  const container = await new neo4jModule.Neo4jContainer(NEO4J_IMAGE)
    .withPassword('test-password')
    .start();
  return {
    uri: container.getBoltUri(),
    user: container.getUsername(),
    password: container.getPassword(),
    provider: 'container',
    stop: async () => {
      await container.stop();
    },
  };
}

/**
 * The one way this project gets a Neo4j: NEO4J_URI if given, else a container
 * (where allowed and a runtime answers), else a local server from Maven Central jars.
 */
export async function provisionNeo4j(options: ProvisionOptions): Promise<Neo4jConnection> {
  const env = options.env ?? process.env;
  const external = fromEnvironment(env);
  if (external) {
    logger.info({ uri: external.uri }, 'using the Neo4j named by NEO4J_URI');
    return external;
  }
  if (options.allowContainer && env.NEO4J_NO_CONTAINER !== '1') {
    const container = await fromContainer();
    if (container) return container;
  }
  return startLocalNeo4j({
    cacheDir: options.cacheDir ?? env.NEO4J_CACHE_DIR ?? DEFAULT_CACHE_DIR,
    instance: options.instance,
    ...options.local,
    transactionTimeout: options.local?.transactionTimeout ?? env.NEO4J_TRANSACTION_TIMEOUT,
  });
}

/** Stops `connection` on Ctrl-C or SIGTERM, then exits; returns a function that removes the handlers. */
export function stopOnSignals(stopAll: () => Promise<void>): () => void {
  const handler = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutting down');
    stopAll()
      .catch((error: unknown) => logger.error({ err: error }, 'error while shutting down'))
      .finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
  return () => {
    process.removeListener('SIGINT', handler);
    process.removeListener('SIGTERM', handler);
  };
}
