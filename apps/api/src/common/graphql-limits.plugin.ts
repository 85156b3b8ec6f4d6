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
import { checkOperationLimits, GRAPHQL_LIMITS, GraphqlLimits } from './graphql-limits';

const STALE_TOKEN_MESSAGE = 'Sign in first: the access token is missing, invalid or expired';
const STALE_TOKEN = () =>
  new GraphQLError(STALE_TOKEN_MESSAGE, {
    originalError: new AppError('UNAUTHENTICATED', STALE_TOKEN_MESSAGE),
    extensions: { http: { status: 200 } },
  });

interface LimitsContext extends BaseContext {
  req?: { headers?: Record<string, string | string[] | undefined> };
}

/**
 * Refuses (400, before anything executes) an operation beyond its caller's limits: the anonymous tier
 * unless the request carries a valid access token (signature and expiry; the guard still checks the rest).
 * The signed-in token limit is also Apollo's parse limit (app.module.ts), so a flood of tokens is refused
 * while it is parsed, before validation. In production, GraphQL's "Did you mean …" suggestions are hidden
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

  /**
   * The tier of a request: signed-in when it carries an access token this server signed and that has not
   * expired; `staleToken` when it carries one that does not verify (expired, most often).
   */
  limitsFor(headers: Record<string, string | string[] | undefined> | undefined): {
    limits: GraphqlLimits;
    staleToken: boolean;
  } {
    const header = headers?.authorization;
    if (typeof header !== 'string' || !header.startsWith('Bearer '))
      return { limits: GRAPHQL_LIMITS.anonymous, staleToken: false };
    try {
      this.jwt.verify(header.slice(7).trim());
      return { limits: GRAPHQL_LIMITS.signedIn, staleToken: false };
    } catch {
      return { limits: GRAPHQL_LIMITS.anonymous, staleToken: true };
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
        const { limits, staleToken } = this.limitsFor(context.contextValue.req?.headers);
        const errors = checkOperationLimits(context.schema, context.document, context.source, limits);
        if (!errors.length) return;
        // A member whose access token just expired is told so (as the guard would), not that the page's
        // query is too big for a stranger: the web app then refreshes the session and sends it again.
        if (staleToken) throw STALE_TOKEN();
        // Apollo answers an error thrown here before execution, with its `extensions.http` status (400).
        throw errors[0];
      },
      didEncounterErrors: async (context) => {
        for (const listener of others) await listener.didEncounterErrors?.(context);
      },
    };
  }
}
