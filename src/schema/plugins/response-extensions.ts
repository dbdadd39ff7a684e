import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context';
import { errorExtensions, REQUEST_ID_HEADER, ROUND_TRIPS_HEADER } from '../response-extensions';

/**
 * Gives every response its per-request headers (response-extensions.ts), and
 * a body with errors its request id; an errorless body gets nothing of the request's.
 */
export const responseExtensionsPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        response.http.headers.set(REQUEST_ID_HEADER, contextValue.requestId);
        response.http.headers.set(ROUND_TRIPS_HEADER, String(contextValue.graph.roundTrips));
        if (response.body.kind === 'single' && response.body.singleResult.errors)
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            ...errorExtensions(contextValue.requestId),
          };
      },
    };
  },
};
