import { readFileSync, readdirSync } from 'node:fs';

/**
 * CPU time (user and system, ms) of processes, from /proc. On a machine
 * shared with other work, req/s and wall time move with everyone's load; the
 * CPU a process spends on a request moves much less.
 */

/** Milliseconds per /proc tick (USER_HZ is 100 on Linux). */
const MS_PER_TICK = 10;

/** /proc/PID/stat's fields after the name (which may hold spaces): field n of proc(5) is [n - 3]. */
function fieldsAfterName(pid: number | string): string[] {
  const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return text.slice(text.lastIndexOf(')') + 2).split(' ');
}

const cpuOf = (fields: string[]) => (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK;

/** utime + stime of one process so far, in ms. */
export function processCpuMs(pid: number): number {
  return cpuOf(fieldsAfterName(pid));
}

/**
 * A reader of the CPU time so far (ms) of a process group's processes, as
 * they were when it was made: the local Neo4j's bootloader and server JVM.
 * NaN when there is no group to read (a Neo4j not started by this run).
 */
export function groupCpuMs(pgid: number | undefined): () => number {
  if (pgid === undefined) return () => NaN;
  const pids = readdirSync('/proc').filter((pid) => {
    if (!/^\d+$/.test(pid)) return false;
    try {
      return fieldsAfterName(pid)[2] === String(pgid);
    } catch {
      return false;
    }
  });
  return () =>
    pids.reduce((sum, pid) => {
      try {
        return sum + cpuOf(fieldsAfterName(pid));
      } catch {
        // The process ended while we looked.
        return sum;
      }
    }, 0);
}
