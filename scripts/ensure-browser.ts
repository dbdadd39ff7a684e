/**
 * Runs before `npm test`: the browser suite needs a Chromium, and these
 * machines may have none. Finds one (CHROMIUM_PATH, or chromium on the PATH)
 * or installs Debian's `chromium` package with apt-get (as root, or through
 * sudo when it asks no password). Everything goes to stderr.
 */
import { findProgram, installDebianPackage } from './debian-package';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

/** The Chromium the browser tests and bench drive, or null when there is none. */
export function findChromium(env = process.env): string | null {
  return findProgram(NAMES, env.CHROMIUM_PATH, [], env);
}

if (require.main === module) {
  let found = findChromium();
  if (!found) {
    try {
      installDebianPackage('chromium');
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
