import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readConfig, readLogSettings } from '../config';
import { createDriver } from '../graph/driver';
import { buildRelease } from '../graph/export/release';
import { checkKgx, type BiolinkVocabulary } from '../graph/export/kgx-check';
import { waitForNeo4j } from '../graph/wait-for-neo4j';
import { configureLogger } from '../logger';
import { provisionNeo4j } from '../neo4j';
import { stopOnSignals } from '../stop-on-signals';
import { DEFAULT_SEED_DIR, describeReport, seedDatabase } from '../seed/seed';
import { ONTOLOGIES_DIR } from '../seed/read-seed-files';
import { loadSeedGraph } from '../seed/seed-graph';
import { SeedReleaseHistory } from './history';

/**
 * `npm run export [-- --out DIR] [-- --no-seed] [-- --keep] [-- --seeds DIR]`:
 * the graph as a KGX release. Provisions Neo4j as `npm run seed` does, seeds
 * it from seeds/ or the --seeds folder (unless --no-seed), then writes nodes and edges as KGX TSV and JSON Lines, the
 * SSSOM mappings, what changed since the previous release (changes.json,
 * CHANGES.md) and manifest.json into DIR (default releases/<seed version>/).
 * A release that fails its checks, or whose previous release is not kept,
 * is not written. --keep (`npm run release:snapshot`, when cutting a
 * version) also keeps the release in seeds/releases/<seed version>/, which
 * the next version's release is compared with, once the loaded graph is
 * found to be those seeds.
 */

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');

function biolinkVocabulary(seedDir: string): BiolinkVocabulary {
  const file = path.join(seedDir, ONTOLOGIES_DIR, 'biolink-model.json');
  return JSON.parse(readFileSync(file, 'utf8')) as BiolinkVocabulary;
}

async function main(argv: string[]): Promise<number> {
  configureLogger(readLogSettings());
  const option = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] ? path.resolve(argv[i + 1]!) : undefined;
  };
  const seed = !argv.includes('--no-seed');
  const keep = argv.includes('--keep');
  const seedDir = option('--seeds') ?? DEFAULT_SEED_DIR;
  const history = new SeedReleaseHistory(seedDir);
  const config = readConfig();
  const connection = await provisionNeo4j({ instance: 'dev' });
  const driver = createDriver(connection, config.graph.driver);
  stopOnSignals(async () => {
    await driver.close();
    await connection.stop();
  });
  try {
    await waitForNeo4j(driver, connection.uri, config.graph.startupWait);
    if (seed)
      console.error(describeReport(await seedDatabase(driver, seedDir, config.graph.seedLoad)));
    const release = await buildRelease(driver, history, config.graph.exportReadTimeoutMs);
    const problems = [
      ...checkKgx(release.graph, biolinkVocabulary(seedDir)),
      ...history.problems(release.manifest.seedVersion),
    ];
    if (keep && loadSeedGraph(seedDir).contentHash !== release.manifest.contentHash)
      problems.push('the loaded graph is not the seeds, so its release is not theirs to keep');
    if (problems.length > 0) {
      console.error(
        `the release fails its checks, so nothing was written:\n  ${problems.join('\n  ')}`,
      );
      return 1;
    }
    // Kept first: a version's release of other content is refused before anything is written.
    const kept = keep ? history.keep(release) : undefined;
    const out =
      option('--out') ?? path.join(PROJECT_ROOT, 'releases', release.manifest.seedVersion);
    mkdirSync(out, { recursive: true });
    for (const [name, content] of Object.entries({ ...release.files, ...release.changeFiles }))
      writeFileSync(path.join(out, name), content);
    writeFileSync(
      path.join(out, 'manifest.json'),
      `${JSON.stringify(release.manifest, null, 2)}\n`,
    );
    const { counts } = release.manifest;
    console.log(
      `release ${release.manifest.seedVersion} (content ${release.manifest.contentHash.slice(0, 12)}): ` +
        `${counts.nodes} nodes, ${counts.edges} edges, ${counts.mappings} mappings in ${path.relative(process.cwd(), out) || out}`,
    );
    const { changes } = release;
    console.log(
      changes.summary
        ? `changes since ${changes.previousVersion}: ` +
            (['nodes', 'edges', 'names'] as const)
              .map((k) => {
                const c = changes.summary![k];
                return `${k} +${c.added} -${c.removed} ~${c.changed}`;
              })
              .join(', ')
        : `not compared with an earlier release: ${changes.note}`,
    );
    if (kept)
      console.log(
        `kept in ${path.relative(process.cwd(), kept) || kept}, which the next version is compared with`,
      );
    return 0;
  } finally {
    await driver.close();
    await connection.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
