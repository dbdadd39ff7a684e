import pino from 'pino';
import type { LogSettings } from './config';

/**
 * The one logger of the process: JSON lines, to stdout or stderr. Modules
 * import it; each process entry sets its level and destination once, at
 * start, from the settings (configureLogger). Until then it logs at info to
 * stdout, the settings' own defaults. Never log secrets or what a person
 * typed; a request's line names its client address (the rate limit's key,
 * as TRUSTED_PROXIES resolves it), as an access log does.
 */

/** One writer per descriptor, made when first asked for. */
const writers = new Map<LogSettings['destination'], pino.DestinationStream>();
const writerTo = (destination: LogSettings['destination']) => {
  let writer = writers.get(destination);
  if (!writer) {
    writer = pino.destination(destination === 'stderr' ? 2 : 1);
    writers.set(destination, writer);
  }
  return writer;
};

let current = writerTo('stdout');

export const logger = pino(
  {
    level: 'info',
    base: { service: 'myoclonus-knowledge-graph' },
    redact: {
      paths: ['password', '*.password', 'auth', '*.auth', 'req.headers.authorization'],
      censor: '[redacted]',
    },
  },
  // Lines go to whichever writer the settings name, so the logger can be imported before they are read.
  { write: (line: string) => current.write(line) },
);

/** Sets the level and destination of the process's logger (and of the children made after). */
export function configureLogger(settings: LogSettings): void {
  logger.level = settings.level;
  current = writerTo(settings.destination);
}

export type Logger = typeof logger;
