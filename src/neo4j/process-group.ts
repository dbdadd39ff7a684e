import { spawn } from 'node:child_process';

/** True while a process (or, for a negative `pid`, a process group) exists. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Signals a process, or a whole process group when `pid` is negative. */
export function killProcess(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

export const killGroup = (pgid: number, signal: NodeJS.Signals) => killProcess(-pgid, signal);

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A detached shell that outlives `ownerPid` by at most a second and then ends
 * the process group `pgid` (TERM, and KILL 20 s later). Returns its pid.
 */
export function startWatchdog(ownerPid: number, pgid: number): number | undefined {
  const script = `while kill -0 ${ownerPid} 2>/dev/null; do sleep 1; done; kill -TERM -${pgid} 2>/dev/null; sleep 20; kill -KILL -${pgid} 2>/dev/null`;
  const watchdog = spawn('sh', ['-c', script], { detached: true, stdio: 'ignore' });
  watchdog.unref();
  return watchdog.pid;
}
