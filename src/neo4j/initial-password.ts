import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { logger } from '../logger';
import { ProvisioningError } from './connection';
import type { InstancePaths } from './instance-folder';

/**
 * A fresh password for a new local instance: 144 random bits as hex. Hex,
 * because neo4j-admin reads its arguments as options first, and a password
 * that begins with '-' (one base64url text in 64) would be taken for an
 * unknown option and refused.
 */
export const newInitialPassword = (): string => randomBytes(18).toString('hex');

/**
 * The instance's password: the one its password file keeps, or, for a new
 * instance, a fresh one set with neo4j-admin (as `home`'s jars run it on
 * `javaHome`) and then kept in that file.
 */
export function ensurePassword(home: string, paths: InstancePaths, javaHome: string): string {
  const authFile = path.join(paths.data, 'dbms', 'auth.ini');
  if (existsSync(paths.password) && existsSync(authFile))
    return readFileSync(paths.password, 'utf8').trim();
  // A data folder without its password file cannot be logged into: start it afresh.
  if (existsSync(paths.data) && readdirSync(paths.data).length > 0) {
    logger.warn(
      { instance: paths.root },
      'local Neo4j data has no password file; starting with an empty database',
    );
    rmSync(paths.data, { recursive: true, force: true });
    mkdirSync(paths.data, { recursive: true });
  }
  const password = newInitialPassword();
  const result = spawnSync(
    path.join(javaHome, 'bin', 'java'),
    [
      '-cp',
      `${path.join(home, 'lib')}/*`,
      'org.neo4j.server.startup.Neo4jAdminCommand',
      'dbms',
      'set-initial-password',
      password,
    ],
    {
      env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: paths.conf, JAVA_HOME: javaHome },
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) {
    throw new ProvisioningError(
      `neo4j-admin could not set the initial password: ${result.stderr || result.stdout}`,
    );
  }
  writeFileSync(paths.password, `${password}\n`, { mode: 0o600 });
  return password;
}
