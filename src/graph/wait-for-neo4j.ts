import type { Driver } from 'neo4j-driver';
import { logger } from '../logger';
import { DATABASE } from './driver';

/** How long to wait (NEO4J_STARTUP_WAIT_MS) and how long to pause between attempts (NEO4J_STARTUP_RETRY_MS, NEO4J_STARTUP_RETRY_MAX_MS). */
export interface WaitOptions {
  timeoutMs: number;
  /** The pause after the first failed attempt; each next one is longer by as much. */
  retryMs: number;
  /** The longest pause. */
  retryMaxMs: number;
}

/**
 * Waits until Neo4j answers, logging each failed attempt, so a service started
 * before its database (as in compose or after a reboot) comes up on its own.
 * Throws after `timeoutMs` with a message that names the address.
 */
export async function waitForNeo4j(
  driver: Driver,
  uri: string,
  { timeoutMs, retryMs, retryMaxMs }: WaitOptions,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 1; ; attempt++) {
    try {
      await driver.verifyConnectivity({ database: DATABASE });
      if (attempt > 1) logger.info({ uri, attempt }, 'Neo4j is reachable');
      return;
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      if (Date.now() >= deadline) {
        throw new Error(
          `Neo4j at ${uri} did not answer within ${Math.round(timeoutMs / 1000)} s: ${reason}`,
          { cause: error },
        );
      }
      logger.warn({ uri, attempt, reason }, 'waiting for Neo4j');
      await new Promise((resolve) => setTimeout(resolve, Math.min(retryMs * attempt, retryMaxMs)));
    }
  }
}
