import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_SEED_DIR } from '../../src/seed/seed';
import { loadSeedGraph } from '../../src/seed/seed-graph';

/**
 * The seed version follows the rule in seeds/CHANGELOG.md: a change to the
 * content lands with a new version and an entry that records its hash.
 */

const changelog = readFileSync(path.join(DEFAULT_SEED_DIR, 'CHANGELOG.md'), 'utf8');
const entries = [
  ...changelog.matchAll(/^## (\d+\.\d+\.\d+)\n(?:\n)?(?:Content hash: `([0-9a-f]{64})`)?/gm),
].map((m) => ({ version: m[1]!, hash: m[2] }));
const graph = loadSeedGraph(DEFAULT_SEED_DIR);

test('the current seed version is the newest entry of the changelog', () => {
  expect(entries[0]?.version).toBe(graph.version);
});

test("the seeds' content is the content the current version records", () => {
  // On failure: the seeds changed. Bump seeds/manifest.yaml by the changelog's rule and add an entry with the new hash.
  expect({ version: graph.version, contentHash: graph.contentHash }).toEqual({
    version: entries[0]?.version,
    contentHash: entries[0]?.hash,
  });
});

test('versions only grow down the changelog', () => {
  const parts = entries.map((e) => e.version.split('.').map(Number));
  for (let i = 1; i < parts.length; i++) {
    const [a, b] = [parts[i - 1]!, parts[i]!];
    const newer = a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
    expect(newer).toBeGreaterThan(0);
  }
});
