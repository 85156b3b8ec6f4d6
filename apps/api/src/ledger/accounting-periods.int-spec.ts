import { addAccountingMonths, lastDayOf } from '@tokenroll/domain';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { testToday } from '../test/business-date';
import { addMember, signUp, SignedUp, startTestApp, TestApp } from '../test/test-app';

const PERIODS = `{ accountingPeriods { month status closedAt closedBy closable } }`;
const CLOSE = `mutation($month: String!) { closeAccountingPeriod(month: $month) { month status closedBy closable } }`;
const CREATE_ENGINEER = `mutation($input: CreateEngineerInput!) { createEngineer(input: $input) { id } }`;

interface Period {
  month: string;
  status: string;
  closedAt: string | null;
  closedBy: string | null;
  closable: boolean;
}

/** The business months these tests use, counted back from today's month (UTC company). */
const current = testToday().slice(0, 7);
const month = (back: number) => addAccountingMonths(current, -back);

describe('accounting periods: months close in order after their end; closed months take no new entries', () => {
  let t: TestApp;
  let admin: SignedUp;
  let finance: SignedUp;
  let hr: SignedUp;
  let teamId: string;

  const periods = async () =>
    (await t.gql<{ accountingPeriods: Period[] }>(PERIODS, {}, { token: finance.token })).data!
      .accountingPeriods;
  const close = (m: string, who: SignedUp = finance) => t.gql(CLOSE, { month: m }, { token: who.token });
  const closedRows = async () =>
    (
      await t.adminQuery<{ n: number }>(
        `select count(*)::int as n from accounting_periods where company_id = $1`,
        [admin.companyId],
      )
    )[0].n;
  const audits = async () =>
    t.adminQuery<{ actor_user_id: string; after: { month: string } }>(
      `select actor_user_id, after from audit_entries where company_id = $1 and action = 'ACCOUNTING_PERIOD_CLOSED'
        order by created_at`,
      [admin.companyId],
    );
  const hire = async (email: string, startMonth: string) => {
    const created = await t.gql<{ createEngineer: { id: string } }>(
      CREATE_ENGINEER,
      {
        input: {
          name: email,
          email,
          teamId,
          startDate: `${startMonth}-01`,
          annualPay: '120000',
          currency: 'USD',
        },
      },
      { token: admin.token },
    );
    expect(created.errors).toBeUndefined();
    const run = await t.gql(`mutation { runAccruals { granted } }`, {}, { token: admin.token });
    expect(run.errors).toBeUndefined();
    return created.data!.createEngineer.id;
  };
  const grantOf = async (engineerId: string, m: string) => {
    const [row] = await t.adminQuery<{ effective_at: Date; original_effective_at: Date | null }>(
      `select effective_at, original_effective_at from ledger_entries where company_id = $1 and reference = $2`,
      [admin.companyId, `accrual:${engineerId}:${m}`],
    );
    return row;
  };
  /** The first instant of a month in the company's zone (UTC here). */
  const startOf = (m: string) => new Date(`${m}-01T00:00:00.000Z`);

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signUp(t, 'Books Ltd', 'admin@books.test');
    finance = await addMember(t, admin, 'finance@books.test', ['FINANCE']);
    hr = await addMember(t, admin, 'hr@books.test', ['HR']);
    const team = await t.gql<{ createTeam: { id: string } }>(
      `mutation { createTeam(input: { name: "Ledger", costCentre: "CC-9" }) { id } }`,
      {},
      { token: admin.token },
    );
    teamId = team.data!.createTeam.id;
    // The books open with the first grant: an engineer hired at the start of the month four months ago.
    await hire('first@books.test', month(4));
  }, 60_000);

  afterAll(async () => {
    await t?.close();
  });

  it('lists every month from the first grant to this month, newest first, all open; only the first may close', async () => {
    const list = await periods();
    expect(list.map((p) => p.month)).toEqual([0, 1, 2, 3, 4].map(month));
    expect(list.every((p) => p.status === 'OPEN' && p.closedAt === null)).toBe(true);
    expect(list.filter((p) => p.closable).map((p) => p.month)).toEqual([month(4)]);
  });

  it('only FINANCE and ADMIN see and close periods', async () => {
    const listed = await t.gql(PERIODS, {}, { token: hr.token });
    expect(listed.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const closed = await close(month(4), hr);
    expect(closed.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(await closedRows()).toBe(0);
  });

  it('refuses a month that is not YYYY-MM, out of order, or not over yet, naming the field and changing nothing', async () => {
    const bad = await close('2026-13');
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'month', message: 'must be a month like 2026-11' }],
    });
    const outOfOrder = await close(month(3));
    expect(outOfOrder.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'month', message: `months close in order: ${month(4)} is the next to close` }],
    });
    const notOver = await close(month(0));
    expect(notOver.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(notOver.errors?.[0].extensions.fields?.[0]).toMatchObject({
      field: 'month',
      message: expect.stringContaining('can close only after its last day'),
    });
    expect(await closedRows()).toBe(0);
    expect(await audits()).toEqual([]);
  });

  it('FINANCE closes months in order, audited; closing a closed month is a CONFLICT that changes nothing', async () => {
    const first = await close(month(4));
    expect(first.errors).toBeUndefined();
    expect(first.data).toEqual({
      closeAccountingPeriod: { month: month(4), status: 'CLOSED', closedBy: finance.userId, closable: false },
    });
    expect((await close(month(3), admin)).errors).toBeUndefined();
    const again = await close(month(4));
    expect(again.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      fields: [{ field: 'month', message: `${month(4)} is already closed` }],
    });
    expect(await closedRows()).toBe(2);
    expect((await audits()).map((a) => [a.actor_user_id, a.after.month])).toEqual([
      [finance.userId, month(4)],
      [admin.userId, month(3)],
    ]);
    const list = await periods();
    expect(list.map((p) => [p.month, p.status, p.closable])).toEqual([
      [month(0), 'OPEN', false],
      [month(1), 'OPEN', false],
      [month(2), 'OPEN', true],
      [month(3), 'CLOSED', false],
      [month(4), 'CLOSED', false],
    ]);
    // The database keeps a closed month closed, even for the owner.
    await expect(
      t.adminQuery(`delete from accounting_periods where company_id = $1`, [admin.companyId]),
    ).rejects.toThrow(/append-only/);
  });

  it('an entry effective in a closed month is posted at the start of the first open month, its date kept (LedgerService.post)', async () => {
    // A hire recorded late: their grants for the two closed months land in the first open month.
    const late = await hire('late@books.test', month(4));
    for (const m of [month(4), month(3)]) {
      const grant = await grantOf(late, m);
      expect(grant.effective_at).toEqual(startOf(month(2)));
      expect(grant.original_effective_at).toEqual(startOf(m));
    }
    const open = await grantOf(late, month(2));
    expect(open.effective_at).toEqual(startOf(month(2)));
    expect(open.original_effective_at).toBeNull();
    // Nothing effective in a closed month, and the books still balance.
    const [inClosed] = await t.adminQuery<{ n: number }>(
      `select count(*)::int as n from ledger_entries where company_id = $1 and effective_at < $2`,
      [admin.companyId, startOf(month(2))],
    );
    const [before] = await t.adminQuery<{ n: number }>(
      `select count(*)::int as n from ledger_entries where company_id = $1 and effective_at < $2 and created_at > (
         select max(closed_at) from accounting_periods where company_id = $1)`,
      [admin.companyId, startOf(month(2))],
    );
    expect(before.n).toBe(0);
    expect(inClosed.n).toBeGreaterThan(0); // the first engineer's grants, posted before the close
    const invariant = await t.gql<{ ledgerInvariant: { totalMicros: string; violations: number } }>(
      `{ ledgerInvariant { totalMicros violations } }`,
      {},
      { token: finance.token },
    );
    expect(invariant.data?.ledgerInvariant).toEqual({ totalMicros: '0', violations: 0 });
  });

  describe('set-based posting (ledger_post_many) as the app role', () => {
    let app: Client;
    let from: string;
    let to: string;

    beforeAll(async () => {
      app = new Client({ connectionString: t.db.appUrl });
      await app.connect();
      const [funding] = await t.adminQuery<{ id: string }>(
        `select id from ledger_accounts where company_id = $1 and kind = 'COMPANY_FUNDING'`,
        [admin.companyId],
      );
      const [allowance] = await t.adminQuery<{ id: string }>(
        `select id from ledger_accounts where company_id = $1 and kind = 'ENGINEER_ALLOWANCE' limit 1`,
        [admin.companyId],
      );
      from = funding.id;
      to = allowance.id;
    });
    afterAll(async () => app?.end());

    const postMany = (client: Client, rows: { reference: string; effectiveAt: string }[]) =>
      client.query(
        `select posted_reference from ledger_post_many($1::uuid[], $2::uuid[], $3::uuid[], $4::bigint[], $5::text[],
            $6::text[], $7::text[], $8::timestamptz[], $9::uuid[], null)`,
        [
          rows.map(() => randomUUID()),
          rows.map(() => from),
          rows.map(() => to),
          rows.map(() => '1000000'),
          rows.map(() => 'GRANT'),
          rows.map((r) => r.reference),
          rows.map(() => 'correction'),
          rows.map((r) => r.effectiveAt),
          rows.map(() => null),
        ],
      );
    const entry = async (reference: string) =>
      (
        await t.adminQuery<{ effective_at: Date; original_effective_at: Date | null }>(
          `select effective_at, original_effective_at from ledger_entries where company_id = $1 and reference = $2`,
          [admin.companyId, reference],
        )
      )[0];

    it('moves what is effective in a closed month, and only that', async () => {
      await app.query('begin');
      await app.query(`select set_config('app.company_id', $1, true)`, [admin.companyId]);
      const lastClosedDay = `${month(3)}-15T12:00:00.000Z`;
      const openDay = `${month(1)}-15T12:00:00.000Z`;
      const posted = await postMany(app, [
        { reference: 'correction:closed', effectiveAt: lastClosedDay },
        { reference: 'correction:open', effectiveAt: openDay },
      ]);
      await app.query('commit');
      expect(posted.rows.map((r) => r.posted_reference).sort()).toEqual([
        'correction:closed',
        'correction:open',
      ]);
      expect(await entry('correction:closed')).toEqual({
        effective_at: startOf(month(2)),
        original_effective_at: new Date(lastClosedDay),
      });
      expect(await entry('correction:open')).toEqual({
        effective_at: new Date(openDay),
        original_effective_at: null,
      });
    });

    it('a close waits for the postings under way; what is posted after it goes to the next open month', async () => {
      const inside = `${month(2)}-20T12:00:00.000Z`;
      await app.query('begin');
      await app.query(`select set_config('app.company_id', $1, true)`, [admin.companyId]);
      await postMany(app, [{ reference: 'race:before-close', effectiveAt: inside }]);
      // The close of that month starts while the posting is not committed yet: it must wait for it.
      let settled = false;
      const closing = close(month(2)).then((result) => {
        settled = true;
        return result;
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(settled).toBe(false);
      await app.query('commit');
      const closed = await closing;
      expect(closed.errors).toBeUndefined();
      // Posted before the close: it stays in its month.
      expect(await entry('race:before-close')).toEqual({
        effective_at: new Date(inside),
        original_effective_at: null,
      });
      // Posted after the close, for the same day: it goes to the next open month.
      await app.query('begin');
      await app.query(`select set_config('app.company_id', $1, true)`, [admin.companyId]);
      await postMany(app, [{ reference: 'race:after-close', effectiveAt: inside }]);
      await app.query('commit');
      expect(await entry('race:after-close')).toEqual({
        effective_at: startOf(month(1)),
        original_effective_at: new Date(inside),
      });
    });
  });

  describe('in the company time zone', () => {
    it('a month is the month of the company clock: Asia/Tokyo (UTC+9) closes at 15:00 UTC on the last day', async () => {
      const tokyo = await signUp(t, 'Tokyo KK', 'admin@tokyo.test');
      await t.adminQuery(`update companies set time_zone = 'Asia/Tokyo' where id = $1`, [tokyo.companyId]);
      const team = await t.gql<{ createTeam: { id: string } }>(
        `mutation { createTeam(input: { name: "Tokyo", costCentre: "CC-T" }) { id } }`,
        {},
        { token: tokyo.token },
      );
      const created = await t.gql<{ createEngineer: { id: string } }>(
        CREATE_ENGINEER,
        {
          input: {
            name: 'Kenji',
            email: 'kenji@tokyo.test',
            teamId: team.data!.createTeam.id,
            startDate: `${month(2)}-01`,
            annualPay: '120000',
            currency: 'USD',
          },
        },
        { token: tokyo.token },
      );
      expect(created.errors).toBeUndefined();
      expect(
        (await t.gql(`mutation { runAccruals { granted } }`, {}, { token: tokyo.token })).errors,
      ).toBeUndefined();
      const closed = await t.gql(CLOSE, { month: month(2) }, { token: tokyo.token });
      expect(closed.errors).toBeUndefined();

      const [accounts] = await t.adminQuery<{ funding: string; allowance: string }>(
        `select (select id from ledger_accounts where company_id = $1 and kind = 'COMPANY_FUNDING') as funding,
                (select id from ledger_accounts where company_id = $1 and kind = 'ENGINEER_ALLOWANCE') as allowance`,
        [tokyo.companyId],
      );
      const lastDay = lastDayOf(month(2));
      const app = new Client({ connectionString: t.db.appUrl });
      await app.connect();
      try {
        await app.query('begin');
        await app.query(`select set_config('app.company_id', $1, true)`, [tokyo.companyId]);
        await app.query(
          `select ledger_post_many($1::uuid[], $2::uuid[], $3::uuid[], $4::bigint[], $5::text[], $6::text[], $7::text[],
              $8::timestamptz[], $9::uuid[], null)`,
          [
            [randomUUID(), randomUUID()],
            [accounts.funding, accounts.funding],
            [accounts.allowance, accounts.allowance],
            ['1', '1'],
            ['GRANT', 'GRANT'],
            ['tokyo:23h', 'tokyo:01h'],
            [null, null],
            [`${lastDay}T14:00:00.000Z`, `${lastDay}T16:00:00.000Z`],
            [null, null],
          ],
        );
        await app.query('commit');
      } finally {
        await app.end();
      }
      const rows = await t.adminQuery<{
        reference: string;
        effective_at: Date;
        original_effective_at: Date | null;
      }>(
        `select reference, effective_at, original_effective_at from ledger_entries
          where company_id = $1 and reference like 'tokyo:%' order by reference`,
        [tokyo.companyId],
      );
      expect(rows).toEqual([
        // 01:00 in Tokyo on the 1st: the open month, as it was.
        {
          reference: 'tokyo:01h',
          effective_at: new Date(`${lastDay}T16:00:00.000Z`),
          original_effective_at: null,
        },
        // 23:00 in Tokyo on the last day: the closed month, so posted at midnight in Tokyo (15:00 UTC).
        {
          reference: 'tokyo:23h',
          effective_at: new Date(`${lastDay}T15:00:00.000Z`),
          original_effective_at: new Date(`${lastDay}T14:00:00.000Z`),
        },
      ]);
    });
  });
});
