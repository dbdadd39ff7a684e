import { z } from 'zod';
import { jsonSchemaOnce } from '../../src/mcp/json-schema-once';
import { getFactsOutput } from '../../src/mcp/tool-outputs';

/**
 * The HTTP door builds a server per request; the tools' JSON Schemas must be
 * converted once for all of them, and be the schema's own, unchanged.
 */
const OPTIONS = { target: 'draft-2020-12' } as const;

test('the JSON Schema is converted once per side and target, and is the schema’s own', () => {
  const schema = z.object({ id: z.string(), depth: z.number().int().default(1) });
  const convert = jest.spyOn(schema['~standard'].jsonSchema, 'output');
  const once = jsonSchemaOnce(schema);
  const first = once['~standard'].jsonSchema.output(OPTIONS);
  const second = once['~standard'].jsonSchema.output(OPTIONS);
  expect(second).toBe(first);
  expect(convert).toHaveBeenCalledTimes(1);
  expect(first).toEqual(schema['~standard'].jsonSchema.output(OPTIONS));
  once['~standard'].jsonSchema.output({ target: 'draft-07' });
  expect(convert).toHaveBeenCalledTimes(3);
  expect(once['~standard'].jsonSchema.input(OPTIONS)).toEqual(
    schema['~standard'].jsonSchema.input(OPTIONS),
  );
});

test('the shared JSON Schema cannot be changed by one instance for the others', () => {
  const json = jsonSchemaOnce(getFactsOutput)['~standard'].jsonSchema.output(OPTIONS) as {
    properties: Record<string, unknown>;
  };
  expect(() => {
    json.properties.extra = {};
  }).toThrow(TypeError);
  expect(Object.isFrozen(json.properties)).toBe(true);
});

test('validation stays the schema’s own', async () => {
  const once = jsonSchemaOnce(z.object({ id: z.string().max(3) }));
  expect(await once['~standard'].validate({ id: 'abc' })).toEqual({ value: { id: 'abc' } });
  const refused = await once['~standard'].validate({ id: 'abcd' });
  expect('issues' in refused && refused.issues?.length).toBe(1);
});
