import { Injectable } from '@nestjs/common';
import { ChargebackSettingsService } from '../chargeback-settings.service';

/**
 * The company's invoice tolerance in basis points (100 = 1 %): a provider's invoice within it of Tokenroll's
 * computed cost reconciles OK. FINANCE sets it in the chargeback settings (`invoiceToleranceBp`,
 * default 100).
 */
@Injectable()
export class InvoiceTolerance {
  constructor(private readonly settings: ChargebackSettingsService) {}

  async basisPoints(): Promise<number> {
    return (await this.settings.settings()).invoiceToleranceBp;
  }
}
