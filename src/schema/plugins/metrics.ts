import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context';

/** Where GraphQL requests are recorded (the service's metrics, src/http/metrics.ts). */
export interface GraphqlRequestRecorder {
  graphqlRequest(
    operationName: string | null | undefined,
    seconds: number,
    errorCodes: string[],
  ): void;
}

/** Records each GraphQL request in the service's metrics: its latency by operation, its error codes. */
export function metricsPlugin(metrics: GraphqlRequestRecorder): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, errors }) {
          metrics.graphqlRequest(
            operationName,
            Number(process.hrtime.bigint() - started) / 1e9,
            (errors ?? []).map((e) => String(e.extensions.code ?? 'INTERNAL_SERVER_ERROR')),
          );
        },
      };
    },
  };
}
