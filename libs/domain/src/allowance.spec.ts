import {
  AccrualGrant,
  accrualSchedule,
  AllowanceError,
  AllowancePolicy,
  allowanceBasisProblems,
  allowancePolicyProblems,
  annualAllowance,
  DEFAULT_ALLOWANCE_POLICY,
  firstYearAllowance,
  periodTotal,
  rolloverAmount,
  ScheduleInput,
} from './allowance';

/** Whole currency units to micros. */
const units = (value: number | bigint) => BigInt(value) * 1_000_000n;

const policy = (overrides: Partial<AllowancePolicy> = {}): AllowancePolicy => ({
  ...DEFAULT_ALLOWANCE_POLICY,
  ...overrides,
});
const fixed = (annualMicros: bigint) => ({ kind: 'FIXED' as const, annualMicros });
const ratio = (ratioBp: number) => ({ kind: 'RATIO' as const, ratioBp });

const YEAR_2026 = { start: '2026-01-01', end: '2026-12-31' };

function schedule(input: Partial<ScheduleInput> & Pick<ScheduleInput, 'pay'>): AccrualGrant[] {
  return accrualSchedule({
    policy: DEFAULT_ALLOWANCE_POLICY,
    startDate: '2020-01-01',
    period: YEAR_2026,
    ...input,
  });
}

const amounts = (grants: AccrualGrant[]) => grants.map((grant) => grant.amountMicros);
const months = (grants: AccrualGrant[]) => grants.map((grant) => grant.month);

function allowanceError(fn: () => unknown): AllowanceError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AllowanceError);
    return error as AllowanceError;
  }
  throw new Error('expected an AllowanceError');
}

describe('DEFAULT_ALLOWANCE_POLICY', () => {
  it('is 50% of pay, no floor or cap, January, monthly, no rollover, and valid', () => {
    expect(DEFAULT_ALLOWANCE_POLICY).toEqual({
      basis: { kind: 'RATIO', ratioBp: 5000 },
      floorMicros: null,
      capMicros: null,
      fiscalYearStartMonth: 1,
      accrual: 'MONTHLY',
      rollover: { kind: 'NONE' },
    });
    expect(allowancePolicyProblems(DEFAULT_ALLOWANCE_POLICY)).toEqual([]);
  });

  it('is frozen so no caller can change the company default by accident', () => {
    expect(Object.isFrozen(DEFAULT_ALLOWANCE_POLICY)).toBe(true);
    expect(Object.isFrozen(DEFAULT_ALLOWANCE_POLICY.basis)).toBe(true);
  });
});

describe('allowancePolicyProblems', () => {
  const fieldsOf = (p: AllowancePolicy) => allowancePolicyProblems(p).map((problem) => problem.field);

  it.each<[string, Partial<AllowancePolicy>, string[]]>([
    ['ratio 0%', { basis: ratio(0) }, []],
    ['ratio 100%', { basis: ratio(10_000) }, []],
    ['negative ratio', { basis: ratio(-1) }, ['basis.ratioBp']],
    ['fractional ratio', { basis: ratio(50.5) }, ['basis.ratioBp']],
    ['NaN ratio', { basis: ratio(NaN) }, ['basis.ratioBp']],
    ['ratio 150% without a cap', { basis: ratio(15_000) }, ['basis.ratioBp']],
    ['ratio 150% with a cap', { basis: ratio(15_000), capMicros: units(50_000) }, []],
    ['ratio 1000% with a cap', { basis: ratio(100_000), capMicros: units(50_000) }, []],
    [
      'ratio over 1000% even with a cap',
      { basis: ratio(100_001), capMicros: units(50_000) },
      ['basis.ratioBp'],
    ],
    ['fixed 0', { basis: fixed(0n) }, []],
    ['fixed negative', { basis: fixed(-1n) }, ['basis.annualMicros']],
    [
      'fixed as a number',
      { basis: { kind: 'FIXED', annualMicros: 5 as unknown as bigint } },
      ['basis.annualMicros'],
    ],
    [
      'unknown basis kind',
      { basis: { kind: 'PERCENT' } as unknown as AllowancePolicy['basis'] },
      ['basis.kind'],
    ],
    ['negative floor', { floorMicros: -1n }, ['floorMicros']],
    ['negative cap', { capMicros: -1n }, ['capMicros']],
    ['floor above cap', { floorMicros: units(10), capMicros: units(9) }, ['floorMicros']],
    ['floor equal to cap', { floorMicros: units(10), capMicros: units(10) }, []],
    ['cap as a number', { capMicros: 10 as unknown as bigint }, ['capMicros']],
    ['start month 0', { fiscalYearStartMonth: 0 }, ['fiscalYearStartMonth']],
    ['start month 13', { fiscalYearStartMonth: 13 }, ['fiscalYearStartMonth']],
    ['start month 4.5', { fiscalYearStartMonth: 4.5 }, ['fiscalYearStartMonth']],
    ['start month 12', { fiscalYearStartMonth: 12 }, []],
    ['unknown accrual', { accrual: 'WEEKLY' as AllowancePolicy['accrual'] }, ['accrual']],
    ['capped rollover, negative', { rollover: { kind: 'CAPPED', capMicros: -5n } }, ['rollover.capMicros']],
    ['capped rollover, zero', { rollover: { kind: 'CAPPED', capMicros: 0n } }, []],
    [
      'unknown rollover',
      { rollover: { kind: 'SOME' } as unknown as AllowancePolicy['rollover'] },
      ['rollover.kind'],
    ],
    [
      'several at once',
      { basis: ratio(-5), floorMicros: -1n, fiscalYearStartMonth: 0 },
      ['basis.ratioBp', 'floorMicros', 'fiscalYearStartMonth'],
    ],
  ])('%s', (_name, change, expected) => {
    expect(fieldsOf(policy(change))).toEqual(expected);
  });

  it('says why a ratio over 100% without a cap is refused', () => {
    const [problem] = allowancePolicyProblems(policy({ basis: ratio(12_000) }));
    expect(problem).toEqual({
      field: 'basis.ratioBp',
      message: 'a ratio over 100% of base pay (10000 basis points) is only allowed with an annual cap',
    });
  });

  it('gives the 1000% ceiling in the message', () => {
    const [problem] = allowancePolicyProblems(policy({ basis: ratio(100_001), capMicros: 1n }));
    expect(problem.message).toMatch(/at most 100000 basis points \(1000%\)/);
  });

  it('an invalid cap does not count as a cap for the ratio rule', () => {
    expect(fieldsOf(policy({ basis: ratio(15_000), capMicros: -1n }))).toEqual([
      'basis.ratioBp',
      'capMicros',
    ]);
  });

  it('allowanceBasisProblems checks an override with its own field prefix', () => {
    expect(allowanceBasisProblems(ratio(20_000), null, 'override')).toEqual([
      {
        field: 'override.ratioBp',
        message: 'a ratio over 100% of base pay (10000 basis points) is only allowed with an annual cap',
      },
    ]);
    expect(allowanceBasisProblems(ratio(20_000), units(1), 'override')).toEqual([]);
    expect(allowanceBasisProblems(fixed(-3n), null)).toEqual([
      { field: 'basis.annualMicros', message: 'must not be negative' },
    ]);
  });
});

describe('annualAllowance', () => {
  it.each<[string, AllowancePolicy, bigint, Parameters<typeof annualAllowance>[2], bigint]>([
    // 50% × $200,000 = $100,000
    ['default 50%', DEFAULT_ALLOWANCE_POLICY, units(200_000), undefined, units(100_000)],
    // 5000 bp × 3 micros = 1.5 → half-up → 2
    ['ratio rounds half up', DEFAULT_ALLOWANCE_POLICY, 3n, undefined, 2n],
    // 5000 bp × 1 micro = 0.5 → 1
    ['half a micro rounds up', DEFAULT_ALLOWANCE_POLICY, 1n, undefined, 1n],
    // 3333 bp × 1 micro = 0.3333 → 0
    ['below half rounds down', policy({ basis: ratio(3333) }), 1n, undefined, 0n],
    [
      'fixed ignores pay',
      policy({ basis: fixed(units(30_000)) }),
      units(1_000_000),
      undefined,
      units(30_000),
    ],
    ['zero pay', DEFAULT_ALLOWANCE_POLICY, 0n, undefined, 0n],
    // override replaces the basis: fixed $24,000 instead of 50% of $200,000
    ['fixed override', DEFAULT_ALLOWANCE_POLICY, units(200_000), fixed(units(24_000)), units(24_000)],
    // 75% × $200,000 = $150,000
    ['ratio override', DEFAULT_ALLOWANCE_POLICY, units(200_000), ratio(7500), units(150_000)],
    ['null override = none', DEFAULT_ALLOWANCE_POLICY, units(200_000), null, units(100_000)],
    // 50% × $40,000 = $20,000 < floor $30,000
    ['floor lifts', policy({ floorMicros: units(30_000) }), units(40_000), undefined, units(30_000)],
    ['floor not reached', policy({ floorMicros: units(30_000) }), units(80_000), undefined, units(40_000)],
    // 50% × $400,000 = $200,000 > cap $120,000
    ['cap limits', policy({ capMicros: units(120_000) }), units(400_000), undefined, units(120_000)],
    ['cap not reached', policy({ capMicros: units(120_000) }), units(200_000), undefined, units(100_000)],
    // floor and cap apply after the override too
    [
      'cap applies to a fixed override',
      policy({ capMicros: units(50_000) }),
      0n,
      fixed(units(90_000)),
      units(50_000),
    ],
    [
      'floor applies to a fixed override',
      policy({ floorMicros: units(10_000) }),
      0n,
      fixed(units(1)),
      units(10_000),
    ],
    // 200% × $100,000 = $200,000, capped at $150,000
    [
      'ratio over 100% with a cap',
      policy({ basis: ratio(20_000), capMicros: units(150_000) }),
      units(100_000),
      undefined,
      units(150_000),
    ],
    // 200% × $50,000 = $100,000 under the cap
    [
      'ratio over 100% under its cap',
      policy({ basis: ratio(20_000), capMicros: units(150_000) }),
      units(50_000),
      undefined,
      units(100_000),
    ],
    // exact beyond 2^53: 50% × 10^20 micros
    ['huge pay stays exact', DEFAULT_ALLOWANCE_POLICY, 10n ** 20n + 1n, undefined, 5n * 10n ** 19n + 1n],
  ])('%s', (_name, p, pay, override, expected) => {
    expect(annualAllowance(p, pay, override)).toBe(expected);
  });

  it('refuses an invalid policy, a negative pay and an invalid override', () => {
    expect(allowanceError(() => annualAllowance(policy({ basis: ratio(-1) }), 1n)).code).toBe(
      'INVALID_POLICY',
    );
    expect(allowanceError(() => annualAllowance(DEFAULT_ALLOWANCE_POLICY, -1n)).code).toBe('INVALID_INPUT');
    const error = allowanceError(() => annualAllowance(DEFAULT_ALLOWANCE_POLICY, 1n, ratio(20_000)));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/override\.ratioBp .*only allowed with an annual cap/);
  });
});

describe('accrualSchedule: full years', () => {
  it('full calendar year at $200,000 → $100,000 in twelve grants that add up exactly', () => {
    // 100_000_000_000 / 12 = 8_333_333_333.33… → floors 12 × 8_333_333_333 = 99_999_999_996,
    // 4 micros left over; equal remainders → the first four months (lower index) get +1.
    const grants = schedule({ pay: [{ effectiveFrom: '2025-03-01', annualPayMicros: units(200_000) }] });
    expect(months(grants)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    expect(amounts(grants)).toEqual([...Array(4).fill(8_333_333_334n), ...Array(8).fill(8_333_333_333n)]);
    expect(periodTotal(grants)).toBe(units(100_000));
    expect(grants[0]).toEqual({
      grantDate: '2026-01-01',
      month: '2026-01',
      amountMicros: 8_333_333_334n,
      daysCovered: 31,
      daysInMonth: 31,
      annualAllowanceMicros: units(100_000),
    });
    expect(grants[1]).toMatchObject({ grantDate: '2026-02-01', daysCovered: 28, daysInMonth: 28 });
  });

  it('an annual amount not divisible by 12 (1_000_000_000_001) → grants differ by at most 1 and sum exactly', () => {
    // 1_000_000_000_001 / 12 = 83_333_333_333.41… → 12 × 83_333_333_333 = 999_999_999_996, 5 left over → Jan..May +1.
    const grants = schedule({
      policy: policy({ basis: fixed(1_000_000_000_001n) }),
      pay: [{ effectiveFrom: '2020-01-01', annualPayMicros: 0n }],
    });
    expect(amounts(grants)).toEqual([...Array(5).fill(83_333_333_334n), ...Array(7).fill(83_333_333_333n)]);
    expect(periodTotal(grants)).toBe(1_000_000_000_001n);
  });

  it('a fiscal year starting in April (2026-04-01..2027-03-31)', () => {
    // fixed 12.000000 a year → exactly 1.000000 a month, months April..March.
    const grants = accrualSchedule({
      policy: policy({ basis: fixed(units(12)), fiscalYearStartMonth: 4 }),
      pay: [{ effectiveFrom: '2026-04-01', annualPayMicros: 0n }],
      startDate: '2026-04-01',
      period: { start: '2026-04-01', end: '2027-03-31' },
    });
    expect(months(grants)).toEqual([
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
    ]);
    expect(amounts(grants)).toEqual(Array(12).fill(units(1)));
    expect(grants[10]).toMatchObject({ grantDate: '2027-02-01', daysInMonth: 28, daysCovered: 28 });
  });

  it('a fiscal year starting in April that contains a leap day still sums to the annual amount', () => {
    // 2027-04-01..2028-03-31 has 366 days; weights are per month, not per day, so Σ = annual exactly.
    const grants = accrualSchedule({
      policy: policy({ fiscalYearStartMonth: 4 }),
      pay: [{ effectiveFrom: '2020-01-01', annualPayMicros: 123_456_789_013n }],
      startDate: '2020-01-01',
      period: { start: '2027-04-01', end: '2028-03-31' },
    });
    // 50% × 123_456_789_013 = 61_728_394_506.5 → half-up → 61_728_394_507
    expect(periodTotal(grants)).toBe(61_728_394_507n);
    expect(grants[10]).toMatchObject({ month: '2028-02', daysInMonth: 29 });
    const values = amounts(grants);
    const spread = values.reduce((a, b) => (a > b ? a : b)) - values.reduce((a, b) => (a < b ? a : b));
    expect(spread <= 1n).toBe(true);
  });

  it('a zero allowance still lists the employed months, with 0', () => {
    const grants = schedule({ pay: [{ effectiveFrom: '2020-01-01', annualPayMicros: 0n }] });
    expect(grants).toHaveLength(12);
    expect(amounts(grants)).toEqual(Array(12).fill(0n));
  });
});

describe('accrualSchedule: proration by days', () => {
  it('leap-year February (29 days) vs 2027 (28 days)', () => {
    // A = 348_000_000 (29_000_000 a month). 2028-02-15..29 = 15 of 29 days → 348e6 × 15 / (29 × 12) = 15_000_000.
    const leap = accrualSchedule({
      policy: policy({ basis: fixed(348_000_000n) }),
      pay: [{ effectiveFrom: '2028-01-01', annualPayMicros: 0n }],
      startDate: '2028-02-15',
      endDate: '2028-02-29',
      period: { start: '2028-01-01', end: '2028-12-31' },
    });
    expect(leap).toEqual([
      {
        grantDate: '2028-02-15',
        month: '2028-02',
        amountMicros: 15_000_000n,
        daysCovered: 15,
        daysInMonth: 29,
        annualAllowanceMicros: 348_000_000n,
      },
    ]);
    // Same A in 2027: 2027-02-15..28 = 14 of 28 days → 348e6 × 14 / (28 × 12) = 14_500_000.
    const common = accrualSchedule({
      policy: policy({ basis: fixed(348_000_000n) }),
      pay: [{ effectiveFrom: '2027-01-01', annualPayMicros: 0n }],
      startDate: '2027-02-15',
      endDate: '2027-02-28',
      period: { start: '2027-01-01', end: '2027-12-31' },
    });
    expect(common).toEqual([
      {
        grantDate: '2027-02-15',
        month: '2027-02',
        amountMicros: 14_500_000n,
        daysCovered: 14,
        daysInMonth: 28,
        annualAllowanceMicros: 348_000_000n,
      },
    ]);
  });

  it('a full leap February is worth exactly 1/12 like any month', () => {
    // 2028-02-01..29: 29 of 29 days → A / 12 = 1_000_000.
    const grants = accrualSchedule({
      policy: policy({ basis: fixed(units(12)) }),
      pay: [{ effectiveFrom: '2028-01-01', annualPayMicros: 0n }],
      startDate: '2028-02-01',
      endDate: '2028-02-29',
      period: { start: '2028-01-01', end: '2028-12-31' },
    });
    expect(amounts(grants)).toEqual([units(1)]);
  });

  it('start on the 31st: 1 day of January, then full months', () => {
    // A = 372_000_000 = 12 × 31_000_000. January: 1 of 31 days → 372e6 × 1 / 372 = 1_000_000.
    // Feb..Dec: 11 × 31_000_000 = 341_000_000. Total 342_000_000, all exact.
    const grants = schedule({
      policy: policy({ basis: fixed(372_000_000n) }),
      pay: [{ effectiveFrom: '2026-01-31', annualPayMicros: 0n }],
      startDate: '2026-01-31',
    });
    expect(grants[0]).toEqual({
      grantDate: '2026-01-31',
      month: '2026-01',
      amountMicros: 1_000_000n,
      daysCovered: 1,
      daysInMonth: 31,
      annualAllowanceMicros: 372_000_000n,
    });
    expect(amounts(grants.slice(1))).toEqual(Array(11).fill(31_000_000n));
    expect(grants[1].grantDate).toBe('2026-02-01');
    expect(periodTotal(grants)).toBe(342_000_000n);
  });

  it('start on the 31st of a 31-day month with a ratio that does not divide evenly', () => {
    // A = 50% × 100_000_000_000 = 50_000_000_000. Mar 31: 1/31 of a month.
    // Exact: 50e9 × 1/372 = 134_408_602.150… ; Apr..Dec: 9 × 50e9/12 = 37_500_000_000.
    // Total = round(37_634_408_602.150…) = 37_634_408_602.
    const grants = schedule({
      pay: [{ effectiveFrom: '2026-03-31', annualPayMicros: units(100_000) }],
      startDate: '2026-03-31',
    });
    expect(periodTotal(grants)).toBe(37_634_408_602n);
    expect(grants[0]).toMatchObject({ month: '2026-03', daysCovered: 1, daysInMonth: 31 });
    // every grant is the floor or ceiling of its exact share
    expect([134_408_602n, 134_408_603n]).toContain(grants[0].amountMicros);
    for (const grant of grants.slice(1))
      expect([4_166_666_666n, 4_166_666_667n]).toContain(grant.amountMicros);
  });

  it('start and leave in the same month', () => {
    // 2026-03-10..20 = 11 of 31 days; A = 372_000_000 → 372e6 × 11 / 372 = 11_000_000.
    const grants = schedule({
      policy: policy({ basis: fixed(372_000_000n) }),
      pay: [{ effectiveFrom: '2026-03-10', annualPayMicros: 0n }],
      startDate: '2026-03-10',
      endDate: '2026-03-20',
    });
    expect(grants).toEqual([
      {
        grantDate: '2026-03-10',
        month: '2026-03',
        amountMicros: 11_000_000n,
        daysCovered: 11,
        daysInMonth: 31,
        annualAllowanceMicros: 372_000_000n,
      },
    ]);
  });

  it('start and leave on the same day', () => {
    // 1 of 30 days of April; A = 360_000_000 → 360e6 / 360 = 1_000_000.
    const grants = schedule({
      policy: policy({ basis: fixed(360_000_000n) }),
      pay: [{ effectiveFrom: '2026-04-30', annualPayMicros: 0n }],
      startDate: '2026-04-30',
      endDate: '2026-04-30',
    });
    expect(grants).toEqual([
      {
        grantDate: '2026-04-30',
        month: '2026-04',
        amountMicros: 1_000_000n,
        daysCovered: 1,
        daysInMonth: 30,
        annualAllowanceMicros: 360_000_000n,
      },
    ]);
  });

  it('leaver mid-year: prorated last month, nothing after the end date', () => {
    // A = 50% × 24e9 = 12e9 → 1e9 a month. Jan..May 5e9; June 1..15 = 15/30 → 0.5e9. Total 5.5e9.
    const grants = schedule({
      pay: [{ effectiveFrom: '2024-01-01', annualPayMicros: units(24_000) }],
      endDate: '2026-06-15',
    });
    expect(months(grants)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']);
    expect(amounts(grants)).toEqual([...Array(5).fill(units(1000)), units(500)]);
    expect(grants[5]).toMatchObject({ grantDate: '2026-06-01', daysCovered: 15, daysInMonth: 30 });
    expect(periodTotal(grants)).toBe(units(5500));
  });

  it('leaver on the last day of a month gets that month in full', () => {
    const grants = schedule({
      pay: [{ effectiveFrom: '2024-01-01', annualPayMicros: units(24_000) }],
      endDate: '2026-02-28',
    });
    expect(amounts(grants)).toEqual([units(1000), units(1000)]);
  });

  it('no grants when employment does not touch the period', () => {
    const pay = [{ effectiveFrom: '2020-01-01', annualPayMicros: units(100_000) }];
    expect(schedule({ pay, startDate: '2027-01-01' })).toEqual([]);
    expect(schedule({ pay, endDate: '2025-12-31' })).toEqual([]);
  });

  it('employment that started years ago and goes on covers the whole period', () => {
    const grants = schedule({ pay: [{ effectiveFrom: '2019-07-01', annualPayMicros: units(36_000) }] });
    // 50% × 36_000 = 18_000 a year = 1_500 a month exactly.
    expect(amounts(grants)).toEqual(Array(12).fill(units(1500)));
  });
});

describe('accrualSchedule: raises and overrides', () => {
  const A1_PAY = units(120_000); // → 60_000 a year = 5_000 a month
  const A2_PAY = units(180_000); // → 90_000 a year = 7_500 a month

  it('a raise on the 1st changes the whole month', () => {
    // Jan..Jun 5_000, Jul..Dec 7_500 → 30_000 + 45_000 = 75_000.
    const grants = schedule({
      pay: [
        { effectiveFrom: '2026-07-01', annualPayMicros: A2_PAY },
        { effectiveFrom: '2025-01-01', annualPayMicros: A1_PAY }, // unsorted on purpose
      ],
    });
    expect(amounts(grants)).toEqual([...Array(6).fill(units(5000)), ...Array(6).fill(units(7500))]);
    expect(grants[5].annualAllowanceMicros).toBe(units(60_000));
    expect(grants[6].annualAllowanceMicros).toBe(units(90_000));
    expect(periodTotal(grants)).toBe(units(75_000));
  });

  it('a raise on the last day of a month changes only that day', () => {
    // June 2026: 29 days at 60e9 and 1 day at 90e9:
    //   60e9 × 29/360 + 90e9 × 1/360 = 4_833_333_333.33… + 250_000_000 = 5_083_333_333.33…
    // Jan..May 5 × 5e9, Jul..Dec 6 × 7.5e9 → exact total 75_083_333_333.33… → 75_083_333_333.
    // Largest remainder over the segments gives back the whole-number months unchanged and June 5_083_333_333.
    const grants = schedule({
      pay: [
        { effectiveFrom: '2025-01-01', annualPayMicros: A1_PAY },
        { effectiveFrom: '2026-06-30', annualPayMicros: A2_PAY },
      ],
    });
    expect(amounts(grants)).toEqual([
      ...Array(5).fill(units(5000)),
      5_083_333_333n,
      ...Array(6).fill(units(7500)),
    ]);
    expect(grants[5]).toMatchObject({
      grantDate: '2026-06-01',
      daysCovered: 30,
      daysInMonth: 30,
      annualAllowanceMicros: units(90_000), // the last segment's rate
    });
    expect(periodTotal(grants)).toBe(75_083_333_333n);
  });

  it('a raise mid-month splits the month by days', () => {
    // Raise on 2026-03-11: March = 10 days at 60e9 + 21 days at 90e9, over 31 × 12 = 372:
    //   (600e9 + 1_890e9) / 372 = 2_490e9 / 372 = 6_693_548_387.09…
    // Total exact = 2 × 5e9 + 6_693_548_387.09… + 9 × 7.5e9 = 84_193_548_387.09… → 84_193_548_387.
    const grants = schedule({
      pay: [
        { effectiveFrom: '2025-01-01', annualPayMicros: A1_PAY },
        { effectiveFrom: '2026-03-11', annualPayMicros: A2_PAY },
      ],
    });
    expect(periodTotal(grants)).toBe(84_193_548_387n);
    expect([6_693_548_387n, 6_693_548_388n]).toContain(grants[2].amountMicros);
    expect(grants[2]).toMatchObject({ grantDate: '2026-03-01', daysCovered: 31 });
  });

  it('a raise effective before the period still applies; a later raise after the period does not', () => {
    const grants = schedule({
      pay: [
        { effectiveFrom: '2025-06-01', annualPayMicros: A2_PAY },
        { effectiveFrom: '2027-01-01', annualPayMicros: units(1_000_000) },
      ],
    });
    expect(amounts(grants)).toEqual(Array(12).fill(units(7500)));
  });

  it('a later row with the same effective date wins (a correction)', () => {
    const grants = schedule({
      pay: [
        { effectiveFrom: '2025-01-01', annualPayMicros: A2_PAY },
        { effectiveFrom: '2025-01-01', annualPayMicros: A1_PAY },
      ],
    });
    expect(amounts(grants)).toEqual(Array(12).fill(units(5000)));
  });

  it('a raise on the start day of a mid-month joiner', () => {
    const grants = schedule({
      pay: [{ effectiveFrom: '2026-12-17', annualPayMicros: units(372_000) }],
      startDate: '2026-12-17',
    });
    // 50% × 372_000 = 186_000 a year; Dec 17..31 = 15 of 31 days → 186_000 × 15 / 372 = 7_500.
    expect(grants).toEqual([
      {
        grantDate: '2026-12-17',
        month: '2026-12',
        amountMicros: units(7500),
        daysCovered: 15,
        daysInMonth: 31,
        annualAllowanceMicros: units(186_000),
      },
    ]);
  });

  it('a fixed override replaces the ratio, a ratio override changes the percentage, and null clears it', () => {
    // pay 24_000 → policy 50% = 12_000/yr (1_000/mo). Fixed override 24_000/yr (2_000/mo) from Jan;
    // ratio 75% = 18_000/yr (1_500/mo) from April; cleared from July → back to 1_000/mo.
    const grants = schedule({
      pay: [{ effectiveFrom: '2025-01-01', annualPayMicros: units(24_000) }],
      overrides: [
        { effectiveFrom: '2026-07-01', basis: null },
        { effectiveFrom: '2025-11-01', basis: fixed(units(24_000)) },
        { effectiveFrom: '2026-04-01', basis: ratio(7500) },
      ],
    });
    expect(amounts(grants)).toEqual([
      ...Array(3).fill(units(2000)),
      ...Array(3).fill(units(1500)),
      ...Array(6).fill(units(1000)),
    ]);
    expect(grants[0].annualAllowanceMicros).toBe(units(24_000));
    expect(grants[3].annualAllowanceMicros).toBe(units(18_000));
    expect(grants[11].annualAllowanceMicros).toBe(units(12_000));
  });

  it('an override follows a raise (a ratio override keeps tracking pay)', () => {
    // ratio 10% override; pay 120_000 → 12_000/yr (1_000/mo) Jan..Jun; raise to 240_000 → 24_000/yr (2_000/mo).
    const grants = schedule({
      pay: [
        { effectiveFrom: '2025-01-01', annualPayMicros: units(120_000) },
        { effectiveFrom: '2026-07-01', annualPayMicros: units(240_000) },
      ],
      overrides: [{ effectiveFrom: '2025-01-01', basis: ratio(1000) }],
    });
    expect(amounts(grants)).toEqual([...Array(6).fill(units(1000)), ...Array(6).fill(units(2000))]);
  });

  it('floor and cap apply to each rate', () => {
    // floor 30_000, cap 60_000. Pay 40_000 → 20_000 → floored to 30_000 (2_500/mo) Jan..Jun;
    // raise to 200_000 → 100_000 → capped to 60_000 (5_000/mo) Jul..Dec.
    const grants = schedule({
      policy: policy({ floorMicros: units(30_000), capMicros: units(60_000) }),
      pay: [
        { effectiveFrom: '2025-01-01', annualPayMicros: units(40_000) },
        { effectiveFrom: '2026-07-01', annualPayMicros: units(200_000) },
      ],
    });
    expect(amounts(grants)).toEqual([...Array(6).fill(units(2500)), ...Array(6).fill(units(5000))]);
  });
});

describe('accrualSchedule: UPFRONT', () => {
  it('one grant of the prorated total on the first employed day', () => {
    // A = 372_000_000 (31_000_000 a month). 2026-03-10..12-31: March 22/31 → 22_000_000, Apr..Dec 9 × 31e6 = 279e6.
    // Total 301_000_000; 297 employed days of 365.
    const grants = schedule({
      policy: policy({ basis: fixed(372_000_000n), accrual: 'UPFRONT' }),
      pay: [{ effectiveFrom: '2026-03-10', annualPayMicros: 0n }],
      startDate: '2026-03-10',
    });
    expect(grants).toEqual([
      {
        grantDate: '2026-03-10',
        month: '2026-03',
        amountMicros: 301_000_000n,
        daysCovered: 297,
        daysInMonth: 365,
        annualAllowanceMicros: 372_000_000n,
      },
    ]);
  });

  it('a full year up front is exactly the annual allowance, granted on the period start', () => {
    const grants = accrualSchedule({
      policy: policy({ accrual: 'UPFRONT', fiscalYearStartMonth: 4 }),
      pay: [{ effectiveFrom: '2020-01-01', annualPayMicros: units(200_000) }],
      startDate: '2020-01-01',
      period: { start: '2027-04-01', end: '2028-03-31' },
    });
    expect(grants).toEqual([
      {
        grantDate: '2027-04-01',
        month: '2027-04',
        amountMicros: units(100_000),
        daysCovered: 366,
        daysInMonth: 366,
        annualAllowanceMicros: units(100_000),
      },
    ]);
  });

  it('equals the monthly total for the same input (a leaver with a raise)', () => {
    const input: ScheduleInput = {
      policy: DEFAULT_ALLOWANCE_POLICY,
      pay: [
        { effectiveFrom: '2026-02-03', annualPayMicros: 123_456_789_001n },
        { effectiveFrom: '2026-05-17', annualPayMicros: 150_000_000_003n },
      ],
      startDate: '2026-02-03',
      endDate: '2026-10-09',
      period: YEAR_2026,
    };
    const monthly = accrualSchedule(input);
    const upfront = accrualSchedule({ ...input, policy: policy({ accrual: 'UPFRONT' }) });
    expect(upfront).toHaveLength(1);
    expect(upfront[0].amountMicros).toBe(periodTotal(monthly));
    expect(upfront[0].daysCovered).toBe(monthly.reduce((sum, g) => sum + g.daysCovered, 0));
    expect(upfront[0].annualAllowanceMicros).toBe(75_000_000_002n); // 50% × 150_000_000_003 = 75_000_000_001.5 → …002
  });
});

describe('accrualSchedule: invalid input', () => {
  const pay = [{ effectiveFrom: '2020-01-01', annualPayMicros: units(1) }];

  it.each<[string, Partial<ScheduleInput>, RegExp]>([
    ['no pay rate', { pay: [] }, /At least one pay rate/],
    [
      'pay starts after the first employed day',
      { pay: [{ effectiveFrom: '2026-02-01', annualPayMicros: 1n }] },
      /No pay rate is effective on 2026-01-01/,
    ],
    [
      'negative pay',
      { pay: [{ effectiveFrom: '2020-01-01', annualPayMicros: -1n }] },
      /pay\[0\]\.annualPayMicros/,
    ],
    [
      'bad pay date',
      { pay: [{ effectiveFrom: '2026-02-30', annualPayMicros: 1n }] },
      /pay\[0\]\.effectiveFrom/,
    ],
    ['bad start date', { startDate: '2026-1-1' }, /startDate/],
    ['end before start', { startDate: '2026-05-01', endDate: '2026-04-30' }, /before startDate/],
    ['reversed period', { period: { start: '2026-12-31', end: '2026-01-01' } }, /start after end/],
    [
      'invalid override',
      { overrides: [{ effectiveFrom: '2026-01-01', basis: fixed(-1n) }] },
      /overrides\[0\]/,
    ],
  ])('%s', (_name, change, message) => {
    const error = allowanceError(() =>
      accrualSchedule({
        policy: DEFAULT_ALLOWANCE_POLICY,
        pay,
        startDate: '2020-01-01',
        period: YEAR_2026,
        ...change,
      }),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(message);
  });

  it('an invalid policy', () => {
    const error = allowanceError(() =>
      accrualSchedule({
        policy: policy({ fiscalYearStartMonth: 0 }),
        pay,
        startDate: '2020-01-01',
        period: YEAR_2026,
      }),
    );
    expect(error.code).toBe('INVALID_POLICY');
    expect(error.message).toMatch(/fiscalYearStartMonth/);
  });
});

describe('periodTotal', () => {
  it('is 0 for no grants and the exact sum otherwise', () => {
    expect(periodTotal([])).toBe(0n);
    const grants = schedule({ pay: [{ effectiveFrom: '2020-01-01', annualPayMicros: 2n ** 70n }] });
    expect(periodTotal(grants)).toBe(2n ** 69n);
  });
});

describe('rolloverAmount', () => {
  it.each<[string, AllowancePolicy['rollover'], bigint, bigint]>([
    ['NONE keeps nothing', { kind: 'NONE' }, units(500), 0n],
    ['ALL keeps everything', { kind: 'ALL' }, units(500), units(500)],
    [
      'CAPPED below the cap keeps everything',
      { kind: 'CAPPED', capMicros: units(1000) },
      units(500),
      units(500),
    ],
    ['CAPPED at the cap', { kind: 'CAPPED', capMicros: units(500) }, units(500), units(500)],
    ['CAPPED above the cap keeps the cap', { kind: 'CAPPED', capMicros: units(200) }, units(500), units(200)],
    ['CAPPED with a zero cap', { kind: 'CAPPED', capMicros: 0n }, units(500), 0n],
    ['ALL of an overdrawn balance is 0', { kind: 'ALL' }, -units(5), 0n],
    ['CAPPED of an overdrawn balance is 0', { kind: 'CAPPED', capMicros: units(200) }, -1n, 0n],
    ['ALL of 0 is 0', { kind: 'ALL' }, 0n, 0n],
  ])('%s', (_name, rollover, unused, expected) => {
    expect(rolloverAmount(policy({ rollover }), unused)).toBe(expected);
  });
});

describe('firstYearAllowance', () => {
  it('offer preview with an April fiscal year: start 2026-02-10 → 2025-04-01..2026-03-31', () => {
    // 50% × 200_000 = 100_000/yr. Feb 10..28 = 19 of 28 days: 100e9 × 19/336 = 5_654_761_904.76…
    // March full: 100e9/12 = 8_333_333_333.33… → total round(13_988_095_238.09…) = 13_988_095_238.
    // Floors 5_654_761_904 + 8_333_333_333 = 13_988_095_237; the +1 goes to February (larger remainder).
    const preview = firstYearAllowance(policy({ fiscalYearStartMonth: 4 }), units(200_000), '2026-02-10');
    expect(preview.period).toEqual({ start: '2025-04-01', end: '2026-03-31' });
    expect(preview.totalMicros).toBe(13_988_095_238n);
    expect(preview.monthlyMicros).toBe(8_333_333_333n); // 100e9 / 12 rounded half-up
    expect(amounts(preview.grants)).toEqual([5_654_761_905n, 8_333_333_333n]);
    expect(preview.grants[0]).toMatchObject({ grantDate: '2026-02-10', daysCovered: 19, daysInMonth: 28 });
  });

  it('uses the override and the policy accrual', () => {
    // fixed 24_000 override; start 2026-07-01 in a calendar year → 6 months × 2_000 = 12_000 up front.
    const preview = firstYearAllowance(
      policy({ accrual: 'UPFRONT' }),
      units(500_000),
      '2026-07-01',
      fixed(units(24_000)),
    );
    expect(preview.totalMicros).toBe(units(12_000));
    expect(preview.monthlyMicros).toBe(units(2000));
    expect(preview.grants).toHaveLength(1);
    expect(preview.grants[0]).toMatchObject({
      grantDate: '2026-07-01',
      amountMicros: units(12_000),
      daysCovered: 184,
    });
  });

  it('a start on the fiscal year start is a full year', () => {
    const preview = firstYearAllowance(DEFAULT_ALLOWANCE_POLICY, 1_000_000_000_002n, '2026-01-01');
    // 50% × 1_000_000_000_002 = 500_000_000_001
    expect(preview.totalMicros).toBe(500_000_000_001n);
    expect(preview.grants).toHaveLength(12);
  });
});
