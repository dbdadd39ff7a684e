import { McpServer, type ToolAnnotations } from '@modelcontextprotocol/server';
import { argumentsOf, checkedInput } from './checked-input';
import type { McpContext } from './context';
import { SERVER_INSTRUCTIONS } from './instructions';
import { TOOL_LIMITS } from './limits';
import { jsonSchemaOnce } from './json-schema-once';
import { registerPrompts } from './prompts';
import { registerResources } from './resources';
import { explainPathInput, getFactsInput, resolveEntityInput } from './tool-inputs';
import { explainPathOutput, getFactsOutput, resolveEntityOutput } from './tool-outputs';
import { runTool } from './tool-result';
import { explainPath } from './tools/explain-path';
import { getFacts } from './tools/get-facts';
import { resolveEntity } from './tools/resolve-entity';
import { SERVICE_NAME, SERVICE_TITLE } from '../version';

/**
 * The tools' schemas, converted to JSON Schema once for every instance. An
 * input's verdict reaches the tool body, which refuses bad arguments with
 * the code and disclaimer of every tool error (checked-input.ts).
 */
const SCHEMAS = {
  resolveEntity: {
    input: checkedInput(jsonSchemaOnce(resolveEntityInput)),
    output: jsonSchemaOnce(resolveEntityOutput),
  },
  getFacts: {
    input: checkedInput(jsonSchemaOnce(getFactsInput)),
    output: jsonSchemaOnce(getFactsOutput),
  },
  explainPath: {
    input: checkedInput(jsonSchemaOnce(explainPathInput)),
    output: jsonSchemaOnce(explainPathOutput),
  },
};

/** Every tool only reads a closed graph: the same call gives the same answer. */
const READ_ONLY: ToolAnnotations = {
  readOnlyHint: true,
  idempotentHint: true,
  destructiveHint: false,
  openWorldHint: false,
};

/**
 * One MCP server instance: three tools, two resources and a prompt over the
 * data layer. The HTTP door makes one per request (stateless), stdio one per
 * connection; both from this factory, so they cannot drift apart.
 */
export function createMcpServer(ctx: McpContext): McpServer {
  const server = new McpServer(
    { name: SERVICE_NAME, version: ctx.serverVersion, title: SERVICE_TITLE },
    { instructions: SERVER_INSTRUCTIONS },
  );

  server.registerTool(
    'resolve_entity',
    {
      title: 'Resolve what a person typed to entities',
      description:
        'Turns words ("twitching when I fall asleep", "alzheimers"), a disease name as HPO writes it ("EPILEPSY, PROGRESSIVE MYOCLONIC, 6") or a CURIE ("OMIM:254800") into candidate entities of the myoclonus knowledge graph, best first, with how each matched. Call it first; status is matched, ambiguous (ask the person) or no_match.',
      inputSchema: SCHEMAS.resolveEntity.input,
      outputSchema: SCHEMAS.resolveEntity.output,
      annotations: { ...READ_ONLY, title: 'Resolve entity' },
    },
    (input) =>
      runTool(ctx, 'resolve_entity', () =>
        resolveEntity(ctx, argumentsOf('resolve_entity', input)),
      ),
  );

  server.registerTool(
    'get_facts',
    {
      title: 'Get cited facts about entities',
      description: `The cited facts about 1 to ${TOOL_LIMITS.maxEntityIds} entities in one call: each with a sentence to quote and its citation (source, section, paragraph, date), figures included; then HPO's curated statements about them (curatedFacts, ranked by evidence and frequency, each sentence naming its source, release and references; \`curated\` says how many there are and how to ask for part of them with curatedPredicates or sources). Each entity is found, not_found (with suggestions) or no_facts. The result keeps within maxTokens; when truncated, pass nextCursor to continue.`,
      inputSchema: SCHEMAS.getFacts.input,
      outputSchema: SCHEMAS.getFacts.output,
      annotations: { ...READ_ONLY, title: 'Get facts' },
    },
    (input) => runTool(ctx, 'get_facts', () => getFacts(ctx, argumentsOf('get_facts', input))),
  );

  server.registerTool(
    'explain_path',
    {
      title: 'Explain how two entities are connected',
      description:
        'The shortest chain of cited facts between two entities (such as alzheimers-disease and myoclonus), each hop with its sentence and citation. Status connected, no_path or not_found.',
      inputSchema: SCHEMAS.explainPath.input,
      outputSchema: SCHEMAS.explainPath.output,
      annotations: { ...READ_ONLY, title: 'Explain path' },
    },
    (input) =>
      runTool(ctx, 'explain_path', () => explainPath(ctx, argumentsOf('explain_path', input))),
  );

  registerResources(server, ctx);
  registerPrompts(server);
  return server;
}
