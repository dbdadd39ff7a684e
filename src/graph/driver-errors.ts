import { Neo4jError } from 'neo4j-driver';
import { GraphNotReadyError, GraphTimeoutError, GraphUnavailableError } from '../errors';

/**
 * Maps a driver failure to the data layer's own errors, in one place: Neo4j
 * unreachable (or refusing our credentials) is unavailable, a stopped
 * transaction is a timeout. Anything else is returned as it is: a bug to log.
 */
export function toGraphError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (error.code === 'ServiceUnavailable' || error.code === 'SessionExpired')
    return new GraphUnavailableError();
  if (
    error.code === 'Neo.ClientError.Security.Unauthorized' ||
    error.code === 'Neo.ClientError.Security.AuthenticationRateLimit'
  )
    return new GraphUnavailableError();
  // On a cluster: a server that did not catch up with the process's bookmark in time, or a database between leaders.
  if (
    error.code === 'Neo.TransientError.Transaction.BookmarkTimeout' ||
    error.code === 'Neo.TransientError.General.DatabaseUnavailable'
  )
    return new GraphUnavailableError();
  if (
    error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') ||
    error.code === 'Neo.TransientError.Transaction.LockClientStopped'
  )
    return new GraphTimeoutError();
  // A large load builds the full-text indexes again after its writes (batched-load.ts).
  if (/no such fulltext schema index/i.test(error.message))
    return new GraphNotReadyError(
      'The graph is loading and its search index is being built; ask again in a minute.',
    );
  if (error.code === 'N/A' && /acquisition timed out|Connection acquisition/i.test(error.message))
    return new GraphUnavailableError();
  return error;
}
