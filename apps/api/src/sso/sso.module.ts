import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { SsoSettingsService } from './sso-settings.service';

/** A company's OIDC connection and the password policy it sets (imported by auth for password sign-in). */
@Module({
  imports: [AuditModule],
  providers: [SsoSettingsService],
  exports: [SsoSettingsService],
})
export class SsoModule {}
