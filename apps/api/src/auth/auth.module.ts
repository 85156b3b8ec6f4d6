import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { CompaniesModule } from '../companies/companies.module';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { MembersModule } from '../members/members.module';
import { GraphqlHttpStatusPlugin } from '../common/graphql-http-status.plugin';
import { GraphqlLimitsPlugin } from '../common/graphql-limits.plugin';
import { SsoModule } from '../sso/sso.module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { AccessGuard } from './guards';
import { JWT_SECRET } from './jwt-secret';
import { LoginThrottleService } from './login-throttle.service';
import { SessionsService } from './sessions.service';
import { JwtStrategy, LocalStrategy } from './strategies';

@Module({
  imports: [
    PassportModule,
    JwtModule.registerAsync({
      inject: [JWT_SECRET],
      useFactory: (secret: string) => ({
        secret,
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
    CompaniesModule,
    MembersModule,
    ApiKeysModule,
    SsoModule,
  ],
  providers: [
    AuthService,
    SessionsService,
    LoginThrottleService,
    JwtStrategy,
    LocalStrategy,
    AuthResolver,
    // Apollo plugins (found by @nestjs/apollo): per-caller query limits, and 429 for throttled operations.
    GraphqlLimitsPlugin,
    GraphqlHttpStatusPlugin,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [AuthService],
})
export class AuthModule {}
