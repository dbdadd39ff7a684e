import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { logger } from '../logger';
import { ProvisioningError } from './connection';

/** The Neo4j release we run locally: the 5.26 LTS line, the last that runs on Java 17. */
export const LOCAL_NEO4J_VERSION = '5.26.30';

function hasCommand(command: string, args: string[] = ['-v']): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return result.error === undefined && result.status === 0;
}

/**
 * Fetches the Neo4j server jars from Maven Central once, with Maven, into
 * `<cacheDir>/dist/<version>/lib`. A second call finds them (the `.complete`
 * marker written after a whole fetch) and returns at once.
 */
export function ensureDistribution(cacheDir: string, version = LOCAL_NEO4J_VERSION): string {
  const home = path.join(cacheDir, 'dist', version);
  const lib = path.join(home, 'lib');
  const marker = path.join(home, '.complete');
  if (existsSync(marker)) return home;
  if (!hasCommand('mvn')) {
    throw new ProvisioningError(
      'Cannot start a local Neo4j: Maven (mvn) is not installed. Install Java 17 and Maven, ' +
        'or set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD to use an existing Neo4j 5.26, or run Docker.',
    );
  }
  mkdirSync(home, { recursive: true });
  const pom = `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.neo4j</groupId>
  <artifactId>neo4j-runtime</artifactId>
  <version>${version}</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.neo4j</groupId><artifactId>neo4j</artifactId><version>${version}</version></dependency>
  </dependencies>
</project>
`;
  writeFileSync(path.join(home, 'pom.xml'), pom);
  logger.info({ version }, 'fetching Neo4j jars from Maven Central (first run only)');
  const result = spawnSync(
    'mvn',
    [
      '-q',
      '-B',
      'dependency:copy-dependencies',
      `-DoutputDirectory=${lib}`,
      '-DincludeScope=runtime',
    ],
    { cwd: home, encoding: 'utf8' },
  );
  if (result.status !== 0) {
    throw new ProvisioningError(
      `Maven could not fetch org.neo4j:neo4j:${version}: ${(result.stdout + result.stderr).trim().slice(-2000)}`,
    );
  }
  writeFileSync(marker, new Date().toISOString());
  return home;
}
