import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { PricingModule } from '../pricing/pricing.module';
import { ChargeLinesService } from './charge-lines.service';
import { ChargebackSettingsService } from './chargeback-settings.service';
import { StatementsResolver } from './statements.resolver';
import { StatementsService } from './statements.service';

/**
 * Chargeback and the finance desk (issue 14): charge lines (the one model), statements, settings, shared
 * costs, period close; exports (`exports/`) and provider invoice reconciliation (`reconciliation/`) build on it.
 */
@Module({
  imports: [PeopleModule, PricingModule],
  providers: [ChargebackSettingsService, ChargeLinesService, StatementsService, StatementsResolver],
  exports: [ChargebackSettingsService, ChargeLinesService, StatementsService],
})
export class ChargebackModule {}
