import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';

/**
 * A throttled GraphQL operation (sign-in, sign-up) answers like a throttled REST call: HTTP 429 with
 * `Retry-After` (seconds), besides the error's `extensions.code` TOO_MANY_REQUESTS and `retryAfterSeconds`.
 */
@Plugin()
export class GraphqlHttpStatusPlugin implements ApolloServerPlugin<BaseContext> {
  async requestDidStart(): Promise<GraphQLRequestListener<BaseContext>> {
    return {
      willSendResponse: async ({ response }) => {
        if (response.body.kind !== 'single') return;
        const throttled = response.body.singleResult.errors?.find(
          (error) => error.extensions?.code === 'TOO_MANY_REQUESTS',
        );
        if (!throttled) return;
        response.http.status = 429;
        const seconds = Number(throttled.extensions?.retryAfterSeconds);
        response.http.headers.set(
          'retry-after',
          String(Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : 1),
        );
      },
    };
  }
}
