import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, print, visit } from 'graphql';
import { checkContract } from '../../scripts/contract/check';
import type { ToolSchemas } from '../../scripts/contract/mcp-contract';

/**
 * The GraphQL half of the contract check (npm run check:contract, run by
 * npm run lint): a copy of schema/, its released SDL and the seed version and
 * changelog, changed as a pull request would change them.
 */

const ROOT = path.join(__dirname, '..', '..');
let root: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'contract-graphql-'));
  cpSync(path.join(ROOT, 'schema'), path.join(root, 'schema'), { recursive: true });
  mkdirSync(path.join(root, 'seeds'));
  for (const name of ['manifest.yaml', 'CHANGELOG.md']) {
    cpSync(path.join(ROOT, 'seeds', name), path.join(root, 'seeds', name));
  }
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const file = (...parts: string[]) => path.join(root, ...parts);
const edit = (target: string, change: (text: string) => string) =>
  writeFileSync(target, change(readFileSync(target, 'utf8')));

function releasedFile(suffix: string): string {
  const name = readdirSync(file('schema', 'released')).find((n) => n.endsWith(suffix));
  return file('schema', 'released', name!);
}

/** The released version (the name of its SDL file) and the manifest's, with the next major and minor ones. */
const RELEASED = readdirSync(path.join(ROOT, 'schema', 'released'))
  .find((name) => name.endsWith('.graphql'))!
  .replace(/\.graphql$/, '');
const CURRENT = /^version: (\S+)$/m.exec(
  readFileSync(path.join(ROOT, 'seeds', 'manifest.yaml'), 'utf8'),
)![1]!;
const [major, minor] = CURRENT.split('.').map(Number) as [number, number];
const NEXT_MAJOR = `${major + 1}.0.0`;
const NEXT_MINOR = `${major}.${minor + 1}.0`;

/** The released tools, so that this file judges the SDL alone. */
const releasedTools = () =>
  JSON.parse(readFileSync(releasedFile('.mcp-tools.json'), 'utf8')) as ToolSchemas;

const check = () => checkContract(root, releasedTools());

/** Drops `Type.field` from an SDL text. */
const withoutField = (sdl: string, type: string, field: string) =>
  print(
    visit(parse(sdl), {
      ObjectTypeDefinition: (node) =>
        node.name.value === type
          ? { ...node, fields: node.fields?.filter((f) => f.name.value !== field) }
          : undefined,
    }),
  );

const removeCue = () =>
  edit(file('schema', 'fact.graphql'), (sdl) => withoutField(sdl, 'Fact', 'cue'));
const setVersion = (version: string) =>
  edit(file('seeds', 'manifest.yaml'), (text) =>
    text.replace(/^version: .*$/m, `version: ${version}`),
  );
const addChangelog = (version: string, body: string) =>
  edit(file('seeds', 'CHANGELOG.md'), (text) =>
    text.replace(/^## /m, `## ${version}\n\n${body}\n\n## `),
  );
const deprecateCueInRelease = () =>
  edit(releasedFile('.graphql'), (sdl) =>
    sdl.replace(/^(\s+cue: String!)$/m, '$1 @deprecated(reason: "Read modality.")'),
  );

test('the contract as it stands holds against its release', async () => {
  const report = await check();
  expect(report.problems).toEqual([]);
  expect(report.breaking).toEqual([]);
});

test('a removed field fails the check: it is breaking, was not deprecated, and the version is not a new major one', async () => {
  removeCue();
  const { breaking, problems } = await check();
  expect(breaking).toEqual([
    {
      path: 'Fact.cue',
      message: "Field 'cue' was removed from object type 'Fact'",
      removal: { deprecated: false },
    },
  ]);
  expect(problems.join('\n')).toMatch(/Fact\.cue: removed without having been deprecated/);
  expect(problems.join('\n')).toContain(
    `1 breaking change(s) against ${RELEASED} need a major version (now ${CURRENT})`,
  );
});

test('an added field passes, as an addition', async () => {
  edit(file('schema', 'fact.graphql'), (sdl) =>
    sdl.replace(
      /^type Fact (.*)\{$/m,
      'type Fact $1{\n  "A field a minor version adds."\n  addedInMinor: String',
    ),
  );
  const { problems, others } = await check();
  expect(problems).toEqual([]);
  expect(others).toContain("Field 'addedInMinor' was added to object type 'Fact'");
});

test('a field made nullable fails the check: clients relied on it being there', async () => {
  edit(file('schema', 'fact.graphql'), (sdl) => sdl.replace(/^(\s+cue: String)!$/m, '$1'));
  const { problems } = await check();
  expect(problems.join('\n')).toMatch(
    /Fact\.cue: Field 'Fact\.cue' changed type from 'String!' to 'String'/,
  );
});

test('a major version does not remove a field the release had not deprecated', async () => {
  removeCue();
  setVersion(NEXT_MAJOR);
  addChangelog(NEXT_MAJOR, 'Major: `Fact.cue` is gone.');
  const { problems } = await check();
  expect(problems).toEqual([
    `Fact.cue: removed without having been deprecated in ${RELEASED}; deprecate it in one release, remove it in a later major one`,
  ]);
});

test('a field the release deprecated goes in a major version whose changelog names it', async () => {
  deprecateCueInRelease();
  removeCue();
  setVersion(NEXT_MINOR);
  expect((await check()).problems.join('\n')).toContain(`need a major version (now ${NEXT_MINOR})`);
  setVersion(NEXT_MAJOR);
  expect((await check()).problems).toEqual([
    `the changelog has no "## ${NEXT_MAJOR}" section saying what breaks`,
  ]);
  addChangelog(NEXT_MAJOR, 'Major: the API changes.');
  expect((await check()).problems).toEqual([
    `the changelog's ${NEXT_MAJOR} section does not name Fact.cue (Field 'cue' (deprecated) was removed from object type 'Fact')`,
  ]);
});

test('the deprecated field, removed in a major version that names it, passes', async () => {
  deprecateCueInRelease();
  removeCue();
  setVersion(NEXT_MAJOR);
  addChangelog(NEXT_MAJOR, `Major: \`Fact.cue\`, deprecated since ${RELEASED}, is removed.`);
  expect((await check()).problems).toEqual([]);
});

test('npm run check:contract exits with 1 on a removed field and with 0 on the contract as it stands', () => {
  const run = () =>
    spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/check-contract.ts', root], {
      cwd: ROOT,
      encoding: 'utf8',
    });
  const holds = run();
  expect(holds.stdout).toContain(
    `The contract holds (${CURRENT} against the released ${RELEASED})`,
  );
  expect(holds.status).toBe(0);
  removeCue();
  const fails = run();
  expect(fails.stderr).toMatch(/The contract check fails[\s\S]*Fact\.cue/);
  expect(fails.status).toBe(1);
});
