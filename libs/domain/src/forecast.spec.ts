import fc from 'fast-check';
import { addDays, compareDates } from './dates';
import { forecastRunOut, ForecastInput, isqrt, spendSums, spendWindows } from './forecast';

const M = 1_000_000n;
const days = (from: string, values: bigint[]) =>
  values.map((micros, i) => ({ day: addDays(from, i), micros }));
const flat = (count: number, micros: bigint) => Array.from({ length: count }, () => micros);

type SeriesInput = Omit<ForecastInput, 'spend'> & { dailySpend: { day: string; micros: bigint }[] };
/** The forecast of a daily series, through the sums a database query would return. */
const forecastOf = (input: SeriesInput) =>
  forecastRunOut({ ...input, spend: spendSums(input, input.dailySpend) });

const base: SeriesInput = {
  today: '2026-11-20',
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  availableMicros: 100n * M,
  accruedMicros: 1000n * M,
  spentMicros: 900n * M,
  dailySpend: [],
  upcomingGrants: [],
  startDate: '2025-03-01',
};

describe('forecastRunOut', () => {
  it('steady spend: a narrow band and high confidence', () => {
    const forecast = forecastOf({ ...base, dailySpend: days('2026-10-21', flat(30, 10n * M)) });
    expect(forecast).toMatchObject({
      burn7Micros: 10n * M,
      burn30Micros: 10n * M,
      historyDays: 30,
      // 100 available at 10 a day, nothing spent yet today: 90 left tonight, below zero nine days later
      runsOutOn: '2026-11-30',
      earliest: '2026-11-30',
      latest: '2026-11-30',
      confidence: 'high',
      runsOutBeforeHorizon: true,
      underUse: false,
    });
  });

  it('bursty spend: the same average, a wide band and low confidence', () => {
    const bursty = flat(30, 0n);
    bursty[10] = 300n * M;
    const forecast = forecastOf({ ...base, dailySpend: days('2026-10-21', bursty) });
    expect(forecast.burn30Micros).toBe(10n * M);
    expect(forecast.runsOutOn).toBe('2026-11-30');
    expect(compareDates(forecast.earliest!, '2026-11-30')).toBeLessThan(0);
    expect(forecast.latest).toBeNull(); // at the low end of the band it lasts the period
    expect(forecast.confidence).toBe('low');
    expect(forecast.burn7Micros).toBe(0n);
  });

  it('moderately noisy spend is medium confidence, the band around the average', () => {
    const noisy = Array.from({ length: 30 }, (_, i) => (i % 4 === 0 ? 40n : 0n) * M);
    const forecast = forecastOf({
      ...base,
      availableMicros: 150n * M,
      dailySpend: days('2026-10-21', noisy),
    });
    expect(forecast.burn30Micros).toBe(10_666_667n);
    expect(forecast.confidence).toBe('medium');
    expect(compareDates(forecast.earliest!, forecast.runsOutOn!)).toBeLessThan(0);
    expect(compareDates(forecast.latest!, forecast.runsOutOn!)).toBeGreaterThan(0);
  });

  it('new starter: history starts on the start date; under a week is low confidence', () => {
    const forecast = forecastOf({
      ...base,
      startDate: '2026-11-17',
      dailySpend: days('2026-11-17', flat(4, 20n * M)),
    });
    expect(forecast.historyDays).toBe(3); // whole days: the 17th to the 19th
    expect(forecast.burn30Micros).toBe(20n * M);
    expect(forecast.burn7Micros).toBe(20n * M);
    expect(forecast.runsOutOn).toBe('2026-11-26');
    expect(forecast.confidence).toBe('low');
  });

  it('leaver: nothing is forecast beyond the end date', () => {
    const forecast = forecastOf({
      ...base,
      endDate: '2026-11-25',
      dailySpend: days('2026-10-21', flat(30, 10n * M)),
    });
    expect(forecast.horizon).toBe('2026-11-25');
    expect(forecast.runsOutOn).toBeNull();
    expect(forecast.runsOutBeforeHorizon).toBe(false);
  });

  it('leaver who has already left with nothing available does not run out', () => {
    const forecast = forecastOf({ ...base, endDate: '2026-05-15', availableMicros: 0n });
    expect(forecast.horizon).toBe('2026-05-15');
    expect(forecast).toMatchObject({
      runsOutOn: null,
      earliest: null,
      latest: null,
      runsOutBeforeHorizon: false,
    });
  });

  it('upcoming accruals push the date back; an empty or overdrawn budget is out today', () => {
    const spend = days('2026-10-21', flat(30, 10n * M));
    expect(
      forecastOf({
        ...base,
        dailySpend: spend,
        upcomingGrants: [{ date: '2026-11-25', micros: 50n * M }],
      }).runsOutOn,
    ).toBe('2026-12-05');
    expect(forecastOf({ ...base, dailySpend: spend }).runsOutOn).toBe('2026-11-30');
    expect(forecastOf({ ...base, availableMicros: 0n, dailySpend: spend }).runsOutOn).toBe('2026-11-20');
  });

  it('today is a day of spending too: the rest of it at the pace, less what today already spent', () => {
    const spend = days('2026-10-21', flat(30, 10n * M));
    // today's pace already spent: the days after today are what is left to forecast
    const spentToday = [...spend, { day: '2026-11-20', micros: 10n * M }];
    expect(forecastOf({ ...base, availableMicros: 90n * M, dailySpend: spentToday }).runsOutOn).toBe(
      '2026-11-30',
    );
    // a few dollars left against the rest of today's pace: out today
    expect(forecastOf({ ...base, availableMicros: 4_370_000n, dailySpend: spend }).runsOutOn).toBe(
      '2026-11-20',
    );
    // the same on the period's last day: a run-out on the day the period ends still shows
    const lastDay = {
      ...base,
      today: '2026-12-31',
      availableMicros: 4_370_000n,
      dailySpend: days('2026-12-01', flat(30, 53n * M)),
    };
    expect(forecastOf(lastDay)).toMatchObject({
      runsOutOn: '2026-12-31',
      horizon: '2026-12-31',
      runsOutBeforeHorizon: true,
    });
    // and nobody runs out on it whose balance lasts the day
    expect(forecastOf({ ...lastDay, availableMicros: 53n * M }).runsOutOn).toBeNull();
  });

  it('under-use: spent less than a fifth of what accrued', () => {
    expect(forecastOf({ ...base, spentMicros: 199n * M }).underUse).toBe(true);
    expect(forecastOf({ ...base, spentMicros: 200n * M }).underUse).toBe(false);
    expect(forecastOf({ ...base, accruedMicros: 0n, spentMicros: 0n }).underUse).toBe(false);
  });

  it('rejects malformed dates', () => {
    expect(() => forecastOf({ ...base, today: '2026-02-30' })).toThrow(RangeError);
  });

  it('property: earliest ≤ run-out ≤ latest, whatever the series', () => {
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: 0n, max: 100n * M }), { minLength: 30, maxLength: 30 }),
        (values) => {
          const forecast = forecastOf({ ...base, dailySpend: days('2026-10-21', values) });
          const order = (a: string | null, b: string | null) =>
            a === null ? (b === null ? 0 : 1) : b === null ? -1 : compareDates(a, b);
          expect(order(forecast.earliest, forecast.runsOutOn)).toBeLessThanOrEqual(0);
          expect(order(forecast.runsOutOn, forecast.latest)).toBeLessThanOrEqual(0);
        },
      ),
    );
  });
});

/** The rule as first written: day by day to the horizon (slow, obviously right). */
function runOutDayByDay(input: SeriesInput, horizon: string, burn: bigint): string | null {
  if (compareDates(horizon, input.today) < 0) return null;
  if (input.availableMicros <= 0n) return input.today;
  if (burn <= 0n) return null;
  const grants = new Map<string, bigint>();
  for (const grant of input.upcomingGrants)
    grants.set(grant.date, (grants.get(grant.date) ?? 0n) + grant.micros);
  // the rest of today at the pace, less what today already spent
  const spentToday = input.dailySpend
    .filter((each) => each.day === input.today)
    .reduce((sum, each) => sum + each.micros, 0n);
  let balance = input.availableMicros - (burn > spentToday ? burn - spentToday : 0n);
  if (balance < 0n) return input.today;
  for (let day = addDays(input.today, 1); compareDates(day, horizon) <= 0; day = addDays(day, 1)) {
    balance += grants.get(day) ?? 0n;
    balance -= burn;
    if (balance < 0n) return day;
  }
  return null;
}

describe('run-out date walks from grant to grant exactly like day by day', () => {
  it('agrees with the day-by-day walk on random balances, burns and grants', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -5n * M, max: 20_000n * M }),
        fc.array(fc.bigInt({ min: 0n, max: 500n * M }), { minLength: 30, maxLength: 30 }),
        fc.array(
          fc.record({
            offset: fc.integer({ min: -40, max: 400 }),
            micros: fc.bigInt({ min: 0n, max: 3000n * M }),
          }),
          {
            maxLength: 14,
          },
        ),
        fc.integer({ min: 0, max: 364 }),
        (available, spend, grants, todayOffset) => {
          const today = addDays('2026-01-01', todayOffset);
          const input: SeriesInput = {
            ...base,
            today,
            availableMicros: available,
            dailySpend: days(addDays(today, -29), spend),
            upcomingGrants: grants.map((grant) => ({
              date: addDays(today, grant.offset),
              micros: grant.micros,
            })),
          };
          const forecast = forecastOf(input);
          expect(forecast.runsOutOn).toBe(runOutDayByDay(input, forecast.horizon, forecast.burn30Micros));
          if (forecast.earliest !== null && forecast.runsOutOn !== null)
            expect(compareDates(forecast.earliest, forecast.runsOutOn)).toBeLessThanOrEqual(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('spendWindows and spendSums', () => {
  it('the windows are whole days ending yesterday, no earlier than the period or the start date', () => {
    expect(spendWindows('2026-11-20', '2026-01-01', '2025-03-01')).toEqual({
      last7: { from: '2026-11-13', days: 7 },
      last30: { from: '2026-10-21', days: 30 },
    });
    expect(spendWindows('2026-11-20', '2026-11-10', '2025-03-01').last30).toEqual({
      from: '2026-11-10',
      days: 10,
    });
    expect(spendWindows('2026-11-20', '2026-01-01', '2026-11-18')).toEqual({
      last7: { from: '2026-11-18', days: 2 },
      last30: { from: '2026-11-18', days: 2 },
    });
    // the first day of a period or of a new starter has no whole day behind it yet
    expect(spendWindows('2026-11-20', '2026-11-20', '2025-03-01').last30.days).toBe(0);
    expect(spendWindows('2026-11-20', '2026-01-01', '2026-11-20').last30.days).toBe(0);
    expect(spendWindows('2026-11-20', '2026-01-01', '2026-12-01').last30.days).toBe(0);
  });

  it('the forecast counts the same window days as spendWindows (the sums a database query returns)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: -60, max: 60 }),
        fc.integer({ min: -400, max: 60 }),
        fc.bigInt({ min: 1n, max: 100n * M }),
        (todayOffset, periodShift, startShift, daily) => {
          const today = addDays('2026-01-01', todayOffset);
          const periodStart = addDays(today, -Math.abs(periodShift) - 1);
          const startDate = addDays(today, startShift);
          const { last7, last30 } = spendWindows(today, periodStart, startDate);
          const forecast = forecastRunOut({
            ...base,
            today,
            periodStart,
            periodEnd: addDays(today, 200),
            startDate,
            spend: { sum7Micros: daily * 7n, sum30Micros: daily * 30n, sumSquares30: daily * daily * 30n },
          } as ForecastInput);
          expect(forecast.historyDays).toBe(last30.days);
          const expected7 = last7.days
            ? (daily * 7n * 2n + BigInt(last7.days)) / (BigInt(last7.days) * 2n)
            : 0n;
          expect(forecast.burn7Micros).toBe(expected7);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('sums only the days inside each window, squares per day (two entries of one day are one day)', () => {
    const sums = spendSums({ today: '2026-11-20', periodStart: '2026-01-01', startDate: '2025-03-01' }, [
      { day: '2026-10-20', micros: 1000n }, // before the 30-day window
      { day: '2026-10-21', micros: 3n },
      { day: '2026-11-13', micros: 2n },
      { day: '2026-11-13', micros: 5n },
      { day: '2026-11-20', micros: 1000n }, // today: not a whole day yet
      { day: '2026-11-21', micros: 1000n }, // after today
    ]);
    expect(sums).toEqual({ sum7Micros: 7n, sum30Micros: 10n, sumSquares30: 9n + 49n, todayMicros: 1000n });
  });

  it('a new starter’s sums begin on the start date', () => {
    const sums = spendSums({ today: '2026-11-20', periodStart: '2026-01-01', startDate: '2026-11-18' }, [
      { day: '2026-11-17', micros: 100n },
      { day: '2026-11-18', micros: 4n },
      { day: '2026-11-20', micros: 9n },
    ]);
    expect(sums).toEqual({ sum7Micros: 4n, sum30Micros: 4n, sumSquares30: 16n, todayMicros: 9n });
  });
});

describe('isqrt', () => {
  const isRoot = (value: bigint, root: bigint) => root * root <= value && value < (root + 1n) * (root + 1n);

  it('is the exact floor of the square root, whatever the size', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 400n }), (value) => isRoot(value, isqrt(value))),
      { numRuns: 2000 },
    );
  });

  it('is exact next to perfect squares, where a floating-point root rounds the wrong way', () => {
    for (const k of [
      1n,
      2n,
      3_037_000_499n,
      3_037_000_500n,
      2n ** 26n + 1n,
      2n ** 53n - 1n,
      10n ** 30n + 7n,
      2n ** 600n + 3n,
    ]) {
      expect(isqrt(k * k)).toBe(k);
      expect(isqrt(k * k - 1n)).toBe(k - 1n);
      expect(isqrt(k * k + 2n * k)).toBe(k);
    }
    expect(isqrt(0n)).toBe(0n);
    expect(() => isqrt(-1n)).toThrow(RangeError);
  });
});
