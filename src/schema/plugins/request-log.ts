import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context';

/** One log line per GraphQL request (the context's logger carries the request id and the client address): operation, duration, error codes. Never variables (they may hold what a person typed). */
export const requestLogPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    const started = process.hrtime.bigint();
    return {
      async willSendResponse({ operationName, errors, contextValue: ctx }) {
        const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
        ctx.log.info(
          {
            operationName: operationName ?? null,
            durationMs: Math.round(durationMs * 10) / 10,
            cypherRoundTrips: ctx.graph.roundTrips,
            errorCodes: errors?.map((e) => e.extensions.code ?? 'INTERNAL_SERVER_ERROR'),
          },
          'graphql request',
        );
      },
    };
  },
};
