/**
 * The company's invoice tolerance in basis points (100 = 1 %): a provider's invoice within it of Tokenroll's
 * computed cost reconciles OK. The setting belongs to chargeback's `chargeback_settings` (core helper); until
 * its service is merged here, every company has the default.
 */
export const DEFAULT_INVOICE_TOLERANCE_BP = 100;

export async function invoiceToleranceBp(): Promise<number> {
  return DEFAULT_INVOICE_TOLERANCE_BP;
}
