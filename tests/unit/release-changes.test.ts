import {
  changelogSections,
  changesDigest,
  compareVersions,
  previousVersion,
  releaseChanges,
  type Baseline,
} from '../../src/graph/export/release-changes';
import { changesMarkdown } from '../../src/graph/export/release-notes';

/** A release's changes: the previous version, the changelog's reason, the document and its brief. */

const CHANGELOG = `# Seed versions

Versions follow semantic versioning.

## 2.1.0

Content hash: \`${'a'.repeat(64)}\`

Minor: singultus joins hiccups.

- Hiccups gains a synonym.

## 2.0.0

Content hash: \`${'b'.repeat(64)}\`

Major, because the look-alike facts changed direction.

## 1.0.0

The first curated seeds.

## Notes

Not a version.
`;

test('the changelog gives each version its entry, without the content hash line', () => {
  expect(changelogSections(CHANGELOG)).toEqual([
    {
      version: '2.1.0',
      text: 'Minor: singultus joins hiccups.\n\n- Hiccups gains a synonym.',
    },
    { version: '2.0.0', text: 'Major, because the look-alike facts changed direction.' },
    { version: '1.0.0', text: 'The first curated seeds.' },
  ]);
});

test('versions order as numbers, and the previous is the newest one below', () => {
  expect(compareVersions('2.10.0', '2.9.1')).toBeGreaterThan(0);
  expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
  const versions = ['2.1.0', '2.0.0', '1.0.0'];
  expect(previousVersion(versions, '2.1.0')).toBe('2.0.0');
  expect(previousVersion(versions, '2.0.1')).toBe('2.0.0');
  expect(previousVersion(versions, '3.0.0')).toBe('2.1.0');
  expect(previousVersion(versions, '1.0.0')).toBeNull();
});

const node = (id: string, synonym: string[] = [], description = '') => ({
  id: `MYOKG:${id}`,
  name: id,
  category: ['biolink:PhenotypicFeature'],
  synonym,
  description,
});
const edge = (id: string) => ({
  id: `MYOKG:${id}`,
  subject: `MYOKG:${id.split('--')[0]}`,
  predicate: 'biolink:similar_to',
  object: `MYOKG:${id.split('--')[2]}`,
});

const baseline: Baseline = {
  previousVersion: '2.0.0',
  previous: {
    nodes: [node('hiccups', [], 'A hiccup.'), node('tic'), node('myoclonus')],
    edges: [edge('myoclonus--mistaken_for--tic')],
  },
  reason: 'Minor: singultus joins hiccups.\n\n- Hiccups gains a synonym.',
  retired: [
    {
      id: 'myoclonus--mistaken_for--tic',
      kind: 'fact',
      replacedBy: 'tic--mistaken_for--myoclonus',
      reason: 'reads as the article says',
    },
  ],
};
const current = {
  nodes: [node('hiccups', ['singultus'], 'An involuntary spasm.'), node('tic'), node('myoclonus')],
  edges: [edge('tic--mistaken_for--myoclonus')],
};
const changes = releaseChanges('2.1.0', current, baseline);

test('compared with the previous release: the lists, their counts and the reason', () => {
  expect(changes).toMatchObject({
    version: '2.1.0',
    previousVersion: '2.0.0',
    compared: true,
    reason: baseline.reason,
    summary: {
      nodes: { added: 0, removed: 0, changed: 1 },
      edges: { added: 1, removed: 1, changed: 0 },
      names: { added: 1, removed: 0, changed: 0 },
    },
  });
  expect(changes.edges!.removed[0]).toMatchObject({
    replacedBy: 'MYOKG:tic--mistaken_for--myoclonus',
  });
  expect(changes.nodes!.changed[0]!.changes.map((c) => c.property)).toEqual([
    'description',
    'synonym',
  ]);
});

test('no previous release kept: not compared, no lists, the note and the reason stay', () => {
  const first = releaseChanges('2.0.0', current, {
    previousVersion: '1.0.0',
    previous: null,
    note: '1.0.0 was released before releases were made in KGX',
    reason: 'Major.',
    retired: [],
  });
  expect(first).toEqual({
    version: '2.0.0',
    previousVersion: '1.0.0',
    compared: false,
    note: '1.0.0 was released before releases were made in KGX',
    reason: 'Major.',
    summary: null,
  });
  expect(changesMarkdown(first)).toBe(
    '# Changes in 2.0.0\n\nNot compared with an earlier release: 1.0.0 was released before releases were made in KGX.\n\n## Why\n\nMajor.\n',
  );
});

test('the brief puts removals first, keeps the first paragraph of the reason, and counts what it left out', () => {
  const digest = changesDigest(changes, 2);
  expect(digest).toEqual({
    version: '2.1.0',
    previousVersion: '2.0.0',
    compared: true,
    reason: 'Minor: singultus joins hiccups.',
    summary: changes.summary,
    items: [
      'removed edge MYOKG:myoclonus--mistaken_for--tic, replaced by MYOKG:tic--mistaken_for--myoclonus',
      'changed node MYOKG:hiccups (hiccups): description, synonym',
    ],
    more: 2,
  });
  expect(changesDigest(changes).items.slice(2)).toEqual([
    'added edge MYOKG:tic--mistaken_for--myoclonus',
    'added name "singultus" (MYOKG:hiccups)',
  ]);
});

test('CHANGES.md gives the reason, the counts, and every change with old and new values', () => {
  const markdown = changesMarkdown(changes);
  expect(markdown).toMatch(
    /^# Changes in 2\.1\.0\n\nCompared with release 2\.0\.0\.\n\n## Why\n\nMinor:/,
  );
  expect(markdown).toContain('| nodes | 0 | 0 | 1 |');
  expect(markdown).toContain('| edges | 1 | 1 | 0 |');
  expect(markdown).toContain(
    '- `MYOKG:myoclonus--mistaken_for--tic` MYOKG:myoclonus · biolink:similar_to · MYOKG:tic, replaced by `MYOKG:tic--mistaken_for--myoclonus`: reads as the article says',
  );
  expect(markdown).toContain('  - description: "A hiccup." → "An involuntary spasm."');
  expect(markdown).toContain('  - synonym: + "singultus"');
  expect(markdown).toContain('- "singultus": `MYOKG:hiccups`');
});

test("the brief leaves a removed or added node's names to that node's line", () => {
  const renamed = releaseChanges(
    '2.1.0',
    { nodes: [node('singultus', ['hiccough']), node('tic'), node('myoclonus')], edges: [] },
    { ...baseline, previous: { nodes: baseline.previous!.nodes, edges: [] }, retired: [] },
  );
  expect(renamed.names).toEqual({
    added: [
      { name: 'hiccough', nodes: ['MYOKG:singultus'] },
      { name: 'singultus', nodes: ['MYOKG:singultus'] },
    ],
    removed: [{ name: 'hiccups', nodes: ['MYOKG:hiccups'] }],
    changed: [],
  });
  expect(changesDigest(renamed).items).toEqual([
    'removed node MYOKG:hiccups (hiccups)',
    'added node MYOKG:singultus (singultus)',
  ]);
});

describe('a release that adds a whole layer', () => {
  const HPO = 'infores:hpo-annotations';
  const ARTICLE = 'infores:epainassist-myoclonus-risk';
  const term = (n: number) => ({
    id: `HP:${String(n).padStart(7, '0')}`,
    name: `Term ${n}`,
    category: [n % 3 === 0 ? 'biolink:GeneticInheritance' : 'biolink:PhenotypicFeature'],
    synonym: [`Term ${n} synonym`],
    provided_by: [HPO],
  });
  const factEdge = (n: number, version?: string) => ({
    id: `MYOKG:fact-${n}`,
    subject: 'MYOKG:myoclonus',
    predicate: 'biolink:occurs_in',
    object: `MYOKG:group-${n}`,
    primary_knowledge_source: ARTICLE,
    ...(version && { primary_knowledge_source_version: version }),
  });
  const annotation = (n: number) => ({
    id: `MYOKG:MONDO:1--has_phenotype--HP:${n}`,
    subject: 'MONDO:1',
    predicate: 'biolink:has_phenotype',
    object: `HP:${n}`,
    primary_knowledge_source: HPO,
  });
  const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
  const myoclonus = { ...node('myoclonus'), provided_by: ['infores:myoclonus-kg'] };
  const layered = releaseChanges(
    '3.1.0',
    {
      nodes: [myoclonus, ...range(300).map(term)],
      edges: [...range(150).map((n) => factEdge(n, '2019-07-23')), ...range(200).map(annotation)],
    },
    {
      previousVersion: '3.0.0',
      previous: { nodes: [myoclonus], edges: range(150).map((n) => factEdge(n)) },
      reason: 'Minor: the curated layer.',
      retired: [],
    },
  );
  const markdown = changesMarkdown(layered);

  test('the summary counts the changes by kind and by source', () => {
    expect(layered.summary!.nodes).toEqual({
      added: 300,
      removed: 0,
      changed: 0,
      byKind: {
        'biolink:GeneticInheritance': { added: 100, removed: 0, changed: 0 },
        'biolink:PhenotypicFeature': { added: 200, removed: 0, changed: 0 },
      },
      bySource: { [HPO]: { added: 300, removed: 0, changed: 0 } },
    });
    expect(layered.summary!.edges.bySource).toEqual({
      [ARTICLE]: { added: 0, removed: 0, changed: 150 },
      [HPO]: { added: 200, removed: 0, changed: 0 },
    });
    expect(markdown).toContain('| nodes: biolink:PhenotypicFeature | 200 | 0 | 0 |');
    expect(markdown).toContain(`| edges from ${HPO} | 200 | 0 | 0 |`);
  });

  test('CHANGES.md counts the additions by kind and source; changes.json lists every one', () => {
    expect(layered.nodes!.added).toHaveLength(300);
    expect(layered.names!.added).toHaveLength(600);
    expect(markdown).toContain(
      '300 nodes, too many to list here (changes.json lists each one); by kind and source:',
    );
    expect(markdown).toContain(`- 200 biolink:PhenotypicFeature from ${HPO}`);
    expect(markdown).toContain(`- 100 biolink:GeneticInheritance from ${HPO}`);
    expect(markdown).toContain(`- 200 biolink:has_phenotype from ${HPO}`);
    expect(markdown).toContain('- 600 names of the added nodes, which changes.json lists');
    expect(markdown).not.toContain('HP:0000007');
    expect(markdown).not.toContain('Term 7 synonym');
  });

  test('CHANGES.md tells a change many records share once, with their count', () => {
    expect(markdown).toContain(
      '- 150 edges, such as `MYOKG:fact-1`, `MYOKG:fact-10`, `MYOKG:fact-100`:\n  - primary_knowledge_source_version: (none) → "2019-07-23"\n',
    );
    expect(markdown.match(/primary_knowledge_source_version/g)).toHaveLength(1);
    expect(markdown.split('\n').length).toBeLessThan(60);
  });
});
