import path from 'node:path';
import { ConfigError, readNeo4jSettings, type Neo4jSettings } from '../config';
import { logger } from '../logger';
import { ProvisioningError, type Neo4jConnection } from './connection';
import { startLocalNeo4j, type LocalServerOptions } from './local-server';

const NEO4J_IMAGE = 'neo4j:5.26-community';

export interface ProvisionOptions {
  /** Local instance name: its own data folder ("dev" for start and seed, "test", "bench"). */
  instance: string;
  /** Try a container runtime through testcontainers (tests and bench; needs the dev dependencies). */
  allowContainer?: boolean;
  cacheDir?: string;
  /** The environment to read the Neo4j settings from (default: the process's). */
  env?: NodeJS.ProcessEnv;
  local?: Partial<Omit<LocalServerOptions, 'cacheDir' | 'instance'>>;
}

export const DEFAULT_CACHE_DIR = path.resolve(__dirname, '..', '..', '.neo4j');

function settingsFrom(env: NodeJS.ProcessEnv): Neo4jSettings {
  try {
    return readNeo4jSettings(env);
  } catch (error) {
    // Settings that name no usable Neo4j are a provisioning failure like any other.
    if (error instanceof ConfigError) throw new ProvisioningError(error.message);
    throw error;
  }
}

async function fromContainer(): Promise<Neo4jConnection | undefined> {
  let testcontainers: typeof import('testcontainers');
  let neo4jModule: typeof import('@testcontainers/neo4j');
  try {
    // Dev dependencies: a production install (npm ci --omit=dev) has neither.
    testcontainers = await import('testcontainers');
    neo4jModule = await import('@testcontainers/neo4j');
  } catch {
    logger.info('testcontainers is not installed (a production install): no container Neo4j');
    return undefined;
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
  const settings = settingsFrom(options.env ?? process.env);
  if (settings.external) {
    logger.info({ uri: settings.external.uri }, 'using the Neo4j named by NEO4J_URI');
    return { ...settings.external, provider: 'env', stop: async () => undefined };
  }
  if (options.allowContainer && settings.allowContainer) {
    const container = await fromContainer();
    if (container) return container;
  }
  return startLocalNeo4j({
    cacheDir: options.cacheDir ?? settings.cacheDir ?? DEFAULT_CACHE_DIR,
    instance: options.instance,
    javaHomes: settings.javaHomes,
    ...options.local,
    transactionTimeout: options.local?.transactionTimeout ?? settings.transactionTimeout,
    startTimeoutMs: options.local?.startTimeoutMs ?? settings.startTimeoutMs,
    stopTimeoutMs: options.local?.stopTimeoutMs ?? settings.stopTimeoutMs,
  });
}
