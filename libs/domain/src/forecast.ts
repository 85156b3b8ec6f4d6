import { addDays, compareDates, daysBetweenInclusive, fromDayNumber, IsoDate, toDayNumber } from './dates';

/** The z-score of an 80% two-sided band (1.28), in hundredths. */
const Z80_HUNDREDTHS = 128n;
/** Fewer days of history than this make a forecast low-confidence whatever the spread. */
export const MIN_HISTORY_DAYS = 7;
/** Below this share of the elapsed allowance spent, an engineer has barely used theirs (basis points). */
export const UNDER_USE_BP = 2000;

export interface ForecastInput {
  today: IsoDate;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  /** What may still be spent now; may be negative in overage. */
  availableMicros: bigint;
  /** Accrued (posted) in the period so far, for the under-use signal. */
  accruedMicros: bigint;
  spentMicros: bigint;
  /** The daily spend of the last 7 and 30 whole days (spendWindows): sums, not the series. */
  spend: SpendSums;
  /** The grants still to come (`grantsAfter` of the engineer's accrual schedule: raises, overrides, end date). */
  upcomingGrants: readonly DatedGrant[];
  /** The engineer's start date: a new starter's history begins there. */
  startDate: IsoDate;
  /** The engineer's end date: nothing is forecast beyond it. */
  endDate?: IsoDate | null;
}

/** A grant of the accrual schedule on its day. */
export interface DatedGrant {
  date: IsoDate;
  micros: bigint;
}

export type ForecastConfidence = 'high' | 'medium' | 'low';

export interface Forecast {
  /** Average daily spend over the last 7 and 30 whole days, up to yesterday (or fewer, for a new starter). */
  burn7Micros: bigint;
  burn30Micros: bigint;
  /** Days of history behind burn30. */
  historyDays: number;
  /** Run-out date at the 30-day burn; null when the money lasts the horizon. */
  runsOutOn: IsoDate | null;
  /** The 80% band: at a burn one margin above (earliest) and below (latest) the average. */
  earliest: IsoDate | null;
  latest: IsoDate | null;
  confidence: ForecastConfidence;
  /** The last day forecast: the period end, or the end date of a leaver. */
  horizon: IsoDate;
  runsOutBeforeHorizon: boolean;
  /** Spent less than UNDER_USE_BP of what has accrued (a signal too, not a fault). */
  underUse: boolean;
}

/**
 * ⌊√value⌋ exactly. Newton's method from the floating-point estimate: one step from any positive start lands
 * at or above the root, and from there it descends to it (in a step or two from a close estimate).
 */
export function isqrt(value: bigint): bigint {
  if (value < 0n) throw new RangeError('square root of a negative number');
  if (value < 2n) return value;
  const estimate = Math.sqrt(Number(value));
  let x = Number.isFinite(estimate) && estimate >= 1 ? BigInt(Math.floor(estimate)) : value;
  x = (x + value / x) / 2n;
  let y = (x + value / x) / 2n;
  while (y < x) {
    x = y;
    y = (x + value / x) / 2n;
  }
  return x;
}

function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/** A window of whole days ending yesterday: its first day and how many days it holds (0 when it starts today or later). */
export interface SpendWindow {
  from: IsoDate;
  days: number;
}

/** The daily spend of an engineer summed over the forecast's windows (what a set-based query returns). */
export interface SpendSums {
  /** Spend in the last-7-days window (whole days: yesterday and the six before). */
  sum7Micros: bigint;
  /** Spend in the last-30-days window, and the sum of the squares of its daily amounts (for the band). */
  sum30Micros: bigint;
  sumSquares30: bigint;
  /**
   * Spend of today so far (today is not a whole day: it is in no window). Today is still a day of spending at
   * the pace: what is left of it is the pace less this. Absent: nothing spent yet today.
   */
  todayMicros?: bigint;
}

/**
 * The last 7 and 30 whole days, up to yesterday: today is still running, and its partial spend would pull
 * the average down. Never before the period start or the engineer's start date (a new starter's history
 * begins there). Days without spend count as zero.
 */
export function spendWindows(
  today: IsoDate,
  periodStart: IsoDate,
  startDate: IsoDate,
): { last7: SpendWindow; last30: SpendWindow } {
  const yesterday = addDays(today, -1);
  const window = (days: number): SpendWindow => {
    let from = addDays(today, -days);
    for (const floor of [periodStart, startDate]) if (compareDates(floor, from) > 0) from = floor;
    return { from, days: compareDates(from, yesterday) > 0 ? 0 : daysBetweenInclusive(from, yesterday) };
  };
  return { last7: window(7), last30: window(30) };
}

/** The forecast's sums of a daily series; a query that sums in the database must give the same figures. */
export function spendSums(
  input: { today: IsoDate; periodStart: IsoDate; startDate: IsoDate },
  dailySpend: readonly { day: IsoDate; micros: bigint }[],
): SpendSums {
  const { last7, last30 } = spendWindows(input.today, input.periodStart, input.startDate);
  const sums: SpendSums = { sum7Micros: 0n, sum30Micros: 0n, sumSquares30: 0n, todayMicros: 0n };
  const perDay = new Map<IsoDate, bigint>();
  for (const { day, micros } of dailySpend) perDay.set(day, (perDay.get(day) ?? 0n) + micros);
  for (const [day, micros] of perDay) {
    if (day === input.today) sums.todayMicros = micros;
    if (compareDates(day, input.today) >= 0) continue;
    if (compareDates(day, last7.from) >= 0) sums.sum7Micros += micros;
    if (compareDates(day, last30.from) >= 0) {
      sums.sum30Micros += micros;
      sums.sumSquares30 += micros * micros;
    }
  }
  return sums;
}

/**
 * The grants of an accrual schedule (libs/domain `accrualSchedule`, with whatever adjustments it carries)
 * still to come after `today`: what every forecast is fed, so a raise, an override or an end date moves
 * every surface's run-out date alike.
 */
export function grantsAfter(
  schedule: readonly { grantDate: IsoDate; amountMicros: bigint }[],
  today: IsoDate,
): DatedGrant[] {
  return schedule
    .filter((grant) => compareDates(grant.grantDate, today) > 0)
    .map((grant) => ({ date: grant.grantDate, micros: grant.amountMicros }));
}

/** The upcoming grants after `today` up to `last` (day numbers), one per day, in date order. */
function grantSchedule(
  grants: ForecastInput['upcomingGrants'],
  today: number,
  last: number,
): { day: number; micros: bigint }[] {
  const schedule: { day: number; micros: bigint }[] = [];
  for (const grant of grants) {
    const day = toDayNumber(grant.date);
    if (day > today && day <= last) schedule.push({ day, micros: grant.micros });
  }
  if (schedule.length < 2) return schedule;
  schedule.sort((a, b) => a.day - b.day);
  // grants of the same day land as one
  let kept = 0;
  for (let i = 1; i < schedule.length; i++) {
    if (schedule[i].day === schedule[kept].day)
      schedule[kept] = { day: schedule[kept].day, micros: schedule[kept].micros + schedule[i].micros };
    else schedule[++kept] = schedule[i];
  }
  schedule.length = kept + 1;
  return schedule;
}

/** Days of the window of `length` whole days before `today` that fall on or after `floor` (day numbers). */
function windowDays(length: number, today: number, floor: number): number {
  const from = Math.max(today - length, floor);
  return from > today - 1 ? 0 : today - from;
}

/** ⌊√(n · 10⁴)⌋ for the few window lengths there are (a team view forecasts thousands of engineers). */
const rootsOfDays: bigint[] = [];
function rootOfDays(days: number): bigint {
  return (rootsOfDays[days] ??= isqrt(BigInt(days) * 10_000n));
}

/**
 * The first day the balance goes below zero when `burn` is spent every day not yet over — the rest of today
 * (the pace less what today already spent), then every day after it — and the scheduled grants land on their
 * days; null when it lasts to the horizon. So an engineer whose balance will not last the rest of today runs
 * out today, on any day of the period, its last included. Walks from grant to grant, not day by day (a team
 * view forecasts thousands of engineers). Days are day numbers (toDayNumber).
 */
function runOut(
  available: bigint,
  today: number,
  last: number,
  schedule: readonly { day: number; micros: bigint }[],
  burn: bigint,
  spentToday: bigint,
): IsoDate | null {
  // Nothing is forecast past the horizon: a leaver whose end date has passed never "runs out".
  if (last < today) return null;
  if (available <= 0n) return fromDayNumber(today);
  if (burn <= 0n) return null;
  const restOfToday = burn > spentToday ? burn - spentToday : 0n;
  if (available < restOfToday) return fromDayNumber(today);
  let balance = available - restOfToday;
  let day = today; // balance is the balance at the end of `day`
  for (let next = 0; next <= schedule.length; next++) {
    const grantDay = next < schedule.length ? schedule[next].day : last + 1;
    // Days day+1 … grantDay-1 have no grant: the balance first goes negative after ⌊balance / burn⌋ + 1 days.
    const runsOut = day + Number(balance / burn) + 1;
    if (runsOut < grantDay) return runsOut <= last ? fromDayNumber(runsOut) : null;
    if (grantDay > last) return null;
    balance -= BigInt(grantDay - 1 - day) * burn;
    balance += schedule[next].micros - burn;
    if (balance < 0n) return fromDayNumber(grantDay);
    day = grantDay;
  }
  return null;
}

/**
 * The one forecast rule: when an engineer runs out at their pace, and how sure that is. `GET /v1/budget`,
 * My budget, What my manager sees, team burn and alerts all call it, fed the engineer's own available
 * amount (balance less their holds; negative in overage), the whole-day spend sums and today's spend so
 * far, and the grants still to come from the accrual schedule. The pace is the average daily spend of the
 * last 30 whole days (from the start date for a new starter); it is spent on every day not yet over, today
 * included (less what today already spent), so a balance that will not last the day runs out today — on
 * the period's last day too. Nothing is forecast past the period end or a leaver's end date. The band comes from the spread of those
 * days: the average ± 1.28 standard errors (an 80% band), so bursty spend gives a wide band and steady
 * spend a narrow one. Confidence is low with less than a week of history or a band wider than the
 * average itself, medium when wider than a third of it, else high. All integer arithmetic.
 */
export function forecastRunOut(input: ForecastInput): Forecast {
  // Day numbers throughout (each conversion checks its date); strings only for the dates returned.
  const today = toDayNumber(input.today);
  const periodStart = toDayNumber(input.periodStart);
  const periodEnd = toDayNumber(input.periodEnd);
  const start = toDayNumber(input.startDate);
  const end = input.endDate ? toDayNumber(input.endDate) : null;
  const endsFirst = end !== null && end < periodEnd;
  const horizon = endsFirst && input.endDate ? input.endDate : input.periodEnd;
  const last = endsFirst && end !== null ? end : periodEnd;

  // The windows of spendWindows: the last 7 and 30 whole days, from the period start and the start date at the earliest.
  const floor = Math.max(periodStart, start);
  const days7 = windowDays(7, today, floor);
  const days30 = windowDays(30, today, floor);
  const { sum7Micros, sum30Micros, sumSquares30 } = input.spend;
  const burn7Micros = days7 ? divideHalfUp(sum7Micros, BigInt(days7)) : 0n;
  const burn30Micros = days30 ? divideHalfUp(sum30Micros, BigInt(days30)) : 0n;

  let margin = 0n;
  if (days30 > 1) {
    const n = BigInt(days30);
    // n²·variance = n·Σx² − (Σx)²: exact in integers (days without spend count as zeros).
    const scaledVariance = n * sumSquares30 - sum30Micros * sum30Micros;
    const deviation = divideHalfUp(isqrt(scaledVariance > 0n ? scaledVariance : 0n), n);
    // 1.28 · σ / √n, with √n taken as isqrt(n · 10⁴) / 10².
    margin = divideHalfUp(Z80_HUNDREDTHS * deviation, rootOfDays(days30));
  }
  const schedule = grantSchedule(input.upcomingGrants, today, last);
  const spentToday = input.spend.todayMicros ?? 0n;
  const at = (burn: bigint) => runOut(input.availableMicros, today, last, schedule, burn, spentToday);
  const runsOutOn = at(burn30Micros);
  const earliest = at(burn30Micros + margin);
  const latest = at(burn30Micros - margin > 0n ? burn30Micros - margin : 0n);

  let confidence: ForecastConfidence = 'high';
  if (days30 < MIN_HISTORY_DAYS || (burn30Micros > 0n && margin > burn30Micros)) confidence = 'low';
  else if (burn30Micros > 0n && margin * 3n > burn30Micros) confidence = 'medium';

  const underUse =
    input.accruedMicros > 0n && input.spentMicros * 10_000n < input.accruedMicros * BigInt(UNDER_USE_BP);
  return {
    burn7Micros,
    burn30Micros,
    historyDays: days30,
    runsOutOn,
    earliest,
    latest,
    confidence,
    horizon,
    runsOutBeforeHorizon: runsOutOn !== null,
    underUse,
  };
}
