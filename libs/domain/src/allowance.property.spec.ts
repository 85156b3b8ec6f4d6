import fc from 'fast-check';
import {
  AccrualGrant,
  accrualSchedule,
  AllowanceBasis,
  AllowancePolicy,
  allowancePolicyProblems,
  annualAllowance,
  DEFAULT_ALLOWANCE_POLICY,
  firstYearAllowance,
  OverrideChange,
  PayRate,
  periodTotal,
  rolloverAmount,
  ScheduleInput,
} from './allowance';
import {
  addDays,
  compareDates,
  daysBetweenInclusive,
  daysInMonth,
  fiscalYearContaining,
  IsoDate,
  monthOf,
  parseIsoDate,
  Period,
  toIsoDate,
} from './dates';

// Runs are deterministic per seed; fast-check prints the seed and the shrunk counterexample on failure.
const RUNS = { numRuns: 200 };

// ---------------------------------------------------------------------------
// Reference model: walks the period day by day and adds exact fractions A / (D × 12) with
// a gcd-reduced rational sum. It shares no code with the schedule (no common denominator, no
// segments); it only reuses the public `annualAllowance` for the annual rate of a day.
// ---------------------------------------------------------------------------

interface Fraction {
  n: bigint;
  d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function add(a: Fraction, b: Fraction): Fraction {
  const n = a.n * b.d + b.n * a.d;
  const d = a.d * b.d;
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
}

/** Half-up rounding of a non-negative fraction, computed as floor((2n + d) / 2d). */
function roundFraction(f: Fraction): bigint {
  return (2n * f.n + f.d) / (2n * f.d);
}

function lastEffective<T extends { effectiveFrom: IsoDate }>(
  rows: readonly T[],
  day: IsoDate,
): T | undefined {
  // Stable: among equal dates the later input row wins.
  let best: T | undefined;
  for (const row of rows) {
    if (
      compareDates(row.effectiveFrom, day) <= 0 &&
      (!best || compareDates(row.effectiveFrom, best.effectiveFrom) >= 0)
    ) {
      best = row;
    }
  }
  return best;
}

function employedDays(input: ScheduleInput): IsoDate[] {
  const days: IsoDate[] = [];
  for (let day = input.period.start; compareDates(day, input.period.end) <= 0; day = addDays(day, 1)) {
    if (compareDates(day, input.startDate) < 0) continue;
    if (input.endDate && compareDates(day, input.endDate) > 0) break;
    days.push(day);
  }
  return days;
}

function annualOn(input: ScheduleInput, day: IsoDate): bigint {
  const pay = lastEffective(input.pay, day) as PayRate;
  const override = lastEffective(input.overrides ?? [], day)?.basis ?? null;
  return annualAllowance(input.policy, pay.annualPayMicros, override);
}

/** Exact value of each month ('YYYY-MM') and of the whole period. */
function reference(input: ScheduleInput): { total: Fraction; months: Map<string, Fraction> } {
  const months = new Map<string, Fraction>();
  let total: Fraction = { n: 0n, d: 1n };
  for (const day of employedDays(input)) {
    const { year, month } = parseIsoDate(day);
    const share = { n: annualOn(input, day), d: BigInt(daysInMonth(year, month)) * 12n };
    total = add(total, share);
    const key = monthOf(day);
    months.set(key, add(months.get(key) ?? { n: 0n, d: 1n }, share));
  }
  return { total, months };
}

// ---------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------

const amount = fc.oneof(
  fc.bigInt({ min: 0n, max: 1_000_000n }),
  fc.bigInt({ min: 0n, max: 1_000_000_000_000n }),
  fc.bigInt({ min: 0n, max: 10n ** 18n }),
);

const basisArb = (withCap: boolean): fc.Arbitrary<AllowanceBasis> =>
  fc.oneof(
    fc
      .integer({ min: 0, max: withCap ? 100_000 : 10_000 })
      .map((ratioBp) => ({ kind: 'RATIO' as const, ratioBp })),
    amount.map((annualMicros) => ({ kind: 'FIXED' as const, annualMicros })),
  );

const policyArb: fc.Arbitrary<AllowancePolicy> = fc
  .record({
    floor: fc.option(amount, { nil: null }),
    capExtra: fc.option(amount, { nil: null }),
    fiscalYearStartMonth: fc.integer({ min: 1, max: 12 }),
    accrual: fc.constantFrom('MONTHLY' as const, 'UPFRONT' as const),
  })
  .chain(({ floor, capExtra, fiscalYearStartMonth, accrual }) => {
    const capMicros = capExtra === null ? null : (floor ?? 0n) + capExtra;
    return basisArb(capMicros !== null).map((basis): AllowancePolicy => ({
      basis,
      floorMicros: floor,
      capMicros,
      fiscalYearStartMonth,
      accrual,
      rollover: { kind: 'NONE' },
    }));
  });

/** A fiscal year of the policy, between 2019 and 2033 (several leap years). */
const periodFor = (policy: AllowancePolicy) =>
  fc
    .integer({ min: 2019, max: 2033 })
    .map((year) =>
      fiscalYearContaining(toIsoDate(year, policy.fiscalYearStartMonth, 1), policy.fiscalYearStartMonth),
    );

/** Day offsets; weighted towards month edges happen naturally through the 1st/last of months via the raw range. */
const offset = (min: number, max: number) => fc.integer({ min, max });

function payHistory(period: Period): fc.Arbitrary<PayRate[]> {
  const first = fc.record({
    effectiveFrom: offset(0, 400).map((back) => addDays(period.start, -back)),
    annualPayMicros: amount,
  });
  const later = fc.array(
    fc.record({
      effectiveFrom: offset(-100, 400).map((n) => addDays(period.start, n)),
      annualPayMicros: amount,
    }),
    { maxLength: 4 },
  );
  // Shuffle by sorting on a random key: the schedule must sort them itself.
  return fc
    .tuple(first, later)
    .map(([head, tail]) => [head, ...tail])
    .chain((rows) =>
      fc.array(fc.integer(), { minLength: rows.length, maxLength: rows.length }).map((keys) =>
        rows
          .map((row, i) => ({ row, key: keys[i] }))
          .sort((a, b) => a.key - b.key)
          .map((x) => x.row),
      ),
    );
}

function overrideHistory(period: Period, policy: AllowancePolicy): fc.Arbitrary<OverrideChange[]> {
  return fc.array(
    fc.record({
      effectiveFrom: offset(-100, 400).map((n) => addDays(period.start, n)),
      basis: fc.option(basisArb(policy.capMicros !== null), { nil: null }),
    }),
    { maxLength: 3 },
  );
}

/** A full schedule input: any policy, pay history, overrides, start and optional end around one fiscal year. */
const inputArb: fc.Arbitrary<ScheduleInput> = policyArb.chain((policy) =>
  periodFor(policy).chain((period) =>
    fc
      .record({
        pay: payHistory(period),
        overrides: overrideHistory(period, policy),
        startOffset: fc.oneof(offset(-60, 400), offset(0, 31)),
        length: fc.option(offset(0, 420), { nil: null }),
      })
      .map(({ pay, overrides, startOffset, length }) => {
        const startDate = addDays(period.start, startOffset);
        return {
          policy,
          pay,
          overrides,
          startDate,
          endDate: length === null ? null : addDays(startDate, length),
          period,
        };
      }),
  ),
);

/** An input whose employment starts inside the period (so some days are earned). */
const employedInputArb = inputArb.filter(
  (input) => compareDates(input.startDate, input.period.end) <= 0 && employedDays(input).length > 0,
);

const spread = (grants: AccrualGrant[]) => {
  const values = grants.map((g) => g.amountMicros);
  return values.reduce((a, b) => (a > b ? a : b)) - values.reduce((a, b) => (a < b ? a : b));
};

const monthly = (input: ScheduleInput): ScheduleInput => ({
  ...input,
  policy: { ...input.policy, accrual: 'MONTHLY' },
});

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

describe('accrualSchedule (properties)', () => {
  it('generated policies are valid (guards the generators)', () => {
    fc.assert(
      fc.property(policyArb, (policy) => {
        expect(allowancePolicyProblems(policy)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('Σ grants = roundHalfUp(Σ exact day shares), and every grant is >= 0', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const grants = accrualSchedule(input);
        const { total } = reference(input);
        expect(periodTotal(grants)).toBe(roundFraction(total));
        for (const grant of grants) expect(grant.amountMicros >= 0n).toBe(true);
      }),
      RUNS,
    );
  });

  it('MONTHLY: one grant per employed month, in order, covering exactly the employed days', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const grants = accrualSchedule(monthly(input));
        const days = employedDays(input);
        const expectedMonths = [...new Set(days.map(monthOf))];
        expect(grants.map((g) => g.month)).toEqual(expectedMonths);
        for (const grant of grants) {
          const inMonth = days.filter((day) => monthOf(day) === grant.month);
          expect(grant.grantDate).toBe(inMonth[0]);
          expect(grant.daysCovered).toBe(inMonth.length);
          const { year, month } = parseIsoDate(grant.grantDate);
          expect(grant.daysInMonth).toBe(daysInMonth(year, month));
          expect(grant.annualAllowanceMicros).toBe(annualOn(input, inMonth[inMonth.length - 1]));
        }
      }),
      RUNS,
    );
  });

  it('MONTHLY: each grant is within (segments in its month) micros of its exact share', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const grants = accrualSchedule(monthly(input));
        const { months } = reference(input);
        const changeDays = new Set(
          [...input.pay, ...(input.overrides ?? [])].map((row) => row.effectiveFrom),
        );
        const days = employedDays(input);
        for (const grant of grants) {
          const exact = months.get(grant.month) as Fraction;
          const cuts = days.filter(
            (day) => monthOf(day) === grant.month && day !== grant.grantDate && changeDays.has(day),
          ).length;
          const segments = BigInt(cuts + 1);
          const diff = grant.amountMicros * exact.d - exact.n;
          // |grant − exact| < segments + 1/2 (each segment is floor/ceil of its share of a total off by <= 1/2)
          expect((diff < 0n ? -diff : diff) * 2n < (2n * segments + 1n) * exact.d).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('UPFRONT: one grant on the first employed day with the same total as MONTHLY', () => {
    fc.assert(
      fc.property(employedInputArb, (input) => {
        const upfront = accrualSchedule({ ...input, policy: { ...input.policy, accrual: 'UPFRONT' } });
        const days = employedDays(input);
        expect(upfront).toHaveLength(1);
        expect(upfront[0]).toMatchObject({
          grantDate: days[0],
          month: monthOf(days[0]),
          amountMicros: periodTotal(accrualSchedule(monthly(input))),
          daysCovered: days.length,
          daysInMonth: daysBetweenInclusive(input.period.start, input.period.end),
        });
      }),
      RUNS,
    );
  });

  it('a full year at one rate sums exactly to annualAllowance in 12 grants that differ by at most 1', () => {
    fc.assert(
      fc.property(
        policyArb.chain((policy) =>
          fc.tuple(fc.constant(policy), periodFor(policy), amount, offset(0, 3000)),
        ),
        ([policy, period, pay, before]) => {
          const grants = accrualSchedule({
            policy: { ...policy, accrual: 'MONTHLY' },
            pay: [{ effectiveFrom: addDays(period.start, -before), annualPayMicros: pay }],
            startDate: addDays(period.start, -before),
            period,
          });
          expect(grants).toHaveLength(12);
          expect(periodTotal(grants)).toBe(annualAllowance(policy, pay));
          expect(spread(grants) <= 1n).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('splitting employment at any day into two schedules: exact values add up, rounded totals within 1', () => {
    fc.assert(
      fc.property(
        employedInputArb.chain((input) => {
          const days = employedDays(input);
          return fc.tuple(fc.constant(input), fc.integer({ min: 1, max: Math.max(1, days.length - 1) }));
        }),
        ([input, cut]) => {
          const days = employedDays(input);
          fc.pre(days.length >= 2);
          const splitDay = days[cut];
          const whole = reference(input).total;
          const firstPart: ScheduleInput = { ...input, endDate: addDays(splitDay, -1) };
          const secondPart: ScheduleInput = { ...input, startDate: splitDay };
          const [a, b] = [reference(firstPart).total, reference(secondPart).total];
          const sum = add(a, b);
          expect(sum.n * whole.d).toBe(whole.n * sum.d);

          const totalA = periodTotal(accrualSchedule(firstPart));
          const totalB = periodTotal(accrualSchedule(secondPart));
          const totalWhole = periodTotal(accrualSchedule(input));
          const gap = totalA + totalB - totalWhole;
          expect(gap >= -1n && gap <= 1n).toBe(true);
          expect(totalA <= totalWhole && totalB <= totalWhole).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('monotonic: a later start or an earlier end never earns more', () => {
    fc.assert(
      fc.property(inputArb, offset(1, 200), offset(1, 200), (input, later, earlier) => {
        const base = periodTotal(accrualSchedule(input));
        const laterStart = addDays(input.startDate, later);
        if (!input.endDate || compareDates(laterStart, input.endDate) <= 0) {
          expect(periodTotal(accrualSchedule({ ...input, startDate: laterStart })) <= base).toBe(true);
        }
        const earlierEnd = addDays(input.endDate ?? input.period.end, -earlier);
        if (compareDates(earlierEnd, input.startDate) >= 0) {
          expect(periodTotal(accrualSchedule({ ...input, endDate: earlierEnd })) <= base).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('a raise never lowers the period total (floor and cap keep the annual rate monotonic in pay)', () => {
    fc.assert(
      fc.property(employedInputArb, amount, offset(0, 365), (input, extra, at) => {
        const raise: PayRate = {
          effectiveFrom: addDays(input.period.start, at),
          annualPayMicros:
            (lastEffective(input.pay, addDays(input.period.start, at)) as PayRate).annualPayMicros + extra,
        };
        // Only a raise over the pay already in effect from that day on, so every later day is paid at least as much.
        const later = input.pay.filter((row) => compareDates(row.effectiveFrom, raise.effectiveFrom) > 0);
        fc.pre(later.length === 0);
        const before = periodTotal(accrualSchedule(input));
        const after = periodTotal(accrualSchedule({ ...input, pay: [...input.pay, raise] }));
        expect(after >= before).toBe(true);
      }),
      RUNS,
    );
  });

  it('does not depend on the order of pay rows with distinct dates', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const distinct = [...new Map(input.pay.map((row) => [row.effectiveFrom, row])).values()];
        const forward = accrualSchedule({ ...input, pay: distinct });
        const backward = accrualSchedule({ ...input, pay: [...distinct].reverse() });
        expect(backward).toEqual(forward);
      }),
      RUNS,
    );
  });
});

describe('firstYearAllowance (properties)', () => {
  it('equals the schedule of its fiscal year from the start date, and monthly = annual / 12 rounded', () => {
    fc.assert(
      fc.property(
        policyArb,
        amount,
        fc.integer({ min: 2019, max: 2033 }),
        offset(0, 365),
        (policy, pay, year, day) => {
          const startDate = addDays(toIsoDate(year, 1, 1), day);
          const preview = firstYearAllowance(policy, pay, startDate);
          expect(preview.period).toEqual(fiscalYearContaining(startDate, policy.fiscalYearStartMonth));
          expect(preview.totalMicros).toBe(periodTotal(preview.grants));
          expect(preview.grants[0].grantDate).toBe(startDate);
          const annual = annualAllowance(policy, pay);
          expect(preview.monthlyMicros).toBe((2n * annual + 12n) / 24n);
          expect(preview.totalMicros <= annual).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('with the default policy and a start on the 1st of a month, it is k/12 of the annual allowance', () => {
    fc.assert(
      fc.property(
        amount,
        fc.integer({ min: 2019, max: 2033 }),
        fc.integer({ min: 1, max: 12 }),
        (pay, year, month) => {
          const preview = firstYearAllowance(DEFAULT_ALLOWANCE_POLICY, pay, toIsoDate(year, month, 1));
          const annual = annualAllowance(DEFAULT_ALLOWANCE_POLICY, pay);
          const monthsLeft = BigInt(13 - month);
          expect(preview.grants).toHaveLength(13 - month);
          expect(preview.totalMicros).toBe((2n * annual * monthsLeft + 12n) / 24n);
        },
      ),
      RUNS,
    );
  });
});

describe('rolloverAmount (properties)', () => {
  it('is between 0 and the unused balance, and at most the cap', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), amount, (unused, cap) => {
        const positive = unused > 0n ? unused : 0n;
        expect(rolloverAmount({ ...DEFAULT_ALLOWANCE_POLICY, rollover: { kind: 'NONE' } }, unused)).toBe(0n);
        expect(rolloverAmount({ ...DEFAULT_ALLOWANCE_POLICY, rollover: { kind: 'ALL' } }, unused)).toBe(
          positive,
        );
        const capped = rolloverAmount(
          { ...DEFAULT_ALLOWANCE_POLICY, rollover: { kind: 'CAPPED', capMicros: cap } },
          unused,
        );
        expect(capped).toBe(positive < cap ? positive : cap);
      }),
      RUNS,
    );
  });
});
