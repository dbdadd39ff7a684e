import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * The API is read-only: it has no Mutation or Subscription type. graphql-js
 * only notices that when executing; this rule refuses such an operation at
 * validation, so the client gets GRAPHQL_VALIDATION_FAILED instead of an
 * internal error.
 */
export const queriesOnly: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const schema = context.getSchema();
    const root =
      node.operation === 'mutation'
        ? schema.getMutationType()
        : node.operation === 'subscription'
          ? schema.getSubscriptionType()
          : schema.getQueryType();
    if (!root) {
      context.reportError(
        new GraphQLError(`This API is read-only: it has no ${node.operation} operations.`, {
          nodes: [node],
        }),
      );
    }
  },
});
