import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { logger } from '../logger';
import { isAlive, killProcess, sleep } from './process-group';

/**
 * One local instance's folder under `<cacheDir>/instances/<name>`: its
 * configuration, data, logs, password, and the file that names the process
 * group running it and the process that started that group.
 */
export interface InstancePaths {
  root: string;
  conf: string;
  data: string;
  logs: string;
  run: string;
  password: string;
  pgid: string;
  console: string;
}

export function instancePaths(cacheDir: string, instance: string): InstancePaths {
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

/** How long a killed leftover server may take to be gone before the start goes on regardless. */
const LEFTOVER_GONE_MS = 30_000;

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
export function inUseByAnother(paths: InstancePaths): boolean {
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
export async function stopLeftover(paths: InstancePaths): Promise<void> {
  const neo4jPidFile = path.join(paths.run, 'neo4j.pid');
  const pids: number[] = [];
  const owner = readOwner(paths);
  if (owner) pids.push(-owner.pgid);
  if (existsSync(neo4jPidFile)) pids.push(Number(readFileSync(neo4jPidFile, 'utf8')));
  const alive = pids.filter((pid) => Number.isInteger(pid) && pid !== 0 && isAlive(pid));
  if (alive.length > 0) {
    logger.warn({ pids: alive }, 'stopping a Neo4j left running by an earlier run');
    for (const pid of alive) killProcess(pid, 'SIGKILL');
    const deadline = Date.now() + LEFTOVER_GONE_MS;
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
export function removeOldClassArchive(paths: InstancePaths): void {
  rmSync(path.join(paths.root, 'neo4j-classes.jsa'), { force: true });
}
