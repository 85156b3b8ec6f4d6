import { compareDates, daysBetweenInclusive, IsoDate, parseIsoDate } from './dates';
import { Forecast, forecastRunOut, ForecastInput } from './forecast';

export interface BudgetOutlookInput extends ForecastInput {
  /** The allowance of the whole period (every accrual of it, posted or still to come), for the pace. */
  periodAllowanceMicros: bigint;
}

export interface BudgetOutlook {
  /** The forecast's pace: the average spend per whole day over its 30-day window. */
  dailyBurnMicros: bigint;
  /** Days that average is taken over. */
  windowDays: number;
  /**
   * Spend against the elapsed share of the period's allowance, in basis points: 10000 = exactly on
   * pace, 20000 = spending twice as fast as the allowance accrues. Null without an allowance.
   */
  paceBp: number | null;
  /** The forecast's run-out date (today when already out); null when it lasts the horizon. */
  runsOutOn: IsoDate | null;
  /** The whole forecast (band, confidence, horizon): the one rule every surface shows. */
  forecast: Forecast;
}

function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/** Spend against the elapsed share of the period's allowance, in basis points; null without an allowance. */
export function budgetPace(input: {
  today: IsoDate;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  periodAllowanceMicros: bigint;
  spentMicros: bigint;
}): number | null {
  for (const date of [input.today, input.periodStart, input.periodEnd]) parseIsoDate(date);
  if (compareDates(input.periodStart, input.periodEnd) > 0)
    throw new RangeError('periodStart must not be after periodEnd');
  if (input.periodAllowanceMicros <= 0n || compareDates(input.today, input.periodStart) < 0) return null;
  const periodDays = BigInt(daysBetweenInclusive(input.periodStart, input.periodEnd));
  const elapsed = BigInt(
    daysBetweenInclusive(
      input.periodStart,
      compareDates(input.today, input.periodEnd) > 0 ? input.periodEnd : input.today,
    ),
  );
  const expected = input.periodAllowanceMicros * elapsed; // ÷ periodDays
  return Number(divideHalfUp(input.spentMicros * periodDays * 10000n, expected));
}

/**
 * The outlook of a budget (My budget, `GET /v1/budget`, alerts): the pace against the allowance, and the
 * run-out forecast of `forecastRunOut` — the same rule, with the same inputs, as team burn.
 */
export function budgetOutlook(input: BudgetOutlookInput): BudgetOutlook {
  const paceBp = budgetPace(input);
  const forecast = forecastRunOut(input);
  return {
    dailyBurnMicros: forecast.burn30Micros,
    windowDays: forecast.historyDays,
    paceBp,
    runsOutOn: forecast.runsOutOn,
    forecast,
  };
}
