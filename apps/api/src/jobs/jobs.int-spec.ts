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
    // Written straight to the database, as by a path that trues nothing up (a hire through the API is granted
    // at once): the job finds them due and catches up.
    for (const [index, email] of ['a@twin.test', 'b@twin.test', 'c@twin.test'].entries()) {
      const [engineer] = await setup.adminQuery<{ id: string }>(
        `insert into engineers (company_id, id, name, email, start_date) values ($1, gen_random_uuid(), $2, $3, $4) returning id`,
        [admin.companyId, `E${index}`, email, `${year - 1}-03-10`],
      );
      await setup.adminQuery(
        `insert into base_pay (company_id, id, engineer_id, effective_from, annual_micros, currency)
         values ($1, gen_random_uuid(), $2, $3, 180000000000, 'USD')`,
        [admin.companyId, engineer.id, `${year - 1}-03-10`],
      );
    }
    // Two more instances on the same database, both running jobs (as after a deploy of two replicas).
    [first, second] = await Promise.all([
      startTestApp({ JOBS_ENABLED: 'true' }, setup.db),
      startTestApp({ JOBS_ENABLED: 'true' }, setup.db),
    ]);
  }, 180_000);

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
      `select name, cron from pgboss.schedule order by name`,
    );
    expect(schedules).toEqual([
      { name: 'allowances.accrue', cron: '5 * * * *' },
      { name: 'members.offboard', cron: '7 * * * *' },
    ]);
  });
});
