import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createDataSource } from '../database/data-source';
import { MIGRATIONS } from '../database/migrations';
import { withCredentials } from '../database/provision';
import { testDay, testToday } from '../test/business-date';
import { createTestDatabase, dropTestDatabase, startTestApp, TestApp } from '../test/test-app';

/**
 * The last migration of the version before the ledger's house (1795630000000-LedgerHouse): the database is
 * built up to it and filled the way that version writes, then the rest of the migrations run (by the built
 * server, as a deploy does: it proves the .sql files the new migration loads are in dist/ too).
 */
const LAST_OF_PREVIOUS_VERSION = 'BusinessClock1795580000000';

/**
 * When the engineers and their teams start: before both the business date and the database's own date (the
 * previous version's authorize_hold read the team at the latter, even with a business date pinned far ahead).
 */
const LONG_AGO = '2020-01-01';

interface AccountRow {
  id: string;
  company_id: string;
  kind: string;
  owner_id: string;
  balance_micros: string;
  held_micros: string;
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A tenant transaction of the app role, as the api runs one. */
async function asCompany(appUrl: string, companyId: string, work: (client: Client) => Promise<void>) {
  await withClient(appUrl, async (client) => {
    await client.query('begin');
    await client.query(`select set_config('app.company_id', $1, true)`, [companyId]);
    await work(client);
    await client.query('commit');
  });
}

/** LedgerService.post of the previous version: the entry, the debit, the credit. */
async function post(
  client: Client,
  companyId: string,
  from: string,
  to: string,
  amount: bigint,
  kind: string,
  reference: string,
  effectiveAt: string,
) {
  const inserted = await client.query(
    `insert into ledger_entries
       (company_id, id, from_account_id, to_account_id, amount_micros, kind, reference, memo, effective_at, reverses_entry_id, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     on conflict (company_id, reference) do nothing returning id`,
    [companyId, randomUUID(), from, to, amount.toString(), kind, reference, null, effectiveAt, null, null],
  );
  if (!inserted.rowCount) return;
  await client.query(
    `update ledger_accounts set balance_micros = balance_micros - $2::bigint where id = $1`,
    [from, amount.toString()],
  );
  await client.query(
    `update ledger_accounts set balance_micros = balance_micros + $2::bigint where id = $1`,
    [to, amount.toString()],
  );
}

/** LedgerService.postMany of the previous version (ledger_post_many v1). */
async function postMany(
  client: Client,
  rows: { from: string; to: string; amount: bigint; kind: string; reference: string; effectiveAt: string }[],
) {
  await client.query(
    `select posted_reference from ledger_post_many($1::uuid[], $2::uuid[], $3::uuid[], $4::bigint[], $5::text[],
        $6::text[], $7::text[], $8::timestamptz[], $9::uuid[], null)`,
    [
      rows.map(() => randomUUID()),
      rows.map((r) => r.from),
      rows.map((r) => r.to),
      rows.map((r) => r.amount.toString()),
      rows.map((r) => r.kind),
      rows.map((r) => r.reference),
      rows.map(() => null),
      rows.map((r) => r.effectiveAt),
      rows.map(() => null),
    ],
  );
}

/** HoldsService.authorize of the previous version (authorize_hold v1). */
async function authorize(client: Client, engineerId: string, requestId: string, amount: bigint) {
  const { rows } = await client.query<{ outcome: string; r_hold: { id: string } | null }>(
    `select outcome, r_hold from authorize_hold($1, null, null, $2, 'anthropic', 'claude-sonnet-4-6', 'claude-sonnet-4-6',
        false, 1000, 1000, $3::bigint, 600, $4, $5::date)`,
    [engineerId, requestId, amount.toString(), randomUUID(), testToday()],
  );
  return rows[0];
}

describe('the migrations carry every ledger entry, hold and balance forward', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let adminUrl: string;
  let t: TestApp | undefined;
  /** An engineer who joins a pooled team tomorrow (real date), asking with tomorrow as the business date. */
  const joiner = { companyId: '', engineerId: '', outcomeBefore: '' };
  const admin = <R>(sql: string, params: unknown[] = []) =>
    withClient(adminUrl, async (client) => (await client.query(sql, params)).rows as R[]);

  const snapshot = async () => ({
    accounts: await admin<AccountRow>(
      `select id, company_id, kind, owner_id, balance_micros::text, held_micros::text from ledger_accounts order by id`,
    ),
    entries: await admin(
      `select id, company_id, from_account_id, to_account_id, amount_micros::text, kind, reference, memo,
              effective_at, reverses_entry_id, created_at from ledger_entries order by id`,
    ),
    holds: await admin<Record<string, unknown>>(`select * from holds order by id`),
  });

  /** LedgerService.invariant, over every company: balance = Σ credits − Σ debits; all balances sum to 0. */
  const invariant = async () => {
    const violations = await admin(
      `select a.id from ledger_accounts a
         left join (select account_id, sum(amount) as net from (
             select to_account_id as account_id, amount_micros as amount from ledger_entries
             union all select from_account_id, -amount_micros from ledger_entries) moves group by account_id) m
           on m.account_id = a.id
        where a.balance_micros <> coalesce(m.net, 0)`,
    );
    const totals = await admin<{ company_id: string; total: string }>(
      `select company_id, sum(balance_micros)::text as total from ledger_accounts group by company_id order by 1`,
    );
    // Held never exceeds what the open holds reserve.
    const held = await admin(
      `select a.id from ledger_accounts a
         left join (select account_id, sum(micros) as held from (
             select engineer_account_id as account_id, engineer_held_micros as micros from holds where status = 'HELD'
             union all select pool_account_id, pool_held_micros from holds where status = 'HELD' and pool_account_id is not null
           ) h group by account_id) h on h.account_id = a.id
        where a.held_micros <> coalesce(h.held, 0)`,
    );
    return { violations, totals: totals.map((row) => row.total), held };
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    const url = new URL(process.env.TEST_ADMIN_DATABASE_URL!);
    adminUrl = withCredentials(
      url.toString(),
      decodeURIComponent(url.username),
      decodeURIComponent(url.password),
      db.name,
    );
    const upTo = MIGRATIONS.findIndex((migration) => migration.name === LAST_OF_PREVIOUS_VERSION);
    expect(upTo).toBeGreaterThan(0);
    const source = createDataSource(db.ownerUrl, { migrations: MIGRATIONS.slice(0, upTo + 1) });
    await source.initialize();
    try {
      await source.runMigrations({ transaction: 'each' });
    } finally {
      await source.destroy();
    }

    // Two companies filled as the previous version writes: grants, usage batches, transfers, expiry, holds
    // (open on the allowance, overflowing to a team pool, settled, voided).
    for (const name of ['Carry One', 'Carry Two']) {
      const c = randomUUID();
      const team = randomUUID();
      const engineers = [randomUUID(), randomUUID(), randomUUID()];
      await admin(`insert into companies (id, name) values ($1, $2)`, [c, name]);
      await admin(
        `insert into teams (company_id, id, name, cost_centre, pool_overflow) values ($1, $2, 'T', 'CC', true)`,
        [c, team],
      );
      for (const [i, e] of engineers.entries()) {
        await admin(
          `insert into engineers (company_id, id, name, email, start_date, budget_enforcement) values ($1, $2, $3, $4, $5, 'HARD')`,
          [c, e, `E${i}`, `e${i}@${c}.test`, LONG_AGO],
        );
        await admin(
          `insert into team_memberships (company_id, id, engineer_id, team_id, effective_from) values ($1, gen_random_uuid(), $2, $3, $4)`,
          [c, e, team, LONG_AGO],
        );
      }
      const accounts = new Map<string, string>();
      await asCompany(db.appUrl, c, async (client) => {
        const open = async (kind: string, owner: string) => {
          const { rows } = await client.query<{ id: string }>(
            `insert into ledger_accounts (company_id, id, kind, owner_id) values ($1, gen_random_uuid(), $2, $3) returning id`,
            [c, kind, owner],
          );
          accounts.set(`${kind}:${owner}`, rows[0].id);
          return rows[0].id;
        };
        const funding = await open('COMPANY_FUNDING', c);
        const expiry = await open('EXPIRY', c);
        const pool = await open('TEAM_POOL', team);
        for (const e of engineers) {
          await open('ENGINEER_ALLOWANCE', e);
          await open('SPEND', e);
        }
        await post(
          client,
          c,
          funding,
          pool,
          50_000_000n,
          'TRANSFER',
          `team-pool:${team}:${randomUUID()}`,
          testDay(-40),
        );
        for (const [i, e] of engineers.entries())
          for (let month = 1; month <= 12; month++)
            await post(
              client,
              c,
              funding,
              accounts.get(`ENGINEER_ALLOWANCE:${e}`)!,
              BigInt(5_000_000_000 + i * 1_000_000 + month),
              'GRANT',
              `accrual:${e}:m${month}`,
              testDay(-30 * month),
            );
        for (let batch = 0; batch < 5; batch++)
          await postMany(
            client,
            engineers.map((e, i) => ({
              from: accounts.get(`ENGINEER_ALLOWANCE:${e}`)!,
              to: accounts.get(`SPEND:${e}`)!,
              amount: BigInt(1_234_567 * (batch + 1) + i),
              kind: 'SPEND',
              reference: `usage:${batch}:${e}`,
              effectiveAt: testDay(-batch),
            })),
          );
        const [a, b, x] = engineers.map((e) => accounts.get(`ENGINEER_ALLOWANCE:${e}`)!);
        await post(client, c, a, b, 777_777n, 'TRANSFER', `gift:${randomUUID()}`, testDay(-3));
        await post(
          client,
          c,
          x,
          expiry,
          1_000_000n,
          'EXPIRY',
          `period-end:${engineers[2]}:${testDay(-60)}`,
          testDay(-60),
        );
        // Holds: one open on the allowance, one the allowance cannot cover (overflows to the pool), one settled,
        // one voided.
        expect((await authorize(client, engineers[0], 'open', 2_000_000n)).outcome).toBe('held');
        const [{ balance }] = (
          await client.query<{ balance: string }>(
            `select balance_micros::text as balance from ledger_accounts where id = $1`,
            [b],
          )
        ).rows;
        expect(
          (await authorize(client, engineers[1], 'overflow', BigInt(balance) + 10_000_000n)).outcome,
        ).toBe('held');
        const settled = await authorize(client, engineers[2], 'settled', 3_000_000n);
        await client.query(`update ledger_accounts set held_micros = held_micros - 3000000 where id = $1`, [
          x,
        ]);
        await postMany(client, [
          {
            from: x,
            to: accounts.get(`SPEND:${engineers[2]}`)!,
            amount: 2_500_000n,
            kind: 'SPEND',
            reference: `settle:${settled.r_hold!.id}`,
            effectiveAt: testDay(0),
          },
        ]);
        await client.query(
          `update holds set status = 'SETTLED', closed_at = now(), cost_micros = 2500000 where id = $1`,
          [settled.r_hold!.id],
        );
        const voided = await authorize(client, engineers[2], 'voided', 1_000_000n);
        await client.query(`update ledger_accounts set held_micros = held_micros - 1000000 where id = $1`, [
          x,
        ]);
        await client.query(`update holds set status = 'VOIDED', closed_at = now() where id = $1`, [
          voided.r_hold!.id,
        ]);
      });
    }

    // authorize_hold v1 read the team at current_date (the database's wall clock), not the business date.
    const [company] = await admin<{ id: string }>(`select id from companies where name = 'Carry One'`);
    joiner.companyId = company.id;
    joiner.engineerId = await joinsPooledTeamTomorrow(company.id);
    await asCompany(db.appUrl, company.id, async (client) => {
      joiner.outcomeBefore = (await authorizeTomorrow(client, joiner.engineerId, 'joiner-before')).outcome;
    });
  }, 60_000);

  /** A HARD-budget engineer with nothing granted, in a team whose pool overflows, from tomorrow on. */
  const joinsPooledTeamTomorrow = async (companyId: string) => {
    const engineer = randomUUID();
    const team = randomUUID();
    await admin(
      `insert into teams (company_id, id, name, cost_centre, pool_overflow) values ($1, $2, 'Joiners', 'CC', true)`,
      [companyId, team],
    );
    await admin(
      `insert into engineers (company_id, id, name, email, start_date, budget_enforcement)
       values ($1, $2, 'Joiner', $3, current_date + 1, 'HARD')`,
      [companyId, engineer, `joiner@${companyId}.test`],
    );
    await admin(
      `insert into team_memberships (company_id, id, engineer_id, team_id, effective_from)
       values ($1, gen_random_uuid(), $2, $3, current_date + 1)`,
      [companyId, engineer, team],
    );
    await asCompany(db.appUrl, companyId, async (client) => {
      const { rows } = await client.query<{ id: string }>(
        `insert into ledger_accounts (company_id, id, kind, owner_id) values ($1, gen_random_uuid(), 'TEAM_POOL', $2) returning id`,
        [companyId, team],
      );
      const [funding] = (
        await client.query<{ id: string }>(`select id from ledger_accounts where kind = 'COMPANY_FUNDING'`)
      ).rows;
      await post(
        client,
        companyId,
        funding.id,
        rows[0].id,
        10_000_000n,
        'TRANSFER',
        `team-pool:${team}:joiners`,
        testDay(0),
      );
    });
    return engineer;
  };

  /** authorize_hold with tomorrow (the database's date + 1) as the business date. */
  const authorizeTomorrow = async (client: Client, engineerId: string, requestId: string) => {
    const { rows } = await client.query<{ outcome: string; r_pool: boolean }>(
      `select outcome, r_pool from authorize_hold($1, null, null, $2, 'anthropic', 'claude-sonnet-4-6', 'claude-sonnet-4-6',
          false, 1000, 1000, 1000000, 600, $3, current_date + 1)`,
      [engineerId, requestId, randomUUID()],
    );
    return rows[0];
  };

  afterAll(async () => {
    await t?.close();
    await dropTestDatabase(db.name);
  });

  it('keeps the invariant, every balance, every entry and every hold through the migrations', async () => {
    const before = await snapshot();
    const invariantBefore = await invariant();
    expect(before.entries.length).toBe(2 * (1 + 36 + 15 + 2 + 1) + 1); // + the joiners' pool
    expect(before.holds.length).toBe(8); // the joiner's refused request left no hold
    expect(invariantBefore).toEqual({ violations: [], totals: ['0', '0'], held: [] });
    expect(before.accounts.some((a) => a.held_micros !== '0')).toBe(true);

    // The built server runs the rest of the migrations at start, from dist/ (its .sql files included).
    t = await startTestApp({}, db);
    const ran = await admin<{ name: string }>(`select name from migrations order by id`);
    expect(ran.map((row) => row.name)).toContain('LedgerHouse1795630000000');

    // Every row as it was, in the columns it had (later migrations may add columns with defaults).
    const after = await snapshot();
    const asBefore = (rows: Record<string, unknown>[], like: Record<string, unknown>[]) =>
      rows.map((row, i) => Object.fromEntries(Object.keys(like[i] ?? row).map((key) => [key, row[key]])));
    expect({ ...after, holds: asBefore(after.holds, before.holds) }).toEqual(before);
    expect(await invariant()).toEqual(invariantBefore);
    const moved = await admin(`select id from ledger_entries where original_effective_at is not null`);
    expect(moved).toEqual([]);
  });

  it('the new versions of the functions work on the carried-forward data', async () => {
    const [company] = await admin<{ id: string }>(`select id from companies where name = 'Carry One'`);
    const [engineer] = await admin<{ id: string; email: string }>(
      `select id, email from engineers where company_id = $1 order by email limit 1`,
      [company.id],
    );
    await asCompany(db.appUrl, company.id, async (client) => {
      // The request held before the migration is found again (v2 reads the same holds).
      const again = await authorize(client, engineer.id, 'open', 2_000_000n);
      expect(again.outcome).toBe('existing');
      const fresh = await authorize(client, engineer.id, 'after-migration', 1_000_000n);
      expect(fresh.outcome).toBe('held');
    });
    // authorize_hold v2 reads the team at the business date it is given: the pool covers the joiner.
    expect(joiner.outcomeBefore).toBe('refused');
    await asCompany(db.appUrl, joiner.companyId, async (client) => {
      expect(await authorizeTomorrow(client, joiner.engineerId, 'joiner-after')).toEqual({
        outcome: 'held',
        r_pool: true,
      });
    });
    const { violations, totals, held } = await invariant();
    expect({ violations, totals, held }).toEqual({ violations: [], totals: ['0', '0'], held: [] });
  });
});
