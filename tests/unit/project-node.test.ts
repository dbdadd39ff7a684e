import { spawn } from 'node:child_process';
import path from 'node:path';
import { wantedNodeMajor } from '../../src/project-node';

/**
 * `node dist/main.js` started by a Node older than the project's hands over:
 * the same script and arguments run on the project's Node, signals pass on,
 * and the first process exits as the second does.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'hand-over.ts');

function start(arg: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE, arg], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, stdout: () => stdout };
}

test('the body runs once, in a second process, and its exit code comes back', async () => {
  const run = start('7');
  expect(await run.exited).toBe(7);
  const lines = run.stdout().trim().split('\n');
  expect(lines).toHaveLength(1);
  const pid = Number(/RAN pid=(\d+)/.exec(lines[0]!)?.[1]);
  expect(pid).toBeGreaterThan(0);
  expect(pid).not.toBe(run.child.pid);
}, 30_000);

test('SIGTERM to the first process reaches the second, which ends cleanly', async () => {
  const run = start('wait');
  const deadline = Date.now() + 20_000;
  while (!run.stdout().includes('RAN') && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 50));
  expect(run.stdout()).toContain('RAN');
  run.child.kill('SIGTERM');
  expect(await run.exited).toBe(0);
}, 30_000);

test("the wanted major is the first number of package.json's engines", () => {
  expect(wantedNodeMajor('^24.11.0')).toBe(24);
  expect(wantedNodeMajor('>=22')).toBe(22);
  expect(wantedNodeMajor('')).toBeUndefined();
});
