import { addDays, compareDates, daysBetweenInclusive, IsoDate, parseIsoDate } from './dates';

/** Days of spend the burn rate looks back over (fewer when the period or the engineer is newer). */
export const BURN_WINDOW_DAYS = 30;

export interface BudgetOutlookInput {
  today: IsoDate;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  /** The allowance of the whole period (every accrual of it, posted or still to come). */
  periodAllowanceMicros: bigint;
  /** Spent in the period so far (today included). */
  spentMicros: bigint;
  /** What may still be spent right now (team-pool overflow included); may be negative in overage. */
  availableMicros: bigint;
  /** Spend per day over the last days up to today (missing days spent nothing). */
  dailySpend: readonly { day: IsoDate; micros: bigint }[];
  /** Accruals still to come in the period (they raise what is available on their date). */
  upcomingGrants: readonly { date: IsoDate; micros: bigint }[];
  /** First day the engineer could spend (their start date), to shorten the window of a new starter. */
  firstDay?: IsoDate;
}

export interface BudgetOutlook {
  /** Average spend per day over the window, rounded half-up to the micro-unit. */
  dailyBurnMicros: bigint;
  /** Days the average is taken over. */
  windowDays: number;
  /**
   * Spend against the elapsed share of the period's allowance, in basis points: 10000 = exactly on
   * pace, 20000 = spending twice as fast as the allowance accrues. Null without an allowance.
   */
  paceBp: number | null;
  /** The day the available amount reaches zero at the current burn (today when already out); null when it lasts the period. */
  runsOutOn: IsoDate | null;
}

function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/**
 * Pace and run-out date of a budget. The burn rate is the average daily spend over the last
 * `BURN_WINDOW_DAYS` days (or since the period or the engineer started, when that is shorter), so one
 * busy day moves it but does not dominate it. Walking forward from tomorrow, each day adds the
 * accruals granted that day and subtracts the burn; the first day the balance goes below zero is the
 * run-out date. Exact integer arithmetic throughout.
 */
export function budgetOutlook(input: BudgetOutlookInput): BudgetOutlook {
  for (const date of [input.today, input.periodStart, input.periodEnd]) parseIsoDate(date);
  if (compareDates(input.periodStart, input.periodEnd) > 0)
    throw new RangeError('periodStart must not be after periodEnd');
  let windowStart = addDays(input.today, -(BURN_WINDOW_DAYS - 1));
  for (const floor of [input.periodStart, input.firstDay]) {
    if (floor && compareDates(floor, windowStart) > 0) windowStart = floor;
  }
  const windowDays =
    compareDates(windowStart, input.today) > 0 ? 0 : daysBetweenInclusive(windowStart, input.today);
  let windowSpend = 0n;
  for (const { day, micros } of input.dailySpend) {
    if (compareDates(day, windowStart) >= 0 && compareDates(day, input.today) <= 0) windowSpend += micros;
  }
  const dailyBurnMicros = windowDays > 0 ? divideHalfUp(windowSpend, BigInt(windowDays)) : 0n;

  let paceBp: number | null = null;
  if (input.periodAllowanceMicros > 0n && compareDates(input.today, input.periodStart) >= 0) {
    const periodDays = BigInt(daysBetweenInclusive(input.periodStart, input.periodEnd));
    const elapsed = BigInt(
      daysBetweenInclusive(
        input.periodStart,
        compareDates(input.today, input.periodEnd) > 0 ? input.periodEnd : input.today,
      ),
    );
    const expected = input.periodAllowanceMicros * elapsed; // ÷ periodDays
    paceBp = Number(divideHalfUp(input.spentMicros * periodDays * 10000n, expected));
  }

  let runsOutOn: IsoDate | null = null;
  if (input.availableMicros <= 0n) {
    runsOutOn = input.today;
  } else if (dailyBurnMicros > 0n) {
    const grants = new Map<IsoDate, bigint>();
    for (const grant of input.upcomingGrants) {
      if (compareDates(grant.date, input.today) > 0)
        grants.set(grant.date, (grants.get(grant.date) ?? 0n) + grant.micros);
    }
    let balance = input.availableMicros;
    for (let day = addDays(input.today, 1); compareDates(day, input.periodEnd) <= 0; day = addDays(day, 1)) {
      balance += grants.get(day) ?? 0n;
      balance -= dailyBurnMicros;
      if (balance < 0n) {
        runsOutOn = day;
        break;
      }
    }
  }
  return { dailyBurnMicros, windowDays, paceBp, runsOutOn };
}
