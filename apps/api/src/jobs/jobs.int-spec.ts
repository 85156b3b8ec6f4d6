import { testToday } from '../test/business-date';
import { signUp, startTestApp, TestApp } from '../test/test-app';

const year = Number(testToday().slice(0, 4));

describe('scheduled accruals through pg-boss: two API instances on one database grant once', () => {
  let setup: TestApp;
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    // The first instance only serves; the accrual job is started by two instances that boot together.
    setup = await startTestApp({ JOBS_ENABLED: 'false' });
    const admin = await signUp(setup, 'Twin Inc', 'admin@twin.test');
    const team = await setup.gql<{ createTeam: { id: string } }>(
      `mutation { createTeam(input: { name: "T", costCentre: "CC" }) { id } }`,
      {},
      { token: admin.token },
    );
    for (const [index, email] of ['a@twin.test', 'b@twin.test', 'c@twin.test'].entries()) {
      const created = await setup.gql(
        `mutation($input: CreateEngineerInput!) { createEngineer(input: $input) { id } }`,
        {
          input: {
            name: `E${index}`,
            email,
            teamId: team.data!.createTeam.id,
            startDate: `${year - 1}-03-10`,
            annualPay: '180000',
            currency: 'USD',
          },
        },
        { token: admin.token },
      );
      expect(created.errors).toBeUndefined();
    }
    // Two more instances on the same database, both running jobs (as after a deploy of two replicas).
    [first, second] = await Promise.all([
      startTestApp({ JOBS_ENABLED: 'true' }, setup.db),
      startTestApp({ JOBS_ENABLED: 'true' }, setup.db),
    ]);
  }, 60_000);

  afterAll(async () => {
    await second?.close();
    await first?.close();
    await setup?.close();
  });

  it('catches up after downtime: every month since the start is granted exactly once', async () => {
    const expectedPerEngineer = Number(testToday().slice(5, 7)) + 10; // Mar..Dec last year, Jan..now this year
    let grants = 0;
    for (let waited = 0; waited < 30_000; waited += 250) {
      const [row] = await first.adminQuery<{ n: number }>(
        `select count(*)::int as n from ledger_entries where kind = 'GRANT'`,
      );
      grants = row.n;
      if (grants >= 3 * expectedPerEngineer) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(grants).toBe(3 * expectedPerEngineer);
    const [dupes] = await first.adminQuery<{ n: number }>(
      `select count(*)::int as n from (select reference from ledger_entries group by reference having count(*) > 1) d`,
    );
    expect(dupes.n).toBe(0);
    // Last year's unused allowance expired at the period end (no rollover by default), once per engineer.
    const [expired] = await first.adminQuery<{ n: number }>(
      `select count(*)::int as n from ledger_entries where kind = 'EXPIRY'`,
    );
    expect(expired.n).toBe(3);
  });

  it('the catch-up job ran once across both instances, and the hourly schedule exists once', async () => {
    const jobs = await first.adminQuery<{ state: string; n: number }>(
      `select state, count(*)::int as n from pgboss.job where name = 'allowances.accrue' group by state`,
    );
    const total = jobs.reduce((sum, row) => sum + row.n, 0);
    expect(total).toBe(1);
    const schedules = await first.adminQuery<{ name: string; cron: string }>(
      `select name, cron from pgboss.schedule`,
    );
    expect(schedules).toEqual([{ name: 'allowances.accrue', cron: '5 * * * *' }]);
  });
});
