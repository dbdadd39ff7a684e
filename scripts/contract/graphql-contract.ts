import { ChangeType, CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLSchema,
} from 'graphql';
import { loadTypeDefs } from '../../src/schema/type-defs';
import type { BreakingChange } from './policy';

/**
 * The SDL of schema/'s files, merged and printed as one schema (what the
 * server builds), with the directives applied to it (@cacheControl's hints).
 */
export function printContractSdl(schemaDir: string): string {
  return printSchemaWithDirectives(buildSchema(loadTypeDefs(schemaDir)));
}

/** Changes that remove something a client may name: allowed only of what was deprecated. */
const REMOVALS = new Set<string>([
  ChangeType.FieldRemoved,
  ChangeType.FieldArgumentRemoved,
  ChangeType.InputFieldRemoved,
  ChangeType.EnumValueRemoved,
]);

/** Whether the element at `Type.member[.argument]` carries @deprecated in `schema`. */
function isDeprecated(schema: GraphQLSchema, path: string): boolean {
  const [typeName = '', member = '', argument] = path.split('.');
  const type = schema.getType(typeName);
  if (isEnumType(type)) return Boolean(type.getValue(member)?.deprecationReason);
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
    const field = type.getFields()[member];
    if (field === undefined) return false;
    if (argument === undefined) return Boolean(field.deprecationReason);
    const args = 'args' in field ? field.args : [];
    return Boolean(args.find((arg) => arg.name === argument)?.deprecationReason);
  }
  return false;
}

export interface GraphqlDiff {
  breaking: BreakingChange[];
  /** Every other change (additions, descriptions, deprecations), as graphql-inspector words it. */
  others: string[];
}

/** graphql-inspector's diff of the released SDL and the current one. */
export async function diffGraphql(releasedSdl: string, currentSdl: string): Promise<GraphqlDiff> {
  const released = buildSchema(releasedSdl);
  const changes: Change[] = await diff(released, buildSchema(currentSdl));
  const isBreaking = (change: Change) => change.criticality.level === CriticalityLevel.Breaking;
  return {
    breaking: changes.filter(isBreaking).map((change) => {
      const path = change.path ?? '(schema)';
      return {
        path,
        message: change.message,
        ...(REMOVALS.has(change.type)
          ? { removal: { deprecated: isDeprecated(released, path) } }
          : {}),
      };
    }),
    others: changes.filter((change) => !isBreaking(change)).map((change) => change.message),
  };
}
