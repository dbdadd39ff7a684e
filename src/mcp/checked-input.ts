import type { StandardSchemaV1, StandardSchemaWithJSON } from '@modelcontextprotocol/server';
import { ToolInputError } from './tool-result';

/**
 * A tool's arguments as its input schema judged them. The SDK answers a call
 * whose arguments fail the schema with an error result of its own: text
 * only, with no code and no disclaimer. So the schema registered with the SDK
 * never fails: it hands the tool body its verdict, and the body refuses bad
 * arguments as it refuses any other (ToolInputError: BAD_USER_INPUT in both
 * channels, with the disclaimer, and logged and traced as a tool call). The
 * JSON Schema the tools list is the schema's own, and so is every check.
 */
export type CheckedInput<T> = { ok: true; value: T } | { ok: false; problems: string };

/** An issue as the SDK words it: the argument's path, then what is wrong with it. */
function issueText(issue: StandardSchemaV1.Issue): string {
  const path = (issue.path ?? []).map((p) => String(typeof p === 'object' ? p.key : p));
  return path.length === 0 ? issue.message : `${path.join('.')}: ${issue.message}`;
}

export function checkedInput<Input, Output>(
  schema: StandardSchemaWithJSON<Input, Output>,
): StandardSchemaWithJSON<Input, CheckedInput<Output>> {
  const standard = schema['~standard'];
  return {
    '~standard': {
      version: standard.version,
      vendor: standard.vendor,
      jsonSchema: standard.jsonSchema,
      validate: async (value) => {
        const result = await standard.validate(value);
        return {
          value: result.issues
            ? { ok: false, problems: result.issues.map(issueText).join('; ') }
            : { ok: true, value: result.value },
        };
      },
    },
  };
}

/** The arguments a tool body may use; bad ones are refused, saying what is wrong. */
export function argumentsOf<T>(tool: string, input: CheckedInput<T>): T {
  if (input.ok) return input.value;
  throw new ToolInputError(`Invalid arguments for ${tool}: ${input.problems}.`);
}
