import fc from 'fast-check';
import { accrualSchedule, DEFAULT_ALLOWANCE_POLICY } from './allowance';
import { budgetOutlook, BudgetOutlookInput } from './budget';
import { addDays, compareDates, fiscalYearContaining } from './dates';
import { forecastRunOut, grantsAfter, SpendSums, spendSums, spendWindows } from './forecast';

const M = 1_000_000n; // one currency unit in micros

function days(from: string, count: number, micros: bigint) {
  return Array.from({ length: count }, (_, i) => ({ day: addDays(from, i), micros }));
}

const base: BudgetOutlookInput = {
  today: '2026-11-20',
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  periodAllowanceMicros: 3650n * M,
  availableMicros: 100n * M,
  accruedMicros: 3000n * M,
  spentMicros: 0n,
  spend: { sum7Micros: 0n, sum30Micros: 0n, sumSquares30: 0n },
  upcomingGrants: [],
  startDate: '2025-03-01',
};
const withSeries = (input: BudgetOutlookInput, series: { day: string; micros: bigint }[]) => ({
  ...input,
  spend: spendSums(input, series),
});

describe('budgetOutlook', () => {
  it('is the forecast of forecastRunOut, with the pace beside it', () => {
    const input = withSeries(base, days('2026-10-21', 30, 10n * M));
    const outlook = budgetOutlook(input);
    expect(outlook.forecast).toEqual(forecastRunOut(input));
    expect(outlook.dailyBurnMicros).toBe(10n * M);
    expect(outlook.windowDays).toBe(30);
    // 100 available, 10 a day, nothing spent yet today: 90 left tonight, still 0 nine days later (not
    // below), below zero on the tenth.
    expect(outlook.runsOutOn).toBe('2026-11-30');
  });

  it("the burn rate is of whole days: today's partial spend does not pull it down", () => {
    // 59.40 a day over the last 7 full days, and a few dollars so far today.
    const series = [...days('2026-11-13', 7, 59_400_000n), { day: '2026-11-20', micros: 3_000_000n }];
    const outlook = budgetOutlook(withSeries(base, series));
    expect(outlook.forecast.burn7Micros).toBe(59_400_000n);
  });

  it('a raise in the schedule pushes the run-out date back; an end date stops the forecast', () => {
    const input = withSeries(base, days('2026-10-21', 30, 10n * M));
    const raised = budgetOutlook({ ...input, upcomingGrants: [{ date: '2026-11-25', micros: 500n * M }] });
    expect(raised.runsOutOn).toBeNull();
    const leaver = budgetOutlook({ ...input, endDate: '2026-11-28' });
    expect(leaver.runsOutOn).toBeNull();
    expect(leaver.forecast.horizon).toBe('2026-11-28');
  });

  it('exhausted or overdrawn budget: already out today', () => {
    expect(budgetOutlook({ ...base, availableMicros: 0n }).runsOutOn).toBe('2026-11-20');
    expect(budgetOutlook({ ...base, availableMicros: -5n * M }).runsOutOn).toBe('2026-11-20');
  });

  it('no spend: no burn and no run-out date', () => {
    const outlook = budgetOutlook(base);
    expect(outlook).toMatchObject({ dailyBurnMicros: 0n, windowDays: 30, paceBp: 0, runsOutOn: null });
  });

  it('pace compares spend with the elapsed share of the allowance', () => {
    // 2026 has 365 days; by 2026-07-02 (day 183) the elapsed share of 3650 is 1830.
    const onPace = budgetOutlook({ ...base, today: '2026-07-02', spentMicros: 1830n * M });
    expect(onPace.paceBp).toBe(10000);
    const double = budgetOutlook({ ...base, today: '2026-07-02', spentMicros: 3660n * M });
    expect(double.paceBp).toBe(20000);
    expect(budgetOutlook({ ...base, periodAllowanceMicros: 0n }).paceBp).toBeNull();
  });

  it('rejects a malformed date or an inverted period', () => {
    expect(() => budgetOutlook({ ...base, today: '2026-13-01' })).toThrow(RangeError);
    expect(() => budgetOutlook({ ...base, periodStart: '2027-01-01' })).toThrow(RangeError);
  });
});

/**
 * Every surface's computation of one engineer's run-out on one day, from the inputs each surface has:
 * - My budget, `GET /v1/budget` and alerts (metering/budget.service): the daily series of the last weeks
 *   (today included) through spendSums, the allowance summary's schedule (posted months at their posted
 *   amounts), through budgetOutlook;
 * - team burn and What my manager sees (burn/burn.service): the sums its SQL returns over the window's
 *   days before today, from the start date on, and the period's schedule as accrualSchedule gives it.
 * The reference walks day by day over the same schedule.
 */
describe('one forecast: every surface gives the same date for the same engineer on the same day', () => {
  const policy = DEFAULT_ALLOWANCE_POLICY;
  /** The team-burn SQL's sums: days from the window start (and the start date) up to yesterday. */
  function sqlSums(
    today: string,
    periodStart: string,
    startDate: string,
    series: { day: string; micros: bigint }[],
  ) {
    const { last7, last30 } = spendWindows(today, periodStart, periodStart);
    const sums: SpendSums = { sum7Micros: 0n, sum30Micros: 0n, sumSquares30: 0n, todayMicros: 0n };
    for (const { day, micros } of series) {
      if (day === today) sums.todayMicros = micros; // the live part: today's spend so far
      if (compareDates(day, last30.from) < 0 || compareDates(day, addDays(today, -1)) > 0) continue;
      if (compareDates(day, startDate) < 0) continue;
      sums.sum30Micros += micros;
      sums.sumSquares30 += micros * micros;
      if (compareDates(day, last7.from) >= 0) sums.sum7Micros += micros;
    }
    return sums;
  }
  function dayByDay(
    available: bigint,
    today: string,
    horizon: string,
    grants: { date: string; micros: bigint }[],
    burn: bigint,
    spentToday: bigint,
  ) {
    if (compareDates(horizon, today) < 0) return null;
    if (available <= 0n) return today;
    if (burn <= 0n) return null;
    // the rest of today at the pace, less what today already spent
    let balance = available - (burn > spentToday ? burn - spentToday : 0n);
    if (balance < 0n) return today;
    for (let day = addDays(today, 1); compareDates(day, horizon) <= 0; day = addDays(day, 1)) {
      for (const grant of grants) if (grant.date === day) balance += grant.micros;
      balance -= burn;
      if (balance < 0n) return day;
    }
    return null;
  }

  it('agrees on random pay histories (raises), end dates, spend and days', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 364 }),
        fc.integer({ min: -700, max: 200 }),
        fc.option(fc.integer({ min: -60, max: 200 }), { nil: null }),
        fc.bigInt({ min: 40_000n * M, max: 400_000n * M }),
        fc.record({
          offset: fc.integer({ min: -300, max: 300 }),
          pay: fc.bigInt({ min: 0n, max: 600_000n * M }),
        }),
        fc.array(fc.bigInt({ min: 0n, max: 400n * M }), { minLength: 41, maxLength: 41 }),
        fc.bigInt({ min: -50n * M, max: 5_000n * M }),
        (todayOffset, startOffset, endOffset, pay, raise, spend, available) => {
          const today = addDays('2026-01-01', todayOffset);
          const startDate = addDays(today, Math.min(startOffset, 0));
          const endDate = endOffset === null ? null : addDays(today, Math.max(endOffset, 0));
          const period = fiscalYearContaining(today, policy.fiscalYearStartMonth);
          const payRows = [{ effectiveFrom: startDate, annualPayMicros: pay }];
          const raiseOn = addDays(today, raise.offset);
          if (compareDates(raiseOn, startDate) > 0)
            payRows.push({ effectiveFrom: raiseOn, annualPayMicros: raise.pay });
          const schedule = accrualSchedule({ policy, pay: payRows, startDate, endDate, period });
          // What the allowance summary shows: posted months (up to today) at their posted amounts.
          const summarySchedule = schedule.map((grant) => ({
            ...grant,
            posted: compareDates(grant.grantDate, today) <= 0,
          }));
          const series = spend.map((micros, i) => ({ day: addDays(today, i - 40), micros }));
          const shared = {
            today,
            periodStart: period.start,
            periodEnd: period.end,
            availableMicros: available,
            accruedMicros: 0n,
            spentMicros: 0n,
            startDate,
            endDate,
          };
          const budget = budgetOutlook({
            ...shared,
            periodAllowanceMicros: 1n,
            spend: spendSums(shared, series),
            upcomingGrants: grantsAfter(summarySchedule, today),
          });
          const team = forecastRunOut({
            ...shared,
            spend: sqlSums(today, period.start, startDate, series),
            upcomingGrants: grantsAfter(schedule, today),
          });
          expect(budget.forecast).toEqual(team);
          const horizon = endDate && compareDates(endDate, period.end) < 0 ? endDate : period.end;
          const future = schedule
            .filter((grant) => compareDates(grant.grantDate, today) > 0)
            .map((grant) => ({ date: grant.grantDate, micros: grant.amountMicros }));
          const spentToday = series.find((each) => each.day === today)?.micros ?? 0n;
          expect(team.runsOutOn).toBe(
            dayByDay(available, today, horizon, future, team.burn30Micros, spentToday),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
