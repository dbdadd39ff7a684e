import type express from 'express';
import { rateLimit } from 'express-rate-limit';
import { ErrorCode } from '../errors';
import { logger } from '../logger';

/** The error body of a door, for what fails before the door itself runs. */
export type ErrorBody = (message: string, code: ErrorCode) => unknown;

/** GraphQL's shape: `errors[].extensions.code`. */
const graphqlErrorBody: ErrorBody = (message, code) => ({
  errors: [{ message, extensions: { code } }],
});

/** JSON-RPC's shape, as MCP clients read it: no id (the request was never read), our code in data. */
export const jsonRpcErrorBody: ErrorBody = (message, code) => ({
  jsonrpc: '2.0',
  id: null,
  error: { code: code === ErrorCode.BAD_REQUEST ? -32700 : -32000, message, data: { code } },
});

/**
 * At most `perMinute` requests a minute per client address (req.ip: the peer,
 * or the address a trusted proxy forwarded); over it, 429 RATE_LIMITED. A CORS
 * preflight (OPTIONS) is not counted: it does no work on the graph.
 */
export function rateLimitPerClient(
  perMinute: number,
  errorBody: ErrorBody = graphqlErrorBody,
): express.RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    skip: (req) => req.method === 'OPTIONS',
    // Forwarding headers from a peer that is not a trusted proxy are ignored on purpose (TRUSTED_PROXIES).
    validate: { xForwardedForHeader: false, forwardedHeader: false },
    handler: (_req, res) => {
      res
        .status(429)
        .json(
          errorBody(`Too many requests: at most ${perMinute} a minute.`, ErrorCode.RATE_LIMITED),
        );
    },
  });
}

/** The longest part of a request's path a not-found message repeats. */
const PATH_SHOWN = 200;

/**
 * A path no door serves: a JSON 404, NOT_FOUND, naming the path (the release
 * door's own 404 has the same shape). Mounted after every door.
 */
export function notFoundHandler(errorBody: ErrorBody = graphqlErrorBody): express.RequestHandler {
  return (req, res) => {
    const shown = req.path.length > PATH_SHOWN ? `${req.path.slice(0, PATH_SHOWN)}...` : req.path;
    res
      .status(404)
      .json(
        errorBody(
          `Not found: ${req.method} ${shown} is not served here (the front page, /, lists the service's doors).`,
          ErrorCode.NOT_FOUND,
        ),
      );
  };
}

interface HttpError {
  status?: number;
  /** body-parser's kind of failure (`entity.parse.failed`, `charset.unsupported`, ...). */
  type?: string;
}

/** What went wrong with a request the door never read, in words for the client. */
function clientErrorMessage(error: HttpError, status: number, bodyLimit: string): string {
  if (status === 413) return `Request body is larger than ${bodyLimit}.`;
  if (/^(entity|encoding|charset|request)\./.test(error.type ?? ''))
    return 'Malformed request body.';
  if (error instanceof URIError || /decode/i.test(String((error as Error).message)))
    return 'Malformed URL: a percent-encoded character in its path is not valid.';
  if (status === 403) return 'Forbidden: the path leaves the folder it names.';
  if (status === 404) return 'Not found.';
  return 'Bad request.';
}

/** Bodies that are not JSON, too large, malformed URLs and the like: a 4xx with a code, never a stack. */
export function bodyErrorHandler(
  bodyLimit: string,
  errorBody: ErrorBody = graphqlErrorBody,
): express.ErrorRequestHandler {
  return (error: HttpError, _req, res, _next) => {
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) logger.error({ err: error }, 'unexpected HTTP error');
    res
      .status(status)
      .json(
        status === 500
          ? errorBody('Internal server error', ErrorCode.INTERNAL_SERVER_ERROR)
          : errorBody(
              clientErrorMessage(error, status, bodyLimit),
              status === 404 ? ErrorCode.NOT_FOUND : ErrorCode.BAD_REQUEST,
            ),
      );
  };
}
