import { addDays, IsoDate } from '@tokenroll/domain';

const DAY_MS = 86_400_000;
/** The day the whole run is pinned to (CI runs the date-sensitive suites at several), if any. */
const pinned = (process.env.BUSINESS_DATE || undefined) as IsoDate | undefined;

/**
 * The business clock the tests and the server under test share: `BUSINESS_DATE` when the run is pinned
 * (CI runs the date-sensitive suites at 31 December, 1 January, 29 February, …), else the real date. A test
 * builds its dates from this, never from `new Date()`. It reads the clock as the api's `Clock`
 * (src/clock/business-clock.ts) does: the pinned day at the real time of day (UTC). Kept free of the api's
 * Nest modules so the CLI's specs can use it too.
 */
export function testNow(): Date {
  const real = Date.now();
  return pinned ? new Date(Date.parse(`${pinned}T00:00:00.000Z`) + (real % DAY_MS)) : new Date(real);
}

/** Today for the tests (UTC, as the test companies are). */
export function testToday(): IsoDate {
  return pinned ?? (testNow().toISOString().slice(0, 10) as IsoDate);
}

/** A day relative to the tests' today. */
export function testDay(offset: number): IsoDate {
  return addDays(testToday(), offset);
}

/** An RFC 3339 instant `offsetMs` from the tests' business now (negative: in the past). */
export function testInstant(offsetMs = 0): string {
  return new Date(testNow().getTime() + offsetMs).toISOString();
}
