import fc from 'fast-check';
import {
  AllowanceBasis,
  AllowancePolicy,
  annualAllowance,
  DEFAULT_ALLOWANCE_POLICY,
  OverrideChange,
  PayRate,
  PolicyVersion,
} from './allowance';
import {
  accrualPostings,
  allowancePeriodContaining,
  dueGrants,
  EngineerRule,
  nextAccrualDue,
  POLICY_SINCE_ALWAYS,
  PostedMonth,
} from './allowance-history';
import { addDays, addMonths, compareDates, IsoDate, startOfMonth } from './dates';

const RUNS = { numRuns: 150 };
const FIRST = '2025-01-01';
const day = (offset: number): IsoDate => addDays(FIRST, offset);
const dayArb = fc.integer({ min: 0, max: 3 * 365 }).map(day);

const basisArb: fc.Arbitrary<AllowanceBasis> = fc.oneof(
  fc.integer({ min: 0, max: 10_000 }).map((ratioBp) => ({ kind: 'RATIO' as const, ratioBp })),
  fc
    .bigInt({ min: 0n, max: 500_000_000_000n })
    .map((annualMicros) => ({ kind: 'FIXED' as const, annualMicros })),
);

const policyArb: fc.Arbitrary<AllowancePolicy> = fc
  .record({
    basis: basisArb,
    floor: fc.option(fc.bigInt({ min: 0n, max: 50_000_000_000n }), { nil: null }),
    capExtra: fc.option(fc.bigInt({ min: 0n, max: 300_000_000_000n }), { nil: null }),
    fiscalYearStartMonth: fc.integer({ min: 1, max: 12 }),
    accrual: fc.constantFrom('MONTHLY' as const, 'UPFRONT' as const),
  })
  .map(({ basis, floor, capExtra, fiscalYearStartMonth, accrual }) => ({
    basis,
    floorMicros: floor,
    capMicros: capExtra === null ? null : (floor ?? 0n) + capExtra,
    fiscalYearStartMonth,
    accrual,
    rollover: { kind: 'NONE' as const },
  }));

const payArb = fc.bigInt({ min: 0n, max: 400_000_000_000n });

type Change =
  | { kind: 'raise'; recordedOn: IsoDate; rate: PayRate }
  | { kind: 'override'; recordedOn: IsoDate; change: OverrideChange }
  | { kind: 'policy'; recordedOn: IsoDate; version: PolicyVersion }
  | { kind: 'end'; recordedOn: IsoDate; offset: number | null };

const changeArb: fc.Arbitrary<Change> = fc.oneof(
  fc
    .record({ recordedOn: dayArb, effectiveFrom: dayArb, pay: payArb })
    .map(({ recordedOn, effectiveFrom, pay }) => ({
      kind: 'raise' as const,
      recordedOn,
      rate: { effectiveFrom, annualPayMicros: pay },
    })),
  fc
    .record({
      recordedOn: dayArb,
      effectiveFrom: dayArb,
      basis: fc.option(basisArb, { nil: null }),
      topUp: fc.option(fc.bigInt({ min: 0n, max: 20_000_000_000n }), { nil: undefined }),
    })
    .map(({ recordedOn, effectiveFrom, basis, topUp }) => ({
      kind: 'override' as const,
      recordedOn,
      change: { effectiveFrom, basis, topUpMicros: topUp },
    })),
  fc
    .record({ recordedOn: dayArb, effectiveFrom: dayArb, policy: policyArb })
    .map(({ recordedOn, effectiveFrom, policy }) => ({
      kind: 'policy' as const,
      recordedOn,
      version: { effectiveFrom, policy },
    })),
  fc
    .record({ recordedOn: dayArb, offset: fc.option(fc.integer({ min: 0, max: 900 }), { nil: null }) })
    .map(({ recordedOn, offset }) => ({ kind: 'end' as const, recordedOn, offset })),
);

interface Scenario {
  startDate: IsoDate;
  pay: bigint;
  policy: AllowancePolicy;
  changes: Change[];
}

const scenarioArb: fc.Arbitrary<Scenario> = fc.record({
  startDate: fc.integer({ min: 0, max: 500 }).map(day),
  pay: payArb,
  policy: policyArb,
  changes: fc.array(changeArb, { maxLength: 6 }),
});

/** The rule as known on `on`: the changes recorded by then (in recording order, later wins on a date). */
function ruleKnownOn(scenario: Scenario, on: IsoDate): EngineerRule {
  const known = scenario.changes
    .map((change, index) => ({ change, index }))
    .filter(({ change }) => compareDates(change.recordedOn, on) <= 0)
    .sort((a, b) => compareDates(a.change.recordedOn, b.change.recordedOn) || a.index - b.index)
    .map(({ change }) => change);
  const rule: EngineerRule = {
    policies: [{ effectiveFrom: POLICY_SINCE_ALWAYS, policy: scenario.policy }],
    pay: [{ effectiveFrom: scenario.startDate, annualPayMicros: scenario.pay }],
    overrides: [],
    startDate: scenario.startDate,
    endDate: null,
  };
  for (const change of known) {
    if (change.kind === 'raise') rule.pay.push(change.rate);
    if (change.kind === 'override') rule.overrides!.push(change.change);
    if (change.kind === 'policy') rule.policies.push(change.version);
    if (change.kind === 'end')
      rule.endDate = change.offset === null ? null : addDays(scenario.startDate, change.offset);
  }
  return rule;
}

/** The ledger of one engineer, per month: grants and signed adjustments, as the accrual run posts them. */
class Ledger {
  readonly months = new Map<string, PostedMonth>();
  private readonly references = new Set<string>();
  posts = 0;

  run(rule: EngineerRule, asOf: IsoDate): void {
    const { grants, adjustments } = accrualPostings(dueGrants(rule, asOf), this.months);
    for (const grant of grants) {
      if (!this.claim(`accrual:${grant.month}`)) continue;
      const month = this.month(grant.month);
      month.granted = true;
      month.grantMicros = grant.amountMicros;
    }
    for (const adjustment of adjustments) {
      if (!this.claim(`accrual-adjust:${adjustment.month}:${adjustment.sequence}`)) continue;
      const month = this.month(adjustment.month);
      month.adjustmentMicros += adjustment.amountMicros;
      month.adjustments++;
    }
  }

  private claim(reference: string): boolean {
    if (this.references.has(reference)) return false;
    this.references.add(reference);
    this.posts++;
    return true;
  }

  private month(key: string): PostedMonth {
    let month = this.months.get(key);
    if (!month) {
      month = { granted: false, grantMicros: 0n, adjustmentMicros: 0n, adjustments: 0 };
      this.months.set(key, month);
    }
    return month;
  }
}

/** The days the accrual ran: every change's recording day and the first of every month (the hourly job). */
function runDays(scenario: Scenario, last: IsoDate): IsoDate[] {
  const days = new Set(scenario.changes.map((change) => change.recordedOn));
  for (let month = startOfMonth(FIRST); compareDates(month, last) <= 0; month = addMonths(month, 1))
    days.add(month);
  days.add(last);
  return [...days].filter((d) => compareDates(d, last) <= 0).sort(compareDates);
}

describe('retroactive changes true up: Σ grants + Σ adjustments per month = the rule under the final history', () => {
  it('holds exactly to the micro-unit for any dated changes recorded on any later day', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 0, max: 200 }), (scenario, extra) => {
        const latest = scenario.changes.reduce(
          (max, change) => (compareDates(change.recordedOn, max) > 0 ? change.recordedOn : max),
          scenario.startDate,
        );
        const finalDay = addDays(latest, extra);
        const ledger = new Ledger();
        for (const on of runDays(scenario, finalDay)) ledger.run(ruleKnownOn(scenario, on), on);

        const finalRule = ruleKnownOn(scenario, finalDay);
        const expected = new Map(
          dueGrants(finalRule, finalDay).map((grant) => [grant.month, grant.amountMicros]),
        );
        for (const [month, held] of ledger.months)
          expect(held.grantMicros + held.adjustmentMicros).toBe(expected.get(month) ?? 0n);
        for (const [month, amount] of expected)
          expect(
            (ledger.months.get(month)?.grantMicros ?? 0n) +
              (ledger.months.get(month)?.adjustmentMicros ?? 0n),
          ).toBe(amount);

        // Re-running on the same day posts nothing.
        const before = ledger.posts;
        ledger.run(finalRule, finalDay);
        expect(ledger.posts).toBe(before);
      }),
      RUNS,
    );
  });

  it('a fiscal year start change applies from the next period only', () => {
    fc.assert(
      fc.property(
        policyArb,
        fc.integer({ min: 1, max: 12 }),
        dayArb,
        dayArb,
        (policy, month, changedOn, probe) => {
          const before: PolicyVersion[] = [{ effectiveFrom: POLICY_SINCE_ALWAYS, policy }];
          const after = [
            ...before,
            { effectiveFrom: changedOn, policy: { ...policy, fiscalYearStartMonth: month } },
          ];
          const current = allowancePeriodContaining(before, changedOn);
          // The period the change is dated in keeps its bounds; nothing before its end moves.
          expect(allowancePeriodContaining(after, changedOn)).toEqual(current);
          if (compareDates(probe, current.end) <= 0)
            expect(allowancePeriodContaining(after, probe)).toEqual(allowancePeriodContaining(before, probe));
          else
            expect(compareDates(allowancePeriodContaining(after, probe).start, current.end)).toBeGreaterThan(
              0,
            );
        },
      ),
      RUNS,
    );
  });
});

describe('retroactive changes: the examples', () => {
  const policy = DEFAULT_ALLOWANCE_POLICY;
  const rule = (pay: PayRate[], endDate: IsoDate | null = null): EngineerRule => ({
    policies: [{ effectiveFrom: POLICY_SINCE_ALWAYS, policy }],
    pay,
    startDate: '2026-01-01',
    endDate,
  });

  it('120k → 180k from 1 October recorded in December: +2,500 for October, November and December', () => {
    const ledger = new Ledger();
    const before = rule([{ effectiveFrom: '2026-01-01', annualPayMicros: 120_000_000_000n }]);
    ledger.run(before, '2026-12-01');
    expect(ledger.months.get('2026-12')?.grantMicros).toBe(5_000_000_000n);
    const after = rule([...before.pay, { effectiveFrom: '2026-10-01', annualPayMicros: 180_000_000_000n }]);
    const { grants, adjustments } = accrualPostings(dueGrants(after, '2026-12-07'), ledger.months);
    expect(grants).toEqual([]);
    expect(adjustments).toEqual([
      { month: '2026-10', amountMicros: 2_500_000_000n, sequence: 1 },
      { month: '2026-11', amountMicros: 2_500_000_000n, sequence: 1 },
      { month: '2026-12', amountMicros: 2_500_000_000n, sequence: 1 },
    ]);
  });

  it('an end date recorded after the fact claws back the days after it', () => {
    const ledger = new Ledger();
    const employed = rule([{ effectiveFrom: '2026-01-01', annualPayMicros: 120_000_000_000n }]);
    ledger.run(employed, '2026-03-01');
    const left = { ...employed, endDate: '2026-02-14' };
    const { adjustments } = accrualPostings(dueGrants(left, '2026-03-05'), ledger.months);
    // February: 14 of 28 days; March: nothing.
    expect(adjustments).toEqual([
      { month: '2026-02', amountMicros: -2_500_000_000n, sequence: 1 },
      { month: '2026-03', amountMicros: -5_000_000_000n, sequence: 1 },
    ]);
  });

  it('under up-front accrual a mid-period raise adjusts the rest of the period', () => {
    const upfront: EngineerRule = {
      policies: [{ effectiveFrom: POLICY_SINCE_ALWAYS, policy: { ...policy, accrual: 'UPFRONT' } }],
      pay: [{ effectiveFrom: '2026-01-01', annualPayMicros: 120_000_000_000n }],
      startDate: '2026-01-01',
    };
    const ledger = new Ledger();
    ledger.run(upfront, '2026-01-01');
    expect(ledger.months.get('2026-01')?.grantMicros).toBe(60_000_000_000n);
    const raised = {
      ...upfront,
      pay: [...upfront.pay, { effectiveFrom: '2026-07-01', annualPayMicros: 180_000_000_000n }],
    };
    // July..December at 90,000 instead of 60,000: +15,000, on the period's one grant key.
    expect(accrualPostings(dueGrants(raised, '2026-08-15'), ledger.months).adjustments).toEqual([
      { month: '2026-01', amountMicros: 15_000_000_000n, sequence: 1 },
    ]);
  });

  it('a top-up rides on the basis: a later raise still flows through it', () => {
    const withTopUp: EngineerRule = {
      ...rule([
        { effectiveFrom: '2026-01-01', annualPayMicros: 120_000_000_000n },
        { effectiveFrom: '2026-07-01', annualPayMicros: 144_000_000_000n },
      ]),
      overrides: [{ effectiveFrom: '2026-04-01', basis: null, topUpMicros: 12_000_000_000n }],
    };
    const byMonth = new Map(
      dueGrants(withTopUp, '2026-12-31').map((grant) => [grant.month, grant.amountMicros]),
    );
    expect(byMonth.get('2026-03')).toBe(5_000_000_000n);
    expect(byMonth.get('2026-04')).toBe(6_000_000_000n);
    expect(byMonth.get('2026-07')).toBe(7_000_000_000n);
    expect(annualAllowance(policy, 144_000_000_000n) + 12_000_000_000n).toBe(84_000_000_000n);
  });

  it('next due: the first of next month, the day after the end date, a future start; nothing after leaving', () => {
    expect(nextAccrualDue({ startDate: '2026-01-01', endDate: null }, '2026-12-07')).toBe('2027-01-01');
    expect(nextAccrualDue({ startDate: '2026-01-01', endDate: '2026-12-10' }, '2026-12-07')).toBe(
      '2026-12-11',
    );
    expect(nextAccrualDue({ startDate: '2027-02-01', endDate: null }, '2026-12-07')).toBe('2027-02-01');
    expect(nextAccrualDue({ startDate: '2026-01-01', endDate: '2026-12-01' }, '2026-12-07')).toBeNull();
  });
});
