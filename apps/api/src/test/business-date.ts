import { addDays, IsoDate } from '@tokenroll/domain';
import { Clock } from '../clock/business-clock';

/**
 * The business clock the tests and the server under test share: `BUSINESS_DATE` when the run is pinned
 * (CI runs the date-sensitive suites at 31 December, 1 January, 29 February, …), else the real date. A test
 * builds its dates from this, never from `new Date()`.
 */
export const testClock = new Clock(process.env.BUSINESS_DATE || undefined);

/** Today for the tests (UTC, as the test companies are). */
export function testToday(): IsoDate {
  return testClock.today();
}

/** A day relative to the tests' today. */
export function testDay(offset: number): IsoDate {
  return addDays(testToday(), offset);
}

/** The business instant for the tests: the pinned day at the real time of day, as the server's clock. */
export function testNow(): Date {
  return testClock.now();
}

/** An RFC 3339 instant `offsetMs` from the tests' business now (negative: in the past). */
export function testInstant(offsetMs = 0): string {
  return new Date(testNow().getTime() + offsetMs).toISOString();
}
