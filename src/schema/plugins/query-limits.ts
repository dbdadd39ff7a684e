import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Config } from '../../config';

/**
 * Limits on the shape of a GraphQL document, checked before any resolver runs
 * (GraphQL Armor). Token counting is left to Apollo's own parser option
 * (`parseOptions.maxTokens`), which reports an oversized document as a
 * GRAPHQL_PARSE_FAILED error rather than a server error.
 */
export function queryLimits(config: Config) {
  const armor = new ApolloArmor({
    maxDepth: { n: config.MAX_QUERY_DEPTH, flattenFragments: true },
    costLimit: { maxCost: config.MAX_QUERY_COST },
    maxAliases: { n: config.MAX_ALIASES },
    maxDirectives: { n: config.MAX_DIRECTIVES },
    maxTokens: { enabled: false },
    // Suggestions ("did you mean ...") are taken out by our formatError
    // (schema/format-error.ts) outside development, for every error. Armor's
    // own remover rewrites the error objects in place, which errors raised by
    // the compiled executor (schema/executor.ts) do not allow.
    blockFieldSuggestion: { enabled: false },
  });
  const { plugins, validationRules, allowBatchedHttpRequests } = armor.protect();
  return {
    plugins,
    validationRules,
    allowBatchedHttpRequests,
    parseOptions: { maxTokens: config.MAX_TOKENS },
  };
}
