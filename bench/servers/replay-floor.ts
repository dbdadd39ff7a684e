/**
 * Server C for the curated operations: the floor. At /<operation id> it sends
 * the Cypher statements A sent for that operation (recorded once, read from
 * the file BENCH_REPLAY_FILE names), wave after wave and the statements of a
 * wave together, each as A sends it (an auto-commit read), straight through
 * neo4j-driver, and returns the records as JSON: no GraphQL, no mapping.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import neo4j from 'neo4j-driver';
import { readGraphSettings } from '../../src/config';
import { DATABASE, createDriver } from '../../src/graph/driver';
import { fromJsonParams, type RecordedWaves } from './recorded-waves';
import { connectionFromEnv, serveChild } from './child';

serveChild(async () => {
  const file = process.env.BENCH_REPLAY_FILE;
  if (!file) throw new Error('replay floor needs BENCH_REPLAY_FILE');
  const recorded = JSON.parse(readFileSync(file, 'utf8')) as Record<string, RecordedWaves>;
  const waves = Object.fromEntries(
    Object.entries(recorded).map(([id, ws]) => [
      id,
      ws.map((w) =>
        w.map((r) => ({
          text: r.text,
          params: fromJsonParams(r.params) as Record<string, unknown>,
        })),
      ),
    ]),
  );
  const driver = createDriver(connectionFromEnv(), readGraphSettings().driver);
  const read = async (text: string, params: Record<string, unknown>) => {
    const session = driver.session({ database: DATABASE, defaultAccessMode: neo4j.session.READ });
    try {
      return (await session.run(text, params)).records.map((r) => r.toObject());
    } finally {
      await session.close();
    }
  };
  const answer = async (id: string) => {
    const out: unknown[] = [];
    for (const wave of waves[id] ?? [])
      out.push(await Promise.all(wave.map((r) => read(r.text, r.params))));
    return out;
  };

  const httpServer = http.createServer((req, res) => {
    const id = new URL(req.url ?? '/', 'http://localhost').pathname.slice(1);
    if (!waves[id]) {
      res.writeHead(404).end();
      return;
    }
    answer(id)
      .then((body) =>
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body)),
      )
      .catch((error: unknown) =>
        res
          .writeHead(500, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error: error instanceof Error ? error.message : String(error) })),
      );
  });
  httpServer.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const address = httpServer.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    stop: async () => {
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await driver.close();
    },
  };
});
