import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The project brings its own Node (the `node` package, first on the npm
 * scripts' PATH), so the tests run on it whatever Node the machine has.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const wantedMajor = Number(readFileSync(path.join(ROOT, '.nvmrc'), 'utf8').trim());
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  engines: { node: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  allowScripts: Record<string, boolean>;
};

test(`the tests run on the Node that .nvmrc names (here ${process.version})`, () => {
  expect(Number(process.versions.node.split('.')[0])).toBe(wantedMajor);
});

test('that Node is a production dependency whose install script npm may run', () => {
  expect(pkg.dependencies.node).toMatch(new RegExp(`^\\^${wantedMajor}\\.`));
  expect(pkg.devDependencies.node).toBeUndefined();
  expect(pkg.allowScripts.node).toBe(true);
  expect(pkg.engines.node).toMatch(new RegExp(`^\\^${wantedMajor}\\.`));
});

test('child processes that the tests start by name get the same Node from the PATH', () => {
  const child = spawnSync('node', ['-p', 'process.versions.node'], { encoding: 'utf8' });
  expect(child.status).toBe(0);
  expect(child.stdout.trim()).toBe(process.versions.node);
});
