import { addDays, addMonths, startOfMonth } from '@tokenroll/domain';
import { testToday } from '../test/business-date';
import { createKey, machine } from '../test/metering-fixtures';
import { addMember, signUp, SignedUp, startTestApp, TestApp } from '../test/test-app';

const today = testToday();
/** The first of the month `offset` months from this one. */
const firstOf = (offset: number) => addMonths(startOfMonth(today), offset);
const month = (offset: number) => firstOf(offset).slice(0, 7);

const CREATE_TEAM = `mutation($input: CreateTeamInput!) { createTeam(input: $input) { id } }`;
const CREATE_ENGINEER = `mutation($input: CreateEngineerInput!) { createEngineer(input: $input) { id } }`;
const RAISE = `mutation($input: RecordRaiseInput!) { recordRaise(input: $input) { effectiveFrom } }`;
const END = `mutation($input: SetEndDateInput!) { setEndDate(input: $input) { id } }`;
const RUN = `mutation { runAccruals { engineers granted adjusted expired forfeited } }`;
const POLICY = `mutation($input: UpdateAllowancePolicyInput!) { updateAllowancePolicy(input: $input) { ratioBp effectiveFrom fiscalYearStartMonth } }`;
const DETAIL = `query($id: ID!) { engineer(id: $id) {
  allowance { periodStart periodEnd balanceMicros accruedMicros schedule { month amountMicros posted postedMicros adjustmentMicros } }
  ledgerEntries { kind amountMicros memo reference }
} }`;

type Detail = {
  engineer: {
    allowance: {
      periodStart: string;
      periodEnd: string;
      balanceMicros: string;
      accruedMicros: string;
      schedule: {
        month: string;
        amountMicros: string;
        posted: boolean;
        postedMicros: string;
        adjustmentMicros: string;
      }[];
    };
    ledgerEntries: { kind: string; amountMicros: string; memo: string | null; reference: string }[];
  };
};

describe('retroactive changes true up: the schedule never lies', () => {
  let t: TestApp;
  let admin: SignedUp;
  let hr: SignedUp;
  let teamId: string;

  beforeAll(async () => {
    t = await startTestApp({ JOBS_ENABLED: 'false' });
    admin = await signUp(t, 'True Up Inc', 'admin@trueup.test');
    hr = await addMember(t, admin, 'hr@trueup.test', ['HR']);
    teamId = (
      await t.gql<{ createTeam: { id: string } }>(
        CREATE_TEAM,
        { input: { name: 'Core', costCentre: 'CC-1' } },
        { token: hr.token },
      )
    ).data!.createTeam.id;
  });

  afterAll(() => t.close());

  async function hire(email: string, startDate: string, annualPay: string): Promise<string> {
    const created = await t.gql<{ createEngineer: { id: string } }>(
      CREATE_ENGINEER,
      { input: { name: email.split('@')[0], email, teamId, startDate, annualPay, currency: 'USD' } },
      { token: hr.token },
    );
    if (!created.data) throw new Error(JSON.stringify(created.errors));
    return created.data.createEngineer.id;
  }

  async function detail(id: string): Promise<Detail['engineer']> {
    const answer = await t.gql<Detail>(DETAIL, { id }, { token: hr.token });
    if (!answer.data) throw new Error(JSON.stringify(answer.errors));
    return answer.data.engineer;
  }

  /** Σ grants + Σ adjustments per month from the ledger, by month. */
  function perMonth(entries: Detail['engineer']['ledgerEntries']): Map<string, bigint> {
    const months = new Map<string, bigint>();
    for (const entry of entries) {
      const match = /^accrual(?:-adjust)?:[^:]+:(\d{4}-\d{2})/.exec(entry.reference);
      if (match) months.set(match[1], (months.get(match[1]) ?? 0n) + BigInt(entry.amountMicros));
    }
    return months;
  }

  async function invariant(): Promise<void> {
    const [check] = await t.adminQuery<{ mismatched: number; total: string }>(
      `select (select count(*)::int from ledger_accounts a where a.balance_micros <>
                (select coalesce(sum(case when e.to_account_id = a.id then e.amount_micros else -e.amount_micros end), 0)
                   from ledger_entries e where e.to_account_id = a.id or e.from_account_id = a.id)) as mismatched,
              (select coalesce(sum(balance_micros), 0)::text from ledger_accounts) as total`,
    );
    expect(check).toEqual({ mismatched: 0, total: '0' });
  }

  it('a new hire gets what is due at once, in the same transaction: a hard budget hired today can authorize today', async () => {
    const id = await hire('today@trueup.test', today, '120000');
    // No accrual run: the grant came with the hire.
    const hired = await detail(id);
    expect(BigInt(hired.allowance.balanceMicros)).toBeGreaterThan(0n);
    expect(hired.ledgerEntries.map((entry) => entry.kind)).toEqual(['GRANT']);
    const hard = await t.gql(
      `mutation($id: ID!) { setEngineerBudgetEnforcement(engineerId: $id, enforcement: "HARD") { enforcement } }`,
      { id },
      { token: admin.token },
    );
    expect(hard.errors).toBeUndefined();
    const key = await createKey(t, admin, { engineerId: id });
    const held = await machine<{ held?: string; status?: number }>(t, key, 'POST', '/v1/authorizations', {
      provider: 'anthropic',
      model: 'claude-sonnet-4-6',
      estimatedInputTokens: 2000,
      maxOutputTokens: 400,
      requestId: 'first-day',
    });
    expect(held.status).toBeLessThan(300);
  });

  it('120k → 180k effective two months back, recorded today: +2,500 for each of the three months, posted once', async () => {
    const id = await hire('raise@trueup.test', firstOf(-3), '120000');
    const before = await detail(id);
    expect(
      before.ledgerEntries.filter((entry) => entry.kind === 'GRANT').map((entry) => entry.amountMicros),
    ).toEqual(['5000000000', '5000000000', '5000000000', '5000000000']);

    const raise = await t.gql(
      RAISE,
      { input: { engineerId: id, effectiveFrom: firstOf(-2), annualPay: '180000' } },
      { token: hr.token },
    );
    expect(raise.errors).toBeUndefined();
    const after = await detail(id);
    const adjustments = after.ledgerEntries.filter((entry) => entry.kind === 'ADJUSTMENT');
    expect(adjustments.map((entry) => entry.amountMicros)).toEqual([
      '2500000000',
      '2500000000',
      '2500000000',
    ]);
    expect(adjustments.map((entry) => entry.reference).sort()).toEqual(
      [-2, -1, 0].map((offset) => `accrual-adjust:${id}:${month(offset)}:1`),
    );
    for (const entry of adjustments) expect(entry.memo).toContain(`Pay change to 180000 from ${firstOf(-2)}`);
    // Each month: what was posted + the adjustment = what the rule says now (7,500).
    expect(perMonth(after.ledgerEntries)).toEqual(
      new Map([
        [month(-3), 5_000_000_000n],
        [month(-2), 7_500_000_000n],
        [month(-1), 7_500_000_000n],
        [month(0), 7_500_000_000n],
      ]),
    );
    const current = after.allowance.schedule.find((grant) => grant.month === month(0))!;
    expect(current).toMatchObject({
      amountMicros: '7500000000',
      postedMicros: '5000000000',
      adjustmentMicros: '2500000000',
      posted: true,
    });

    // Idempotent: the hourly run posts nothing more.
    const again = await t.gql<{ runAccruals: { granted: number; adjusted: number } }>(
      RUN,
      {},
      { token: hr.token },
    );
    expect(again.data?.runAccruals).toMatchObject({ granted: 0, adjusted: 0 });
    await invariant();
  });

  it('a leaving date recorded after the fact reverses the grants after it and forfeits the rest: nothing left', async () => {
    const id = await hire('leaver@trueup.test', firstOf(-2), '120000');
    const endDate = addDays(firstOf(-1), 9);
    const ended = await t.gql(END, { input: { engineerId: id, endDate } }, { token: hr.token });
    expect(ended.errors).toBeUndefined();
    const after = await detail(id);
    expect(after.allowance.balanceMicros).toBe('0');
    const months = perMonth(after.ledgerEntries);
    // Two months back in full, 10 days of last month, nothing of this one.
    expect(months.get(month(-2))).toBe(5_000_000_000n);
    expect(months.get(month(0))).toBe(0n);
    const daysLastMonth = Number(addDays(firstOf(0), -1).slice(8, 10));
    const expectedLast = (120_000_000_000n * 5_000n * 10n) / (10_000n * 12n * BigInt(daysLastMonth));
    expect(months.get(month(-1))! - expectedLast).toBeLessThanOrEqual(1n);
    expect(after.ledgerEntries.map((entry) => entry.kind)).toContain('FORFEIT');
    const again = await t.gql<{ runAccruals: { forfeited: number; adjusted: number } }>(
      RUN,
      {},
      { token: hr.token },
    );
    expect(again.data?.runAccruals).toMatchObject({ forfeited: 0, adjusted: 0 });
    expect((await detail(id)).allowance.balanceMicros).toBe('0');
    await invariant();
  });

  it('spend dated after a backdated end date stays recorded, as the leaver’s overage', async () => {
    const id = await hire('spender@trueup.test', firstOf(-2), '120000');
    const key = await createKey(t, admin, { engineerId: id });
    const used = await machine<{ results: { status: string; cost?: string }[] }>(
      t,
      key,
      'POST',
      '/v1/usage',
      {
        events: [
          {
            source: 'cli',
            provider: 'anthropic',
            model: 'claude-sonnet-4-6',
            inputTokens: 1_000_000,
            outputTokens: 100_000,
            // Midnight today: after the end date, and never in the future whatever the real time of day.
            occurredAt: `${today}T00:00:00.000Z`,
            idempotencyKey: 'after-leaving',
          },
        ],
      },
    );
    expect(used.body.results[0]).toMatchObject({ status: 'accepted', cost: '4.500000' });
    const ended = await t.gql(
      END,
      { input: { engineerId: id, endDate: addDays(firstOf(-1), 9) } },
      { token: hr.token },
    );
    expect(ended.errors).toBeUndefined();
    // Everything granted for the employed days is forfeited; the spend after the last day is what is left.
    expect((await detail(id)).allowance.balanceMicros).toBe('-4500000');
    await invariant();
  });

  it('a policy change takes a date; months already granted are trued up; a fiscal year start change waits for the next period', async () => {
    const id = await hire('policy@trueup.test', firstOf(-1), '120000');
    const saved = await t.gql<{ updateAllowancePolicy: { ratioBp: number; effectiveFrom: string } }>(
      POLICY,
      {
        input: {
          basisKind: 'RATIO',
          ratioBp: 6000,
          fiscalYearStartMonth: 1,
          accrual: 'MONTHLY',
          rolloverKind: 'NONE',
          effectiveFrom: firstOf(-1),
        },
      },
      { token: hr.token },
    );
    expect(saved.data?.updateAllowancePolicy).toMatchObject({ ratioBp: 6000, effectiveFrom: firstOf(-1) });
    const after = await detail(id);
    // 60% of 120,000 = 6,000 a month for last month and this one.
    expect(perMonth(after.ledgerEntries)).toEqual(
      new Map([
        [month(-1), 6_000_000_000n],
        [month(0), 6_000_000_000n],
      ]),
    );
    const period = { start: after.allowance.periodStart, end: after.allowance.periodEnd };
    const otherStart = (Number(today.slice(5, 7)) % 12) + 1;
    const moved = await t.gql(
      POLICY,
      {
        input: {
          basisKind: 'RATIO',
          ratioBp: 6000,
          fiscalYearStartMonth: otherStart,
          accrual: 'MONTHLY',
          rolloverKind: 'NONE',
        },
      },
      { token: hr.token },
    );
    expect(moved.errors).toBeUndefined();
    const unchanged = await detail(id);
    expect({ start: unchanged.allowance.periodStart, end: unchanged.allowance.periodEnd }).toEqual(period);
    expect(perMonth(unchanged.ledgerEntries).get(month(0))).toBe(6_000_000_000n);
    await invariant();
  });
});
