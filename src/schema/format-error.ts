import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { CLIENT_ERROR_CODES, ErrorCode } from '../errors';
import { logger } from '../logger';

/**
 * An error Apollo raises about the request itself with a 4xx status but no
 * code of its own (a persisted query whose hash does not match its text, an
 * unsupported persisted-query version): the client's mistake, not ours.
 */
function refusedRequest(formatted: GraphQLFormattedError, error: unknown): boolean {
  const status = (error as { extensions?: { http?: { status?: unknown } } } | null)?.extensions
    ?.http?.status;
  const code = formatted.extensions?.code;
  return (
    (code === undefined || code === ErrorCode.INTERNAL_SERVER_ERROR) &&
    typeof status === 'number' &&
    status >= 400 &&
    status < 500
  );
}

const withoutSuggestions = (message: string) => message.replace(/\s*Did you mean [^?]*\?/g, '');

/**
 * GraphQL Armor words its refusals (cost, depth, aliases, directives) as
 * "Syntax Error: ...", though the document parsed: they are validation
 * failures, and say so by their code alone.
 */
const withoutArmorPrefix = (formatted: GraphQLFormattedError): GraphQLFormattedError =>
  formatted.extensions?.code === ErrorCode.GRAPHQL_VALIDATION_FAILED &&
  formatted.message.startsWith('Syntax Error: ')
    ? { ...formatted, message: formatted.message.slice('Syntax Error: '.length) }
    : formatted;

/** A client's error as the client sees it: its code and message, no stack, no schema hints. */
function formatClientError(
  refused: GraphQLFormattedError,
  options: { development: boolean },
): GraphQLFormattedError {
  const formatted = withoutArmorPrefix(refused);
  if (options.development) return formatted;
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  // graphql-js suggests names ("Did you mean the enum value ...?"); they map the schema for an attacker.
  return { ...formatted, message: withoutSuggestions(formatted.message), extensions };
}

/**
 * Masks every error that is not one of ours: outside development the client
 * sees a code and a request id, never a stack, a Cypher text or an internal message.
 */
export function createFormatError(options: { development: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (refusedRequest(formatted, error))
      return formatClientError(
        { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BAD_REQUEST } },
        options,
      );
    const code = String(formatted.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
    if (CLIENT_ERROR_CODES.has(code)) return formatClientError(formatted, options);
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
