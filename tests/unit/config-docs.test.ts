import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/** The variables src/config.ts reads: the keys of its zod models. */
function variablesRead(): string[] {
  const names = [...read('src/config.ts').matchAll(/^ {2}([A-Z][A-Z0-9_]+): /gm)].map((m) => m[1]!);
  return [...new Set(names)];
}

/** The variables the README's configuration table names, with their defaults as written there. */
function variablesDocumented(): Map<string, string> {
  const readme = read('README.md');
  const section = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('## Layout'));
  const documented = new Map<string, string>();
  for (const row of section.split('\n').filter((line) => line.startsWith('| `'))) {
    const [names, fallback] = row.split('|').slice(1, 3);
    for (const [, name] of names!.matchAll(/`([A-Z0-9_]+)`/g))
      documented.set(name!, fallback!.trim());
  }
  return documented;
}

test("every variable the configuration reads has a row in the README's table", () => {
  const documented = variablesDocumented();
  const read = variablesRead();
  expect(read.length).toBeGreaterThan(30);
  expect(read.filter((name) => !documented.has(name))).toEqual([]);
});

test('every time limit the README gives a default for is that default', async () => {
  const { readConfig, readNeo4jSettings } = await import('../../src/config');
  const defaults: Record<string, unknown> = { ...readConfig({}) };
  const neo4j = readNeo4jSettings({});
  defaults.NEO4J_START_TIMEOUT_MS = neo4j.startTimeoutMs;
  defaults.NEO4J_STOP_TIMEOUT_MS = neo4j.stopTimeoutMs;
  const limits = [...variablesDocumented()].filter(([name]) => name.endsWith('_MS'));
  expect(limits.length).toBeGreaterThan(15);
  for (const [name, fallback] of limits)
    expect(`${name}=${fallback}`).toBe(`${name}=\`${String(defaults[name])}\``);
});
