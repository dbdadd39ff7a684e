import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { CLIENT_ERROR_CODES, ErrorCode } from '../errors';
import { logger } from '../logger';

const withoutSuggestions = (message: string) => message.replace(/\s*Did you mean [^?]*\?/g, '');

/**
 * Masks every error that is not one of ours: outside development the client
 * sees a code and a request id, never a stack, a Cypher text or an internal message.
 */
export function createFormatError(options: { development: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
    if (CLIENT_ERROR_CODES.has(code)) {
      if (options.development) return formatted;
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      // graphql-js suggests names ("Did you mean the enum value ...?"); they map the schema for an attacker.
      return { ...formatted, message: withoutSuggestions(formatted.message), extensions };
    }
    logger.error(
      { err: unwrapResolverError(error), path: formatted.path },
      'unexpected error in a GraphQL request',
    );
    if (options.development) return formatted;
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
