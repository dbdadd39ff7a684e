import pino from 'pino';
import { readLogSettings } from './config';

const settings = readLogSettings();

/**
 * The one logger of the process: JSON lines, level from LOG_LEVEL, to stdout
 * (stderr when LOG_DESTINATION says so). Never log secrets or personal data.
 */

export const logger = pino(
  {
    level: settings.level,
    base: { service: 'myoclonus-knowledge-graph' },
    redact: {
      paths: ['password', '*.password', 'auth', '*.auth', 'req.headers.authorization'],
      censor: '[redacted]',
    },
  },
  settings.destination === 'stderr' ? pino.destination(2) : pino.destination(1),
);

export type Logger = typeof logger;
