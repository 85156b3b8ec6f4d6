import { testToday } from '../test/business-date';
import { signUp, startTestApp, TestApp } from '../test/test-app';

/** Retries and the failure alert do not depend on the day: this file is not in the pinned-date runs. */
const year = Number(testToday().slice(0, 4));

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
