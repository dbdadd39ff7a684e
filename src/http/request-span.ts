import type express from 'express';
import type { SeedStateRecord } from '../graph/read';
import type { Tracing } from '../telemetry/tracing';
import { routeOf } from './paths';

type ReleaseAttributes = Parameters<Tracing['annotateRequest']>[0];

/** The request span's attributes for one seed state: made once per state read, not per request. */
function releaseAttributes(state: SeedStateRecord): ReleaseAttributes {
  return {
    ...(state.contentHash ? { 'kg.content_hash': state.contentHash } : {}),
    ...(state.seedVersion ? { 'kg.seed_version': state.seedVersion } : {}),
    'kg.load_state': state.loadState,
  };
}

/**
 * With tracing on: every request's span is named by its route, and says which
 * graph answered it (its content hash and seed version, as the service last
 * read them); the service's own version is on every span's resource.
 */
export function annotateRequestSpan(
  tracing: Tracing,
  seedState: () => SeedStateRecord | null,
): express.RequestHandler {
  // The watch keeps each read's record until the next read replaces it.
  const made = new WeakMap<SeedStateRecord, ReleaseAttributes>();
  return (req, _res, next) => {
    const route = routeOf(req.path);
    if (route) tracing.nameRequestRoute(route);
    const state = seedState();
    if (state) {
      let attributes = made.get(state);
      if (!attributes) made.set(state, (attributes = releaseAttributes(state)));
      tracing.annotateRequest(attributes);
    }
    next();
  };
}
