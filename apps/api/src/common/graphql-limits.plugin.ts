import { ApolloArmor } from '@escape.tech/graphql-armor';
import type {
  ApolloServerPlugin,
  BaseContext,
  GraphQLRequestContext,
  GraphQLRequestListener,
} from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Inject } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { GraphQLError } from 'graphql';
import { AppError } from './app-error';
import { APP_CONFIG, AppConfig } from '../config/config';
import { checkOperationLimits, GRAPHQL_LIMITS } from './graphql-limits';

/** Beyond the anonymous tier but within a member's: the operation needs a sign-in, as the guard would say. */
const signInFirst = (reason: string) => {
  const message = `Sign in first: the access token is missing, invalid or expired (${reason.replace(/\.$/, '')} without one)`;
  return new GraphQLError(message, {
    originalError: new AppError('UNAUTHENTICATED', message),
    extensions: { http: { status: 200 } },
  });
};

interface LimitsContext extends BaseContext {
  req?: { headers?: Record<string, string | string[] | undefined> };
}

/**
 * Checks every operation before it runs against its caller's tier (graphql-limits.ts). A request with a
 * valid access token (signature and expiry; the guard checks the rest) gets the signed-in tier, beyond
 * which it is refused with 400. Any other gets the anonymous tier: beyond it but within a member's, the
 * operation is refused as needing a sign-in (UNAUTHENTICATED, as the guard says; nothing runs), beyond a
 * member's with 400. The signed-in token limit is also Apollo's parse limit (app.module.ts), so a flood of
 * tokens is refused while it is parsed. In production, GraphQL's "Did you mean …" suggestions are hidden
 * (graphql-armor), so a wrong field name tells a stranger nothing about the schema.
 */
@Plugin()
export class GraphqlLimitsPlugin implements ApolloServerPlugin<LimitsContext> {
  private readonly hideSuggestions: ApolloServerPlugin<LimitsContext>[];

  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.hideSuggestions =
      config.nodeEnv === 'production'
        ? (new ApolloArmor({
            blockFieldSuggestion: { enabled: true },
            costLimit: { enabled: false },
            maxAliases: { enabled: false },
            maxDepth: { enabled: false },
            maxDirectives: { enabled: false },
            maxTokens: { enabled: false },
          }).protect().plugins as ApolloServerPlugin<LimitsContext>[])
        : [];
  }

  /** Whether a request carries an access token this server signed and that has not expired. */
  signedIn(headers: Record<string, string | string[] | undefined> | undefined): boolean {
    const header = headers?.authorization;
    if (typeof header !== 'string' || !header.startsWith('Bearer ')) return false;
    try {
      this.jwt.verify(header.slice(7).trim());
      return true;
    } catch {
      return false;
    }
  }

  async requestDidStart(
    started: GraphQLRequestContext<LimitsContext>,
  ): Promise<GraphQLRequestListener<LimitsContext>> {
    const others = (
      await Promise.all(this.hideSuggestions.map((plugin) => plugin.requestDidStart?.(started)))
    ).filter((listener): listener is GraphQLRequestListener<LimitsContext> => !!listener);
    return {
      didResolveOperation: async (context) => {
        if (!context.document) return;
        const { schema, document, source } = context;
        if (this.signedIn(context.contextValue.req?.headers)) {
          // Apollo answers an error thrown here before execution, with its `extensions.http` status (400).
          const errors = checkOperationLimits(schema, document, source, GRAPHQL_LIMITS.signedIn);
          if (errors.length) throw errors[0];
          return;
        }
        const errors = checkOperationLimits(schema, document, source, GRAPHQL_LIMITS.anonymous);
        if (!errors.length) return;
        const beyondMembers = checkOperationLimits(schema, document, source, GRAPHQL_LIMITS.signedIn);
        if (beyondMembers.length) throw beyondMembers[0];
        // Within a member's limits: only a member may ask this (an expired token, most often: the web app
        // then refreshes the session and sends it again), so it is refused as the guard would refuse it.
        throw signInFirst(errors[0].message);
      },
      didEncounterErrors: async (context) => {
        for (const listener of others) await listener.didEncounterErrors?.(context);
      },
    };
  }
}
