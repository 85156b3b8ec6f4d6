/**
 * Calendar dates as ISO strings `'YYYY-MM-DD'`: no times, no time zones.
 *
 * All arithmetic is done on integers (proleptic Gregorian calendar, days counted from
 * 1970-01-01) so results never depend on the runtime's local time zone. Years 0001–9999.
 *
 * Invalid input throws a `RangeError` whose message names the bad value.
 */

export type IsoDate = string;

/** A run of calendar days; `end` is inclusive. */
export interface Period {
  start: IsoDate;
  end: IsoDate;
}

/** The parts of an ISO date. `month` is 1..12. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MIN_YEAR = 1;
const MAX_YEAR = 9999;

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : `(${typeof value})`;
}

function assertMonth(month: number): void {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`Invalid month ${String(month)}: expected a whole number from 1 to 12`);
  }
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(
      `Invalid year ${String(year)}: expected a whole number from ${MIN_YEAR} to ${MAX_YEAR}`,
    );
  }
}

/** Gregorian leap year: divisible by 4, except centuries not divisible by 400. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1..12) of `year`: 28..31. */
export function daysInMonth(year: number, month: number): number {
  assertMonth(month);
  if (!Number.isInteger(year)) throw new RangeError(`Invalid year ${String(year)}: expected a whole number`);
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Parsed dates, kept (bounded): a team view parses the same few hundred days thousands of times. */
const parsed = new Map<string, Readonly<DateParts> | null>();
const PARSED_MAX = 10_000;

function partsOf(value: unknown): DateParts | null {
  if (typeof value !== 'string') return null;
  const known = parsed.get(value);
  if (known !== undefined) return known;
  if (parsed.size >= PARSED_MAX) parsed.clear();
  const parts = parse(value);
  parsed.set(value, parts && Object.freeze(parts));
  return parts;
}

function parse(value: string): DateParts | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** True for a strict `'YYYY-MM-DD'` string naming a real calendar day (years 0001–9999). */
export function isIsoDate(value: string): boolean {
  return partsOf(value) !== null;
}

/** Splits a date into numbers; throws a RangeError when it is not a strict, real ISO date. */
export function parseIsoDate(date: IsoDate): DateParts {
  const parts = partsOf(date);
  if (!parts) {
    throw new RangeError(`Invalid date ${describe(date)}: expected a real calendar date as 'YYYY-MM-DD'`);
  }
  return parts;
}

/** Builds `'YYYY-MM-DD'` from numbers; throws a RangeError when that day does not exist. */
export function toIsoDate(year: number, month: number, day: number): IsoDate {
  assertYear(year);
  assertMonth(month);
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Invalid day ${String(day)} for ${year}-${pad2(month)}`);
  }
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

// Days since 1970-01-01 and back (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms").

function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function partsOfDayNumber(dayNumber: number): DateParts {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Days since 1970-01-01 (negative before). Same numbering as `Date.UTC(...) / 86_400_000`. */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  return dayNumberOf(year, month, day);
}

/** Inverse of `toDayNumber`. Throws a RangeError outside years 0001–9999. */
export function fromDayNumber(dayNumber: number): IsoDate {
  if (!Number.isSafeInteger(dayNumber)) {
    throw new RangeError(`Invalid day number ${String(dayNumber)}: expected a whole number`);
  }
  const { year, month, day } = partsOfDayNumber(dayNumber);
  return toIsoDate(year, month, day);
}

/** Negative when `a` is before `b`, 0 when equal, positive when after (-1, 0 or 1). */
export function compareDates(a: IsoDate, b: IsoDate): number {
  parseIsoDate(a);
  parseIsoDate(b);
  // Fixed-width strict form: string order is calendar order.
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** The earlier of two dates. */
export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareDates(a, b) <= 0 ? a : b;
}

/** The later of two dates. */
export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareDates(a, b) >= 0 ? a : b;
}

/** `date` moved by a whole number of days (negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isSafeInteger(days))
    throw new RangeError(`Invalid day count ${String(days)}: expected a whole number`);
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * `date` moved by whole calendar months, keeping the day of the month and clamping it to the
 * target month's length: 2026-01-31 + 1 month = 2026-02-28, 2028-01-31 + 1 = 2028-02-29.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  if (!Number.isSafeInteger(months)) {
    throw new RangeError(`Invalid month count ${String(months)}: expected a whole number`);
  }
  const { year, month, day } = parseIsoDate(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  assertYear(targetYear);
  return toIsoDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** Number of days from `from` to `to`, both counted: the same day gives 1; `to` before `from` gives 0. */
export function daysBetweenInclusive(from: IsoDate, to: IsoDate): number {
  return Math.max(0, toDayNumber(to) - toDayNumber(from) + 1);
}

/** `'YYYY-MM'` of a date. */
export function monthOf(date: IsoDate): string {
  parseIsoDate(date);
  return date.slice(0, 7);
}

/** The first day of the date's month. */
export function startOfMonth(date: IsoDate): IsoDate {
  const { year, month } = parseIsoDate(date);
  return toIsoDate(year, month, 1);
}

/** The last day of the date's month. */
export function endOfMonth(date: IsoDate): IsoDate {
  const { year, month } = parseIsoDate(date);
  return toIsoDate(year, month, daysInMonth(year, month));
}

/** The first day of the month after the date's: 2026-12-31 → 2027-01-01 (a usual start date for an offer). */
export function startOfNextMonth(date: IsoDate): IsoDate {
  return addMonths(startOfMonth(date), 1);
}

/**
 * The fiscal year (12 months from the 1st of `startMonth`) that contains `date`.
 * 2026-02-10 with an April start → 2025-04-01..2026-03-31; with January → the calendar year.
 */
export function fiscalYearContaining(date: IsoDate, startMonth: number): Period {
  assertMonth(startMonth);
  const { year, month } = parseIsoDate(date);
  const startYear = month >= startMonth ? year : year - 1;
  assertYear(startYear);
  const start = toIsoDate(startYear, startMonth, 1);
  return { start, end: addDays(addMonths(start, 12), -1) };
}

function assertPeriod(period: Period): void {
  if (compareDates(period.start, period.end) > 0) {
    throw new RangeError(`Invalid period ${period.start}..${period.end}: the start is after the end`);
  }
}

/** True when `date` is inside the period (both ends included). */
export function periodContains(period: Period, date: IsoDate): boolean {
  assertPeriod(period);
  return compareDates(period.start, date) <= 0 && compareDates(date, period.end) <= 0;
}

/**
 * The calendar months that the period touches, each clipped to the period, in order:
 * 2026-01-31..2026-03-02 → [01-31..01-31, 02-01..02-28, 03-01..03-02].
 */
export function monthsOf(period: Period): Period[] {
  assertPeriod(period);
  const months: Period[] = [];
  let start = period.start;
  for (;;) {
    const monthEnd = endOfMonth(start);
    if (compareDates(monthEnd, period.end) >= 0) {
      months.push({ start, end: period.end });
      return months;
    }
    months.push({ start, end: monthEnd });
    start = addDays(monthEnd, 1);
  }
}

/** A problem with one named field of the input: what any surface shows as a 400 naming the field. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** Thrown by a rule that rejects input: the api turns it into a bad-input error naming the fields. */
export class FieldProblemError extends Error {
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ') || 'Invalid input');
    this.name = 'FieldProblemError';
  }
}

/** Throws a FieldProblemError naming `field` unless `value` is a calendar date `YYYY-MM-DD`. */
export function assertIsoDate(field: string, value: string): asserts value is IsoDate {
  if (typeof value !== 'string' || !isIsoDate(value))
    throw new FieldProblemError([{ field, message: 'must be a date like 2026-04-01' }]);
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

/** True for an IANA time zone this runtime knows (`UTC`, `Europe/Paris`, `America/New_York`). */
export function isTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || !timeZone || timeZone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The calendar day an instant belongs to in a time zone: what decides which day and month a usage event,
 * a grant or "today" falls in for a company. Throws a RangeError for an unknown zone.
 */
export function isoDateInZone(instant: Date, timeZone = 'UTC'): IsoDate {
  if (timeZone === 'UTC') return instant.toISOString().slice(0, 10);
  let format = zoneFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    zoneFormats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/**
 * The days a business date (a start date, an effective date, a price's first day) may name: wide enough
 * for any real record, narrow enough that every period, accrual and forecast built on it stays inside
 * the calendar (years 0001–9999) and PostgreSQL's range.
 */
export const BUSINESS_DATES: Readonly<Period> = Object.freeze({ start: '1900-01-01', end: '2199-12-31' });

/**
 * Why `value` is not a business date, or undefined when it is one: the shape or a day that does not exist
 * (2026-02-30), or a day outside {@link BUSINESS_DATES}.
 */
export function businessDateProblem(value: unknown): string | undefined {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return 'must be a date like 2026-04-01';
  if (!isIsoDate(value)) return 'must be a date like 2026-04-01';
  if (value < BUSINESS_DATES.start || value > BUSINESS_DATES.end)
    return `must be between ${BUSINESS_DATES.start} and ${BUSINESS_DATES.end}`;
  return undefined;
}

const RFC3339_TIME =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d{1,9})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/i;

/** True for an RFC 3339 time (`2026-11-23T10:15:00Z`) whose day exists: 2026-02-30T… is not one. */
export function isRfc3339Time(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = RFC3339_TIME.exec(value);
  return !!match && isIsoDate(match[1]) && !Number.isNaN(Date.parse(value));
}
