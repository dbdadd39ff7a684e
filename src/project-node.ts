import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { constants } from 'node:os';
import path from 'node:path';

/**
 * The service runs on the Node that package.json's engines names. The project
 * installs that Node as a dependency (the `node` package); npm scripts find it
 * first on their PATH, but `node dist/main.js` typed in a shell may start an
 * older one. Such a process hands over: it runs the same script with the same
 * arguments on the project's Node, passes its signals on, and exits as the
 * child exits.
 */

const ROOT = path.resolve(__dirname, '..');
const HANDED_OVER = 'KG_PROJECT_NODE';
const FORWARDED_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** The major version that package.json's engines.node starts with (24 for `^24.11.0`). */
export function wantedNodeMajor(engines: string): number | undefined {
  const match = /(\d+)/.exec(engines);
  return match?.[1] ? Number(match[1]) : undefined;
}

const PROJECT_NODE = path.join(ROOT, 'node_modules', 'node', 'bin', 'node');

function enginesNode(): string {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    engines?: { node?: string };
  };
  return pkg.engines?.node ?? '';
}

/**
 * Returns false when this process already runs on a Node the project accepts
 * (or has no other to offer: then it says so and goes on); otherwise starts the
 * script again on the project's Node and returns true: the caller does nothing
 * more. `options` stand in for package.json's engines and the installed Node.
 */
export function handOverToProjectNode(
  options: { wantedMajor?: number; projectNode?: string } = {},
): boolean {
  const wanted = options.wantedMajor ?? wantedNodeMajor(enginesNode());
  const projectNode = options.projectNode ?? PROJECT_NODE;
  const running = Number(process.versions.node.split('.')[0]);
  if (wanted === undefined || running >= wanted || process.env[HANDED_OVER]) return false;
  const script = process.argv[1];
  if (!existsSync(projectNode) || !script) {
    process.stderr.write(
      `Running on Node ${process.versions.node}; this service wants Node ${wanted}, ` +
        'which `npm ci` installs into node_modules (the `node` package).\n',
    );
    return false;
  }
  const child = spawn(projectNode, [...process.execArgv, script, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, [HANDED_OVER]: '1' },
  });
  for (const signal of FORWARDED_SIGNALS) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    process.stderr.write(`Could not start ${projectNode}: ${error.message}\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) =>
    process.exit(code ?? 128 + (signal ? constants.signals[signal] : 0)),
  );
  return true;
}
