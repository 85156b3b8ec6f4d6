import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { MembersModule } from '../members/members.module';
import { SsoSignInService } from './sso-sign-in.service';
import { SsoModule } from './sso.module';
import { SsoResolver } from './sso.resolver';

/** Sign-in through the company's provider, and the SSO settings surface (it issues sessions through auth). */
@Module({
  imports: [SsoModule, AuthModule, MembersModule],
  providers: [SsoSignInService, SsoResolver],
})
export class SsoSignInModule {}
