import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { keptReleaseFiles } from '../../src/graph/export/kept-release';
import { releaseChanges } from '../../src/graph/export/release-changes';
import {
  FIRST_KEPT_RELEASE,
  SEEDS_DIR,
  SeedReleaseHistory,
  parseRetired,
} from '../../src/release/history';
import { copySeeds, editSeedFile } from '../fixtures/testkit';

/**
 * The releases the seeds keep: a release is compared with the previous
 * version's, read from seeds/releases/ without a database, so that one must
 * be there; and the writer that keeps a release when a version is cut.
 */

const currentVersion = (
  parse(readFileSync(path.join(SEEDS_DIR, 'manifest.yaml'), 'utf8')) as {
    version: string;
  }
).version;

const nextPatch = (version: string) =>
  version.replace(/\d+$/, (patch) => String(Number(patch) + 1));

/** A copy of the seeds whose changelog gains an entry for `version` on top. */
function seedsWithEntry(version: string, text: string): string {
  const dir = copySeeds();
  editSeedFile(dir, 'CHANGELOG.md', (t) =>
    t.replace(/^## /m, `## ${version}\n\nContent hash: \`${'c'.repeat(64)}\`\n\n${text}\n\n## `),
  );
  return dir;
}

describe('the seeds as committed', () => {
  const history = new SeedReleaseHistory();

  test('the release the current version is compared with is kept, and every kept release reads', () => {
    expect(history.problems(currentVersion)).toEqual([]);
    expect(history.keptVersions()).toContain(FIRST_KEPT_RELEASE);
  });

  test('a kept release is the records its export wrote: no changes against the same records', () => {
    const kept = history.readKept(FIRST_KEPT_RELEASE);
    expect(kept.manifest).toMatchObject({ seedVersion: FIRST_KEPT_RELEASE });
    expect(kept.records.nodes).toHaveLength(kept.manifest.counts.nodes);
    expect(kept.records.edges).toHaveLength(kept.manifest.counts.edges);
    expect(kept.records.nodes.find((n) => n.id === 'MYOKG:myoclonus')).toMatchObject({
      category: ['biolink:PhenotypicFeature'],
    });
    const next = nextPatch(FIRST_KEPT_RELEASE);
    const baseline = history.baselineOf(next);
    expect(baseline.previousVersion).toBe(FIRST_KEPT_RELEASE);
    const none = { added: 0, removed: 0, changed: 0 };
    expect(releaseChanges(next, kept.records, baseline).summary).toEqual({
      nodes: { ...none, byKind: {}, bySource: {} },
      edges: { ...none, byKind: {}, bySource: {} },
      names: none,
    });
  });
});

describe('a new version', () => {
  test('fails the check when the release of the version it is compared with is missing', () => {
    const latest = new SeedReleaseHistory().keptVersions().at(-1)!;
    const next = nextPatch(latest);
    const history = new SeedReleaseHistory(seedsWithEntry(next, 'Patch: a correction.'));
    rmSync(history.keptDir(latest), { recursive: true });
    const problems = history.problems(next);
    expect(problems).toContainEqual(
      expect.stringContaining(`the release of ${latest} is not kept`),
    );
    expect(problems).toContainEqual(expect.stringContaining(`${next} is compared with it`));
    expect(history.baselineOf(next)).toMatchObject({
      previousVersion: latest,
      previous: null,
      note: expect.stringMatching(/is not kept/),
      reason: 'Patch: a correction.',
    });
  });

  test('fails the check when a kept file is not what its export wrote', () => {
    const dir = copySeeds();
    const history = new SeedReleaseHistory(dir);
    editSeedFile(dir, `releases/${FIRST_KEPT_RELEASE}/nodes.jsonl`, (t) =>
      t.replace('"Myoclonus"', '"Myoclonus!"'),
    );
    expect(history.problems(currentVersion)).toContainEqual(
      expect.stringMatching(/nodes\.jsonl is not the file its export wrote/),
    );
    expect(() => history.readKept(FIRST_KEPT_RELEASE)).toThrow(/SHA-256 differs/);
  });

  test("takes the changelog's entry as the reason and the retired list's replacements", () => {
    const next = nextPatch(new SeedReleaseHistory().keptVersions().at(-1)!);
    const dir = seedsWithEntry(next, 'Major: hiccups is renamed.');
    writeFileSync(
      path.join(dir, 'retired.yaml'),
      '- id: hiccups\n  kind: entity\n  replacedBy: singultus\n  reason: the clinical name\n',
    );
    const history = new SeedReleaseHistory(dir);
    const baseline = history.baselineOf(next);
    const kept = history.readKept(baseline.previousVersion!).records;
    const current = {
      nodes: kept.nodes.map((n) =>
        n.id === 'MYOKG:hiccups' ? { ...n, id: 'MYOKG:singultus' } : n,
      ),
      edges: kept.edges,
    };
    const changes = releaseChanges(next, current, baseline);
    expect(changes.reason).toBe('Major: hiccups is renamed.');
    expect(changes.nodes!.removed).toEqual([
      expect.objectContaining({
        id: 'MYOKG:hiccups',
        replacedBy: 'MYOKG:singultus',
        reason: 'the clinical name',
      }),
    ]);
  });
});

describe('the retired list', () => {
  test('is a list of {id, kind, replacedBy?, reason}, or a map holding one under `retired`', () => {
    const entry = '- id: a--causes--b\n  kind: fact\n  reason: wrong direction\n';
    expect(parseRetired(entry)).toEqual([
      { id: 'a--causes--b', kind: 'fact', reason: 'wrong direction' },
    ]);
    expect(
      parseRetired(
        `retired:\n  - id: a\n    kind: entity\n    replacedBy: b\n    reason: merged\n`,
      ),
    ).toEqual([{ id: 'a', kind: 'entity', replacedBy: 'b', reason: 'merged' }]);
    expect(parseRetired('')).toEqual([]);
    expect(() => parseRetired('- id: a\n  kind: node\n  reason: x\n')).toThrow(/0\.kind/);
  });

  test('absent, there is nothing retired', () => {
    const dir = copySeeds();
    rmSync(path.join(dir, 'retired.yaml'), { force: true });
    expect(new SeedReleaseHistory(dir).retired()).toEqual([]);
  });
});

describe('keeping a release', () => {
  const release = (hash: string, name = 'Myoclonus') => ({
    manifest: { seedVersion: '9.0.0', contentHash: hash, biolinkModelVersion: '4.4.6' },
    files: {
      'nodes.jsonl': `${JSON.stringify({ id: 'MYOKG:myoclonus', name })}\n`,
      'edges.jsonl': `${JSON.stringify({ id: 'MYOKG:a--causes--b', subject: 'MYOKG:a' })}\n`,
    },
  });

  test('writes the JSON Lines as the export wrote them, and release.json without dates', () => {
    const history = new SeedReleaseHistory(copySeeds());
    const dir = history.keep(release('1'.repeat(64)));
    expect(dir).toBe(history.keptDir('9.0.0'));
    const files = keptReleaseFiles(release('1'.repeat(64)));
    for (const name of ['nodes.jsonl', 'edges.jsonl', 'release.json'] as const)
      expect(history.keptText('9.0.0', name)).toBe(files[name]);
    // The JSON Lines are kept gzipped, release.json as it is.
    expect(existsSync(path.join(dir, 'nodes.jsonl.gz'))).toBe(true);
    expect(readFileSync(path.join(dir, 'release.json'), 'utf8')).toBe(files['release.json']);
    expect(JSON.parse(files['release.json'])).toEqual({
      seedVersion: '9.0.0',
      contentHash: '1'.repeat(64),
      biolinkModelVersion: '4.4.6',
      counts: { nodes: 1, edges: 1 },
      files: [
        {
          name: 'nodes.jsonl',
          bytes: expect.any(Number),
          sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        },
        {
          name: 'edges.jsonl',
          bytes: expect.any(Number),
          sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        },
      ],
    });
    expect(history.keptVersions()).toContain('9.0.0');
    expect(history.readKept('9.0.0').records.nodes).toEqual([
      { id: 'MYOKG:myoclonus', name: 'Myoclonus' },
    ]);
  });

  test('keeps the same release again to the same bytes, and refuses other content under its version', () => {
    const history = new SeedReleaseHistory(copySeeds());
    history.keep(release('1'.repeat(64)));
    const first = readFileSync(path.join(history.keptDir('9.0.0'), 'release.json'), 'utf8');
    history.keep(release('1'.repeat(64)));
    expect(readFileSync(path.join(history.keptDir('9.0.0'), 'release.json'), 'utf8')).toBe(first);
    expect(() => history.keep(release('2'.repeat(64), 'Changed'))).toThrow(
      /kept already, of other content .* needs a new seed version/,
    );
    expect(history.readKept('9.0.0').records.nodes[0]).toMatchObject({ name: 'Myoclonus' });
  });
});
