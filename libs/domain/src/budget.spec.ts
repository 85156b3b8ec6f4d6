import fc from 'fast-check';
import { budgetOutlook, BudgetOutlookInput } from './budget';
import { addDays } from './dates';

const M = 1_000_000n; // one currency unit in micros

function days(from: string, count: number, micros: bigint) {
  return Array.from({ length: count }, (_, i) => ({ day: addDays(from, i), micros }));
}

const base: BudgetOutlookInput = {
  today: '2026-11-20',
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  periodAllowanceMicros: 3650n * M,
  spentMicros: 0n,
  availableMicros: 100n * M,
  dailySpend: [],
  upcomingGrants: [],
};

describe('budgetOutlook', () => {
  it('steady spend: burn is the daily average and the run-out date follows from it', () => {
    const outlook = budgetOutlook({ ...base, dailySpend: days('2026-10-22', 30, 10n * M) });
    expect(outlook.dailyBurnMicros).toBe(10n * M);
    expect(outlook.windowDays).toBe(30);
    // 100 available, 10 a day: still 0 after 10 days (not below), below zero on the 11th.
    expect(outlook.runsOutOn).toBe('2026-12-01');
  });

  it('lasts the period: no run-out date', () => {
    const outlook = budgetOutlook({
      ...base,
      availableMicros: 1000n * M,
      dailySpend: days('2026-10-22', 30, M),
    });
    expect(outlook.runsOutOn).toBeNull();
  });

  it('upcoming accruals push the run-out date back', () => {
    const without = budgetOutlook({ ...base, dailySpend: days('2026-10-22', 30, 10n * M) });
    const withGrant = budgetOutlook({
      ...base,
      dailySpend: days('2026-10-22', 30, 10n * M),
      upcomingGrants: [{ date: '2026-12-01', micros: 50n * M }],
    });
    expect(without.runsOutOn).toBe('2026-12-01');
    expect(withGrant.runsOutOn).toBe('2026-12-06');
  });

  it('bursty spend: one heavy day is averaged over the window', () => {
    const outlook = budgetOutlook({
      ...base,
      dailySpend: [{ day: '2026-11-19', micros: 300n * M }],
    });
    expect(outlook.dailyBurnMicros).toBe(10n * M);
    expect(outlook.runsOutOn).toBe('2026-12-01');
  });

  it('ignores spend outside the window and after today', () => {
    const outlook = budgetOutlook({
      ...base,
      dailySpend: [
        { day: '2026-10-01', micros: 900n * M },
        { day: '2026-11-21', micros: 900n * M },
        { day: '2026-11-20', micros: 30n * M },
      ],
    });
    expect(outlook.dailyBurnMicros).toBe(M);
  });

  it('new starter: the window starts on the first day, not 30 days back', () => {
    const outlook = budgetOutlook({
      ...base,
      firstDay: '2026-11-16',
      dailySpend: days('2026-11-16', 5, 20n * M),
    });
    expect(outlook.windowDays).toBe(5);
    expect(outlook.dailyBurnMicros).toBe(20n * M);
    expect(outlook.runsOutOn).toBe('2026-11-26');
  });

  it('leaver or exhausted budget: already out today', () => {
    expect(budgetOutlook({ ...base, availableMicros: 0n }).runsOutOn).toBe('2026-11-20');
    expect(budgetOutlook({ ...base, availableMicros: -5n * M }).runsOutOn).toBe('2026-11-20');
  });

  it('no spend: no burn and no run-out date', () => {
    const outlook = budgetOutlook(base);
    expect(outlook).toEqual({ dailyBurnMicros: 0n, windowDays: 30, paceBp: 0, runsOutOn: null });
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

  it('property: the balance on the run-out date is negative and was not before', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10_000n * M }),
        fc.bigInt({ min: 1n, max: 500n * M }),
        (available, burn) => {
          const outlook = budgetOutlook({
            ...base,
            availableMicros: available,
            dailySpend: [{ day: base.today, micros: burn * 30n }],
          });
          expect(outlook.dailyBurnMicros).toBe(burn);
          const daysLeft = available / burn + 1n; // first day the balance goes below zero
          if (daysLeft <= 41n) expect(outlook.runsOutOn).toBe(addDays(base.today, Number(daysLeft)));
          else expect(outlook.runsOutOn).toBeNull(); // 2026-11-20 + 41 days is past the period end
        },
      ),
    );
  });
});
