/**
 * Programs the tests need from Debian (chromium, varnish): found on the
 * machine, or installed with apt-get as root, or through sudo when it asks no
 * password. Everything goes to stderr.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The program `override` names (null when it is not executable), or the
 * first of `names` in the PATH's folders and then `moreDirs`, or null.
 */
export function findProgram(
  names: readonly string[],
  override: string | undefined,
  moreDirs: readonly string[] = [],
  env = process.env,
): string | null {
  if (override) return executable(override) ? override : null;
  const dirs = [...(env.PATH ?? '').split(path.delimiter).filter(Boolean), ...moreDirs];
  for (const dir of dirs)
    for (const name of names) if (executable(path.join(dir, name))) return path.join(dir, name);
  return null;
}

/** Installs Debian's package `name` with apt-get; throws when that is not possible. */
export function installDebianPackage(name: string): void {
  const root = process.getuid?.() === 0;
  const run = (args: string[]) =>
    execFileSync(root ? args[0]! : 'sudo', root ? args.slice(1) : ['-n', ...args], {
      stdio: ['ignore', 2, 2],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  console.error(`Installing Debian's ${name} package (apt-get) ...`);
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', name]);
}
