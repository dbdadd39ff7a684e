import type express from 'express';

/**
 * A door whose modules load on its first request, not at start: a process
 * that never serves it pays neither the start-up time nor the memory (the MCP
 * SDK and its schemas, GraphiQL's bundle). `matches` picks the requests it
 * answers; the first of them waits for the load.
 */
export function lazyDoor(
  matches: (path: string) => boolean,
  load: () => Promise<express.RequestHandler>,
): express.RequestHandler {
  let loading: Promise<express.RequestHandler> | undefined;
  return (req, res, next) => {
    if (!matches(req.path)) {
      next();
      return;
    }
    loading ??= load();
    loading.then(
      (handler) => handler(req, res, next),
      (error: unknown) => next(error),
    );
  };
}
