import { hostHeaderValidation, originValidation } from '@modelcontextprotocol/express';
import { toNodeHandler } from '@modelcontextprotocol/node';
import { createMcpHandler } from '@modelcontextprotocol/server';
import express from 'express';
import type { Config } from '../config';
import type { GraphReaders } from '../graph/read';
import type { CurrentRelease } from '../graph/export/current-release';
import { browserAccess } from './browser-access';
import { bodyErrorHandler, jsonRpcErrorBody } from './http-errors';
import { requestIdFrom } from '../schema/request-id';
import { logger } from '../logger';
import { SERVICE_VERSION } from '../version';
import type { ToolCallRecord } from '../mcp/context';
import { createMcpServer } from '../mcp/server';

import { MCP_PATH, releaseFilePath } from './paths';

/** Ties a request to the server instance that answers it (ours; a client's value is replaced). */
const CALL_KEY_HEADER = 'x-mcp-call-key';

/**
 * The MCP door over Streamable HTTP, stateless: each request gets a fresh
 * server from the one factory, for 2026-07-28 clients and (through the SDK's
 * stateless fallback) 2025 ones alike. It keeps the API's body limit, rate
 * limit and CORS policy, checks Host and Origin, and logs each request in one
 * line with its id (and the tool it called, with the outcome).
 */
export function mcpRoutes(
  readers: GraphReaders,
  config: Config,
  releases: CurrentRelease,
): express.Router {
  const router = express.Router();
  // The tool call each request in flight made, for its one log line; keyed by
  // a header of ours (set on every request, whatever the client sent), since
  // the SDK hands the server factory only the request.
  const toolCalls = new Map<string, { call?: ToolCallRecord }>();
  let requestsSeen = 0;
  const handler = createMcpHandler(
    (request) => {
      const headers = request.requestInfo?.headers;
      const requestId = headers?.get('x-request-id') ?? undefined;
      const toolCall = toolCalls.get(headers?.get(CALL_KEY_HEADER) ?? '');
      return createMcpServer({
        reader: async () => readers.reader('mcp'),
        releaseChangesUrl: releaseFilePath('changes.json'),
        releaseChanges: async () => (await releases.get()).changes,
        log: logger.child({ requestId, door: 'mcp' }),
        recordToolCall: (call) => {
          if (toolCall) toolCall.call = call;
        },
        serverVersion: SERVICE_VERSION,
      });
    },
    {
      onerror: (error) => logger.debug({ err: error }, 'mcp request refused'),
    },
  );
  const serve = toNodeHandler(handler, {
    onerror: (error) => logger.error({ err: error }, 'mcp request failed'),
  });
  const { hosts, origins } = config.mcpAccess;

  router.use(MCP_PATH, (req, res, next) => {
    const requestId = requestIdFrom(req.headers);
    req.headers['x-request-id'] = requestId;
    res.setHeader('X-Request-Id', requestId);
    const started = process.hrtime.bigint();
    const callKey = String(++requestsSeen);
    req.headers[CALL_KEY_HEADER] = callKey;
    const toolCall: { call?: ToolCallRecord } = {};
    toolCalls.set(callKey, toolCall);
    res.on('close', () => toolCalls.delete(callKey));
    res.on('finish', () => {
      const body = req.body as { method?: unknown } | undefined;
      logger.info(
        {
          requestId,
          client: req.ip,
          door: 'mcp',
          httpMethod: req.method,
          mcpMethod: typeof body?.method === 'string' ? body.method : null,
          status: res.statusCode,
          durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
          ...(toolCall.call && {
            tool: toolCall.call.tool,
            outcome: toolCall.call.outcome,
            toolDurationMs: toolCall.call.durationMs,
          }),
        },
        'mcp request',
      );
    });
    next();
  });
  if (hosts) router.use(MCP_PATH, hostHeaderValidation(hosts));
  if (origins) router.use(MCP_PATH, originValidation(origins));
  router.use(
    MCP_PATH,
    ...browserAccess(
      config,
      ['Mcp-Session-Id', 'Mcp-Protocol-Version', 'X-Request-Id'],
      jsonRpcErrorBody,
    ),
  );
  router.use(MCP_PATH, express.json({ limit: config.BODY_LIMIT }));
  router.all(MCP_PATH, (req, res) => serve(req, res, req.body));
  router.use(MCP_PATH, bodyErrorHandler(config.BODY_LIMIT, jsonRpcErrorBody));
  return router;
}
