import { addDays, addMonths, compareDates, fiscalYearContaining, monthOf } from '@tokenroll/domain';
import { testToday } from './business-date';
import { signUp, SignedUp, startTestApp, TestApp } from './test-app';

const RUN = `mutation { runAccruals { engineers granted expired forfeited } }`;
const DETAIL = `query($id: ID!) { engineer(id: $id) {
  allowance { periodStart periodEnd accruedMicros balanceMicros schedule { month amountMicros posted } }
} }`;

type Allowance = {
  periodStart: string;
  periodEnd: string;
  accruedMicros: string;
  balanceMicros: string;
  schedule: { month: string; amountMicros: string; posted: boolean }[];
};

/**
 * A company whose fiscal year starts in April, at the tests' business date (CI runs this at 1 April, the
 * first day of such a year, and at the other pinned dates): the period, the schedule and the accruals
 * follow the business clock, and the last period's unused allowance is gone on the first day of the next.
 */
describe('an April fiscal year at the business date', () => {
  const today = testToday();
  const period = fiscalYearContaining(today, 4);
  let t: TestApp;
  let admin: SignedUp;
  let engineerId: string;

  beforeAll(async () => {
    t = await startTestApp({ JOBS_ENABLED: 'false' });
    admin = await signUp(t, 'Fiscal April', 'admin@april.test');
    const policy = await t.gql(
      `mutation($input: UpdateAllowancePolicyInput!) { updateAllowancePolicy(input: $input) { fiscalYearStartMonth } }`,
      {
        input: {
          basisKind: 'RATIO',
          ratioBp: 5000,
          accrual: 'MONTHLY',
          rolloverKind: 'NONE',
          fiscalYearStartMonth: 4,
        },
      },
      { token: admin.token },
    );
    expect(policy.errors).toBeUndefined();
    const team = await t.gql<{ createTeam: { id: string } }>(
      `mutation($input: CreateTeamInput!) { createTeam(input: $input) { id } }`,
      { input: { name: 'Platform', costCentre: 'CC-1' } },
      { token: admin.token },
    );
    // Started two years ago on the 1st: $120,000 a year at 50% is $5,000 every month, no proration.
    const created = await t.gql<{ createEngineer: { id: string } }>(
      `mutation($input: CreateEngineerInput!) { createEngineer(input: $input) { id } }`,
      {
        input: {
          name: 'Ada April',
          email: 'ada@april.test',
          teamId: team.data!.createTeam.id,
          startDate: `${monthOf(addMonths(today, -24))}-01`,
          annualPay: '120000',
          currency: 'USD',
        },
      },
      { token: admin.token },
    );
    expect(created.errors).toBeUndefined();
    engineerId = created.data!.createEngineer.id;
    const run = await t.gql(RUN, {}, { token: admin.token });
    expect(run.errors).toBeUndefined();
  });

  afterAll(() => t.close());

  it('the period is the April year containing today, and every month of it up to today is granted', async () => {
    const detail = await t.gql<{ engineer: { allowance: Allowance } }>(
      DETAIL,
      { id: engineerId },
      { token: admin.token },
    );
    expect(detail.errors).toBeUndefined();
    const allowance = detail.data!.engineer.allowance;
    expect({ start: allowance.periodStart, end: allowance.periodEnd }).toEqual(period);
    expect(allowance.schedule.map((grant) => grant.month)).toEqual(
      Array.from({ length: 12 }, (_, n) => monthOf(addMonths(period.start, n))),
    );
    const due = allowance.schedule.filter((grant) => compareDates(`${grant.month}-01`, today) <= 0);
    expect(allowance.schedule.filter((grant) => grant.posted)).toEqual(due);
    for (const grant of allowance.schedule) expect(grant.amountMicros).toBe('5000000000');
    // No rollover: what is left is this period's grants only (last period's ended the day before its start).
    expect(allowance.accruedMicros).toBe((BigInt(due.length) * 5_000_000_000n).toString());
    expect(allowance.balanceMicros).toBe(allowance.accruedMicros);
    expect(compareDates(addDays(period.start, -1), today)).toBeLessThan(0);
  });
});
