import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createDataSource } from '../database/data-source';
import { MIGRATIONS } from '../database/migrations';
import { withCredentials } from '../database/provision';
import { createTestDatabase, dropTestDatabase } from '../test/test-app';

/** The last migration before increase requests had a business day and a stored pending reason. */
const LAST_BEFORE = 'BurnAccrualsAndOverage1795643000000';

const USD = 1_000_000n;

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function migrate(ownerUrl: string, upTo?: string): Promise<void> {
  const last = upTo ? MIGRATIONS.findIndex((migration) => migration.name === upTo) : MIGRATIONS.length - 1;
  expect(last).toBeGreaterThan(0);
  const source = createDataSource(ownerUrl, { migrations: MIGRATIONS.slice(0, last + 1) });
  await source.initialize();
  try {
    await source.runMigrations({ transaction: 'each' });
  } finally {
    await source.destroy();
  }
}

/**
 * RequestsBusinessDay1795644000000 on requests made before it: each gets the business day it was made in
 * the company's time zone, and each still pending gets the reason it waits for, judged by the one rule with
 * the limits in force and the engineer's counter of that day's period (decided ones keep none).
 */
describe('the migration gives existing increase requests their business day and pending reason', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let adminUrl: string;
  const admin = <R>(sql: string, params: unknown[] = []) =>
    withClient(adminUrl, async (client) => (await client.query(sql, params)).rows as R[]);

  beforeAll(async () => {
    db = await createTestDatabase();
    const url = new URL(process.env.TEST_ADMIN_DATABASE_URL!);
    adminUrl = withCredentials(
      url.toString(),
      decodeURIComponent(url.username),
      decodeURIComponent(url.password),
      db.name,
    );
    await migrate(db.ownerUrl, LAST_BEFORE);
  });

  afterAll(async () => {
    await dropTestDatabase(db.name);
  });

  it('backfills requested_on in the company time zone and the pending reasons with their figures', async () => {
    const c = randomUUID();
    const engineer = randomUUID();
    await admin(`insert into companies (id, name, time_zone) values ($1, 'Pacific', 'America/Los_Angeles')`, [
      c,
    ]);
    await admin(
      `insert into engineers (company_id, id, name, email, start_date) values ($1, $2, 'Pat', 'pat@pacific.test', '2020-01-01')`,
      [c, engineer],
    );
    // 80.00 approved automatically in the 2026 period (no limits saved: 50.00 at once, 100.00 a period).
    await admin(
      `insert into engineer_period_totals (company_id, engineer_id, period_start, auto_approved_micros) values ($1, $2, '2026-01-01', $3)`,
      [c, engineer, String(80n * USD)],
    );
    const requests: [string, string, bigint, string, string][] = [
      // name, status, amount, kind, created_at
      ['new-year-eve', 'APPROVED', 30n * USD, 'TEMPORARY', '2027-01-01T03:00:00Z'],
      ['cap', 'PENDING_MANAGER', 30n * USD, 'TEMPORARY', '2026-06-10T12:00:00Z'],
      ['pool', 'PENDING_MANAGER', 10n * USD, 'TEMPORARY', '2026-06-10T12:00:00Z'],
      ['threshold', 'PENDING_MANAGER', 60n * USD, 'TEMPORARY', '2026-06-10T12:00:00Z'],
      ['permanent', 'PENDING_MANAGER', 10n * USD, 'PERMANENT', '2026-06-10T12:00:00Z'],
      ['hr', 'PENDING_HR', 2000n * USD, 'TEMPORARY', '2026-06-10T12:00:00Z'],
      ['rejected', 'REJECTED', 30n * USD, 'TEMPORARY', '2026-06-10T12:00:00Z'],
    ];
    for (const [name, status, amount, kind, createdAt] of requests)
      await admin(
        `insert into increase_requests (company_id, id, engineer_id, amount_micros, kind, reason, status, created_at)
         values ($1, gen_random_uuid(), $2, $3, $4, $5, $6, $7)`,
        [c, engineer, amount.toString(), kind, name, status, createdAt],
      );

    await migrate(db.ownerUrl);

    const rows = await admin<Record<string, string | null>>(
      `select reason, to_char(requested_on, 'YYYY-MM-DD') as requested_on, pending_reason,
              pending_limit_micros::text as "limit", pending_auto_approved_micros::text as taken
         from increase_requests order by created_at, amount_micros, kind`,
    );
    const row = (reason: string) => rows.find((r) => r.reason === reason);
    // 03:00 UTC on 1 January is still 31 December in Los Angeles.
    expect(row('new-year-eve')).toMatchObject({
      requested_on: '2026-12-31',
      pending_reason: null,
      limit: null,
      taken: null,
    });
    expect(row('cap')).toEqual({
      reason: 'cap',
      requested_on: '2026-06-10',
      pending_reason: 'AUTO_APPROVAL_CAP_REACHED',
      limit: String(100n * USD),
      taken: String(80n * USD),
    });
    expect(row('pool')).toMatchObject({ pending_reason: 'POOL_SHORT', limit: null, taken: null });
    expect(row('threshold')).toMatchObject({
      pending_reason: 'ABOVE_AUTO_APPROVAL',
      limit: String(50n * USD),
    });
    expect(row('permanent')).toMatchObject({ pending_reason: 'PERMANENT', limit: null });
    expect(row('hr')).toMatchObject({ pending_reason: 'HR_STEP', limit: String(1000n * USD) });
    expect(row('rejected')).toMatchObject({ requested_on: '2026-06-10', pending_reason: null });

    // Row-level security is FORCEd again on the tables the backfill lifted it on.
    const forced = await admin<{ name: string }>(
      `select relname as name from pg_class where relforcerowsecurity
          and relname in ('increase_requests', 'engineer_period_totals') order by 1`,
    );
    expect(forced.map((table) => table.name)).toEqual(['engineer_period_totals', 'increase_requests']);

    // Only the known codes; every request has its day.
    await expect(
      admin(`update increase_requests set pending_reason = 'BECAUSE' where reason = 'pool'`),
    ).rejects.toThrow(/increase_requests_pending_reason_check/);
    await expect(
      admin(`update increase_requests set requested_on = null where reason = 'pool'`),
    ).rejects.toThrow(/null value/);
  });
});
