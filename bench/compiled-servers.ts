import { existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

/**
 * The servers a bench measures run as production runs the service: node on
 * compiled JavaScript, without tsx and without source maps. Under tsx's
 * loader every require() made at run time pays its resolve hooks (Apollo's
 * query hash requires crypto on every request), a cost production never pays.
 * BENCH_SERVERS=tsx runs them through tsx instead.
 */

const ROOT = path.resolve(__dirname, '..');
const COMPILED_DIR = path.join(ROOT, 'bench', 'results', 'tmp', 'compiled');

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((file) => !file.includes(`${path.sep}explorer${path.sep}app${path.sep}`));
}

/**
 * Compiles src/ and bench/servers/ file by file into `outDir` (as tsc does
 * into dist/), with links to what the code reads beside it: the SDL, the
 * seeds, the examples, the built explorer, package.json and node_modules.
 */
async function compile(outDir: string): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [
      ...sourcesUnder(path.join(ROOT, 'src')),
      ...sourcesUnder(path.join(ROOT, 'bench', 'servers')),
    ],
    outbase: ROOT,
    outdir: outDir,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    bundle: false,
    // As tsc compiles for CommonJS (dist/): a lazy import() becomes a require(), which finds
    // the file without its extension; an ESM import() of an extensionless path would not.
    supported: { 'dynamic-import': false },
    sourcemap: false,
    logLevel: 'warning',
  });
  for (const entry of ['schema', 'seeds', 'docs', 'dist', 'package.json', 'node_modules'])
    if (existsSync(path.join(ROOT, entry)))
      symlinkSync(path.join(ROOT, entry), path.join(outDir, entry));
  for (const file of ['neo4j-graphql.graphql'])
    symlinkSync(
      path.join(ROOT, 'bench', 'servers', file),
      path.join(outDir, 'bench', 'servers', file),
    );
}

/** Where compile put the JavaScript of one of src/ or bench/servers/'s files. */
const compiledFile = (outDir: string, file: string): string =>
  path.join(outDir, path.relative(ROOT, file)).replace(/\.ts$/, '.js');

let compiling: Promise<void> | undefined;

/** A server's TypeScript file compiled (src/ and bench/servers/ are compiled once per bench process). */
export async function compiledServerFile(file: string): Promise<string> {
  await (compiling ??= compile(COMPILED_DIR));
  return compiledFile(COMPILED_DIR, file);
}

/** The program that runs a server: its compiled JavaScript, or the TypeScript itself under BENCH_SERVERS=tsx. */
export async function serverProgram(file: string): Promise<string> {
  return process.env.BENCH_SERVERS === 'tsx' ? file : compiledServerFile(file);
}
