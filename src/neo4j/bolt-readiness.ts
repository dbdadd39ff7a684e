import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { ProvisioningError } from './connection';
import { sleep } from './process-group';

/** Each attempt's own bound: a port that accepts nothing yet must not stall the wait. */
const ATTEMPT_TIMEOUT_MS = 2000;

/**
 * Resolves once Bolt at `uri` accepts the password; throws if the server
 * process exits first (with the tail of its console log) or `timeoutMs` passes.
 */
export async function waitForBolt(
  uri: string,
  password: string,
  child: ChildProcess,
  consoleLog: string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const tail = existsSync(consoleLog) ? readFileSync(consoleLog, 'utf8').slice(-3000) : '';
      throw new ProvisioningError(
        `local Neo4j exited during start (code ${child.exitCode}):\n${tail}`,
      );
    }
    const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), {
      connectionTimeout: ATTEMPT_TIMEOUT_MS,
      logging: { level: 'error', logger: () => undefined },
    });
    try {
      await driver.verifyConnectivity();
      return;
    } catch (error) {
      lastError = error;
    } finally {
      await driver.close();
    }
    await sleep(100);
  }
  throw new ProvisioningError(
    `local Neo4j did not answer on ${uri} within ${timeoutMs} ms: ${String(lastError)}`,
  );
}
