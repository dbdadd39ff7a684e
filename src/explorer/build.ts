import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { EXPLORER_DIST_DIR, EXPLORER_SOURCE_DIR } from './assets';

/**
 * The explorer's static assets, bundled at build time: one script (the app,
 * cytoscape and fcose), one stylesheet and the page, in dist-explorer/. No
 * CDN, no web font: the page needs nothing but its own host.
 * `npm start`, `npm test` and `npm run build` build it. A build tool, run by
 * tsx: the compiled service (dist/) leaves it out, so esbuild stays a dev dependency.
 */

export interface ExplorerBundle {
  dir: string;
  /** Size of the script in bytes. */
  scriptBytes: number;
}

export async function buildExplorer(outDir = EXPLORER_DIST_DIR): Promise<ExplorerBundle> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const result = await build({
    entryPoints: [path.join(EXPLORER_SOURCE_DIR, 'main.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['chrome110', 'firefox110', 'safari16'],
    outfile: path.join(outDir, 'explorer.js'),
    legalComments: 'linked',
    metafile: true,
    logLevel: 'warning',
  });
  for (const file of ['index.html', 'explorer.css'])
    copyFileSync(path.join(EXPLORER_SOURCE_DIR, file), path.join(outDir, file));
  const script =
    result.metafile.outputs[path.relative(process.cwd(), path.join(outDir, 'explorer.js'))];
  return { dir: outDir, scriptBytes: script?.bytes ?? 0 };
}

if (require.main === module)
  buildExplorer().then(
    ({ dir, scriptBytes }) =>
      console.error(
        `explorer built in ${path.relative(process.cwd(), dir)} (${Math.round(scriptBytes / 1024)} kB script)`,
      ),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
