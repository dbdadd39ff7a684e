import cors from 'cors';
import type express from 'express';
import type { Config } from '../config';
import { rateLimitPerClient, type ErrorBody } from './http-errors';

/**
 * How long a browser may keep a CORS preflight's answer: the policy changes
 * only with the service's configuration, and fewer preflights are fewer round trips.
 */
const CORS_MAX_AGE_SECONDS = 600;

/**
 * What a door browsers call mounts before its own handlers: CORS, then the
 * per-client rate limit (where one is set). CORS first, so that a browser
 * over the limit can read its 429 (RATE_LIMITED) and a preflight, answered
 * by CORS, is never counted. Any origin is the literal `*`, the same for
 * every client, so a shared cache may keep the answer; a list gives the
 * request's origin where it is listed (and the answers vary on Origin).
 */
export function browserAccess(
  config: Pick<Config, 'CORS_ORIGINS' | 'RATE_LIMIT_PER_MINUTE'>,
  exposedHeaders: string[],
  errorBody?: ErrorBody,
): express.RequestHandler[] {
  return [
    cors({
      origin: config.CORS_ORIGINS === '*' ? '*' : config.CORS_ORIGINS,
      exposedHeaders,
      maxAge: CORS_MAX_AGE_SECONDS,
    }),
    ...(config.RATE_LIMIT_PER_MINUTE > 0
      ? [rateLimitPerClient(config.RATE_LIMIT_PER_MINUTE, errorBody)]
      : []),
  ];
}
