import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import {
  RELEASED_DIR,
  SDL_SUFFIX,
  TOOLS_SUFFIX,
  checkContract,
  manifestVersion,
  releasedVersion,
} from './contract/check';
import { printContractSdl } from './contract/graphql-contract';
import { listToolSchemas } from './contract/mcp-contract';

/**
 * `npm run contract:snapshot`, on a release: the SDL and the MCP tools'
 * schemas as they are become the released contract in schema/released/,
 * under seeds/manifest.yaml's version, replacing the previous release's
 * files (git keeps those). Refused while `npm run check:contract` fails, so
 * that no snapshot blesses a breaking change.
 */
async function writeSnapshot(root: string): Promise<string[]> {
  if (releasedVersion(root) !== null) {
    const { problems } = await checkContract(root);
    if (problems.length > 0) throw new Error(`The contract check fails:\n${problems.join('\n')}`);
  }
  const version = manifestVersion(root);
  const dir = path.join(root, RELEASED_DIR);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = {
    [version + SDL_SUFFIX]: printContractSdl(path.join(root, 'schema')),
    [version + TOOLS_SUFFIX]: JSON.stringify(await listToolSchemas()),
  };
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(dir, name);
    const options = await resolveConfig(file);
    writeFileSync(file, await format(text, { ...options, filepath: file }));
  }
  return Object.keys(files).map((name) => path.join(RELEASED_DIR, name));
}

writeSnapshot(path.join(__dirname, '..')).then(
  (files) => console.log(`Wrote ${files.join(' and ')}.`),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
