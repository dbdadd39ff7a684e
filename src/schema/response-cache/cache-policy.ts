import type { CacheHint, CacheScope } from '@apollo/cache-control-types';
import {
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  type ConstDirectiveNode,
  valueFromASTUntyped,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { LRUCache } from 'lru-cache';

/** How long, and for whom, an answer may be kept: Apollo's hint, with both parts settled. */
export type CachePolicy = Required<CacheHint>;

interface Annotation {
  maxAge?: number;
  scope?: CacheScope;
  inheritMaxAge?: boolean;
}

/** A type or field of the schema, whose SDL definition may carry @cacheControl. */
interface Annotated {
  readonly astNode?: { readonly directives?: readonly ConstDirectiveNode[] } | null;
}

function annotationOf(node: Annotated): Annotation {
  const directive = node.astNode?.directives?.find((d) => d.name.value === 'cacheControl');
  const annotation: Annotation = {};
  for (const arg of directive?.arguments ?? []) {
    const value: unknown = valueFromASTUntyped(arg.value);
    if (arg.name.value === 'maxAge' && typeof value === 'number') annotation.maxAge = value;
    if (arg.name.value === 'scope' && (value === 'PUBLIC' || value === 'PRIVATE'))
      annotation.scope = value;
    if (arg.name.value === 'inheritMaxAge' && value === true) annotation.inheritMaxAge = true;
  }
  return annotation;
}

/**
 * The cache policy of an operation, read from the `@cacheControl` hints of the
 * SDL with Apollo Server's rules: a root field, or a field whose type is an
 * object, takes its own hint, else its type's, else `defaultMaxAge`, unless it
 * is marked `inheritMaxAge`; a scalar field takes its parent's; the answer
 * gets the shortest maxAge, and PRIVATE if any field is.
 *
 * Apollo's cache-control plugin finds the same by wrapping every resolver at
 * every request; our hints are static (no resolver sets one), so the policy
 * is a function of the operation alone, worked out once per operation and
 * kept, and the compiled executor (which Apollo cannot wrap) gets it too.
 * `@skip` and `@include` are not evaluated: every field counts, which can only
 * shorten the policy.
 */
export class OperationCachePolicies {
  private readonly known = new LRUCache<string, CachePolicy>({ max: 1_000 });

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly defaultMaxAge = 0,
  ) {}

  /** The policy of `operation` (of `document`); `key` names the pair, such as the query hash and operation name. */
  policyOf(key: string, document: DocumentNode, operation: OperationDefinitionNode): CachePolicy {
    let policy = this.known.get(key);
    if (policy === undefined) {
      policy = this.compute(document, operation);
      this.known.set(key, policy);
    }
    return policy;
  }

  private compute(document: DocumentNode, operation: OperationDefinitionNode): CachePolicy {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of document.definitions)
      if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const root = this.schema.getQueryType();
    const uncacheable: CachePolicy = { maxAge: 0, scope: 'PUBLIC' };
    if (operation.operation !== 'query' || !root) return uncacheable;

    let maxAge = Infinity;
    let scope: CacheScope = 'PUBLIC';
    const visited = new Set<string>();
    const walk = (type: GraphQLCompositeType, selections: SelectionSetNode, isRoot: boolean) => {
      for (const selection of selections.selections) {
        if (selection.kind === Kind.INLINE_FRAGMENT) {
          const condition = selection.typeCondition
            ? this.schema.getType(selection.typeCondition.name.value)
            : type;
          if (condition && isCompositeType(condition))
            walk(condition, selection.selectionSet, isRoot);
          continue;
        }
        if (selection.kind === Kind.FRAGMENT_SPREAD) {
          const fragment = fragments.get(selection.name.value);
          const condition = fragment && this.schema.getType(fragment.typeCondition.name.value);
          const seen = `${selection.name.value}@${type.name}`;
          if (fragment && condition && isCompositeType(condition) && !visited.has(seen)) {
            visited.add(seen);
            walk(condition, fragment.selectionSet, isRoot);
          }
          continue;
        }
        if (selection.name.value.startsWith('__')) {
          // __typename is a scalar of its parent; __schema and __type are introspection.
          if (isRoot && selection.name.value !== '__typename') maxAge = 0;
          continue;
        }
        const field: GraphQLField<unknown, unknown> | undefined =
          isObjectType(type) || isInterfaceType(type)
            ? type.getFields()[selection.name.value]
            : undefined;
        if (!field) continue;
        const target = getNamedType(field.type);
        const fieldHint: Annotation = {};
        let inherit = false;
        if (isCompositeType(target)) {
          const typeHint = annotationOf(target);
          Object.assign(fieldHint, definedOf(typeHint));
          inherit = typeHint.inheritMaxAge === true;
        }
        const own = annotationOf(field);
        if (own.inheritMaxAge && fieldHint.maxAge === undefined) {
          inherit = true;
          if (own.scope) fieldHint.scope = own.scope;
        } else Object.assign(fieldHint, definedOf(own));
        if (fieldHint.maxAge === undefined && ((isCompositeType(target) && !inherit) || isRoot))
          fieldHint.maxAge = this.defaultMaxAge;
        if (fieldHint.maxAge !== undefined) maxAge = Math.min(maxAge, fieldHint.maxAge);
        if (fieldHint.scope === 'PRIVATE') scope = 'PRIVATE';
        if (selection.selectionSet && isCompositeType(target))
          walk(target, selection.selectionSet, false);
      }
    };
    walk(root, operation.selectionSet, true);
    return { maxAge: Number.isFinite(maxAge) ? maxAge : this.defaultMaxAge, scope };
  }
}

const definedOf = (hint: Annotation): Annotation =>
  Object.fromEntries(
    Object.entries({ maxAge: hint.maxAge, scope: hint.scope }).filter(([, v]) => v !== undefined),
  );
