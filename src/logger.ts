import pino from 'pino';
import type { LogSettings } from './config';
import { SERVICE_NAME } from './version';

/**
 * The one logger of the process: JSON lines, to stdout or stderr. Modules
 * import it; each process entry sets its level and destination once, at
 * start, from the settings (configureLogger). Until then it logs at info to
 * stdout, the settings' own defaults. Never log secrets or what a person
 * typed; a request's line names its client address (the rate limit's key,
 * as TRUSTED_PROXIES resolves it), as an access log does.
 */

/**
 * Lines are buffered, as pino documents for a busy service: a writer writes
 * once it holds BUFFERED_BYTES, and at least every FLUSH_EVERY_MS, so a
 * request's access line costs no write of its own (a write per line was
 * about 5% of a request's CPU under load: bench/results, docs/performance.md).
 * A line at warn or above is written at once, with what waits before it, and
 * what is buffered is written when the process exits (pino flushes its
 * destinations on exit); a process killed outright loses at most the last
 * FLUSH_EVERY_MS of routine lines.
 */
const BUFFERED_BYTES = 4096;
const FLUSH_EVERY_MS = 250;

type Writer = ReturnType<typeof pino.destination>;

/** One writer per descriptor, made when first asked for. */
const writers = new Map<LogSettings['destination'], Writer>();
const writerTo = (destination: LogSettings['destination']) => {
  let writer = writers.get(destination);
  if (!writer) {
    writer = pino.destination({
      dest: destination === 'stderr' ? 2 : 1,
      sync: false,
      minLength: BUFFERED_BYTES,
      periodicFlush: FLUSH_EVERY_MS,
    });
    writers.set(destination, writer);
  }
  return writer;
};

let current = writerTo('stdout');

/** Writes what the current writer holds now (tests; the process's exit does it too). */
export function flushLog(): void {
  // Ended when the process exits: pino has flushed it then, and a flush would throw.
  if (!(current as Writer & { destroyed?: boolean }).destroyed) current.flush();
}

/** Fields every line carries besides its own: the trace's ids while tracing runs (src/telemetry). */
let extraFields: (() => Record<string, string>) | null = null;

/**
 * Where pino writes each line: to the current writer, at once from warn up.
 * pino sets lastLevel, the line's level, before each write to a stream that
 * asks for it with its metadata symbol.
 */
const lines = {
  [pino.symbols.needsMetadataGsym]: true as const,
  lastLevel: 0,
  write(line: string) {
    current.write(line);
    if (lines.lastLevel >= pino.levels.values.warn!) flushLog();
  },
};

export const logger = pino(
  {
    level: 'info',
    base: { service: SERVICE_NAME },
    mixin: () => (extraFields ? extraFields() : {}),
    redact: {
      paths: ['password', '*.password', 'auth', '*.auth', 'req.headers.authorization'],
      censor: '[redacted]',
    },
  },
  // Lines go to whichever writer the settings name, so the logger can be imported before they are read.
  lines,
);

/** Sets the level and destination of the process's logger (and of the children made after). */
export function configureLogger(settings: LogSettings): void {
  logger.level = settings.level;
  current = writerTo(settings.destination);
}

/** Sets (or with null, removes) the fields every line carries besides its own. */
export function setLogFields(fields: (() => Record<string, string>) | null): void {
  extraFields = fields;
}

export type Logger = typeof logger;
