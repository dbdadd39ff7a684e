import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Json } from '../fixtures/api-server';
import { connectHttp } from '../fixtures/mcp-client';
import { useSeededServer } from '../fixtures/seeded-server';
import { copySeeds, editSeedFile } from '../fixtures/testkit';
import { seedDatabase, DEFAULT_SEED_DIR } from '../../src/seed/seed';
import { SeedReleaseHistory } from '../../src/release/history';
import { changesDigest, releaseChanges } from '../../src/graph/export/release-changes';
import { withRetired } from '../../src/graph/export/release';
import { loadSeedGraph } from '../../src/seed/seed-graph';
import { changesMarkdown } from '../../src/graph/export/release-notes';

/**
 * A release's changes since the previous release, as the service serves them:
 * in brief in the manifest and kg://about, whole in changes.json and CHANGES.md.
 */

jest.setTimeout(180_000);
const ctx = useSeededServer();

const get = (file = '', headers: Record<string, string> = {}) =>
  fetch(`${ctx.server.url}/releases/current${file ? `/${file}` : ''}`, { headers });
const getJson = async (file = ''): Promise<Json> => (await get(file)).json();
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Edits a copy of the seeds, failing when the text to change is not there. */
function edit(dir: string, file: string, from: string | RegExp, to: string): void {
  editSeedFile(dir, file, (text) => {
    const edited = text.replace(from, to);
    if (edited === text) throw new Error(`${file} has no ${String(from)}`);
    return edited;
  });
}

test('the manifest gives the changes in brief and links changes.json and CHANGES.md, each with its digest', async () => {
  const manifest = await getJson();
  const { changes } = manifest;
  expect(changes.files.map((f: Json) => f.url)).toEqual([
    '/releases/current/changes.json',
    '/releases/current/CHANGES.md',
  ]);
  for (const file of changes.files) {
    const response = await get(file.name);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect({ bytes: Buffer.byteLength(text), sha256: sha256(text) }).toEqual({
      bytes: file.bytes,
      sha256: file.sha256,
    });
  }
  const full = await getJson('changes.json');
  expect(full).toMatchObject({
    version: manifest.seedVersion,
    previousVersion: changes.previousVersion,
    compared: changes.compared,
    summary: changes.summary,
  });
  // The reason is the changelog's own entry for the version.
  const changelog = readFileSync(path.join(DEFAULT_SEED_DIR, 'CHANGELOG.md'), 'utf8');
  expect(changelog).toContain(`## ${manifest.seedVersion}\n`);
  expect(changelog).toContain(full.reason.split('\n')[0]);
});

test('the 3.0.0 release says what changed since 2.0.0, each retired id with what replaced it', () => {
  const history = new SeedReleaseHistory();
  const changes = releaseChanges(
    '3.0.0',
    history.readKept('3.0.0').records,
    history.baselineOf('3.0.0'),
  ) as Json;
  expect(changes).toMatchObject({ version: '3.0.0', previousVersion: '2.0.0', compared: true });
  // A retired entity id stays in the release as a deprecated node naming what replaced it.
  const merged = changes.nodes.changed.find((n: Json) => n.id === 'MYOKG:anti-seizure-medication');
  expect(merged.changes).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ property: 'replaced_by', new: 'MYOKG:antiepileptic-medication' }),
    ]),
  );
  expect(changes.edges.removed).toContainEqual(
    expect.objectContaining({
      id: 'MYOKG:epilepsy--causes--myoclonus',
      replacedBy: 'MYOKG:myoclonus--may_indicate--epilepsy',
    }),
  );
  expect(changes.edges.added.map((e: Json) => e.id)).toContain(
    'MYOKG:myoclonus--may_indicate--epilepsy',
  );
  // A broader word is no longer exported as a synonym of myoclonus.
  expect(changes.names.removed).toContainEqual(
    expect.objectContaining({ name: 'twitching', nodes: ['MYOKG:myoclonus'] }),
  );
  expect(changes.reason).toMatch(/^Major/);
});

test("the 4.0.0 release names what replaced each statement of HPO's it retired, in its changes and their page", () => {
  // The kept 4.0.0 release against 3.9.0's, with the retired ids the seeds give when loaded,
  // HPO's among them, as the service compares a release it serves.
  const history = new SeedReleaseHistory();
  const { retired } = loadSeedGraph(DEFAULT_SEED_DIR);
  expect(retired.length).toBeGreaterThanOrEqual(62);
  const changes = releaseChanges(
    '4.0.0',
    history.readKept('4.0.0').records,
    withRetired(history.baselineOf('4.0.0'), retired),
  ) as Json;
  const hpo = changes.edges.removed.filter(
    (e: Json) => e.primary_knowledge_source === 'infores:hpo-annotations',
  );
  // 4.0.0 read a count of none as negated: 62 statements of HPO's took a negated id.
  expect(hpo).toHaveLength(62);
  const id = 'MYOKG:MONDO:0007298--has_phenotype--HP:0000570--OMIM:117360';
  const replacedBy = 'MYOKG:MONDO:0007298--has_phenotype-not--HP:0000570--OMIM:117360';
  expect(hpo).toContainEqual(
    expect.objectContaining({ id, replacedBy, reason: expect.stringMatching(/counts none/) }),
  );
  // Each replacement is an edge of the release: a new one, or one whose id a row of the same
  // record had and which now states that row.
  const now = new Set(
    [...changes.edges.added, ...changes.edges.changed].map((e: Json) => e.id as string),
  );
  for (const removed of hpo) {
    expect(removed).toMatchObject({ replacedBy: expect.any(String), reason: expect.any(String) });
    expect(now.has(removed.replacedBy)).toBe(true);
  }
  expect(changesMarkdown(changes as never)).toContain(`, replaced by \`${replacedBy}\``);
});

test('the release that added the curated layer (3.1.0): CHANGES.md stays short, counting the additions by kind and source', () => {
  const history = new SeedReleaseHistory();
  const changes = releaseChanges(
    '3.1.0',
    history.readKept('3.1.0').records,
    history.baselineOf('3.1.0'),
  );
  const summary = changes.summary as Json;
  const hpo = summary.nodes.bySource['infores:hpo-annotations'];
  expect(hpo.added).toBeGreaterThan(1000);
  const markdown = changesMarkdown(changes);
  expect(Buffer.byteLength(markdown)).toBeLessThan(64 * 1024);
  expect(markdown).toContain(`| nodes from infores:hpo-annotations | ${hpo.added} | `);
  expect(markdown).toContain('too many to list here (changes.json lists each one)');
  for (const [kind, counts] of Object.entries(summary.nodes.byKind as Record<string, Json>))
    expect(markdown).toContain(`| nodes: ${kind} | ${counts.added} | ${counts.removed} |`);
  // changes.json keeps every one.
  expect((changes as Json).nodes.added).toHaveLength(summary.nodes.added);
});

test('changes.json and CHANGES.md download with their types and names, and revalidate with 304', async () => {
  const json = await get('changes.json');
  expect(json.headers.get('content-type')).toMatch(/^application\/json/);
  const markdown = await get('CHANGES.md');
  expect(markdown.headers.get('content-type')).toMatch(/^text\/markdown/);
  const version = (await getJson()).seedVersion as string;
  expect(markdown.headers.get('content-disposition')).toContain(
    `myoclonus-kg-${version}-CHANGES.md`,
  );
  expect(await markdown.text()).toMatch(
    new RegExp(`^# Changes in ${version.replace(/\./g, '\\.')}\n`),
  );
  const again = await get('CHANGES.md', { 'if-none-match': markdown.headers.get('etag')! });
  expect(again.status).toBe(304);
});

test('kg://about tells what changed since the previous release, in brief, as the release does', async () => {
  const mcp = await connectHttp(`${ctx.server.url}/mcp`);
  try {
    const { contents } = await mcp.client.readResource({ uri: 'kg://about' });
    const about = JSON.parse((contents[0] as { text: string }).text) as Json;
    const manifest = await getJson();
    expect(about.changes).toMatchObject({
      version: about.seedVersion,
      previousVersion: manifest.changes.previousVersion,
      compared: manifest.changes.compared,
      summary: manifest.changes.summary,
      details: '/releases/current/changes.json',
    });
    expect(about.changes.items.length).toBeLessThanOrEqual(20);
    // The first paragraph of the changelog's entry for the version.
    const { reason } = await getJson('changes.json');
    expect(reason.replace(/\s+/g, ' ').startsWith(about.changes.reason)).toBe(true);
    expect(about.changes.reason).not.toMatch(/\n/);
  } finally {
    await mcp.close();
  }
});

test('a new version is compared with the kept release: what changed is in the files, the manifest and kg://about', async () => {
  const latest = new SeedReleaseHistory().keptVersions().at(-1)!;
  const next = latest.replace(/\d+$/, (patch) => String(Number(patch) + 1));
  const dir = copySeeds();
  edit(dir, 'manifest.yaml', /^version: .*$/m, `version: ${next}`);
  edit(
    dir,
    'entities/causes.yaml',
    '      - { text: seizure disorder, scope: exact }\n',
    '      - { text: sacred disease, scope: exact }\n      - { text: seizure trouble, scope: related, lay: true }\n',
  );
  edit(
    dir,
    'entities/causes.yaml',
    /Named by the article among the underlying medical problems that myoclonus can, in\s+rare cases, be a sign of\./,
    'A seizure condition, named as a rare reason for myoclonus.',
  );
  edit(
    dir,
    'facts/causes.yaml',
    /(subject: epilepsy\n\s+predicate: CAUSES\n\s+object: epileptic-myoclonus\n[\s\S]*?qualifier:) myoclonus that comes from an epileptic disorder/,
    '$1 in some cases',
  );
  edit(
    dir,
    'facts/look-alikes.yaml',
    / {2}- subject: huntingtons-disease\n\s+predicate: MISTAKEN_FOR\n[\s\S]*?paragraph: \d+\}\n/,
    '',
  );
  const mcp = await connectHttp(`${ctx.server.url}/mcp`);
  try {
    await seedDatabase(ctx.driver, dir);
    const changes = await getJson('changes.json');
    expect(changes).toMatchObject({ version: next, previousVersion: latest, compared: true });
    const epilepsy = changes.nodes.changed.find((n: Json) => n.id === 'MYOKG:epilepsy');
    expect(epilepsy.changes).toContainEqual(
      expect.objectContaining({
        property: 'description',
        new: 'A seizure condition, named as a rare reason for myoclonus.',
      }),
    );
    const synonym = epilepsy.changes.find((c: Json) => c.property === 'synonym');
    // Beside the names the current seeds added since the kept release.
    expect(synonym.added).toContain('sacred disease');
    expect(synonym.added).not.toContain('seizure disorder');
    expect(synonym.removed).toContain('seizure disorder');
    const fact = changes.edges.changed.find(
      (e: Json) => e.id === 'MYOKG:epilepsy--causes--epileptic-myoclonus',
    );
    expect(fact.changes).toContainEqual({
      property: 'qualifier_text',
      old: 'myoclonus that comes from an epileptic disorder',
      new: 'in some cases',
    });
    expect(fact.changes.map((c: Json) => c.property)).toContain('statement');
    expect(changes.edges.removed).toContainEqual(
      expect.objectContaining({ id: 'MYOKG:huntingtons-disease--mistaken_for--myoclonus' }),
    );
    expect(changes.names.added).toContainEqual({
      name: 'sacred disease',
      nodes: ['MYOKG:epilepsy'],
    });
    expect(changes.names.removed).toContainEqual({
      name: 'seizure disorder',
      nodes: ['MYOKG:epilepsy'],
    });
    // A name of another scope is a name too: listed with its scope.
    expect(changes.names.added).toContainEqual({
      name: 'seizure trouble (related)',
      nodes: ['MYOKG:epilepsy'],
    });

    const manifest = await getJson();
    expect(manifest.changes).toMatchObject({
      previousVersion: latest,
      compared: true,
      summary: changes.summary,
    });
    const markdown = await (await get('CHANGES.md')).text();
    expect(markdown).toContain(`Compared with release ${latest}.`);
    expect(markdown).toContain(
      '  - qualifier_text: "myoclonus that comes from an epileptic disorder" → "in some cases"',
    );
    // The service's seeds have no changelog entry for a version made up here.
    expect(markdown).toContain(`The seeds' changelog has no entry for ${next}.`);

    const { contents } = await mcp.client.readResource({ uri: 'kg://about' });
    const about = JSON.parse((contents[0] as { text: string }).text) as Json;
    expect(about.seedVersion).toBe(next);
    expect(about.changes).toMatchObject({
      version: next,
      previousVersion: latest,
      compared: true,
      summary: changes.summary,
      details: '/releases/current/changes.json',
    });
    // The brief is the first 20 lines of every change, removals first. Besides this test's edits,
    // it holds what the current seeds changed since the kept release (4.0.0 negated 62 of HPO's
    // statements, so their ids changed), so it is checked against the whole list.
    const digest = changesDigest(changes);
    expect({ items: about.changes.items, more: about.changes.more }).toEqual({
      items: digest.items,
      more: digest.more,
    });
    expect(about.changes.items.length).toBeLessThanOrEqual(20);
    expect(about.changes.items[0]).toMatch(/^removed /);
    const every = changesDigest(changes, Number.MAX_SAFE_INTEGER).items;
    expect(every).toContain('removed edge MYOKG:huntingtons-disease--mistaken_for--myoclonus');
    expect(every).toContain('removed name "seizure disorder" (was MYOKG:epilepsy)');
    expect(every.findIndex((line) => !line.startsWith('removed '))).toBeGreaterThan(
      every.indexOf('removed name "seizure disorder" (was MYOKG:epilepsy)'),
    );
  } finally {
    await mcp.close();
    await seedDatabase(ctx.driver);
  }
});
