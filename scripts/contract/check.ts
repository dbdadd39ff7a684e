import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { diffGraphql, printContractSdl } from './graphql-contract';
import { diffTools, listToolSchemas, type ToolSchemas } from './mcp-contract';
import { judge, type BreakingChange, type Versions } from './policy';

/**
 * The contract of the current release, kept in schema/released/: its SDL
 * (`<version>.graphql`, the merged and printed SDL of schema/) and its MCP
 * tools' JSON Schemas (`<version>.mcp-tools.json`, as tools/list gives them).
 */
export const RELEASED_DIR = path.join('schema', 'released');
export const SDL_SUFFIX = '.graphql';
export const TOOLS_SUFFIX = '.mcp-tools.json';

/** The version schema/released/ holds, or null when it holds none. */
export function releasedVersion(root: string): string | null {
  const dir = path.join(root, RELEASED_DIR);
  if (!existsSync(dir)) return null;
  const versions = readdirSync(dir)
    .filter((name) => name.endsWith(SDL_SUFFIX))
    .map((name) => name.slice(0, -SDL_SUFFIX.length));
  if (versions.length > 1) {
    throw new Error(`${RELEASED_DIR} holds ${versions.join(', ')}: it keeps one release only`);
  }
  return versions[0] ?? null;
}

/** The version being made: seeds/manifest.yaml's. */
export function manifestVersion(root: string): string {
  const manifest = parse(readFileSync(path.join(root, 'seeds', 'manifest.yaml'), 'utf8')) as {
    version?: unknown;
  };
  if (typeof manifest.version !== 'string') throw new Error('seeds/manifest.yaml has no version');
  return manifest.version;
}

export interface ContractReport {
  versions: Versions;
  breaking: BreakingChange[];
  /** The SDL's other changes: additions, descriptions, deprecations. */
  others: string[];
  /** What keeps the change from landing; empty when it may. */
  problems: string[];
}

/**
 * The SDL of `root`/schema/ and the MCP server's tools (`currentTools`, or
 * those the server declares) against `root`/schema/released/, judged by
 * policy.ts with the version of `root`/seeds/manifest.yaml and its changelog.
 */
export async function checkContract(
  root: string,
  currentTools?: ToolSchemas,
): Promise<ContractReport> {
  const current = manifestVersion(root);
  const released = releasedVersion(root);
  if (released === null) {
    return {
      versions: { released: 'none', current },
      breaking: [],
      others: [],
      problems: [`${RELEASED_DIR} holds no release: run npm run contract:snapshot`],
    };
  }
  const releasedFile = (suffix: string) =>
    readFileSync(path.join(root, RELEASED_DIR, released + suffix), 'utf8');
  const sdl = await diffGraphql(
    releasedFile(SDL_SUFFIX),
    printContractSdl(path.join(root, 'schema')),
  );
  const tools = diffTools(
    JSON.parse(releasedFile(TOOLS_SUFFIX)) as ToolSchemas,
    currentTools ?? (await listToolSchemas()),
  );
  const breaking = [...sdl.breaking, ...tools];
  const versions = { released, current };
  const changelog = readFileSync(path.join(root, 'seeds', 'CHANGELOG.md'), 'utf8');
  return { versions, breaking, others: sdl.others, problems: judge(breaking, versions, changelog) };
}
