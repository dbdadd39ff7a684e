import path from 'node:path';
import { writeSnapshot } from './contract/check';

/**
 * `npm run contract:snapshot`, on a release: the SDL and the MCP tools'
 * schemas as they are become the released contract in schema/released/,
 * under seeds/manifest.yaml's version. Refused while `npm run check:contract` fails.
 */
writeSnapshot(path.join(__dirname, '..')).then(
  (files) => console.log(`Wrote ${files.join(' and ')}.`),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
