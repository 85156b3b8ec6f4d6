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

describe('a job that keeps failing after its retries raises an alert to ADMIN and a metric', () => {
  let setup: TestApp;
  let runner: TestApp;

  beforeAll(async () => {
    setup = await startTestApp({ JOBS_ENABLED: 'false' });
    const admin = await signUp(setup, 'Broken Inc', 'admin@broken.test');
    const [engineer] = await setup.adminQuery<{ id: string }>(
      `insert into engineers (company_id, id, name, email, start_date) values ($1, gen_random_uuid(), 'E', 'e@broken.test', $2) returning id`,
      [admin.companyId, `${year - 1}-03-10`],
    );
    await setup.adminQuery(
      `insert into base_pay (company_id, id, engineer_id, effective_from, annual_micros, currency)
       values ($1, gen_random_uuid(), $2, $3, 180000000000, 'USD')`,
      [admin.companyId, engineer.id, `${year - 1}-03-10`],
    );
    // Every grant the accrual job posts is refused: the job throws on every attempt.
    await setup.adminQuery(
      `create function test_refuse_entries() returns trigger language plpgsql as
         $$ begin raise exception 'the ledger refuses entries (test)'; end $$`,
    );
    await setup.adminQuery(
      `create trigger test_refuse_entries before insert on ledger_entries for each row execute function test_refuse_entries()`,
    );
    runner = await startTestApp({ JOBS_ENABLED: 'true', JOB_RETRY_DELAY_SECONDS: '1' }, setup.db);
  }, 180_000);

  afterAll(async () => {
    await runner?.close();
    await setup?.close();
  });

  it('after the last retry: the job is failed, the metric counts it, the ADMIN is mailed and the audit says so', async () => {
    let states: { state: string; retry_count: number }[] = [];
    for (let waited = 0; waited < 60_000; waited += 500) {
      states = await runner.adminQuery(
        `select state::text, retry_count from pgboss.job where name = 'allowances.accrue'`,
      );
      if (states.some((job) => job.state === 'failed')) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(states).toEqual([{ state: 'failed', retry_count: 3 }]);
    const metrics = await (await fetch(`${runner.url}/metrics`)).text();
    expect(metrics).toContain('tokenroll_job_failures_total{queue="allowances.accrue"} 1');
    const mails = await runner.adminQuery<{ kind: string; recipient: string; subject: string }>(
      `select kind, recipient, subject from alert_deliveries`,
    );
    expect(mails).toEqual([
      {
        kind: 'ALERT',
        recipient: 'admin@broken.test',
        subject: 'Tokenroll: the scheduled job allowances.accrue keeps failing',
      },
    ]);
    const audit = await runner.adminQuery<{ after: { queue: string } }>(
      `select after from audit_entries where action = 'JOB_FAILED'`,
    );
    // The reason stays in the server log: the job ran for every company, its message may name another's data.
    expect(audit).toEqual([{ after: { queue: 'allowances.accrue' } }]);
  }, 90_000);
});
