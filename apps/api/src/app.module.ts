import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Global, Logger, Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClsModule } from 'nestjs-cls';
import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import { IncomingMessage } from 'node:http';
import { AlertsModule } from './alerts/alerts.module';
import { AuthModule } from './auth/auth.module';
import { BurnModule } from './burn/burn.module';
import { ChargebackModule } from './chargeback/chargeback.module';
import { ExportsModule } from './chargeback/exports/exports.module';
import { JWT_SECRET, resolveJwtSecret } from './auth/jwt-secret';
import { databaseOutagePlugin, formatGraphqlError } from './common/graphql-errors';
import { GRAPHQL_LIMITS } from './common/graphql-limits';
import { ProblemDetailsFilter } from './common/problem.filter';
import { InputValidationPipe } from './common/validation.pipe';
import { ClockModule } from './clock/clock.module';
import { CompaniesModule } from './companies/companies.module';
import { APP_CONFIG, AppConfig } from './config/config';
import { ASIDE_DATA_SOURCE, dataSourceOptions } from './database/data-source';
import { DatabaseModule } from './database/database.module';
import { ApiKeysModule } from './api-keys/api-keys.module';
import { MeteringModule } from './metering/metering.module';
import { TransfersModule } from './transfers/transfers.module';
import { TenantTransactionInterceptor } from './database/tenant-transaction.interceptor';
import { HealthModule } from './health/health.module';
import { MembersModule } from './members/members.module';
import { AuditModule } from './audit/audit.module';
import { LedgerModule } from './ledger/ledger.module';
import { PeopleModule } from './people/people.module';
import { LeavingModule } from './leaving/leaving.module';
import { AllowancesModule } from './allowances/allowances.module';
import { OffersModule } from './offers/offers.module';
import { JobsModule } from './jobs/jobs.module';
import { PricingModule } from './pricing/pricing.module';
import { RateLimitsModule } from './rate-limits/machine-rate-limits';
import { OutboundModule } from './outbound/outbound.module';
import { SecretsModule } from './secrets/secrets.module';
import { SsoSignInModule } from './sso/sso-sign-in.module';

@Global()
@Module({})
class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: JWT_SECRET, useFactory: () => resolveJwtSecret(config) },
      ],
      exports: [APP_CONFIG, JWT_SECRET],
    };
  }
}

const graphqlLogger = new Logger('GraphQL');

@Module({})
export class AppModule {
  /** The whole app, connected to PostgreSQL as the app role (`appDatabaseUrl`). */
  static forRoot(config: AppConfig, appDatabaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        ClsModule.forRoot({ global: true }),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            // Fastify assigned the id (bootstrap.ts); reuse it so logs and responses agree.
            genReqId: (req: IncomingMessage) => (req as IncomingMessage & { id?: string }).id ?? randomUUID(),
            // No secret in a log line (issue 13): request lines carry no headers but the user agent and no query
            // string (an accept-invite link's token is one), answers only their status; what an error object
            // carries of a request is censored.
            serializers: {
              req: (req: {
                id?: unknown;
                method?: string;
                url?: string;
                headers?: Record<string, unknown>;
              }) => ({
                id: req.id,
                method: req.method,
                url: (req.url ?? '').split('?')[0],
                userAgent: req.headers?.['user-agent'],
              }),
              res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
            },
            redact: {
              paths: [
                'req.headers',
                'res.headers',
                'err.parameters',
                'err.driverError.parameters',
                'err.config',
                'err.response',
                '*.password',
                '*.token',
                '*.secret',
              ],
              censor: '[redacted]',
            },
            autoLogging: {
              ignore: (req: IncomingMessage) => req.url === '/healthz' || req.url === '/metrics',
            },
          },
        }),
        TypeOrmModule.forRoot(dataSourceOptions(appDatabaseUrl)),
        // Reads beside a request's transaction (TenancyService.readAside) come from a pool of their own: a
        // request holding a connection of the main pool never waits for another connection of that pool,
        // so many requests at once cannot all hold one and wait for a second.
        TypeOrmModule.forRoot({
          ...dataSourceOptions(appDatabaseUrl, { extra: { max: 10, application_name: 'tokenroll-aside' } }),
          name: ASIDE_DATA_SOURCE,
        }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: process.env.GRAPHQL_SCHEMA_FILE || true,
          sortSchema: true,
          playground: false,
          introspection: config.nodeEnv !== 'production',
          context: (request: unknown, reply: unknown) => ({ req: request, reply }),
          // Depth, aliases, directives and cost per caller: GraphqlLimitsPlugin (graphql-armor). The signed-in
          // token limit bounds every document while it is parsed, before any validation.
          parseOptions: { maxTokens: GRAPHQL_LIMITS.signedIn.maxTokens },
          // No cache hints are used; without this plugin Apollo wraps no field resolver (a team burn
          // returns tens of thousands of fields).
          plugins: [ApolloServerPluginCacheControlDisabled(), databaseOutagePlugin],
          // Compact JSON: Apollo indents responses by default, which doubles the bytes of a large answer
          // and the time to write them.
          stringifyResult: (result) => JSON.stringify(result),
          formatError: (formatted, error) =>
            formatGraphqlError(formatted, error, (unexpected) => graphqlLogger.error(unexpected)),
        }),
        DatabaseModule,
        OutboundModule,
        SecretsModule,
        ClockModule,
        CompaniesModule,
        MembersModule,
        AuthModule,
        HealthModule,
        AuditModule,
        LedgerModule,
        PeopleModule,
        AllowancesModule,
        OffersModule,
        JobsModule,
        PricingModule,
        ApiKeysModule,
        MeteringModule,
        TransfersModule,
        AlertsModule,
        BurnModule,
        ChargebackModule,
        ExportsModule,
        LeavingModule,
        RateLimitsModule,
        SsoSignInModule,
      ],
      providers: [
        { provide: APP_PIPE, useClass: InputValidationPipe },
        { provide: APP_INTERCEPTOR, useClass: TenantTransactionInterceptor },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
      ],
    };
  }
}
