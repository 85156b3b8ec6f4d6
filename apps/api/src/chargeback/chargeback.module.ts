import { Module } from '@nestjs/common';
import { AlertsModule } from '../alerts/alerts.module';
import { MeteringModule } from '../metering/metering.module';
import { PeopleModule } from '../people/people.module';
import { PricingModule } from '../pricing/pricing.module';
import { ChargeLinesService } from './charge-lines.service';
import { ChargebackResolver } from './chargeback.resolver';
import { ChargebackSettingsService } from './chargeback-settings.service';
import { STATEMENT_PDF } from './close-hooks';
import { FinanceHomeService } from './finance-home.service';
import { ReconciliationModule } from './reconciliation/reconciliation.module';
import { PeriodCloseService } from './period-close.service';
import { SharedCostsService } from './shared-costs.service';
import { StatementPdf } from './exports/statement-pdf';
import { StatementsResolver } from './statements.resolver';
import { StatementsService } from './statements.service';

/**
 * Chargeback and the finance desk (issue 14): charge lines (the one model), statements, settings, shared
 * costs, period close; exports (`exports/`) and provider invoice reconciliation (`reconciliation/`) build on it.
 */
@Module({
  // RECONCILIATION_CLOSE_ITEMS comes from ReconciliationModule (provider invoices of the month).
  imports: [PeopleModule, PricingModule, MeteringModule, AlertsModule, ReconciliationModule],
  providers: [
    ChargebackSettingsService,
    ChargeLinesService,
    StatementsService,
    SharedCostsService,
    PeriodCloseService,
    FinanceHomeService,
    StatementsResolver,
    ChargebackResolver,
    // The statement mailed to each team's manager at close is its PDF.
    StatementPdf,
    { provide: STATEMENT_PDF, useExisting: StatementPdf },
  ],
  exports: [ChargebackSettingsService, ChargeLinesService, StatementsService, PeriodCloseService],
})
export class ChargebackModule {}
