import pino from 'pino';
import { readLogSettings } from './config';

/** The one logger of the process: JSON lines, level from LOG_LEVEL. Never log secrets or personal data. */
export const logger = pino({
  level: readLogSettings().level,
  base: { service: 'myoclonus-knowledge-graph' },
  redact: {
    paths: ['password', '*.password', 'auth', '*.auth', 'req.headers.authorization'],
    censor: '[redacted]',
  },
});

export type Logger = typeof logger;
