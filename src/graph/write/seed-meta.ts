import type { Driver } from 'neo4j-driver';
import { DATABASE } from '../driver';
import { SEED_META } from './statements';

/** What the last complete load recorded. */
export interface SeedMeta {
  version: string;
  contentHash: string;
  loadedAt: string;
  /** No load holds the graph or stopped before it finished. */
  complete: boolean;
}

export async function readSeedMeta(driver: Driver): Promise<SeedMeta | null> {
  const { records } = await driver.executeQuery(
    SEED_META.text,
    {},
    {
      database: DATABASE,
      routing: 'READ',
      transactionConfig: { metadata: { app: 'seed', query: SEED_META.name } },
    },
  );
  const r = records[0];
  return r
    ? {
        version: r.get('version'),
        contentHash: r.get('contentHash'),
        loadedAt: r.get('loadedAt'),
        complete: r.get('complete') === true,
      }
    : null;
}
