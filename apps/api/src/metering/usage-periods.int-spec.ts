import { addAccountingMonths, addDays } from '@tokenroll/domain';
import { testInstant, testToday } from '../test/business-date';
import { FundedEngineer, fundedEngineer, ledgerReconciles, machine } from '../test/metering-fixtures';
import { signUp, SignedUp, startTestApp, TestApp } from '../test/test-app';

const USD = 1_000_000n;
const SONNET = { provider: 'anthropic', model: 'claude-sonnet-4-6' }; // $3 in, $15 out per 1M tokens
/** 1M in + 200k out of Sonnet: $3 + $3. */
const SIX_DOLLARS = { inputTokens: 1_000_000, outputTokens: 200_000 };
const CLOSE = `mutation($month: String!) { closeAccountingPeriod(month: $month) { month status } }`;

interface UsageAnswer {
  results: {
    index: number;
    status: string;
    cost?: string;
    unpriced?: boolean;
    overBudget?: boolean;
    overage?: string;
  }[];
}
interface Entry {
  reference: string;
  amount: string;
  effective_at: Date;
  original_effective_at: Date | null;
}

/** The business months of these tests, counted back from today's month (UTC companies unless said). */
const current = testToday().slice(0, 7);
const month = (back: number) => addAccountingMonths(current, -back);
/** The first instant of a month in UTC. */
const startOf = (m: string) => new Date(`${m}-01T00:00:00.000Z`);

let sequence = 0;
const event = (overrides: Record<string, unknown>) => ({
  source: 'cli',
  ...SONNET,
  ...SIX_DOLLARS,
  idempotencyKey: `periods-${++sequence}`,
  ...overrides,
});

describe('usage is posted at its occurredAt: a closed month’s goes to the first open month, its date kept', () => {
  let t: TestApp;

  /** The spend entries of an engineer's usage (`usage:` or `reprice:`), oldest month first. */
  const spendEntries = async (engineer: FundedEngineer, prefix: 'usage' | 'reprice'): Promise<Entry[]> =>
    t.adminQuery<Entry>(
      `select reference, amount_micros::text as amount, effective_at, original_effective_at from ledger_entries
        where kind = 'SPEND' and reference like $1 order by reference`,
      [`${prefix}:%:${engineer.id}:%`],
    );
  const balance = async (engineer: FundedEngineer) => {
    const [row] = await t.adminQuery<{ balance: string }>(
      `select balance_micros::text as balance from ledger_accounts where id = $1`,
      [engineer.allowanceAccountId],
    );
    return BigInt(row.balance);
  };
  /** A grant effective at `at`, posted balanced as the accrual does: it opens the books at its month. */
  const grantAt = async (admin: SignedUp, engineer: FundedEngineer, micros: bigint, at: Date) => {
    const [funding] = await t.adminQuery<{ id: string }>(
      `select id from ledger_accounts where kind = 'COMPANY_FUNDING' and owner_id = $1`,
      [admin.companyId],
    );
    await t.adminQuery(
      `insert into ledger_entries (company_id, id, from_account_id, to_account_id, amount_micros, kind, reference, effective_at)
       values ($1, gen_random_uuid(), $2, $3, $4, 'GRANT', $5, $6)`,
      [
        admin.companyId,
        funding.id,
        engineer.allowanceAccountId,
        micros.toString(),
        `opening:${engineer.id}`,
        at,
      ],
    );
    await t.adminQuery(`update ledger_accounts set balance_micros = balance_micros - $2 where id = $1`, [
      funding.id,
      micros.toString(),
    ]);
    await t.adminQuery(`update ledger_accounts set balance_micros = balance_micros + $2 where id = $1`, [
      engineer.allowanceAccountId,
      micros.toString(),
    ]);
  };

  beforeAll(async () => {
    t = await startTestApp();
  }, 60_000);

  afterAll(async () => {
    await t?.close();
  });

  describe('with the month two months back closed', () => {
    let acme: SignedUp;
    let ann: FundedEngineer;
    let bo: FundedEngineer;
    const closedDay = `${month(2)}-15T12:00:00.000Z`;
    const openDay = `${month(1)}-10T08:00:00.000Z`;

    beforeAll(async () => {
      acme = await signUp(t, 'Closed Books', 'admin@closed.test');
      // A hard budget of 10.00 now (the fixture's grant of yesterday), books opened two months back.
      ann = await fundedEngineer(t, acme, {
        email: 'ann@closed.test',
        allowanceMicros: 10n * USD,
        enforcement: 'HARD',
      });
      bo = await fundedEngineer(t, acme, { email: 'bo@closed.test', allowanceMicros: 50n * USD });
      await grantAt(acme, bo, 1n, startOf(month(2)));
      const closed = await t.gql(CLOSE, { month: month(2) }, { token: acme.token });
      expect(closed.errors).toBeUndefined();
    });

    it('late usage of a closed month posts at the start of the first open month, referencing its date, and counts against it', async () => {
      const late = await machine<UsageAnswer>(t, ann.key, 'POST', '/v1/usage', {
        events: [event({ occurredAt: closedDay })],
      });
      expect(late.status).toBe(200);
      expect(late.body.results[0]).toMatchObject({ status: 'accepted', cost: '6.000000', overBudget: false });
      expect(await spendEntries(ann, 'usage')).toEqual([
        {
          reference: expect.stringMatching(new RegExp(`^usage:[0-9a-f-]{36}:${ann.id}:${month(2)}$`)),
          amount: String(6n * USD),
          effective_at: startOf(month(1)),
          original_effective_at: new Date(closedDay),
        },
      ]);
      // Nothing was posted into the closed month.
      const [inClosed] = await t.adminQuery<{ n: number }>(
        `select count(*)::int as n from ledger_entries where company_id = $1 and kind = 'SPEND' and effective_at < $2`,
        [acme.companyId, startOf(month(1))],
      );
      expect(inClosed.n).toBe(0);
      // It counts against the open books: 4.00 left of the hard 10.00, so the next 6.00 goes 2.00 over.
      expect(await balance(ann)).toBe(4n * USD);
      const next = await machine<UsageAnswer>(t, ann.key, 'POST', '/v1/usage', {
        events: [event({ occurredAt: testInstant(-60_000) })],
      });
      expect(next.body.results[0]).toMatchObject({
        status: 'accepted',
        overBudget: true,
        overage: '2.000000',
      });
      expect(await balance(ann)).toBe(-2n * USD);
      expect(await ledgerReconciles(t)).toEqual({ violations: 0, total: '0' });
    });

    it('usage of an open month posts at its own occurredAt; one batch posts once per month of its events', async () => {
      const now = testInstant(-60_000);
      const events = [
        event({ occurredAt: openDay }),
        event({ occurredAt: `${month(1)}-11T09:30:00.000Z` }),
        event({ occurredAt: now }),
        event({ occurredAt: closedDay }),
      ];
      const answer = await machine<UsageAnswer>(t, bo.key, 'POST', '/v1/usage', { events });
      expect(answer.body.results.map((r) => r.status)).toEqual([
        'accepted',
        'accepted',
        'accepted',
        'accepted',
      ]);
      const entries = await spendEntries(bo, 'usage');
      const byMonth = new Map(entries.map((e) => [e.reference.slice(-7), e]));
      expect(entries).toHaveLength(3);
      // The closed month's usage: in the first open month, its own date kept.
      expect(byMonth.get(month(2))).toMatchObject({
        amount: String(6n * USD),
        effective_at: startOf(month(1)),
        original_effective_at: new Date(closedDay),
      });
      // Last month's two events: at the latest of them, in their own month.
      expect(byMonth.get(month(1))).toMatchObject({
        amount: String(12n * USD),
        effective_at: new Date(`${month(1)}-11T09:30:00.000Z`),
        original_effective_at: null,
      });
      expect(byMonth.get(current)).toMatchObject({
        amount: String(6n * USD),
        effective_at: new Date(now),
        original_effective_at: null,
      });
      // The same batch again: duplicates, nothing more posted.
      const again = await machine<UsageAnswer>(t, bo.key, 'POST', '/v1/usage', { events });
      expect(again.body.results.map((r) => r.status)).toEqual([
        'duplicate',
        'duplicate',
        'duplicate',
        'duplicate',
      ]);
      expect(await spendEntries(bo, 'usage')).toHaveLength(entries.length);
    });

    it('unpriced usage of a closed month is trued up when its price arrives, in the first open month, referencing its date', async () => {
      const cy = await fundedEngineer(t, acme, { email: 'cy@closed.test', allowanceMicros: 100n * USD });
      const dated = { model: 'claude-sonnet-4-6-20270101' };
      const answer = await machine<UsageAnswer>(t, cy.key, 'POST', '/v1/usage', {
        events: [event({ ...dated, occurredAt: closedDay }), event({ ...dated, occurredAt: openDay })],
      });
      expect(answer.body.results.map((r) => [r.status, r.unpriced])).toEqual([
        ['accepted', true],
        ['accepted', true],
      ]);
      // Charged meanwhile at the provider's fallback price (more than the 6.00 Sonnet will ask).
      const atFallback = BigInt((answer.body.results[0].cost ?? '0').replace('.', ''));
      expect(atFallback).toBeGreaterThan(6n * USD);
      const pattern = await t.gql(
        `mutation { createModelPattern(input: { provider: "anthropic", pattern: "claude-sonnet-4-6-*", model: "claude-sonnet-4-6" }) { id } }`,
        {},
        { token: acme.token },
      );
      expect(pattern.errors).toBeUndefined();
      const trueUps = await spendEntries(cy, 'reprice');
      expect(trueUps).toHaveLength(2);
      const byMonth = new Map(trueUps.map((e) => [e.reference.slice(-7), e]));
      // The adjustments move spend back to the allowance (fallback − 6.00 each), each by the rule of its date.
      expect(byMonth.get(month(2))).toEqual({
        reference: expect.stringMatching(new RegExp(`^reprice:[0-9a-f-]{36}:${cy.id}:${month(2)}$`)),
        amount: String(atFallback - 6n * USD),
        effective_at: startOf(month(1)),
        original_effective_at: new Date(closedDay),
      });
      expect(byMonth.get(month(1))).toMatchObject({
        amount: String(atFallback - 6n * USD),
        effective_at: new Date(openDay),
        original_effective_at: null,
      });
      expect(await balance(cy)).toBe(100n * USD - 12n * USD);
      const [inClosed] = await t.adminQuery<{ n: number }>(
        `select count(*)::int as n from ledger_entries where company_id = $1 and effective_at < $2 and kind <> 'GRANT'`,
        [acme.companyId, startOf(month(1))],
      );
      expect(inClosed.n).toBe(0);
      expect(await ledgerReconciles(t)).toEqual({ violations: 0, total: '0' });
    });
  });

  describe('in the company time zone (Asia/Tokyo, UTC+9)', () => {
    it('a price corrected from a day reprices the usage of that day in Tokyo, not of the UTC day, and adjusts its spend', async () => {
      const tokyo = await signUp(t, 'Tokyo KK', 'admin@tokyo-usage.test');
      await t.adminQuery(`update companies set time_zone = 'Asia/Tokyo' where id = $1`, [tokyo.companyId]);
      const kenji = await fundedEngineer(t, tokyo, {
        email: 'kenji@tokyo-usage.test',
        allowanceMicros: 100n * USD,
      });
      // Day D, three days back; 23:30 in Tokyo the evening before and 00:30 in Tokyo on D: both on D-1 in UTC.
      const d = addDays(testToday(), -3);
      const eveningBefore = `${addDays(d, -1)}T14:30:00.000Z`;
      const pastMidnight = `${addDays(d, -1)}T15:30:00.000Z`;
      const answer = await machine<UsageAnswer>(t, kenji.key, 'POST', '/v1/usage', {
        events: [event({ occurredAt: eveningBefore }), event({ occurredAt: pastMidnight })],
      });
      expect(answer.body.results.map((r) => r.cost)).toEqual(['6.000000', '6.000000']);
      // The rollups keep each event on its Tokyo day.
      const days = await t.adminQuery<{ day: string; cost: string }>(
        `select to_char(day, 'YYYY-MM-DD') as day, sum(cost_micros)::text as cost from usage_daily
          where engineer_id = $1 group by day order by day`,
        [kenji.id],
      );
      expect(days).toEqual([
        { day: addDays(d, -1), cost: String(6n * USD) },
        { day: d, cost: String(6n * USD) },
      ]);
      // Sonnet's price corrected from D on: $6 in, $30 out per 1M (twice the catalog's).
      const set = await t.gql(
        `mutation($input: SetCompanyModelPriceInput!) { setCompanyModelPrice(input: $input) { model } }`,
        { input: { ...SONNET, effectiveFrom: d, inputPerMillion: '6.00', outputPerMillion: '30.00' } },
        { token: tokyo.token },
      );
      expect(set.errors).toBeUndefined();
      const costs = await t.adminQuery<{ at: Date; cost: string }>(
        `select occurred_at as at, cost_micros::text as cost from usage_events where engineer_id = $1 order by occurred_at`,
        [kenji.id],
      );
      expect(costs).toEqual([
        { at: new Date(eveningBefore), cost: String(6n * USD) },
        { at: new Date(pastMidnight), cost: String(12n * USD) },
      ]);
      // One adjustment of +6.00, effective at the event's own date, in the event's month in Tokyo.
      const trueUps = await spendEntries(kenji, 'reprice');
      expect(trueUps).toEqual([
        {
          reference: expect.stringMatching(new RegExp(`:${kenji.id}:${d.slice(0, 7)}$`)),
          amount: String(6n * USD),
          effective_at: new Date(pastMidnight),
          original_effective_at: null,
        },
      ]);
      expect(await balance(kenji)).toBe(100n * USD - 18n * USD);
      expect(await ledgerReconciles(t)).toEqual({ violations: 0, total: '0' });
    });
  });
});
