import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context';
import { responseExtensions } from '../response-extensions';

/** Gives every response its extensions (response-extensions.ts) and the `x-request-id` header. */
export const responseExtensionsPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        response.http.headers.set('x-request-id', contextValue.requestId);
        if (response.body.kind === 'single')
          response.body.singleResult.extensions = responseExtensions(
            contextValue.requestId,
            contextValue.graph.roundTrips,
          );
      },
    };
  },
};
