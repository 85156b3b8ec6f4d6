import { Module } from '@nestjs/common';
import { AlertsModule } from '../alerts/alerts.module';
import { MeteringModule } from '../metering/metering.module';
import { PeopleModule } from '../people/people.module';
import { PricingModule } from '../pricing/pricing.module';
import { ChargeLinesService } from './charge-lines.service';
import { ChargebackResolver } from './chargeback.resolver';
import { ChargebackSettingsService } from './chargeback-settings.service';
import { NO_RECONCILIATION, RECONCILIATION_CLOSE_ITEMS, STATEMENT_PDF } from './close-hooks';
import { FinanceHomeService } from './finance-home.service';
import { PeriodCloseService } from './period-close.service';
import { SharedCostsService } from './shared-costs.service';
import { CSV_STATEMENT } from './statement-csv';
import { StatementsResolver } from './statements.resolver';
import { StatementsService } from './statements.service';

/**
 * Chargeback and the finance desk (issue 14): charge lines (the one model), statements, settings, shared
 * costs, period close; exports (`exports/`) and provider invoice reconciliation (`reconciliation/`) build on it.
 */
@Module({
  imports: [PeopleModule, PricingModule, MeteringModule, AlertsModule],
  providers: [
    ChargebackSettingsService,
    ChargeLinesService,
    StatementsService,
    SharedCostsService,
    PeriodCloseService,
    FinanceHomeService,
    StatementsResolver,
    ChargebackResolver,
    // Until chargeback/reconciliation/ lands: no provider invoice items (close-hooks.ts says how to plug in).
    { provide: RECONCILIATION_CLOSE_ITEMS, useValue: NO_RECONCILIATION },
    // Until chargeback/exports/ lands: the statement mail attaches the statement as CSV.
    { provide: STATEMENT_PDF, useValue: CSV_STATEMENT },
  ],
  exports: [ChargebackSettingsService, ChargeLinesService, StatementsService, PeriodCloseService],
})
export class ChargebackModule {}
