import { logger } from '../../logger';
import type { GraphReaders } from './readers';
import type { SeedStateRecord } from './records';

/**
 * Which graph Neo4j holds, as this process last read it: the content hash and
 * load state of `SeedMeta`, read every `intervalMs` by one index seek.
 *
 * Requests take the state from memory, so none pays a round trip to learn of
 * a reseed; each instance learns of one within `intervalMs` plus a read.
 * When a read fails the state is unknown (null) until one succeeds: a process
 * that cannot see Neo4j cannot tell whether the graph changed.
 */
export class SeedStateWatch {
  private current: SeedStateRecord | null = null;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  /** `readTimeoutMs` bounds each read, short of the interval's scale: a slow read is a failed one. */
  constructor(
    private readonly readers: GraphReaders,
    private readonly intervalMs: number,
    private readonly readTimeoutMs: number,
  ) {}

  /** The state last read; null before the first read and after a failed one. */
  get state(): SeedStateRecord | null {
    return this.current;
  }

  /** Reads the state now, without keeping it (a check of one answer). */
  read(): Promise<SeedStateRecord> {
    return this.readers.reader('seed-state-watch', this.readTimeoutMs).seedState();
  }

  /** Reads the state now and keeps it. */
  async refresh(): Promise<SeedStateRecord | null> {
    try {
      this.current = await this.read();
    } catch (error) {
      if (this.current !== null) logger.warn({ err: error }, 'could not read the seed state');
      this.current = null;
    }
    return this.current;
  }

  /** Reads the state now, then every `intervalMs` until stop(). */
  async start(): Promise<void> {
    await this.refresh();
    const tick = () => {
      this.timer = setTimeout(() => {
        void this.refresh().then(() => {
          if (!this.stopped) tick();
        });
      }, this.intervalMs);
      this.timer.unref();
    };
    if (!this.stopped) tick();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }
}
