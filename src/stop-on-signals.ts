import { logger } from './logger';

/**
 * For a process entry (the service, the MCP stdio server, the seed and
 * release commands): runs `stopAll` on Ctrl-C or SIGTERM, then exits: 0 when
 * everything stopped (an asked-for stop is a clean end, as a process manager
 * expects), 1 when stopping failed. A second signal ends the process at once
 * (a local Neo4j's watchdog then ends its server).
 * Returns a function that removes the handlers.
 */
export function stopOnSignals(stopAll: () => Promise<void>): () => void {
  const handler = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutting down');
    stopAll().then(
      () => {
        logger.info({ signal }, 'stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'error while shutting down');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
  return () => {
    process.removeListener('SIGINT', handler);
    process.removeListener('SIGTERM', handler);
  };
}
