import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** Neo4j 5.26 runs on Java 17 or 21; newer Java versions are not supported by it. */
const SUPPORTED_JAVA_MAJORS = [17, 21];

/** `java -version` and `-XshowSettings` write to stderr. */
function javaSays(javaBin: string, args: string[]): string {
  const result = spawnSync(javaBin, args, { encoding: 'utf8' });
  return `${result.stdout ?? ''}${result.stderr ?? ''}`;
}

function parseJavaMajor(versionText: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionText);
  if (!match?.[1]) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

/**
 * Finds a Java home that Neo4j 5.26 supports: the `preferred` homes in order
 * (NEO4J_JAVA_HOME, then JAVA_HOME), then `java` on the PATH, then the JDKs
 * installed under /usr/lib/jvm. Returns the Java home, or undefined when none fits.
 */
export function findSupportedJavaHome(preferred: readonly string[]): string | undefined {
  const candidates = preferred.map((home) => path.join(home, 'bin', 'java'));
  candidates.push('java');
  const jvmRoot = '/usr/lib/jvm';
  if (existsSync(jvmRoot)) {
    for (const dir of readdirSync(jvmRoot).sort())
      candidates.push(path.join(jvmRoot, dir, 'bin', 'java'));
  }
  for (const candidate of candidates) {
    if (candidate !== 'java' && !existsSync(candidate)) continue;
    const major = parseJavaMajor(javaSays(candidate, ['-version']));
    if (major === undefined || !SUPPORTED_JAVA_MAJORS.includes(major)) continue;
    const home = /java\.home = (.+)/.exec(
      javaSays(candidate, ['-XshowSettings:properties', '-version']),
    );
    if (home?.[1]) return home[1].trim();
  }
  return undefined;
}
