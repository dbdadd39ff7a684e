import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { logger } from '../logger';
import { waitForBolt } from './bolt-readiness';
import { ProvisioningError, type Neo4jConnection } from './connection';
import { ensureDistribution, LOCAL_NEO4J_VERSION } from './distribution';
import { freePort } from './free-port';
import { ensurePassword } from './initial-password';
import {
  inUseByAnother,
  instancePaths,
  removeOldClassArchive,
  stopLeftover,
} from './instance-folder';
import { findSupportedJavaHome } from './java';
import { isAlive, killGroup, killProcess, sleep, startWatchdog } from './process-group';
import { writeServerConfig, type ServerSettings } from './server-config';

export interface LocalServerOptions extends ServerSettings {
  /** Folder for jars and instances; git-ignored. */
  cacheDir: string;
  /** Each instance has its own data, logs and password, so tests never touch the dev graph. */
  instance: string;
  /** Java homes to try before the one on the PATH and those under /usr/lib/jvm. */
  javaHomes?: string[];
  /** How long the server may take to answer on Bolt (NEO4J_START_TIMEOUT_MS). */
  startTimeoutMs: number;
  /** How long `stop` waits after SIGTERM before it kills the server (NEO4J_STOP_TIMEOUT_MS). */
  stopTimeoutMs: number;
  /** Fixed ports (a restarted server keeps its address); free ports are chosen when omitted. */
  boltPort?: number;
  httpPort?: number;
}

/**
 * Starts Neo4j Community from its Maven Central jars through Neo4j's own
 * bootloader (which adds the JVM flags the server needs), waits until Bolt
 * answers, and returns a connection whose `stop` ends the whole process group.
 */
export async function startLocalNeo4j(options: LocalServerOptions): Promise<Neo4jConnection> {
  const javaHome = findSupportedJavaHome(options.javaHomes ?? []);
  if (!javaHome) {
    throw new ProvisioningError(
      'Cannot start a local Neo4j: no Java 17 (or 21) found. Install Java 17 and Maven, ' +
        'or set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD, or run Docker.',
    );
  }
  const home = ensureDistribution(options.cacheDir);
  let paths = instancePaths(options.cacheDir, options.instance);
  // Two runs at once (two test runs, say) must not share a store: the second gets a throw-away instance.
  const ephemeral = inUseByAnother(paths);
  if (ephemeral) {
    const instance = `${options.instance}-run-${process.pid}`;
    logger.warn(
      { instance: options.instance, using: instance },
      'local Neo4j instance is in use by another process',
    );
    paths = instancePaths(options.cacheDir, instance);
  }
  for (const dir of [paths.conf, paths.data, paths.logs, paths.run])
    mkdirSync(dir, { recursive: true });
  await stopLeftover(paths);

  const ports = {
    bolt: options.boltPort ?? (await freePort()),
    http: options.httpPort ?? (await freePort()),
  };
  writeServerConfig(paths, ports, options);
  removeOldClassArchive(paths);
  const password = ensurePassword(home, paths, javaHome);

  const out = openSync(paths.console, 'a');
  logger.info({ instance: options.instance }, 'starting local Neo4j');
  const child = spawn(
    path.join(javaHome, 'bin', 'java'),
    ['-cp', `${path.join(home, 'lib')}/*`, 'org.neo4j.server.startup.Neo4jCommand', 'console'],
    {
      env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: paths.conf, JAVA_HOME: javaHome },
      // Its own process group, so one signal reaches the bootloader and the server JVM it spawns.
      detached: true,
      stdio: ['ignore', out, out],
    },
  );
  closeSync(out);
  const pgid = child.pid;
  if (pgid === undefined) throw new ProvisioningError('could not spawn Java for the local Neo4j');
  writeFileSync(paths.pgid, `${pgid} ${process.pid}`);

  // If this process exits without calling stop(), take Neo4j with it; and if it
  // dies outright (SIGKILL, or a parent that kills it mid-shutdown), the
  // watchdog does: a shell that waits for this process to go, then ends the group.
  const onExit = () => killGroup(pgid, 'SIGKILL');
  process.once('exit', onExit);
  const watchdog = startWatchdog(process.pid, pgid);

  const uri = `bolt://127.0.0.1:${ports.bolt}`;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.removeListener('exit', onExit);
    if (watchdog) killProcess(watchdog, 'SIGKILL');
    killGroup(pgid, 'SIGTERM');
    const deadline = Date.now() + options.stopTimeoutMs;
    while (isAlive(-pgid) && Date.now() < deadline) await sleep(200);
    if (isAlive(-pgid)) killGroup(pgid, 'SIGKILL');
    while (isAlive(-pgid)) await sleep(100);
    rmSync(paths.pgid, { force: true });
    if (ephemeral) rmSync(paths.root, { recursive: true, force: true });
  };

  try {
    await waitForBolt(uri, password, child, paths.console, options.startTimeoutMs);
  } catch (error) {
    await stop();
    throw error;
  }
  logger.info(
    { uri, instance: options.instance, version: LOCAL_NEO4J_VERSION },
    'local Neo4j is up',
  );
  return { uri, user: 'neo4j', password, provider: 'local', pid: pgid, stop };
}
