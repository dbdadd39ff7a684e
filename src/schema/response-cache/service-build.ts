import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { SERVICE_VERSION } from '../../version';

/** Where the running code is: src/ under ts-node and jest, dist/ once built. */
const CODE_DIR = path.resolve(__dirname, '..', '..');
const PACKAGE_DIR = path.resolve(CODE_DIR, '..');

/**
 * The files an answer's bytes depend on, besides the graph: the running code,
 * the SDL, and the lock file that pins the dependencies (Apollo's, graphql's
 * serialization). The seeds are not among them: the content hash is theirs.
 */
function buildFiles(): string[] {
  const code = readdirSync(CODE_DIR, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
  const schemaDir = path.join(PACKAGE_DIR, 'schema');
  const sdl = existsSync(schemaDir)
    ? readdirSync(schemaDir)
        .filter((name) => name.endsWith('.graphql'))
        .map((name) => path.join(schemaDir, name))
    : [];
  const lock = path.join(PACKAGE_DIR, 'package-lock.json');
  return [...code, ...sdl, ...(existsSync(lock) ? [lock] : [])];
}

/**
 * The service's release as its tags name it: a short digest of its version
 * and of every file of the build (each file's path under the package and its
 * bytes, in path order). Two replicas of one build agree on it; a deploy that
 * changes any of it (a resolver, the SDL, a dependency), even under the same
 * package.json version, gives a new one.
 */
export function serviceBuildOf(version: string, files: readonly string[], root: string): string {
  const hash = createHash('sha256').update(version).update('\0');
  for (const file of [...files].map((f) => path.relative(root, f)).sort()) {
    hash.update(file.split(path.sep).join('/')).update('\0');
    hash.update(readFileSync(path.join(root, file))).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

let running: string | undefined;

/** This process's build (serviceBuildOf), worked out once, when the first door that tags asks. */
export function serviceBuild(): string {
  running ??= serviceBuildOf(SERVICE_VERSION, buildFiles(), PACKAGE_DIR);
  return running;
}
