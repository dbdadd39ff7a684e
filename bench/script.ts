import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readLogSettings } from '../src/config';
import { configureLogger } from '../src/logger';

/** What the bench's side scripts share: where results go, how they are written, how a script ends. */

const RESULTS_DIR = path.resolve(__dirname, 'results');

/** Writes `<name>.json` and `<name>.md` under bench/results/ and says so. */
export function writeResultPair(name: string, data: unknown, markdown: string[]): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(path.join(RESULTS_DIR, `${name}.json`), JSON.stringify(data, null, 2) + '\n');
  const md = path.join(RESULTS_DIR, `${name}.md`);
  writeFileSync(md, markdown.join('\n'));
  console.log(`wrote ${path.relative(process.cwd(), md)}`);
}

/**
 * Runs a script's main, its logger configured from the settings first, and
 * exits 0, or prints the error and exits 1.
 */
export function runMain(main: () => Promise<void>): void {
  configureLogger(readLogSettings());
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exit(1);
    },
  );
}
