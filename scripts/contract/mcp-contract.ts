import { Client, InMemoryTransport } from '@modelcontextprotocol/client';
import { logger } from '../../src/logger';
import { createMcpServer } from '../../src/mcp/server';
import { schemaBreaks, type JsonSchema } from './json-schema-diff';
import type { BreakingChange } from './policy';

/** Each tool's input and output JSON Schema, by tool name, in name order. */
export type ToolSchemas = Record<string, { inputSchema: JsonSchema; outputSchema?: JsonSchema }>;

const notNeeded = () => Promise.reject(new Error('listing the tools reads nothing'));

/** The tools' schemas as a client sees them: tools/list of the MCP server, in memory. */
export async function listToolSchemas(): Promise<ToolSchemas> {
  const server = createMcpServer({
    reader: notNeeded,
    releaseChanges: notNeeded,
    releaseChangesUrl: null,
    log: logger,
    recordToolCall: () => undefined,
    serverVersion: 'contract',
  });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  const client = new Client({ name: 'contract', version: '1.0.0' });
  try {
    await client.connect(clientSide);
    const { tools } = await client.listTools();
    const schemas: ToolSchemas = {};
    for (const tool of [...tools].sort((a, b) => a.name.localeCompare(b.name))) {
      schemas[tool.name] = {
        inputSchema: tool.inputSchema as JsonSchema,
        ...(tool.outputSchema ? { outputSchema: tool.outputSchema as JsonSchema } : {}),
      };
    }
    return schemas;
  } finally {
    await client.close();
    await server.close();
  }
}

/** What in the current tools breaks a client written against the released ones. */
export function diffTools(released: ToolSchemas, current: ToolSchemas): BreakingChange[] {
  return Object.entries(released).flatMap(([name, old]): BreakingChange[] => {
    const now = current[name];
    if (now === undefined) return [{ path: name, message: 'tool removed' }];
    const changes = schemaBreaks(old.inputSchema, now.inputSchema, 'input', `${name}.input`);
    if (old.outputSchema) {
      if (!now.outputSchema) {
        changes.push({ path: `${name}.output`, message: 'output schema removed' });
      } else {
        changes.push(
          ...schemaBreaks(old.outputSchema, now.outputSchema, 'output', `${name}.output`),
        );
      }
    }
    return changes;
  });
}
