import type { BreakingChange } from './policy';

/** The part of JSON Schema (2020-12) the tools' schemas use. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  deprecated?: boolean;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  [keyword: string]: unknown;
}

/**
 * Which side of the call a schema describes. A client writes the input: it
 * breaks when the schema accepts less. A client reads the output: it breaks
 * when something it read may be missing or is of another type.
 */
export type Side = 'input' | 'output';

/** The types a schema allows, anyOf's branches included; empty for any. */
function typesOf(schema: JsonSchema): string[] {
  if (schema.anyOf) return [...new Set(schema.anyOf.flatMap(typesOf))].sort();
  if (schema.type === undefined) return [];
  return (Array.isArray(schema.type) ? [...schema.type] : [schema.type]).sort();
}

const LOWER_BOUNDS = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems'] as const;
const UPPER_BOUNDS = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems'] as const;

/** An input's bounds that now refuse what the release accepted. */
function narrowedBounds(old: JsonSchema, now: JsonSchema, path: string): BreakingChange[] {
  const changes: BreakingChange[] = [];
  for (const key of LOWER_BOUNDS) {
    const [was, is] = [old[key], now[key]];
    if (is !== undefined && (was === undefined || is > was)) {
      changes.push({ path, message: `${key} raised from ${was ?? 'none'} to ${is}` });
    }
  }
  for (const key of UPPER_BOUNDS) {
    const [was, is] = [old[key], now[key]];
    if (is !== undefined && (was === undefined || is < was)) {
      changes.push({ path, message: `${key} lowered from ${was ?? 'none'} to ${is}` });
    }
  }
  return changes;
}

function enumChanges(old: JsonSchema, now: JsonSchema, side: Side, path: string) {
  if (old.enum === undefined) {
    return now.enum !== undefined && side === 'input'
      ? [{ path, message: `now only takes ${JSON.stringify(now.enum)}` }]
      : [];
  }
  const kept = new Set((now.enum ?? old.enum).map((value) => JSON.stringify(value)));
  return old.enum
    .map((value) => JSON.stringify(value))
    .filter((value) => !kept.has(value))
    .map((value) => ({ path, message: `enum value ${value} removed` }));
}

function propertyChanges(old: JsonSchema, now: JsonSchema, side: Side, path: string) {
  const changes: BreakingChange[] = [];
  const nowProperties = now.properties ?? {};
  for (const [name, property] of Object.entries(old.properties ?? {})) {
    const at = `${path}.${name}`;
    const next = nowProperties[name];
    if (next === undefined) {
      changes.push({
        path: at,
        message: 'property removed',
        removal: { deprecated: property.deprecated === true },
      });
    } else {
      changes.push(...schemaBreaks(property, next, side, at));
    }
  }
  const wasRequired = new Set(old.required ?? []);
  const isRequired = new Set(now.required ?? []);
  if (side === 'input') {
    for (const name of isRequired) {
      if (!wasRequired.has(name))
        changes.push({ path: `${path}.${name}`, message: 'now required' });
    }
    if (old.additionalProperties !== false && now.additionalProperties === false) {
      changes.push({ path, message: 'no longer takes other properties' });
    }
  } else {
    for (const name of wasRequired) {
      if (!isRequired.has(name) && name in nowProperties) {
        changes.push({ path: `${path}.${name}`, message: 'no longer always present' });
      }
    }
  }
  return changes;
}

/** What in `now` breaks a client written against `old`, one change per place. */
export function schemaBreaks(
  old: JsonSchema,
  now: JsonSchema,
  side: Side,
  path: string,
): BreakingChange[] {
  const [was, is] = [typesOf(old), typesOf(now)];
  if (was.join() !== is.join()) {
    const show = (types: string[]) => (types.length ? types.join(' | ') : 'any');
    return [{ path, message: `type changed from ${show(was)} to ${show(is)}` }];
  }
  const changes = [
    ...enumChanges(old, now, side, path),
    ...propertyChanges(old, now, side, path),
    ...(side === 'input' ? narrowedBounds(old, now, path) : []),
  ];
  if (old.items && now.items)
    changes.push(...schemaBreaks(old.items, now.items, side, `${path}[]`));
  // anyOf's branches meet by the types they allow.
  for (const branch of old.anyOf ?? []) {
    const key = typesOf(branch).join();
    const match = now.anyOf?.find((candidate) => typesOf(candidate).join() === key);
    if (match) changes.push(...schemaBreaks(branch, match, side, path));
  }
  return changes;
}
