import type { ApolloServerPlugin } from '@apollo/server';
import type { Tracing } from '../../telemetry/tracing';
import type { RequestContext } from '../context';

/**
 * With tracing on: the request's span (the HTTP server span) names the
 * GraphQL operation it ran, whichever executor runs it and whether or not the
 * answer comes from the response cache. Never the variables.
 */
export function tracingPlugin(tracing: Tracing): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operationName, operation }) {
          tracing.annotateRequest({
            ...(operation ? { 'graphql.operation.type': operation.operation } : {}),
            ...(operationName ? { 'graphql.operation.name': operationName } : {}),
          });
        },
      };
    },
  };
}
