import type { StandardSchemaWithJSON } from '@modelcontextprotocol/server';

/**
 * A tool schema whose JSON Schema is converted once per process. The SDK
 * converts a tool's schemas for every server instance, and the HTTP door makes
 * one instance per request: without this, each tools/call converted the
 * output schema anew (a few percent of the door's CPU in bench:mcp). Validation
 * stays the schema's own; only the conversion is kept, per target and side,
 * frozen, since every instance shares it.
 */
export function jsonSchemaOnce<Input, Output>(
  schema: StandardSchemaWithJSON<Input, Output>,
): StandardSchemaWithJSON<Input, Output> {
  const standard = schema['~standard'];
  const converted = new Map<string, Record<string, unknown>>();
  const once =
    (side: 'input' | 'output') =>
    (options: Parameters<typeof standard.jsonSchema.input>[0]): Record<string, unknown> => {
      const key = `${side} ${JSON.stringify(options)}`;
      let json = converted.get(key);
      if (json === undefined) {
        json = deepFreeze(standard.jsonSchema[side](options));
        converted.set(key, json);
      }
      return json;
    };
  return {
    '~standard': { ...standard, jsonSchema: { input: once('input'), output: once('output') } },
  };
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
