import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_SEED_DIR } from '../../src/seed/seed';

/**
 * A copy of the seed folder whose seeds/curated/hpo is `extract` (the full
 * extract that `scripts/refresh-hpo.sh --slice all --out DIR` writes), or
 * has none when `extract` is null. The copy lives in the system's temporary
 * folder: the full extract is never part of the committed seeds.
 */
export function seedCopy(extract: string | null): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'bench-seeds-')), 'seeds');
  const curated = path.join(DEFAULT_SEED_DIR, 'curated', 'hpo');
  cpSync(DEFAULT_SEED_DIR, dir, { recursive: true, filter: (src) => src !== curated });
  if (extract) {
    if (!existsSync(path.join(extract, 'manifest.json')))
      throw new Error(`${extract} holds no HPO extract (manifest.json)`);
    cpSync(extract, path.join(dir, 'curated', 'hpo'), { recursive: true });
  }
  return dir;
}
