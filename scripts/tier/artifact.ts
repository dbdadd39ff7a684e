/**
 * The production artifact the replicas run: `node dist/main.js`, as
 * `npm run build` makes it. Rebuilt when dist/main.js is missing or older
 * than any source file it is compiled from.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
export const DIST_MAIN = path.join(ROOT, 'dist', 'main.js');
/** Compiled by tsc into dist/; the explorer's browser code is bundled into dist-explorer/ instead. */
const SOURCES = [
  path.join(ROOT, 'src'),
  path.join(ROOT, 'tsconfig.build.json'),
  path.join(ROOT, 'package-lock.json'),
];
const NOT_COMPILED = [path.join(ROOT, 'src', 'explorer', 'app')];

function newestChange(file: string): number {
  if (NOT_COMPILED.includes(file)) return 0;
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(file))
    newest = Math.max(newest, newestChange(path.join(file, entry)));
  return newest;
}

/** Why dist/ must be built again, or null when it is current. */
function artifactStaleness(): string | null {
  if (!existsSync(DIST_MAIN)) return 'dist/main.js is missing';
  const built = statSync(DIST_MAIN).mtimeMs;
  const newest = Math.max(...SOURCES.map(newestChange));
  return newest > built ? 'a source file is newer than dist/main.js' : null;
}

/**
 * Builds the artifact when it is missing or stale: `npm run build` (codegen,
 * server, explorer, dist check), or only its `build:server` step where the
 * rest is done already (the tests: pretest builds the explorer, and codegen's
 * output is checked in). Output goes to stderr.
 */
export function ensureArtifact(script: 'build' | 'build:server' = 'build'): void {
  const why = artifactStaleness();
  if (why === null) return;
  console.error(`${why}: npm run ${script} ...`);
  execFileSync('npm', ['run', '--silent', script], { cwd: ROOT, stdio: ['ignore', 2, 2] });
}
