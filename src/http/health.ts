import express from 'express';
import type { GraphReaders } from '../graph/read';
import { HEALTH_LIVE_PATH, HEALTH_READY_PATH } from './paths';

/** `/health/live`: the process answers. `/health/ready`: and Neo4j answers it within `timeoutMs`. */
export function healthRoutes(readers: GraphReaders, timeoutMs: number): express.Router {
  const router = express.Router();
  router.get(HEALTH_LIVE_PATH, (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get(HEALTH_READY_PATH, async (_req, res) => {
    try {
      await readers.reader('health', timeoutMs).ping();
      res.json({ status: 'ok', neo4j: 'up' });
    } catch {
      res.status(503).json({ status: 'unavailable', neo4j: 'down' });
    }
  });
  return router;
}
