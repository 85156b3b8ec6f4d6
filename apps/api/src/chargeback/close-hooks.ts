/**
 * What the period close asks of the parts other helpers build, as injection tokens with working defaults, so
 * the core runs before they land and they plug in by overriding a provider of ChargebackModule:
 * - RECONCILIATION_CLOSE_ITEMS: provider invoices of the month not entered or outside tolerance
 *   (`chargeback/reconciliation/`: `{ provide: RECONCILIATION_CLOSE_ITEMS, useExisting: ReconciliationService }`);
 *   the default has none.
 * - STATEMENT_PDF: the attachment of the statement mailed to each team's manager at close
 *   (`chargeback/exports/`: `{ provide: STATEMENT_PDF, useExisting: StatementPdf }`); the default attaches
 *   the statement as CSV.
 */
import type { AccountingMonth, Statement } from '@tokenroll/domain';

/** One provider's invoice status for a month (ReconciliationService.closeItems). */
export interface ProviderInvoiceCloseItem {
  provider: string;
  status: 'MISSING' | 'OUTSIDE_TOLERANCE' | 'OK';
  differenceMicros: bigint;
}

export interface ReconciliationCloseItems {
  closeItems(month: AccountingMonth): Promise<ProviderInvoiceCloseItem[]>;
}

export const RECONCILIATION_CLOSE_ITEMS = Symbol('RECONCILIATION_CLOSE_ITEMS');

/** Until reconciliation lands: no provider invoice items. */
export const NO_RECONCILIATION: ReconciliationCloseItems = { closeItems: async () => [] };

/** A statement with its period, as rendered for a file or a mail. */
export type StatementDocument = Statement & {
  period: string;
  months: AccountingMonth[];
  currency: string;
  closed: boolean;
};

export interface StatementAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

export interface StatementRenderer {
  /** The file attached to a team's statement mail (null: no attachment). */
  render(statement: StatementDocument): Promise<StatementAttachment | null>;
}

export const STATEMENT_PDF = Symbol('STATEMENT_PDF');
