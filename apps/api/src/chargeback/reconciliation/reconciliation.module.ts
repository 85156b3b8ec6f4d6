import { Module } from '@nestjs/common';
import { MeteringModule } from '../../metering/metering.module';
import { PricingModule } from '../../pricing/pricing.module';
import { ReconciliationResolver } from './reconciliation.resolver';
import { ReconciliationService } from './reconciliation.service';

/**
 * Provider invoice reconciliation (`provider_invoices`, `provider_invoice_lines`): invoices entered or
 * imported per provider and month, set against metering's usage. The close checklist asks
 * `ReconciliationService.closeItems(month)`.
 */
@Module({
  imports: [PricingModule, MeteringModule],
  providers: [ReconciliationService, ReconciliationResolver],
  exports: [ReconciliationService],
})
export class ReconciliationModule {}
