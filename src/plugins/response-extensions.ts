import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../schema/context';

/**
 * Adds to every response `extensions.requestId` (the id in the log line, so a
 * client's error can be traced) and `extensions.cypherRoundTrips` (how many
 * Cypher queries the request cost: nesting, not list size, sets it).
 */
export const responseExtensionsPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        response.http.headers.set('x-request-id', contextValue.requestId);
        if (response.body.kind === 'single') {
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            requestId: contextValue.requestId,
            cypherRoundTrips: contextValue.graph.roundTrips,
          };
        }
      },
    };
  },
};
