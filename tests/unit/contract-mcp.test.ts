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
import { checkContract } from '../../scripts/contract/check';
import type { JsonSchema } from '../../scripts/contract/json-schema-diff';
import { diffTools, listToolSchemas, type ToolSchemas } from '../../scripts/contract/mcp-contract';

/**
 * The MCP half of the contract check: each tool's input and output JSON
 * Schema, as tools/list gives it, against the snapshot of the release in
 * schema/released/. A client writes the input and reads the output.
 */

const ROOT = path.join(__dirname, '..', '..');
const RELEASED_DIR = path.join(ROOT, 'schema', 'released');
const releasedName = (suffix: string) => readdirSync(RELEASED_DIR).find((n) => n.endsWith(suffix))!;
const RELEASED = releasedName('.graphql').replace(/\.graphql$/, '');
const released = JSON.parse(
  readFileSync(path.join(RELEASED_DIR, releasedName('.mcp-tools.json')), 'utf8'),
) as ToolSchemas;

let live: ToolSchemas;
beforeAll(async () => {
  live = await listToolSchemas();
});

/** The released tools, changed by `change`, judged against the release. */
function changed(change: (tools: ToolSchemas) => void) {
  const tools = structuredClone(released);
  change(tools);
  return diffTools(released, tools);
}

const input = (tools: ToolSchemas, tool: string) => tools[tool]!.inputSchema;
const output = (tools: ToolSchemas, tool: string) => tools[tool]!.outputSchema!;
const property = (schema: JsonSchema, name: string) => schema.properties![name]!;

test('the tools the MCP server declares hold against the release, additions allowed', () => {
  expect(diffTools(released, live)).toEqual([]);
});

test('an added optional input, an added output property and a widened bound break nothing', () => {
  expect(
    changed((tools) => {
      input(tools, 'get_facts').properties!.language = { type: 'string', maxLength: 10 };
      output(tools, 'resolve_entity').properties!.note = { type: 'string' };
      output(tools, 'resolve_entity').required!.push('note');
      property(input(tools, 'resolve_entity'), 'limit').maximum = 100;
      property(input(tools, 'resolve_entity'), 'text').maxLength = 1000;
    }),
  ).toEqual([]);
});

test.each<[string, (tools: ToolSchemas) => void, { path: string; message: string }]>([
  [
    'an input property removed',
    (tools) => delete input(tools, 'get_facts').properties!.predicates,
    { path: 'get_facts.input.predicates', message: 'property removed' },
  ],
  [
    'an output property removed',
    (tools) => delete output(tools, 'explain_path').properties!.paths,
    { path: 'explain_path.output.paths', message: 'property removed' },
  ],
  [
    'an optional input made required',
    (tools) => input(tools, 'resolve_entity').required!.push('limit'),
    { path: 'resolve_entity.input.limit', message: 'now required' },
  ],
  [
    'a required input added',
    (tools) => {
      input(tools, 'explain_path').properties!.via = { type: 'string' };
      input(tools, 'explain_path').required!.push('via');
    },
    { path: 'explain_path.input.via', message: 'now required' },
  ],
  [
    'an output property made optional',
    (tools) => {
      const schema = output(tools, 'resolve_entity');
      schema.required = schema.required!.filter((name) => name !== 'status');
    },
    { path: 'resolve_entity.output.status', message: 'no longer always present' },
  ],
  [
    "an input's enum value removed",
    (tools) => {
      const items = property(input(tools, 'resolve_entity'), 'types').items!;
      items.enum = items.enum!.filter((value) => value !== 'SYMPTOM');
    },
    { path: 'resolve_entity.input.types[]', message: 'enum value "SYMPTOM" removed' },
  ],
  [
    "an output's enum value removed",
    (tools) => {
      const status = property(output(tools, 'resolve_entity'), 'status');
      status.enum = status.enum!.filter((value) => value !== 'ambiguous');
    },
    { path: 'resolve_entity.output.status', message: 'enum value "ambiguous" removed' },
  ],
  [
    'an enum value removed from a nullable output',
    (tools) => {
      const candidate = property(output(tools, 'resolve_entity'), 'candidates').items!;
      const [values] = property(property(candidate, 'match'), 'scope').anyOf!;
      values!.enum = values!.enum!.filter((value) => value !== 'broad');
    },
    {
      path: 'resolve_entity.output.candidates[].match.scope',
      message: 'enum value "broad" removed',
    },
  ],
  [
    "an input's type changed",
    (tools) => (property(input(tools, 'explain_path'), 'maxHops').type = 'string'),
    { path: 'explain_path.input.maxHops', message: 'type changed from integer to string' },
  ],
  [
    "an output's type widened to null",
    (tools) => (property(output(tools, 'resolve_entity'), 'text').type = ['string', 'null']),
    { path: 'resolve_entity.output.text', message: 'type changed from string to null | string' },
  ],
  [
    "an input's bound narrowed",
    (tools) => (property(input(tools, 'get_facts'), 'entityIds').maxItems = 1),
    {
      path: 'get_facts.input.entityIds',
      message: `maxItems lowered from ${property(input(released, 'get_facts'), 'entityIds').maxItems} to 1`,
    },
  ],
  [
    'a tool removed',
    (tools) => delete tools.explain_path,
    { path: 'explain_path', message: 'tool removed' },
  ],
])('%s breaks clients', (_, change, expected) => {
  expect(changed(change)).toEqual([expect.objectContaining(expected)]);
});

describe('through the whole check', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'contract-mcp-'));
    cpSync(path.join(ROOT, 'schema'), path.join(root, 'schema'), { recursive: true });
    mkdirSync(path.join(root, 'seeds'));
    for (const name of ['manifest.yaml', 'CHANGELOG.md']) {
      cpSync(path.join(ROOT, 'seeds', name), path.join(root, 'seeds', name));
    }
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const withoutPredicates = () => {
    const tools = structuredClone(live);
    delete input(tools, 'get_facts').properties!.predicates;
    return tools;
  };
  const edit = (file: string, change: (text: string) => string) =>
    writeFileSync(path.join(root, file), change(readFileSync(path.join(root, file), 'utf8')));

  test('a removed input fails it; deprecated in the release and named by a major version, it passes', async () => {
    const failing = await checkContract(root, withoutPredicates());
    expect(failing.problems.join('\n')).toContain(
      `get_facts.input.predicates: removed without having been deprecated in ${RELEASED}`,
    );
    expect(failing.problems.join('\n')).toMatch(/need a major version/);

    const [major] = RELEASED.split('.').map(Number) as [number];
    const next = `${major + 1}.0.0`;
    edit(`schema/released/${releasedName('.mcp-tools.json')}`, (text) => {
      const tools = JSON.parse(text) as ToolSchemas;
      property(input(tools, 'get_facts'), 'predicates').deprecated = true;
      return JSON.stringify(tools);
    });
    edit('seeds/manifest.yaml', (text) => text.replace(/^version: .*$/m, `version: ${next}`));
    edit('seeds/CHANGELOG.md', (text) =>
      text.replace(/^## /m, `## ${next}\n\nMajor: \`get_facts.input.predicates\` is gone.\n\n## `),
    );
    expect((await checkContract(root, withoutPredicates())).problems).toEqual([]);
  });
});
