import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createTestDatabase, dropTestDatabase, startTestApp, TestApp } from '../test/test-app';

/**
 * The idempotency keys' company (migration 1795645000000-UsageKeysCompanyCheck): the foreign key
 * usage_event_keys → companies became one check per statement; the guarantees stay. A key is never stored
 * for a company that does not exist, and a company's keys go with it.
 */
function adminUrl(database: string): string {
  const url = new URL(process.env.TEST_ADMIN_DATABASE_URL ?? '');
  url.pathname = `/${database}`;
  return url.toString();
}

describe('usage_event_keys: the company of every key exists', () => {
  let app: TestApp;
  let db: Awaited<ReturnType<typeof createTestDatabase>>;

  /** One transaction on `url` with `app.company_id` set, as the app (or the owner) runs it. */
  async function asCompany<T>(
    url: string,
    companyId: string,
    work: (client: Client) => Promise<T>,
  ): Promise<T> {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      await client.query('begin');
      await client.query(`select set_config('app.company_id', $1, true)`, [companyId]);
      const result = await work(client);
      await client.query('commit');
      return result;
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      await client.end();
    }
  }

  const insertKeys = (client: Client, companyId: string, keys: string[]) =>
    client.query(
      `insert into usage_event_keys (company_id, source, idempotency_key, event_id)
       select $1, 'spec', key, gen_random_uuid() from unnest($2::text[]) as key on conflict do nothing`,
      [companyId, keys],
    );

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await startTestApp({}, db);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    if (db) await dropTestDatabase(db.name);
  });

  it('refuses keys of a company that does not exist (foreign_key_violation), storing none of the batch', async () => {
    const ghost = randomUUID();
    await expect(
      asCompany(db.appUrl, ghost, (client) => insertKeys(client, ghost, ['k1', 'k2', 'k3'])),
    ).rejects.toMatchObject({ code: '23503' });
    const stored = await asCompany(db.ownerUrl, ghost, (client) =>
      client.query(`select count(*)::int as n from usage_event_keys where company_id = $1`, [ghost]),
    );
    expect(stored.rows[0].n).toBe(0);
  });

  it('stores the keys of an existing company, and a deleted company takes its keys with it', async () => {
    const company = randomUUID();
    await asCompany(db.ownerUrl, company, (client) =>
      client.query(`insert into companies (id, name) values ($1, 'Keys spec')`, [company]),
    );
    const inserted = await asCompany(db.appUrl, company, (client) =>
      insertKeys(client, company, ['a', 'b', 'c', 'a']),
    );
    expect(inserted.rowCount).toBe(3);
    const count = () =>
      asCompany(db.ownerUrl, company, async (client) => {
        const { rows } = await client.query(
          `select count(*)::int as n from usage_event_keys where company_id = $1`,
          [company],
        );
        return rows[0].n as number;
      });
    expect(await count()).toBe(3);
    // A company cannot be deleted today (its accounting periods and statements are append-only); were it deleted, its keys
    // go with it. As a superuser, in one transaction rolled back: the append-only guard set aside.
    const admin = new Client({ connectionString: adminUrl(db.name) });
    await admin.connect();
    try {
      await admin.query('begin');
      // The books' append-only tables whose guard fires per statement (also on a cascade that deletes nothing).
      for (const table of ['accounting_periods', 'period_closes', 'statement_allowances', 'statement_lines'])
        await admin.query(`alter table ${table} disable trigger ${table}_append_only`);
      await admin.query(`delete from companies where id = $1`, [company]);
      const { rows } = await admin.query(
        `select count(*)::int as n from usage_event_keys where company_id = $1`,
        [company],
      );
      expect(rows[0].n).toBe(0);
    } finally {
      await admin.query('rollback');
      await admin.end();
    }
  });
});
