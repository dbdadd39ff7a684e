import type express from 'express';
import type { SeedStateRecord } from '../graph/read';
import type { Tracing } from '../telemetry/tracing';
import { routeOf } from './paths';

/**
 * With tracing on: every request's span is named by its route, and says which
 * graph answered it (its content hash and seed version, as the service last
 * read them); the service's own version is on every span's resource.
 */
export function annotateRequestSpan(
  tracing: Tracing,
  seedState: () => SeedStateRecord | null,
): express.RequestHandler {
  return (req, _res, next) => {
    const route = routeOf(req.path);
    if (route) tracing.nameRequestRoute(route);
    const state = seedState();
    tracing.annotateRequest({
      ...(state?.contentHash ? { 'kg.content_hash': state.contentHash } : {}),
      ...(state?.seedVersion ? { 'kg.seed_version': state.seedVersion } : {}),
      ...(state ? { 'kg.load_state': state.loadState } : {}),
    });
    next();
  };
}
