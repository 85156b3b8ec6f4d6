import fc from 'fast-check';
import {
  assertIsoDate,
  FieldProblemError,
  isoDateInZone,
  isTimeZone,
  addDays,
  addMonths,
  compareDates,
  daysBetweenInclusive,
  daysInMonth,
  endOfMonth,
  fiscalYearContaining,
  fromDayNumber,
  isIsoDate,
  isLeapYear,
  maxDate,
  minDate,
  monthOf,
  monthsOf,
  parseIsoDate,
  periodContains,
  startOfMonth,
  startOfNextMonth,
  toDayNumber,
  toIsoDate,
  businessDateProblem,
  isRfc3339Time,
} from './dates';

const DAY_MS = 86_400_000;
const RUNS = { numRuns: 500 };

/** Reference built on Date.UTC (no local time), for cross-checks only. */
function utcIso(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** Any real date in 1900..2199. */
const anyDayNumber = fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2199-12-31') });
const anyDate = anyDayNumber.map(fromDayNumber);

describe('isLeapYear / daysInMonth', () => {
  it.each([
    [2024, true],
    [2026, false],
    [2028, true],
    [2100, false], // century not divisible by 400
    [2000, true], // divisible by 400
    [1900, false],
  ])('isLeapYear(%i) is %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });

  it.each([
    [2026, 1, 31],
    [2026, 2, 28],
    [2027, 2, 28],
    [2028, 2, 29],
    [2100, 2, 28],
    [2000, 2, 29],
    [2026, 4, 30],
    [2026, 6, 30],
    [2026, 9, 30],
    [2026, 11, 30],
    [2026, 12, 31],
    [2026, 7, 31],
    [2026, 8, 31],
  ])('daysInMonth(%i, %i) is %i', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  it.each([0, 13, 1.5, NaN])('rejects month %p', (month) => {
    expect(() => daysInMonth(2026, month)).toThrow(RangeError);
  });

  it('a year has 365 or 366 days', () => {
    const total = (year: number) =>
      Array.from({ length: 12 }, (_x, i) => daysInMonth(year, i + 1)).reduce((a, b) => a + b);
    expect(total(2026)).toBe(365);
    expect(total(2028)).toBe(366);
  });
});

describe('isIsoDate', () => {
  it.each(['2026-01-01', '2028-02-29', '2000-02-29', '2026-12-31', '0001-01-01', '9999-12-31'])(
    'accepts %s',
    (date) => {
      expect(isIsoDate(date)).toBe(true);
    },
  );

  it.each([
    '2026-02-29', // not a leap year
    '2100-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-01-32',
    '0000-01-01',
    '2026-1-01',
    '26-01-01',
    '2026/01/01',
    '2026-01-01T00:00:00Z',
    ' 2026-01-01',
    '2026-01-01 ',
    '20260101',
    '',
    '+02026-01-01',
    '２０２６-01-01', // full-width digits
  ])('rejects %j', (date) => {
    expect(isIsoDate(date)).toBe(false);
  });

  it('rejects non-strings from untyped callers', () => {
    expect(isIsoDate(20260101 as unknown as string)).toBe(false);
    expect(isIsoDate(null as unknown as string)).toBe(false);
  });
});

describe('parseIsoDate / toIsoDate', () => {
  it('round-trips', () => {
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(toIsoDate(2028, 2, 29)).toBe('2028-02-29');
    expect(toIsoDate(5, 3, 7)).toBe('0005-03-07');
  });

  it('throws a RangeError naming the value', () => {
    expect(() => parseIsoDate('2026-02-30')).toThrow(/"2026-02-30"/);
    expect(() => toIsoDate(2026, 2, 29)).toThrow(RangeError);
    expect(() => toIsoDate(10000, 1, 1)).toThrow(RangeError);
  });
});

describe('compareDates / minDate / maxDate', () => {
  it.each([
    ['2026-01-01', '2026-01-02', -1],
    ['2026-01-02', '2026-01-01', 1],
    ['2026-03-01', '2026-03-01', 0],
    ['2025-12-31', '2026-01-01', -1],
    ['2026-10-01', '2026-09-30', 1],
  ])('compareDates(%s, %s) = %i', (a, b, expected) => {
    expect(compareDates(a, b)).toBe(expected);
  });

  it('throws on an invalid date', () => {
    expect(() => compareDates('2026-02-30', '2026-01-01')).toThrow(RangeError);
  });

  it('min and max', () => {
    expect(minDate('2026-05-01', '2026-04-30')).toBe('2026-04-30');
    expect(maxDate('2026-05-01', '2026-04-30')).toBe('2026-05-01');
  });

  it('agrees with day numbers (property)', () => {
    fc.assert(
      fc.property(anyDayNumber, anyDayNumber, (a, b) => {
        expect(compareDates(fromDayNumber(a), fromDayNumber(b))).toBe(Math.sign(a - b));
      }),
      RUNS,
    );
  });
});

describe('addDays / day numbers', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2028-02-29', 1, '2028-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-01-01', 365, '2027-01-01'],
    ['2028-01-01', 365, '2028-12-31'], // leap year
    ['2026-05-17', 0, '2026-05-17'],
  ])('%s + %i = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('1970-01-01 is day 0 and 2000-03-01 is day 11017 (like Date.UTC)', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('2000-03-01')).toBe(Date.UTC(2000, 2, 1) / DAY_MS);
    expect(toDayNumber('1969-12-31')).toBe(-1);
  });

  it('rejects a fractional day count and leaving years 0001..9999', () => {
    expect(() => addDays('2026-01-01', 0.5)).toThrow(RangeError);
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => addDays('0001-01-01', -1)).toThrow(RangeError);
  });

  it('matches Date.UTC for every day (property)', () => {
    fc.assert(
      fc.property(anyDayNumber, (n) => {
        const iso = fromDayNumber(n);
        expect(iso).toBe(utcIso(n));
        expect(toDayNumber(iso)).toBe(n);
      }),
      RUNS,
    );
  });

  it('addDays(a, n) then back is a (property)', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -5000, max: 5000 }), (date, n) => {
        const moved = addDays(date, n);
        expect(addDays(moved, -n)).toBe(date);
        expect(toDayNumber(moved) - toDayNumber(date)).toBe(n);
      }),
      RUNS,
    );
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-01-15', 12, '2027-01-15'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2026-04-01', 12, '2027-04-01'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-05-10', -17, '2024-12-10'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('daysBetweenInclusive', () => {
  it.each([
    ['2026-01-01', '2026-01-01', 1],
    ['2026-01-01', '2026-12-31', 365],
    ['2028-01-01', '2028-12-31', 366],
    ['2026-01-31', '2026-02-01', 2],
    ['2026-02-01', '2026-01-31', 0], // reversed: empty
    ['2025-04-01', '2026-03-31', 365],
    ['2027-04-01', '2028-03-31', 366], // contains 2028-02-29
  ])('%s..%s = %i', (from, to, days) => {
    expect(daysBetweenInclusive(from, to)).toBe(days);
  });

  it('is the Date.UTC difference plus one (property)', () => {
    fc.assert(
      fc.property(anyDayNumber, fc.integer({ min: 0, max: 3000 }), (n, length) => {
        const from = fromDayNumber(n);
        const to = fromDayNumber(n + length);
        const [fy, fm, fd] = from.split('-').map(Number);
        const [ty, tm, td] = to.split('-').map(Number);
        expect(daysBetweenInclusive(from, to)).toBe(
          (Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / DAY_MS + 1,
        );
      }),
      RUNS,
    );
  });
});

describe('month helpers', () => {
  it('monthOf, startOfMonth, endOfMonth', () => {
    expect(monthOf('2026-02-10')).toBe('2026-02');
    expect(startOfMonth('2026-02-10')).toBe('2026-02-01');
    expect(endOfMonth('2026-02-10')).toBe('2026-02-28');
    expect(endOfMonth('2028-02-10')).toBe('2028-02-29');
  });
});

describe('startOfNextMonth', () => {
  it('is the 1st of the following month, across the year end and leap days', () => {
    expect(startOfNextMonth('2026-11-10')).toBe('2026-12-01');
    expect(startOfNextMonth('2026-12-01')).toBe('2027-01-01');
    expect(startOfNextMonth('2026-12-31')).toBe('2027-01-01');
    expect(startOfNextMonth('2028-02-29')).toBe('2028-03-01');
    expect(startOfNextMonth('2027-01-31')).toBe('2027-02-01');
    expect(startOfNextMonth('2027-04-30')).toBe('2027-05-01');
  });

  it('refuses what is not a date', () => {
    expect(() => startOfNextMonth('2026-13-01')).toThrow(RangeError);
    expect(() => startOfNextMonth('9999-12-05')).toThrow(RangeError);
  });
});

describe('fiscalYearContaining', () => {
  it.each([
    ['2026-02-10', 4, '2025-04-01', '2026-03-31'],
    ['2026-04-01', 4, '2026-04-01', '2027-03-31'],
    ['2026-03-31', 4, '2025-04-01', '2026-03-31'],
    ['2026-12-31', 4, '2026-04-01', '2027-03-31'],
    ['2026-06-15', 1, '2026-01-01', '2026-12-31'],
    ['2026-01-01', 1, '2026-01-01', '2026-12-31'],
    ['2026-06-15', 7, '2025-07-01', '2026-06-30'],
    ['2026-06-15', 12, '2025-12-01', '2026-11-30'],
    ['2026-12-01', 12, '2026-12-01', '2027-11-30'],
    ['2027-05-01', 3, '2027-03-01', '2028-02-29'], // ends on a leap day
  ])('%s with start month %i → %s..%s', (date, startMonth, start, end) => {
    expect(fiscalYearContaining(date, startMonth)).toEqual({ start, end });
  });

  it.each([0, 13, 4.5])('rejects start month %p', (month) => {
    expect(() => fiscalYearContaining('2026-01-01', month)).toThrow(RangeError);
  });

  it('contains the date, lasts 12 months and starts on the 1st of the start month (property)', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 12 }), (date, startMonth) => {
        const period = fiscalYearContaining(date, startMonth);
        expect(periodContains(period, date)).toBe(true);
        expect(parseIsoDate(period.start)).toMatchObject({ month: startMonth, day: 1 });
        expect(addDays(period.end, 1)).toBe(addMonths(period.start, 12));
        expect([365, 366]).toContain(daysBetweenInclusive(period.start, period.end));
        expect(monthsOf(period)).toHaveLength(12);
      }),
      RUNS,
    );
  });
});

describe('monthsOf', () => {
  it('lists whole months of a fiscal year starting in April', () => {
    const months = monthsOf({ start: '2026-04-01', end: '2027-03-31' });
    expect(months.map((m) => m.start)).toEqual([
      '2026-04-01',
      '2026-05-01',
      '2026-06-01',
      '2026-07-01',
      '2026-08-01',
      '2026-09-01',
      '2026-10-01',
      '2026-11-01',
      '2026-12-01',
      '2027-01-01',
      '2027-02-01',
      '2027-03-01',
    ]);
    expect(months[10]).toEqual({ start: '2027-02-01', end: '2027-02-28' });
  });

  it('clips the first and last month', () => {
    expect(monthsOf({ start: '2026-01-31', end: '2026-03-02' })).toEqual([
      { start: '2026-01-31', end: '2026-01-31' },
      { start: '2026-02-01', end: '2026-02-28' },
      { start: '2026-03-01', end: '2026-03-02' },
    ]);
    expect(monthsOf({ start: '2026-05-10', end: '2026-05-20' })).toEqual([
      { start: '2026-05-10', end: '2026-05-20' },
    ]);
  });

  it('rejects a reversed period', () => {
    expect(() => monthsOf({ start: '2026-05-02', end: '2026-05-01' })).toThrow(/start is after the end/);
  });

  it('tiles the period without gaps or overlaps (property)', () => {
    fc.assert(
      fc.property(anyDayNumber, fc.integer({ min: 0, max: 800 }), (n, length) => {
        const period = { start: fromDayNumber(n), end: fromDayNumber(n + length) };
        const months = monthsOf(period);
        expect(months[0].start).toBe(period.start);
        expect(months[months.length - 1].end).toBe(period.end);
        months.forEach((month, i) => {
          expect(monthOf(month.start)).toBe(monthOf(month.end));
          if (i > 0) expect(month.start).toBe(addDays(months[i - 1].end, 1));
        });
        expect(months.reduce((sum, m) => sum + daysBetweenInclusive(m.start, m.end), 0)).toBe(length + 1);
      }),
      RUNS,
    );
  });
});

describe('the day an instant belongs to in a time zone', () => {
  it('is the UTC date in UTC', () => {
    expect(isoDateInZone(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
    expect(isoDateInZone(new Date('2027-01-01T00:00:00Z'), 'UTC')).toBe('2027-01-01');
  });

  it('moves across midnight, month and year ends with the zone', () => {
    // 23:30 UTC on 31 December is already New Year's Day in Paris and still New Year's Eve in New York.
    expect(isoDateInZone(new Date('2026-12-31T23:30:00Z'), 'Europe/Paris')).toBe('2027-01-01');
    expect(isoDateInZone(new Date('2027-01-01T03:00:00Z'), 'America/New_York')).toBe('2026-12-31');
    expect(isoDateInZone(new Date('2028-02-29T20:00:00Z'), 'Asia/Tokyo')).toBe('2028-03-01');
  });

  it('knows the zones the runtime knows', () => {
    expect(isTimeZone('Europe/Paris')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});

describe('assertIsoDate', () => {
  it('passes a real calendar date and names the field otherwise', () => {
    expect(() => assertIsoDate('effectiveFrom', '2028-02-29')).not.toThrow();
    expect(() => assertIsoDate('effectiveFrom', '2027-02-29')).toThrow(FieldProblemError);
    try {
      assertIsoDate('startDate', 'tomorrow');
    } catch (error) {
      expect((error as FieldProblemError).problems).toEqual([
        { field: 'startDate', message: 'must be a date like 2026-04-01' },
      ]);
    }
    expect.assertions(3);
  });
});

describe('businessDateProblem and isRfc3339Time', () => {
  it.each([
    ['2026-04-01', undefined],
    ['1900-01-01', undefined],
    ['2199-12-31', undefined],
    ['2026-02-30', 'must be a date like 2026-04-01'],
    ['2026-4-1', 'must be a date like 2026-04-01'],
    ['9999-12-31', 'must be between 1900-01-01 and 2199-12-31'],
    ['1899-12-31', 'must be between 1900-01-01 and 2199-12-31'],
  ])('%s → %s', (value, problem) => {
    expect(businessDateProblem(value)).toBe(problem);
  });

  it.each([
    ['2026-11-23T10:15:00Z', true],
    ['2026-11-23T10:15:00.123456+02:00', true],
    ['2028-02-29T00:00:00Z', true],
    ['2026-02-30T10:00:00Z', false],
    ['2026-02-29T10:00:00Z', false],
    ['2026-11-23T24:00:00Z', false],
    ['2026-11-23 10:15:00Z', false],
  ])('%s is an RFC 3339 time: %s', (value, ok) => {
    expect(isRfc3339Time(value)).toBe(ok);
  });
});
