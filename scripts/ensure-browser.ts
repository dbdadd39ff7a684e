/**
 * Runs before `npm test`: the browser suite needs a Chromium, and these
 * machines may have none. Finds one (CHROMIUM_PATH, or chromium on the PATH)
 * or installs Debian's `chromium` package with apt-get (as root, or through
 * sudo when it asks no password). Everything goes to stderr.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Chromium the browser tests and bench drive, or null when there is none. */
export function findChromium(env = process.env): string | null {
  if (env.CHROMIUM_PATH) return executable(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean))
    for (const name of NAMES) if (executable(path.join(dir, name))) return path.join(dir, name);
  return null;
}

function installChromium(): void {
  const root = process.getuid?.() === 0;
  const run = (args: string[]) =>
    execFileSync(root ? args[0]! : 'sudo', root ? args.slice(1) : ['-n', ...args], {
      stdio: ['ignore', 2, 2],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  console.error("No Chromium found: installing Debian's chromium package (apt-get) ...");
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'chromium']);
}

if (require.main === module) {
  let found = findChromium();
  if (!found) {
    try {
      installChromium();
    } catch (error) {
      console.error(
        `Could not install chromium (${(error as Error).message}). Install it (apt-get install chromium) or set CHROMIUM_PATH.`,
      );
      process.exit(1);
    }
    found = findChromium();
    if (!found) {
      console.error('chromium was installed but is not on the PATH; set CHROMIUM_PATH.');
      process.exit(1);
    }
  }
  console.error(`Browser for the tests: ${found}`);
}
