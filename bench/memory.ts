import { readFileSync } from 'node:fs';

/** Resident set size of a process, in MiB (Linux's /proc; null where there is none). */
export function rssMiB(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

export interface MemoryRow {
  server: string;
  /** After the warm-up pass. */
  afterWarmUpMiB: number | null;
  /** After the sustained load (W1 to W4 in turn). */
  afterLoadMiB: number | null;
  loadS: number;
}
