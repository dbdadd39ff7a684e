import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
  openSync,
  closeSync,
} from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { logger } from '../logger';
import { findSupportedJavaHome } from './java';
import { ProvisioningError, type Neo4jConnection } from './connection';

/** The Neo4j release we run locally: the 5.26 LTS line, the last that runs on Java 17. */
const LOCAL_NEO4J_VERSION = '5.26.30';

export interface LocalServerOptions {
  /** Folder for jars and instances; git-ignored. */
  cacheDir: string;
  /** Each instance has its own data, logs and password, so tests never touch the dev graph. */
  instance: string;
  /** Java homes to try before the one on the PATH and those under /usr/lib/jvm. */
  javaHomes?: string[];
  heap?: string;
  pageCache?: string;
  transactionTimeout?: string;
  startTimeoutMs?: number;
  /** Fixed ports (a restarted server keeps its address); free ports are chosen when omitted. */
  boltPort?: number;
  httpPort?: number;
}

function hasCommand(command: string, args: string[] = ['-v']): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return result.error === undefined && result.status === 0;
}

/** Free loopback port: bind to 0 and let the kernel choose. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Signals a process, or a whole process group when `pid` is negative. */
function killProcess(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

const killGroup = (pgid: number, signal: NodeJS.Signals) => killProcess(-pgid, signal);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A detached shell that outlives `ownerPid` by at most a second and then ends
 * the process group `pgid` (TERM, and KILL 20 s later). Returns its pid.
 */
function startWatchdog(ownerPid: number, pgid: number): number | undefined {
  const script = `while kill -0 ${ownerPid} 2>/dev/null; do sleep 1; done; kill -TERM -${pgid} 2>/dev/null; sleep 20; kill -KILL -${pgid} 2>/dev/null`;
  const watchdog = spawn('sh', ['-c', script], { detached: true, stdio: 'ignore' });
  watchdog.unref();
  return watchdog.pid;
}

/**
 * Fetches the Neo4j server jars from Maven Central once, with Maven, into
 * `<cacheDir>/dist/<version>/lib`. A second call finds them and returns at once.
 */
function ensureDistribution(cacheDir: string, version = LOCAL_NEO4J_VERSION): string {
  const home = path.join(cacheDir, 'dist', version);
  const lib = path.join(home, 'lib');
  const marker = path.join(home, '.complete');
  if (existsSync(marker)) return home;
  if (!hasCommand('mvn')) {
    throw new ProvisioningError(
      'Cannot start a local Neo4j: Maven (mvn) is not installed. Install Java 17 and Maven, ' +
        'or set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD to use an existing Neo4j 5.26, or run Docker.',
    );
  }
  mkdirSync(home, { recursive: true });
  const pom = `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.neo4j</groupId>
  <artifactId>neo4j-runtime</artifactId>
  <version>${version}</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.neo4j</groupId><artifactId>neo4j</artifactId><version>${version}</version></dependency>
  </dependencies>
</project>
`;
  writeFileSync(path.join(home, 'pom.xml'), pom);
  logger.info({ version }, 'fetching Neo4j jars from Maven Central (first run only)');
  const result = spawnSync(
    'mvn',
    [
      '-q',
      '-B',
      'dependency:copy-dependencies',
      `-DoutputDirectory=${lib}`,
      '-DincludeScope=runtime',
    ],
    { cwd: home, encoding: 'utf8' },
  );
  if (result.status !== 0) {
    throw new ProvisioningError(
      `Maven could not fetch org.neo4j:neo4j:${version}: ${(result.stdout + result.stderr).trim().slice(-2000)}`,
    );
  }
  writeFileSync(marker, new Date().toISOString());
  return home;
}

interface InstancePaths {
  root: string;
  conf: string;
  data: string;
  logs: string;
  run: string;
  password: string;
  pgid: string;
  console: string;
}

function instancePaths(cacheDir: string, instance: string): InstancePaths {
  const root = path.join(cacheDir, 'instances', instance);
  return {
    root,
    conf: path.join(root, 'conf'),
    data: path.join(root, 'data'),
    logs: path.join(root, 'logs'),
    run: path.join(root, 'run'),
    password: path.join(root, 'password'),
    pgid: path.join(root, 'server.pgid'),
    console: path.join(root, 'logs', 'console.log'),
  };
}

interface InstanceOwner {
  pgid: number;
  ownerPid: number;
}

/** The pgid file names the server's process group and the process that started it. */
function readOwner(paths: InstancePaths): InstanceOwner | undefined {
  if (!existsSync(paths.pgid)) return undefined;
  const [pgid, ownerPid] = readFileSync(paths.pgid, 'utf8').trim().split(/\s+/).map(Number);
  return pgid ? { pgid, ownerPid: ownerPid ?? 0 } : undefined;
}

/** True when another live process runs this instance's server right now. */
function inUseByAnother(paths: InstancePaths): boolean {
  const owner = readOwner(paths);
  return (
    !!owner &&
    owner.ownerPid !== process.pid &&
    owner.ownerPid > 0 &&
    isAlive(owner.ownerPid) &&
    isAlive(-owner.pgid)
  );
}

/**
 * A server left behind by a run that was killed outright (SIGKILL), or one
 * still shutting down, would hold the store lock: end it and wait until it is gone.
 */
async function stopLeftover(paths: InstancePaths): Promise<void> {
  const neo4jPidFile = path.join(paths.run, 'neo4j.pid');
  const pids: number[] = [];
  const owner = readOwner(paths);
  if (owner) pids.push(-owner.pgid);
  if (existsSync(neo4jPidFile)) pids.push(Number(readFileSync(neo4jPidFile, 'utf8')));
  const alive = pids.filter((pid) => Number.isInteger(pid) && pid !== 0 && isAlive(pid));
  if (alive.length > 0) {
    logger.warn({ pids: alive }, 'stopping a Neo4j left running by an earlier run');
    for (const pid of alive) killProcess(pid, 'SIGKILL');
    const deadline = Date.now() + 30_000;
    while (alive.some(isAlive) && Date.now() < deadline) await sleep(100);
  }
  rmSync(paths.pgid, { force: true });
  rmSync(neo4jPidFile, { force: true });
}

/**
 * An earlier class-data-sharing archive of this instance. The server JVM used
 * to record one when it first exited (-XX:ArchiveClassesAtExit): that made the
 * first stop of every instance write about 130 MB and take 15-30 s, past a
 * SIGTERM's grace, and a stop cut short left a broken archive that later
 * starts refused. The JVM now maps only the JDK's own archive (-Xshare:auto),
 * and an old archive is removed to free its space.
 */
function removeOldClassArchive(paths: InstancePaths): void {
  rmSync(path.join(paths.root, 'neo4j-classes.jsa'), { force: true });
}

function writeConfig(
  paths: InstancePaths,
  ports: { bolt: number; http: number },
  options: LocalServerOptions,
): void {
  const lines = [
    '# Written by the project on every start; edit LocalServerOptions instead.',
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${ports.bolt}`,
    `server.bolt.advertised_address=127.0.0.1:${ports.bolt}`,
    `server.http.listen_address=127.0.0.1:${ports.http}`,
    `server.http.advertised_address=127.0.0.1:${ports.http}`,
    'server.https.enabled=false',
    `server.directories.data=${paths.data}`,
    `server.directories.logs=${paths.logs}`,
    `server.directories.run=${paths.run}`,
    `server.directories.import=${path.join(paths.root, 'import')}`,
    `server.directories.plugins=${path.join(paths.root, 'plugins')}`,
    // Sized for a 2-core machine that also runs Node and the tests.
    `server.memory.heap.initial_size=${options.heap ?? '512m'}`,
    `server.memory.heap.max_size=${options.heap ?? '1g'}`,
    `server.memory.pagecache.size=${options.pageCache ?? '256m'}`,
    `db.transaction.timeout=${options.transactionTimeout ?? '30s'}`,
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
    'server.jvm.additional=-XX:+UseG1GC',
    'server.jvm.additional=-Xshare:auto',
    '',
  ];
  writeFileSync(path.join(paths.conf, 'neo4j.conf'), lines.join('\n'));
}

/**
 * A fresh password for a new local instance: 144 random bits as hex. Hex,
 * because neo4j-admin reads its arguments as options first, and a password
 * that begins with '-' (one base64url text in 64) would be taken for an
 * unknown option and refused.
 */
export const newInitialPassword = (): string => randomBytes(18).toString('hex');

function ensurePassword(home: string, paths: InstancePaths, javaHome: string): string {
  const authFile = path.join(paths.data, 'dbms', 'auth.ini');
  if (existsSync(paths.password) && existsSync(authFile))
    return readFileSync(paths.password, 'utf8').trim();
  // A data folder without its password file cannot be logged into: start it afresh.
  if (existsSync(paths.data) && readdirSync(paths.data).length > 0) {
    logger.warn(
      { instance: paths.root },
      'local Neo4j data has no password file; starting with an empty database',
    );
    rmSync(paths.data, { recursive: true, force: true });
    mkdirSync(paths.data, { recursive: true });
  }
  const password = newInitialPassword();
  const result = spawnSync(
    path.join(javaHome, 'bin', 'java'),
    [
      '-cp',
      `${path.join(home, 'lib')}/*`,
      'org.neo4j.server.startup.Neo4jAdminCommand',
      'dbms',
      'set-initial-password',
      password,
    ],
    {
      env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: paths.conf, JAVA_HOME: javaHome },
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) {
    throw new ProvisioningError(
      `neo4j-admin could not set the initial password: ${result.stderr || result.stdout}`,
    );
  }
  writeFileSync(paths.password, `${password}\n`, { mode: 0o600 });
  return password;
}

async function waitForBolt(
  uri: string,
  password: string,
  child: ChildProcess,
  consoleLog: string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const tail = existsSync(consoleLog) ? readFileSync(consoleLog, 'utf8').slice(-3000) : '';
      throw new ProvisioningError(
        `local Neo4j exited during start (code ${child.exitCode}):\n${tail}`,
      );
    }
    const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), {
      connectionTimeout: 2000,
      logging: { level: 'error', logger: () => undefined },
    });
    try {
      await driver.verifyConnectivity();
      return;
    } catch (error) {
      lastError = error;
    } finally {
      await driver.close();
    }
    await sleep(100);
  }
  throw new ProvisioningError(
    `local Neo4j did not answer on ${uri} within ${timeoutMs} ms: ${String(lastError)}`,
  );
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
  writeConfig(paths, ports, options);
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
    const deadline = Date.now() + 30_000;
    while (isAlive(-pgid) && Date.now() < deadline) await sleep(200);
    if (isAlive(-pgid)) killGroup(pgid, 'SIGKILL');
    while (isAlive(-pgid)) await sleep(100);
    rmSync(paths.pgid, { force: true });
    if (ephemeral) rmSync(paths.root, { recursive: true, force: true });
  };

  try {
    await waitForBolt(uri, password, child, paths.console, options.startTimeoutMs ?? 120_000);
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
