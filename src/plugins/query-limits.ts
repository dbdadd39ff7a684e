import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Config } from '../config';

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
    // Suggestions ("did you mean ...") help an attacker map the schema; hide them in production.
    blockFieldSuggestion: { enabled: config.NODE_ENV === 'production' },
  });
  const { plugins, validationRules, allowBatchedHttpRequests } = armor.protect();
  return {
    plugins,
    validationRules,
    allowBatchedHttpRequests,
    parseOptions: { maxTokens: config.MAX_TOKENS },
  };
}
