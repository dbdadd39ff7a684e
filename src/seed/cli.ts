import { readGraphSettings, readLogSettings } from '../config';
import { createDriver } from '../graph/driver';
import { configureLogger } from '../logger';
import { provisionNeo4j, ProvisioningError } from '../neo4j';
import { stopOnSignals } from '../stop-on-signals';
import { SeedLoadError } from '../graph/write';
import { SeedValidationError } from './seed-error';
import { loadSeedGraph } from './seed-graph';
import { DEFAULT_SEED_DIR, describeReport, seedDatabase } from './seed';

/**
 * `npm run seed [-- --dir seeds] [-- --check]`: validate the seed files and load
 * them into the project's Neo4j. Exit codes: 0 done, 1 invalid seed files,
 * 2 load failed (rolled back), 3 no Neo4j.
 */
async function main(argv: string[]): Promise<number> {
  configureLogger(readLogSettings());
  const settings = readGraphSettings();
  const dirFlag = argv.indexOf('--dir');
  const seedDir = dirFlag >= 0 && argv[dirFlag + 1] ? argv[dirFlag + 1]! : DEFAULT_SEED_DIR;
  try {
    // Validate before provisioning anything: a bad file fails in a second, with no database touched.
    const graph = loadSeedGraph(seedDir);
    if (argv.includes('--check')) {
      console.log(
        `seed files are valid: ${graph.entities.length} entities, ${graph.facts.length} facts, ${graph.statistics.length} statistics`,
      );
      return 0;
    }
  } catch (error) {
    if (error instanceof SeedValidationError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  let connection;
  try {
    connection = await provisionNeo4j({ instance: 'dev' });
  } catch (error) {
    if (error instanceof ProvisioningError) {
      console.error(error.message);
      return 3;
    }
    throw error;
  }
  const driver = createDriver(connection, settings.driver);
  const stopAll = async () => {
    await driver.close();
    await connection.stop();
  };
  const removeSignals = stopOnSignals(stopAll);
  try {
    const report = await seedDatabase(driver, seedDir, settings.seedLoad);
    console.log(describeReport(report));
    return 0;
  } catch (error) {
    if (error instanceof SeedValidationError || error instanceof SeedLoadError) {
      console.error(error.message);
      return error instanceof SeedValidationError ? 1 : 2;
    }
    throw error;
  } finally {
    removeSignals();
    await stopAll();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
