import type { CallToolResult } from '@modelcontextprotocol/server';
import { ClientError, ErrorCode } from '../errors';
import { tracing } from '../telemetry/tracing';
import type { McpContext } from './context';
import { DISCLAIMER } from './instructions';

/**
 * The two channels of every tool result. Some hosts show the model only the
 * text, others only the structured content, so both carry everything: the
 * text is a plain rendering of the structured content, never empty.
 */

/** An argument the tool cannot use (a cursor of another request, say): the message says what to change. */
export class ToolInputError extends ClientError {
  override name = 'ToolInputError';
  readonly code = ErrorCode.BAD_USER_INPUT;
}

interface ToolErrorContent {
  [key: string]: unknown;
  error: { code: string; message: string };
  disclaimer: string;
}

export function toolResult<T extends object>(structured: T, text: string): CallToolResult {
  return {
    content: [{ type: 'text', text }],
    structuredContent: structured as Record<string, unknown>,
  };
}

function toolError(code: string, message: string): CallToolResult {
  const structured: ToolErrorContent = { error: { code, message }, disclaimer: DISCLAIMER };
  return {
    isError: true,
    content: [{ type: 'text', text: `Error (${code}): ${message}\nDisclaimer: ${DISCLAIMER}` }],
    structuredContent: structured,
  };
}

/**
 * Runs a tool body: a client error (bad argument, Neo4j down or slow) becomes
 * an error result saying so, and anything else an error result that says
 * only that it failed, with the details in the log. Never a stack trace, and
 * never an empty success.
 */
export function runTool(
  ctx: Pick<McpContext, 'log' | 'recordToolCall'>,
  tool: string,
  body: () => Promise<CallToolResult>,
): Promise<CallToolResult> {
  const traced = tracing();
  if (!traced) return runToolBody(ctx, tool, body);
  // Named as OpenTelemetry's conventions for MCP name a tool call; never its arguments.
  return traced.inSpan(
    `tools/call ${tool}`,
    'internal',
    {
      'mcp.method.name': 'tools/call',
      'gen_ai.tool.name': tool,
      'gen_ai.operation.name': 'execute_tool',
    },
    async (span) => {
      const result = await runToolBody(ctx, tool, body);
      if (result.isError) {
        const code = (result.structuredContent as ToolErrorContent | undefined)?.error.code;
        span.set({ 'error.type': code ?? 'tool_error' });
      }
      return result;
    },
  );
}

async function runToolBody(
  ctx: Pick<McpContext, 'log' | 'recordToolCall'>,
  tool: string,
  body: () => Promise<CallToolResult>,
): Promise<CallToolResult> {
  const started = process.hrtime.bigint();
  let outcome = 'ok';
  try {
    return await body();
  } catch (error) {
    if (error instanceof ClientError) {
      outcome = error.code;
      return toolError(error.code, error.message);
    }
    outcome = ErrorCode.INTERNAL_SERVER_ERROR;
    ctx.log.error({ err: error, tool }, 'tool failed');
    return toolError(ErrorCode.INTERNAL_SERVER_ERROR, 'The tool failed unexpectedly; try again.');
  } finally {
    const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
    ctx.recordToolCall({ tool, outcome, durationMs: Math.round(durationMs * 10) / 10 });
  }
}
