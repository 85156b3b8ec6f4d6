/**
 * The GL journal of a chargeback period: balanced double-entry lines per cost centre and month, as CSV in
 * the flat shape general-ledger imports take (one row per debit or credit, with journal date, account, cost
 * centre, debit, credit, memo, reference). Pure; the api feeds it the period's charge lines.
 *
 * Accounting choices:
 * - Per month × cost centre: DEBIT the AI-tooling expense account (on the cost centre) with the cost
 *   centre's total of that month's charge lines; CREDIT the provider payable account when the month is
 *   closed (its invoices are reconciled and it takes no new entries), or the ACCRUAL account while it is
 *   open (accrued expense not yet invoiced; the entry is reversed and rebooked once the month closes).
 * - A cost centre whose month came out negative (unabsorbed capacity below zero, corrections) is booked the
 *   other way round (credit expense, debit payable/accrual), so no line carries a negative amount.
 * - Journal date: the month's last day. Reference: `TR-<YYYY-MM>-<cost centre>`, the same for the two
 *   lines of one entry, so the import groups them. Amounts exact from micro-units, rounded to nothing:
 *   six decimals (ERPs that keep two can import the rounded figure; the totals here are exact).
 * - Showback has no journal: the caller refuses (409) before calling this.
 * Invariants (tested): Σ debits = Σ credits; Σ (expense debits − expense credits) = the period total.
 */
import { lastDayOf, type AccountingMonth } from './accounting-periods';
import type { ChargeLine } from './chargeback';
import { csvField, microsToDecimal } from './focus';

/** The GL accounts FINANCE set (the chargeback settings). */
export interface GlAccounts {
  /** AI-tooling expense (debited per cost centre). */
  expenseAccount: string;
  /** Provider payable (credited for a closed month). */
  payableAccount: string;
  /** Accrued expenses (credited for an open month). */
  accrualAccount: string;
}

export interface GlJournalLine {
  journalDate: string;
  reference: string;
  account: string;
  costCentre: string;
  debitMicros: bigint;
  creditMicros: bigint;
  currency: string;
  memo: string;
}

/** One month of the period: its lines, and whether it is closed (payable) or open (accrual). */
export interface GlMonth {
  month: AccountingMonth;
  closed: boolean;
  lines: Iterable<Pick<ChargeLine, 'costCentre' | 'costMicros'>>;
}

/** The journal lines for the months given (in order), per cost centre (sorted by code). */
export function glJournal(
  months: readonly GlMonth[],
  accounts: GlAccounts,
  currency: string,
): GlJournalLine[] {
  const out: GlJournalLine[] = [];
  for (const month of months) {
    const totals = new Map<string, bigint>();
    for (const line of month.lines) {
      totals.set(line.costCentre, (totals.get(line.costCentre) ?? 0n) + line.costMicros);
    }
    const journalDate = lastDayOf(month.month);
    const counterAccount = month.closed ? accounts.payableAccount : accounts.accrualAccount;
    const counterLabel = month.closed ? 'provider payable' : 'accrued, month open';
    for (const [costCentre, total] of [...totals].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (total === 0n) continue;
      const amount = total < 0n ? -total : total;
      const reference = `TR-${month.month}-${costCentre}`;
      const memo = `AI tooling chargeback ${month.month}, cost centre ${costCentre}`;
      const expense: GlJournalLine = {
        journalDate,
        reference,
        account: accounts.expenseAccount,
        costCentre,
        debitMicros: total > 0n ? amount : 0n,
        creditMicros: total > 0n ? 0n : amount,
        currency,
        memo,
      };
      const counter: GlJournalLine = {
        journalDate,
        reference,
        account: counterAccount,
        costCentre,
        debitMicros: expense.creditMicros,
        creditMicros: expense.debitMicros,
        currency,
        memo: `${memo} (${counterLabel})`,
      };
      out.push(expense, counter);
    }
  }
  return out;
}

/** Σ debits and Σ credits of a journal (equal for every journal `glJournal` writes). */
export function glTotals(lines: readonly GlJournalLine[]): { debitMicros: bigint; creditMicros: bigint } {
  let debitMicros = 0n;
  let creditMicros = 0n;
  for (const line of lines) {
    debitMicros += line.debitMicros;
    creditMicros += line.creditMicros;
  }
  return { debitMicros, creditMicros };
}

export const GL_CSV_COLUMNS = [
  'JournalDate',
  'Reference',
  'Account',
  'CostCentre',
  'Debit',
  'Credit',
  'Currency',
  'Memo',
] as const;

/** The journal as CSV (RFC 4180, CRLF), header first; empty debit/credit cells where the side is unused. */
export function glJournalCsv(lines: readonly GlJournalLine[]): string {
  let out = `${GL_CSV_COLUMNS.join(',')}\r\n`;
  for (const line of lines) {
    out += [
      line.journalDate,
      line.reference,
      line.account,
      line.costCentre,
      line.debitMicros ? microsToDecimal(line.debitMicros) : null,
      line.creditMicros ? microsToDecimal(line.creditMicros) : null,
      line.currency,
      line.memo,
    ]
      .map(csvField)
      .join(',');
    out += '\r\n';
  }
  return out;
}
