import type { Driver, Session } from 'neo4j-driver';
import { readConfig } from '../../src/config';
import { createApiServer } from '../../src/http/server';
import { fetchJson } from '../answer-check';
import type { HttpRequest } from '../workloads';
import { toJsonParams, type RecordedWaves } from '../servers/recorded-waves';

/**
 * Asks each operation once of the service built in this process (cache off,
 * as A runs), on a driver that notes every statement its sessions run, and
 * returns the statements per operation: the Cypher C replays.
 */
export async function recordReads(
  driver: Driver,
  env: Record<string, string>,
  operations: { id: string; request: HttpRequest }[],
): Promise<Record<string, RecordedWaves>> {
  let waves: RecordedWaves | null = null;
  let inFlight = 0;
  const recording = new Proxy(driver, {
    get(target, key, receiver) {
      if (key !== 'session') return Reflect.get(target, key, receiver) as unknown;
      return (...args: Parameters<Driver['session']>) => {
        const session = target.session(...args);
        const run: Session['run'] = (text, params, config) => {
          const current = waves;
          if (!current) return session.run(text, params, config);
          if (inFlight === 0 || current.length === 0) current.push([]);
          current.at(-1)!.push({ text: String(text), params: toJsonParams(params ?? {}) });
          inFlight++;
          const result = session.run(text, params, config);
          void Promise.resolve(result).finally(() => inFlight--);
          return result;
        };
        return new Proxy(session, {
          get: (s, k, r) => (k === 'run' ? run : (Reflect.get(s, k, r) as unknown)),
        });
      };
    },
  });
  const config = readConfig({
    ...process.env,
    ...env,
    NODE_ENV: 'production',
    PORT: '0',
    HOST: '127.0.0.1',
    RATE_LIMIT_PER_MINUTE: '0',
    RESPONSE_CACHE_ENABLED: 'false',
    // No background read of the seed state while a request is recorded.
    SEED_STATE_POLL_MS: String(3_600_000),
    LOG_LEVEL: 'warn',
  });
  const server = await createApiServer(recording, config);
  const base = `http://127.0.0.1:${await server.listen()}`;
  const recorded: Record<string, RecordedWaves> = {};
  try {
    for (const op of operations) {
      await fetchJson(base, op.request); // plans and caches warm, not recorded
      waves = [];
      await fetchJson(base, op.request);
      recorded[op.id] = waves;
      waves = null;
    }
  } finally {
    await server.stop();
  }
  return recorded;
}
