import { Module } from '@nestjs/common';
import { MeteringModule } from '../../metering/metering.module';
import { PricingModule } from '../../pricing/pricing.module';
import { ChargebackSettingsService } from '../chargeback-settings.service';
import { RECONCILIATION_CLOSE_ITEMS } from '../close-hooks';
import { ReconciliationResolver } from './reconciliation.resolver';
import { ReconciliationService } from './reconciliation.service';
import { InvoiceTolerance } from './tolerance';

/**
 * Provider invoice reconciliation (`provider_invoices`, `provider_invoice_lines`): invoices entered or
 * imported per provider and month, set against metering's usage. The close checklist (ChargebackModule, which
 * imports this module) asks `closeItems(month)` through RECONCILIATION_CLOSE_ITEMS. The tolerance is read
 * through ChargebackSettingsService, provided here too (stateless) so the two modules do not import each other.
 */
@Module({
  imports: [PricingModule, MeteringModule],
  providers: [
    ReconciliationService,
    ReconciliationResolver,
    ChargebackSettingsService,
    InvoiceTolerance,
    { provide: RECONCILIATION_CLOSE_ITEMS, useExisting: ReconciliationService },
  ],
  exports: [ReconciliationService, RECONCILIATION_CLOSE_ITEMS],
})
export class ReconciliationModule {}
