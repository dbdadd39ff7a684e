import express from 'express';
import type { Driver } from 'neo4j-driver';
import { GraphReader } from '../graph/read';

/** `/health/live`: the process answers. `/health/ready`: and Neo4j answers it within 2 s. */
export function healthRoutes(driver: Driver): express.Router {
  const router = express.Router();
  router.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/health/ready', async (_req, res) => {
    try {
      await new GraphReader(driver, { queryTimeoutMs: 2_000, app: 'health' }).ping();
      res.json({ status: 'ok', neo4j: 'up' });
    } catch {
      res.status(503).json({ status: 'unavailable', neo4j: 'down' });
    }
  });
  return router;
}
