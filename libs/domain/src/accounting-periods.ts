import { addMonths, endOfMonth, FieldProblem, FieldProblemError, IsoDate } from './dates';

/**
 * Accounting periods: the months of a company's books (in its time zone) are open or closed. Months close in
 * order, so "closed" is every month up to the latest closed one; a month can close only after its last day.
 * A closed month takes no new entries: an entry effective in it is posted in the first open month instead.
 */

/** `'YYYY-MM'`. */
export type AccountingMonth = string;

export type AccountingPeriodStatus = 'OPEN' | 'CLOSED';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isAccountingMonth(value: string): value is AccountingMonth {
  return typeof value === 'string' && MONTH.test(value);
}

/** Throws a FieldProblemError naming `field` unless `value` is a month `YYYY-MM`. */
export function assertAccountingMonth(field: string, value: string): asserts value is AccountingMonth {
  if (!isAccountingMonth(value))
    throw new FieldProblemError([{ field, message: 'must be a month like 2026-11' }]);
}

/** The month `months` after `month` (negative: before). */
export function addAccountingMonths(month: AccountingMonth, months: number): AccountingMonth {
  return addMonths(`${month}-01`, months).slice(0, 7);
}

/** The last day of a month. */
export function lastDayOf(month: AccountingMonth): IsoDate {
  return endOfMonth(`${month}-01`);
}

export interface PeriodBook {
  /** The latest closed month (every month up to it is closed), or null while none is. */
  closedThrough: AccountingMonth | null;
  /** The first month of the books (the month of the first grant); the first to close. */
  openingMonth: AccountingMonth;
  /** Today for the company (the business clock, in its time zone). */
  today: IsoDate;
}

export function periodStatus(
  month: AccountingMonth,
  book: Pick<PeriodBook, 'closedThrough'>,
): AccountingPeriodStatus {
  return book.closedThrough !== null && month <= book.closedThrough ? 'CLOSED' : 'OPEN';
}

/** The month that closes next: the one after the latest closed, or the opening month. */
export function nextMonthToClose(book: Pick<PeriodBook, 'closedThrough' | 'openingMonth'>): AccountingMonth {
  return book.closedThrough ? addAccountingMonths(book.closedThrough, 1) : book.openingMonth;
}

/**
 * Why `month` cannot close now (null when it can): already closed (`alreadyClosed`), not ended yet, or out of
 * order. Every problem names the field `month`.
 */
export function closeProblem(
  month: AccountingMonth,
  book: PeriodBook,
): (FieldProblem & { alreadyClosed: boolean }) | null {
  if (periodStatus(month, book) === 'CLOSED')
    return { field: 'month', message: `${month} is already closed`, alreadyClosed: true };
  if (lastDayOf(month) >= book.today)
    return {
      field: 'month',
      message: `${month} can close only after its last day (${lastDayOf(month)}); today is ${book.today}`,
      alreadyClosed: false,
    };
  const next = nextMonthToClose(book);
  if (month !== next)
    return {
      field: 'month',
      message: `months close in order: ${next} is the next to close`,
      alreadyClosed: false,
    };
  return null;
}

/** Every month of the books from the opening month to today's month, oldest first. */
export function monthsOfBook(
  book: Pick<PeriodBook, 'openingMonth' | 'today' | 'closedThrough'>,
): AccountingMonth[] {
  const first =
    book.closedThrough && book.closedThrough < book.openingMonth ? book.closedThrough : book.openingMonth;
  const last = book.today.slice(0, 7);
  const months: AccountingMonth[] = [];
  for (let month = first; month <= last; month = addAccountingMonths(month, 1)) months.push(month);
  return months;
}
