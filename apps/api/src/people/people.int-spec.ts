import { addMonths, startOfMonth } from '@tokenroll/domain';
import { testToday } from '../test/business-date';
import { addMember, signUp, SignedUp, startTestApp, TestApp } from '../test/test-app';

const ENGINEERS = `{ engineers { id name email status teamName basePay { annualMicros } annualAllowanceMicros } }`;
const DETAIL = `query($id: ID!) { engineer(id: $id) {
  engineer { id name basePay { annualMicros } annualAllowanceMicros }
  payHistory { effectiveFrom annualMicros }
  allowance { periodStart periodEnd annualMicros periodTotalMicros accruedMicros balanceMicros schedule { month amountMicros daysCovered posted postedMicros adjustmentMicros } }
  ledgerEntries { kind amountMicros memo }
} }`;
const CREATE_TEAM = `mutation($input: CreateTeamInput!) { createTeam(input: $input) { id name } }`;
const CREATE_ENGINEER = `mutation($input: CreateEngineerInput!) { createEngineer(input: $input) { id status basePay { annualMicros } annualAllowanceMicros } }`;
const RUN = `mutation { runAccruals { engineers granted expired forfeited } }`;

type Detail = {
  engineer: {
    engineer: { basePay: { annualMicros: string } | null; annualAllowanceMicros: string | null };
    payHistory: { effectiveFrom: string; annualMicros: string }[] | null;
    allowance: {
      periodStart: string;
      annualMicros: string;
      periodTotalMicros: string;
      accruedMicros: string;
      balanceMicros: string;
      schedule: {
        month: string;
        amountMicros: string;
        daysCovered: number;
        posted: boolean;
        postedMicros: string;
        adjustmentMicros: string;
      }[];
    } | null;
    ledgerEntries: { kind: string; amountMicros: string; memo: string | null }[] | null;
  };
};

const today = testToday();
const year = Number(today.slice(0, 4));
/** The first of the month `offset` months from this one. */
const firstOf = (offset: number) => addMonths(startOfMonth(today), offset);

describe('people, pay and allowances: policy, schedules, accruals into the ledger, privacy by role, audit', () => {
  let t: TestApp;
  let admin: SignedUp;
  let hr: SignedUp;
  let finance: SignedUp;
  let manager: SignedUp;
  let engineerUser: SignedUp;
  let platformId: string;
  let coreId: string;
  let productId: string;
  let mineId: string;
  let otherId: string;

  beforeAll(async () => {
    t = await startTestApp({ JOBS_ENABLED: 'false' });
    admin = await signUp(t, 'Payroll Inc', 'admin@payroll.test');
    hr = await addMember(t, admin, 'hr@payroll.test', ['HR']);
    finance = await addMember(t, admin, 'fin@payroll.test', ['FINANCE']);
    manager = await addMember(t, admin, 'mgr@payroll.test', ['MANAGER']);
    // These figures are checked as a manager sees them when the company lets managers see allowances (the
    // default hides them: allowance-sight.int-spec.ts).
    await t.gql(
      `mutation { setManagersSeeAllowances(enabled: true) { managersSeeAllowances } }`,
      {},
      {
        token: admin.token,
      },
    );
    engineerUser = await addMember(t, admin, 'me@payroll.test', ['ENGINEER']);
    const platform = await t.gql<{ createTeam: { id: string } }>(
      CREATE_TEAM,
      { input: { name: 'Platform', costCentre: 'CC-1', managerUserId: manager.userId } },
      { token: hr.token },
    );
    platformId = platform.data!.createTeam.id;
    coreId = (
      await t.gql<{ createTeam: { id: string } }>(
        CREATE_TEAM,
        { input: { name: 'Core', parentId: platformId, costCentre: 'CC-2' } },
        { token: hr.token },
      )
    ).data!.createTeam.id;
    productId = (
      await t.gql<{ createTeam: { id: string } }>(
        CREATE_TEAM,
        { input: { name: 'Product', costCentre: 'CC-3' } },
        { token: hr.token },
      )
    ).data!.createTeam.id;
    const mine = await t.gql<{ createEngineer: { id: string } }>(
      CREATE_ENGINEER,
      {
        input: {
          name: 'Me Myself',
          email: 'me@payroll.test',
          teamId: coreId,
          startDate: `${year}-01-01`,
          annualPay: '200,000',
          currency: 'USD',
        },
      },
      { token: hr.token },
    );
    mineId = mine.data!.createEngineer.id;
    const other = await t.gql<{ createEngineer: { id: string } }>(
      CREATE_ENGINEER,
      {
        input: {
          name: 'Other Person',
          email: 'other@payroll.test',
          teamId: productId,
          startDate: `${year}-01-01`,
          annualPay: '150000',
          currency: 'USD',
        },
      },
      { token: hr.token },
    );
    otherId = other.data!.createEngineer.id;
  });

  afterAll(() => t.close());

  it('defaults to 50% of base pay, monthly, with no rollover', async () => {
    const policy = await t.gql<{ allowancePolicy: Record<string, unknown> }>(
      `{ allowancePolicy { basisKind ratioBp accrual rolloverKind fiscalYearStartMonth } }`,
      {},
      { token: engineerUser.token },
    );
    expect(policy.data?.allowancePolicy).toEqual({
      basisKind: 'RATIO',
      ratioBp: 5000,
      accrual: 'MONTHLY',
      rolloverKind: 'NONE',
      fiscalYearStartMonth: 1,
    });
  });

  it('posts twelve grants for a full year that add up exactly to the annual allowance, once', async () => {
    // Hiring granted what was due at once: the run finds nothing more to grant.
    const first = await t.gql<{ runAccruals: { granted: number } }>(RUN, {}, { token: hr.token });
    expect(first.data?.runAccruals.granted).toBe(0);
    const again = await t.gql<{ runAccruals: { granted: number } }>(RUN, {}, { token: hr.token });
    expect(again.data?.runAccruals.granted).toBe(0);
    const detail = await t.gql<Detail>(DETAIL, { id: mineId }, { token: hr.token });
    const allowance = detail.data!.engineer.allowance!;
    expect(allowance.annualMicros).toBe('100000000000');
    expect(allowance.schedule).toHaveLength(12);
    const sum = allowance.schedule.reduce((total, grant) => total + BigInt(grant.amountMicros), 0n);
    expect(sum).toBe(100_000_000_000n);
    const month = Number(today.slice(5, 7));
    expect(allowance.schedule.filter((grant) => grant.posted)).toHaveLength(month);
    // 100,000,000,000 / 12 leaves 4 micros: the largest remainder gives them to the first four months.
    expect(BigInt(allowance.accruedMicros)).toBe(BigInt(month) * 8_333_333_333n + BigInt(Math.min(month, 4)));
    expect(allowance.balanceMicros).toBe(allowance.accruedMicros);
  });

  it('two accrual runs at the same time grant nothing twice', async () => {
    const runs = await Promise.all(
      [1, 2, 3].map(() => t.gql<{ runAccruals: { granted: number } }>(RUN, {}, { token: hr.token })),
    );
    expect(runs.map((run) => run.errors)).toEqual([undefined, undefined, undefined]);
    const [dupes] = await t.adminQuery<{ n: number }>(
      `select count(*)::int as n from (select reference from ledger_entries group by company_id, reference having count(*) > 1) d`,
    );
    expect(dupes.n).toBe(0);
  });

  it('the ledger reconciles: every balance equals its entries, and all balances sum to zero', async () => {
    const invariant = await t.gql<{ ledgerInvariant: { totalMicros: string; violations: number } }>(
      `{ ledgerInvariant { totalMicros violations } }`,
      {},
      { token: finance.token },
    );
    expect(invariant.data?.ledgerInvariant).toEqual({ totalMicros: '0', violations: 0 });
    const [check] = await t.adminQuery<{ mismatched: number; total: string }>(
      `select (select count(*)::int from ledger_accounts a where a.balance_micros <>
                (select coalesce(sum(case when e.to_account_id = a.id then e.amount_micros else -e.amount_micros end), 0)
                   from ledger_entries e where e.to_account_id = a.id or e.from_account_id = a.id)) as mismatched,
              (select sum(balance_micros)::text from ledger_accounts) as total`,
    );
    expect(check).toEqual({ mismatched: 0, total: '0' });
  });

  describe('privacy by role', () => {
    it('ADMIN, HR and FINANCE see base pay and allowances of everyone', async () => {
      for (const viewer of [admin, hr, finance]) {
        const list = await t.gql<{
          engineers: {
            email: string;
            basePay: { annualMicros: string } | null;
            annualAllowanceMicros: string | null;
          }[];
        }>(ENGINEERS, {}, { token: viewer.token });
        expect(
          list.data?.engineers.map((e) => [e.email, e.basePay?.annualMicros, e.annualAllowanceMicros]),
        ).toEqual([
          ['me@payroll.test', '200000000000', '100000000000'],
          ['other@payroll.test', '150000000000', '75000000000'],
        ]);
      }
    });

    it('a MANAGER sees allowances in their team subtree, never base pay, and nobody outside it', async () => {
      const list = await t.gql<{
        engineers: { email: string; basePay: unknown; annualAllowanceMicros: string | null }[];
      }>(ENGINEERS, {}, { token: manager.token });
      expect(list.data?.engineers).toEqual([
        expect.objectContaining({
          email: 'me@payroll.test',
          basePay: null,
          annualAllowanceMicros: '100000000000',
        }),
      ]);
      const detail = await t.gql<Detail>(DETAIL, { id: mineId }, { token: manager.token });
      expect(detail.data?.engineer.payHistory).toBeNull();
      expect(detail.data?.engineer.engineer.basePay).toBeNull();
      expect(detail.data?.engineer.allowance?.annualMicros).toBe('100000000000');
      const outside = await t.gql(DETAIL, { id: otherId }, { token: manager.token });
      expect(outside.errors?.[0].extensions.code).toBe('NOT_FOUND');
    });

    it('an ENGINEER sees their own allowance and nothing of anyone else', async () => {
      const list = await t.gql<{
        engineers: { email: string; basePay: unknown; annualAllowanceMicros: string | null }[];
      }>(ENGINEERS, {}, { token: engineerUser.token });
      expect(list.data?.engineers).toEqual([
        expect.objectContaining({
          email: 'me@payroll.test',
          basePay: null,
          annualAllowanceMicros: '100000000000',
        }),
      ]);
      const own = await t.gql<Detail>(DETAIL, { id: mineId }, { token: engineerUser.token });
      expect(own.data?.engineer.payHistory).toBeNull();
      expect(own.data?.engineer.allowance?.schedule).toHaveLength(12);
      const other = await t.gql(DETAIL, { id: otherId }, { token: engineerUser.token });
      expect(other.errors?.[0].extensions.code).toBe('NOT_FOUND');
      const teams = await t.gql(`{ teams { id } }`, {}, { token: engineerUser.token });
      expect(teams.errors?.[0].extensions.code).toBe('FORBIDDEN');
    });

    it('reads of someone else’s pay are audited and shown to ADMIN only', async () => {
      await t.gql(DETAIL, { id: otherId }, { token: finance.token });
      const forAdmin = await t.gql<{
        auditEntries: { action: string; actorEmail: string; entityId: string }[];
      }>(
        `{ auditEntries(filter: { action: "PAY_VIEWED" }) { action actorEmail entityId } }`,
        {},
        { token: admin.token },
      );
      expect(forAdmin.data?.auditEntries).toContainEqual({
        action: 'PAY_VIEWED',
        actorEmail: 'fin@payroll.test',
        entityId: otherId,
      });
      // Lists showing other people's pay are logged too, naming whose.
      const lists = await t.gql<{ auditEntries: { actorEmail: string; after: string | null }[] }>(
        `{ auditEntries(filter: { action: "PAY_VIEWED" }) { actorEmail after } }`,
        {},
        { token: admin.token },
      );
      const listRead = lists.data!.auditEntries.find(
        (entry) => entry.actorEmail === 'hr@payroll.test' && entry.after?.includes('engineers list'),
      );
      expect(JSON.parse(listRead!.after!).engineerIds).toEqual(expect.arrayContaining([mineId, otherId]));
      const forHr = await t.gql<{ auditEntries: { action: string }[] }>(
        `{ auditEntries { action } }`,
        {},
        { token: hr.token },
      );
      expect(forHr.data?.auditEntries.some((entry) => entry.action === 'PAY_VIEWED')).toBe(false);
      expect(forHr.data?.auditEntries.map((entry) => entry.action)).toEqual(
        expect.arrayContaining(['ENGINEER_CREATED', 'TEAM_CREATED']),
      );
    });
  });

  it('a raise changes the remaining accruals from its date, trues up a month already granted, and is audited with before and after', async () => {
    // This month's grant is posted at 150,000 (50%: 6,250 a month) before the raise dated its first day.
    await t.gql(RUN, {}, { token: hr.token });
    const thisMonth = today.slice(0, 7);
    // The first of this month (in January, the day after the engineer's start on 1 January).
    const raisedFrom = firstOf(0) === `${year}-01-01` ? `${year}-01-02` : firstOf(0);
    const raise = await t.gql(
      `mutation($input: RecordRaiseInput!) { recordRaise(input: $input) { effectiveFrom annualMicros } }`,
      { input: { engineerId: otherId, effectiveFrom: raisedFrom, annualPay: '240000' } },
      { token: hr.token },
    );
    expect(raise.errors).toBeUndefined();
    const detail = await t.gql<Detail>(DETAIL, { id: otherId }, { token: hr.token });
    const schedule = detail.data!.engineer.allowance!.schedule;
    const current = schedule.find((grant) => grant.month === thisMonth)!;
    // What the rule says now (240,000 × 50% / 12), posted at the old rate plus the true-up, in the same transaction.
    if (raisedFrom === firstOf(0))
      expect(BigInt(current.amountMicros)).toBeGreaterThanOrEqual(9_999_999_999n);
    else expect(BigInt(current.amountMicros)).toBeGreaterThan(9_500_000_000n); // 1 of 31 days at the old rate
    expect(current.posted).toBe(true);
    expect(BigInt(current.postedMicros)).toBeLessThanOrEqual(6_250_000_001n);
    expect(BigInt(current.postedMicros) + BigInt(current.adjustmentMicros)).toBe(
      BigInt(current.amountMicros),
    );
    const previous = schedule.find((grant) => grant.month === firstOf(-1).slice(0, 7));
    if (previous) expect(BigInt(previous.amountMicros)).toBeLessThanOrEqual(6_250_000_001n);
    const adjustment = detail.data!.engineer.ledgerEntries!.find((entry) => entry.kind === 'ADJUSTMENT')!;
    expect(adjustment.memo).toContain(`Pay change to 240000 from ${raisedFrom}`);
    expect(BigInt(adjustment.amountMicros)).toBe(BigInt(current.adjustmentMicros));
    const audit = await t.gql<{ auditEntries: { before: string; after: string }[] }>(
      `query($id: String) { auditEntries(filter: { action: "PAY_CHANGED", entityId: $id }) { before after } }`,
      { id: otherId },
      { token: admin.token },
    );
    expect(JSON.parse(audit.data!.auditEntries[0].before).annualMicros).toBe('150000000000');
    expect(JSON.parse(audit.data!.auditEntries[0].after).annualMicros).toBe('240000000000');
  });

  it('a leaver’s unused allowance is forfeited at the end date; their page shows their last period', async () => {
    const last = year - 1;
    const leaver = await t.gql<{ createEngineer: { id: string } }>(
      CREATE_ENGINEER,
      {
        input: {
          name: 'Short Stay',
          email: 'short@payroll.test',
          teamId: productId,
          startDate: `${last}-01-01`,
          endDate: `${last}-03-10`,
          annualPay: '120000',
          currency: 'USD',
        },
      },
      { token: hr.token },
    );
    const id = leaver.data!.createEngineer.id;
    // Granted and forfeited with the hire, in the same transaction: the run has nothing left to do.
    const run = await t.gql<{ runAccruals: { forfeited: number; granted: number } }>(
      RUN,
      {},
      { token: hr.token },
    );
    expect(run.data?.runAccruals).toMatchObject({ forfeited: 0, granted: 0 });
    const detail = await t.gql<Detail>(DETAIL, { id }, { token: hr.token });
    const allowance = detail.data!.engineer.allowance!;
    expect(allowance.periodStart).toBe(`${last}-01-01`);
    // January and February in full, 10 of 31 days of March: 60,000 × (2 + 10/31) / 12.
    expect(allowance.schedule.map((grant) => grant.daysCovered)).toEqual([31, last % 4 === 0 ? 29 : 28, 10]);
    expect(allowance.periodTotalMicros).toBe('11612903226');
    expect(allowance.balanceMicros).toBe('0');
    expect(detail.data!.engineer.ledgerEntries!.map((entry) => entry.kind)).toContain('FORFEIT');
  });

  describe('bad input names the field and writes nothing', () => {
    async function engineers(): Promise<number> {
      const [row] = await t.adminQuery<{ n: number }>('select count(*)::int as n from engineers');
      return row.n;
    }
    const base = {
      name: 'New Person',
      email: 'new@payroll.test',
      startDate: `${year}-02-01`,
      annualPay: '100000',
      currency: 'USD',
    };

    it.each([
      ['negative pay', { annualPay: '-5' }, 'annualPay'],
      ['absurd pay', { annualPay: '2,000,000,000' }, 'annualPay'],
      ['zero pay', { annualPay: '0' }, 'annualPay'],
      ['a start date after the end date', { endDate: `${year}-01-15` }, 'endDate'],
      ['an impossible date', { startDate: `${year}-02-30` }, 'startDate'],
      ['another currency', { currency: 'EUR' }, 'currency'],
      ['a malformed email', { email: 'nope' }, 'email'],
    ])('%s', async (_label, change, field) => {
      const before = await engineers();
      const result = await t.gql(
        CREATE_ENGINEER,
        { input: { ...base, teamId: productId, ...change } },
        { token: hr.token },
      );
      expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions.fields?.map((f) => f.field)).toContain(field);
      expect(await engineers()).toBe(before);
    });

    it('an unknown team', async () => {
      const result = await t.gql(
        CREATE_ENGINEER,
        { input: { ...base, teamId: '00000000-0000-4000-8000-000000000000' } },
        { token: hr.token },
      );
      expect(result.errors?.[0].extensions.fields).toEqual([
        { field: 'teamId', message: 'is not a team of this company' },
      ]);
    });

    it('a duplicate email is a conflict on email', async () => {
      const result = await t.gql(
        CREATE_ENGINEER,
        { input: { ...base, email: 'ME@payroll.test', teamId: productId } },
        { token: hr.token },
      );
      expect(result.errors?.[0].extensions.code).toBe('CONFLICT');
      expect(result.errors?.[0].extensions.fields?.[0].field).toBe('email');
    });

    it('a policy ratio over 100% without a cap is refused; with a cap it is accepted', async () => {
      const policy = {
        basisKind: 'RATIO',
        ratioBp: 15000,
        fiscalYearStartMonth: 1,
        accrual: 'MONTHLY',
        rolloverKind: 'NONE',
      };
      const refused = await t.gql(
        `mutation($input: UpdateAllowancePolicyInput!) { updateAllowancePolicy(input: $input) { ratioBp } }`,
        { input: policy },
        { token: hr.token },
      );
      expect(refused.errors?.[0].extensions.fields?.[0].field).toMatch(/ratioBp/);
      expect(refused.errors?.[0].extensions.fields?.[0].message).toMatch(/cap/i);
      const accepted = await t.gql<{ updateAllowancePolicy: { ratioBp: number; capMicros: string } }>(
        `mutation($input: UpdateAllowancePolicyInput!) { updateAllowancePolicy(input: $input) { ratioBp capMicros } }`,
        { input: { ...policy, capAmount: '250000' } },
        { token: hr.token },
      );
      expect(accepted.data?.updateAllowancePolicy).toEqual({ ratioBp: 15000, capMicros: '250000000000' });
    });

    it('a team cannot become its own ancestor', async () => {
      const result = await t.gql(
        `mutation($input: UpdateTeamInput!) { updateTeam(input: $input) { id } }`,
        { input: { id: platformId, parentId: coreId } },
        { token: hr.token },
      );
      expect(result.errors?.[0].extensions.fields).toEqual([
        { field: 'parentId', message: 'would make the team its own ancestor' },
      ]);
    });

    it('a manager cannot change pay', async () => {
      const result = await t.gql(
        `mutation($input: RecordRaiseInput!) { recordRaise(input: $input) { effectiveFrom } }`,
        { input: { engineerId: mineId, effectiveFrom: `${year}-06-01`, annualPay: '999999' } },
        { token: manager.token },
      );
      expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
    });
  });

  it('after a policy change, posted months keep what was posted and accrued equals the balance', async () => {
    // The bad-input block above left the policy at 150% capped at 250,000.
    const detail = await t.gql<Detail>(DETAIL, { id: mineId }, { token: hr.token });
    const allowance = detail.data!.engineer.allowance!;
    expect(allowance.annualMicros).toBe('250000000000');
    const grants = detail
      .data!.engineer.ledgerEntries!.filter((entry) => entry.kind === 'GRANT')
      .map((entry) => entry.amountMicros)
      .sort();
    const postedAmounts = allowance.schedule
      .filter((grant) => grant.posted)
      .map((grant) => grant.postedMicros)
      .sort();
    expect(postedAmounts).toEqual(grants);
    // Each posted month: grant + true-up = what the rule says now.
    for (const grant of allowance.schedule.filter((g) => g.posted))
      expect(BigInt(grant.postedMicros) + BigInt(grant.adjustmentMicros)).toBe(BigInt(grant.amountMicros));
    expect(allowance.accruedMicros).toBe(allowance.balanceMicros);
  });
});
