/**
 * Runs before `npm test`: the tier's suite (tests/tier) runs Varnish, and
 * these machines may have none. Finds varnishd (VARNISHD_PATH, the PATH or
 * /usr/sbin) or installs Debian's `varnish` package with apt-get (as root,
 * or through sudo when it asks no password). Everything goes to stderr.
 */
import { ensureVarnishd } from './tier/varnish';

try {
  console.error(`Varnish for the tests: ${ensureVarnishd()}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
