import { randomUUID } from 'node:crypto';
import { testDay, testNow } from '../test/business-date';
import {
  createKey,
  FundedEngineer,
  fundedEngineer,
  ledgerReconciles,
  machine,
  teamWithPool,
} from '../test/metering-fixtures';
import { signUp, SignedUp, startTestApp, TestApp } from '../test/test-app';

const USD = 1_000_000n;
const SONNET = { provider: 'anthropic', model: 'claude-sonnet-4-6' }; // $3 in, $15 out per 1M tokens
// 100M in × $3 + 100M out × $15 = $1,800.00: the most one event can report.
const HUGE = { inputTokens: 100_000_000, outputTokens: 100_000_000 };

interface HoldAnswer {
  id: string;
  status: string;
  held: string;
  fromTeamPool?: string;
  cost?: string;
  unpriced: boolean;
  overBudget: boolean;
  overage?: string;
}
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
interface Problem {
  status: number;
  detail: string;
  budget?: string;
  remaining?: string;
  overage?: string;
}

let sequence = 0;
const at = (daysAgo = 0) => new Date(testNow().getTime() - daysAgo * 86_400_000 - 60_000).toISOString();
const event = (overrides: Record<string, unknown> = {}) => ({
  source: 'cli',
  ...SONNET,
  inputTokens: 1_000_000,
  outputTokens: 100_000,
  occurredAt: at(),
  idempotencyKey: `ov-${++sequence}`,
  ...overrides,
});

describe('hard budgets hold on every path: overage is recorded, flagged and blocks further authorizations', () => {
  let t: TestApp;
  let acme: SignedUp;

  const balance = async (engineer: FundedEngineer) => {
    const [row] = await t.adminQuery<{ balance: string; held: string }>(
      `select balance_micros::text as balance, held_micros::text as held from ledger_accounts where id = $1`,
      [engineer.allowanceAccountId],
    );
    return { balance: BigInt(row.balance), held: BigInt(row.held) };
  };
  const authorize = (key: string, body: Record<string, unknown> = {}) =>
    machine<HoldAnswer & Problem>(t, key, 'POST', '/v1/authorizations', {
      ...SONNET,
      estimatedInputTokens: 1000,
      maxOutputTokens: 100,
      requestId: `req-${randomUUID()}`,
      ...body,
    });
  const settle = (key: string, id: string, usage: Record<string, number>) =>
    machine<HoldAnswer & { released: string }>(t, key, 'POST', `/v1/authorizations/${id}/settle`, usage);
  /** A later grant of the month, posted as the accrual does (company funding → allowance). */
  const grant = async (engineer: FundedEngineer, micros: bigint) => {
    const c = acme.companyId;
    const [funding] = await t.adminQuery<{ id: string }>(
      `select id from ledger_accounts where kind = 'COMPANY_FUNDING' and owner_id = $1`,
      [c],
    );
    await t.adminQuery(
      `insert into ledger_entries (company_id, id, from_account_id, to_account_id, amount_micros, kind, reference, effective_at)
       values ($1, gen_random_uuid(), $2, $3, $4, 'GRANT', $5, now())`,
      [c, funding.id, engineer.allowanceAccountId, micros.toString(), `test-grant:${randomUUID()}`],
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
  const budget = async (engineer: FundedEngineer) =>
    (await machine<{ overage: string; available: string }>(t, engineer.key, 'GET', '/v1/budget')).body;
  const gqlOverage = async (engineer: FundedEngineer) =>
    (
      await t.gql<{ budget: { overageMicros: string } }>(
        `query B($id: ID) { budget(engineerId: $id) { overageMicros } }`,
        { id: engineer.id },
        { token: acme.token },
      )
    ).data?.budget.overageMicros;
  const overages = async (engineer: FundedEngineer) =>
    t.adminQuery<{ n: number; total: string }>(
      `select coalesce(sum(o.events), 0)::int as n, coalesce(sum(o.overage_micros), 0)::text as total
         from usage_overages o join usage_events e on e.id = o.usage_event_id and e.engineer_id = o.engineer_id
        where o.engineer_id = $1`,
      [engineer.id],
    );

  beforeAll(async () => {
    t = await startTestApp();
    acme = await signUp(t, 'Acme', 'admin@acme.test');
  });

  afterAll(async () => {
    await t.close();
  });

  it('a settle far above its hold (0.000018 held, 1,800.00 used) is recorded, says overBudget with the overage, shows on the budget and refuses the next authorizations until a grant covers it', async () => {
    const ada = await fundedEngineer(t, acme, {
      email: 'ada@acme.test',
      allowanceMicros: 5n * USD,
      enforcement: 'HARD',
    });
    // 6 input tokens × $3 / 1M = 0.000018
    const hold = await authorize(ada.key, { estimatedInputTokens: 6, maxOutputTokens: 0 });
    expect(hold.status).toBe(201);
    expect(hold.body.held).toBe('0.000018');
    const settled = await settle(ada.key, hold.body.id, HUGE);
    expect(settled.status).toBe(200);
    expect(settled.body).toMatchObject({
      status: 'SETTLED',
      cost: '1800.000000',
      overBudget: true,
      overage: '1795.000000',
    });
    // Settling again answers the same.
    expect((await settle(ada.key, hold.body.id, HUGE)).body).toMatchObject({
      status: 'SETTLED',
      overBudget: true,
      overage: '1795.000000',
    });
    // The usage happened: recorded and charged in full; the overage is on record for burn and alerts.
    expect(await balance(ada)).toEqual({ balance: -1795n * USD, held: 0n });
    expect(await overages(ada)).toEqual([{ n: 1, total: String(1795n * USD) }]);
    const [stored] = await t.adminQuery<{ over_budget: boolean; overage: string }>(
      `select over_budget, overage_micros::text as overage from holds where id = $1`,
      [hold.body.id],
    );
    expect(stored).toEqual({ over_budget: true, overage: String(1795n * USD) });
    expect(await budget(ada)).toMatchObject({ overage: '1795.000000', available: '0.000000' });
    expect(await gqlOverage(ada)).toBe(String(1795n * USD));

    // The next authorizations are refused, naming the budget and the overage.
    const refused = await authorize(ada.key, { estimatedInputTokens: 1, maxOutputTokens: 0 });
    expect(refused.status).toBe(402);
    expect(refused.body).toMatchObject({
      budget: 'allowance',
      remaining: '0.000000',
      overage: '1795.000000',
    });
    expect(refused.body.detail).toMatch(/1795\.00.* over budget/);

    // A grant that does not cover the overage leaves it refused; one that does lets the engineer work again.
    await grant(ada, 1000n * USD);
    expect((await authorize(ada.key, { estimatedInputTokens: 1, maxOutputTokens: 0 })).status).toBe(402);
    await grant(ada, 800n * USD);
    expect(await budget(ada)).toMatchObject({ overage: '0.000000', available: '5.000000' });
    expect((await authorize(ada.key, { estimatedInputTokens: 1, maxOutputTokens: 0 })).status).toBe(201);
    expect(await ledgerReconciles(t)).toEqual({ violations: 0, total: '0' });
  });

  it('an engineer in overage does not draw on an overflowing team pool: refused until a grant covers the overage', async () => {
    const team = await teamWithPool(t, acme, { name: 'Pool team', poolMicros: 100n * USD, overflow: true });
    const poolHeld = async () => {
      const [row] = await t.adminQuery<{ balance: string; held: string }>(
        `select balance_micros::text as balance, held_micros::text as held from ledger_accounts where id = $1`,
        [team.poolAccountId],
      );
      return { balance: BigInt(row.balance), held: BigInt(row.held) };
    };
    const hal = await fundedEngineer(t, acme, {
      email: 'hal@acme.test',
      allowanceMicros: 5n * USD,
      enforcement: 'HARD',
      teamId: team.id,
    });
    // Before any overage the pool covers what the allowance cannot: 4.50 + 4.50 on 5.00 draws 4.00 on the pool.
    const first = await authorize(hal.key, { estimatedInputTokens: 1_000_000, maxOutputTokens: 100_000 });
    const second = await authorize(hal.key, { estimatedInputTokens: 1_000_000, maxOutputTokens: 100_000 });
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(await poolHeld()).toEqual({ balance: 100n * USD, held: 4n * USD });
    await machine(t, hal.key, 'POST', `/v1/authorizations/${second.body.id}/void`);
    // A settle far above its hold takes the allowance 1,795.00 below zero.
    const settled = await settle(hal.key, first.body.id, HUGE);
    expect(settled.body).toMatchObject({ overBudget: true, overage: '1795.000000' });
    expect(await balance(hal)).toEqual({ balance: -1795n * USD, held: 0n });
    const pool = await poolHeld();
    expect(pool.held).toBe(0n);

    // In overage: refused with the allowance as the budget, though the pool has plenty; the pool is untouched.
    const refused = await authorize(hal.key, { estimatedInputTokens: 1, maxOutputTokens: 0 });
    expect(refused.status).toBe(402);
    expect(refused.body).toMatchObject({
      budget: 'allowance',
      remaining: '0.000000',
      overage: '1795.000000',
    });
    expect(await poolHeld()).toEqual(pool);
    expect(await budget(hal)).toMatchObject({ overage: '1795.000000', available: '0.000000' });

    // A grant that covers the overage lets the engineer work again, and the pool overflows to them again.
    await grant(hal, 1796n * USD);
    expect(await budget(hal)).toMatchObject({ overage: '0.000000' });
    const again = await authorize(hal.key, { estimatedInputTokens: 1_000_000, maxOutputTokens: 100_000 });
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ held: '4.500000', fromTeamPool: '3.500000' });
    expect(await ledgerReconciles(t)).toEqual({ violations: 0, total: '0' });
  });

  it('a settle above its hold that the allowance still covers is not over budget', async () => {
    const bea = await fundedEngineer(t, acme, {
      email: 'bea@acme.test',
      allowanceMicros: 2000n * USD,
      enforcement: 'HARD',
    });
    const hold = await authorize(bea.key, { estimatedInputTokens: 6, maxOutputTokens: 0 });
    const settled = await settle(bea.key, hold.body.id, HUGE);
    expect(settled.body).toMatchObject({ status: 'SETTLED', cost: '1800.000000', overBudget: false });
    expect(settled.body.overage).toBeUndefined();
    expect(await balance(bea)).toEqual({ balance: 200n * USD, held: 0n });
    expect(await overages(bea)).toEqual([{ n: 0, total: '0' }]);
  });

  it('POST /v1/usage against a hard budget: every accepted event says whether it went over and by how much; the overage is recorded and blocks authorizations', async () => {
    const cal = await fundedEngineer(t, acme, {
      email: 'cal@acme.test',
      allowanceMicros: 5n * USD,
      enforcement: 'HARD',
    });
    const events = Array.from({ length: 10 }, () => event(HUGE));
    const answer = await machine<UsageAnswer>(t, cal.key, 'POST', '/v1/usage', { events });
    expect(answer.status).toBe(200);
    expect(answer.body.results[0]).toMatchObject({
      status: 'accepted',
      cost: '1800.000000',
      overBudget: true,
      overage: '1795.000000',
    });
    for (const result of answer.body.results.slice(1))
      expect(result).toMatchObject({
        status: 'accepted',
        cost: '1800.000000',
        overBudget: true,
        overage: '1800.000000',
      });
    expect(await balance(cal)).toEqual({ balance: -17_995n * USD, held: 0n });
    expect(await overages(cal)).toEqual([{ n: 10, total: String(17_995n * USD) }]);
    expect(await budget(cal)).toMatchObject({ overage: '17995.000000' });
    expect(await gqlOverage(cal)).toBe(String(17_995n * USD));
    const refused = await authorize(cal.key);
    expect(refused.status).toBe(402);
    expect(refused.body).toMatchObject({ budget: 'allowance', overage: '17995.000000' });
    // A resent batch is a duplicate: nothing charged, nothing flagged again.
    const again = await machine<UsageAnswer>(t, cal.key, 'POST', '/v1/usage', { events });
    expect(again.body.results.every((r) => r.status === 'duplicate')).toBe(true);
    expect(await overages(cal)).toEqual([{ n: 10, total: String(17_995n * USD) }]);
    expect(await ledgerReconciles(t)).toEqual({ violations: 0, total: '0' });
  });

  it('in a company batch each engineer’s events are measured against their own allowance, in order', async () => {
    const dee = await fundedEngineer(t, acme, { email: 'dee@acme.test', allowanceMicros: 10n * USD });
    const eve = await fundedEngineer(t, acme, { email: 'eve@acme.test', allowanceMicros: 1000n * USD });
    const company = await createKey(t, acme, { company: true });
    // $4.50 each: dee goes from 10.00 to 5.50, 1.00, then −3.50 (over by 3.50); eve stays within.
    const answer = await machine<UsageAnswer>(t, company, 'POST', '/v1/usage', {
      events: [
        event({ engineerEmail: dee.email }),
        event({ engineerEmail: eve.email }),
        event({ engineerEmail: dee.email }),
        event({ engineerEmail: dee.email }),
      ],
    });
    expect(answer.body.results.map((r) => [r.overBudget, r.overage])).toEqual([
      [false, undefined],
      [false, undefined],
      [false, undefined],
      [true, '3.500000'],
    ]);
    expect((await balance(dee)).balance).toBe(-3_500_000n);
  });

  it('unpriced usage is charged at the provider’s fallback price (as its hold is), never $0, and trued up when a price arrives', async () => {
    const fay = await fundedEngineer(t, acme, {
      email: 'fay@acme.test',
      allowanceMicros: 100n * USD,
      enforcement: 'HARD',
    });
    const hold = await authorize(fay.key, {
      model: 'claude-brand-new',
      estimatedInputTokens: 100_000,
      maxOutputTokens: 10_000,
    });
    expect(hold.status).toBe(201);
    expect(hold.body.unpriced).toBe(true);
    const held = BigInt(hold.body.held.replace('.', ''));
    // Settled with exactly the usage held for: charged exactly the hold (the same fallback price), not $0.
    const settled = await settle(fay.key, hold.body.id, { inputTokens: 100_000, outputTokens: 10_000 });
    expect(settled.body).toMatchObject({ status: 'SETTLED', unpriced: true });
    expect(BigInt((settled.body.cost ?? '0').replace('.', ''))).toBe(held);
    expect(held).toBeGreaterThan(0n);
    expect(await balance(fay)).toEqual({ balance: 100n * USD - held, held: 0n });

    // Reported usage of the unpriced model is charged at the fallback too.
    const reported = await machine<UsageAnswer>(t, fay.key, 'POST', '/v1/usage', {
      events: [event({ model: 'claude-brand-new', inputTokens: 100_000, outputTokens: 10_000 })],
    });
    expect(reported.body.results[0]).toMatchObject({ status: 'accepted', unpriced: true });
    expect(BigInt((reported.body.results[0].cost ?? '0').replace('.', ''))).toBe(held);

    // A company price arrives from yesterday: $1 in, $2 out → 100k × 1 + 10k × 2 = 0.12 per event.
    const price = await t.gql(
      `mutation P($input: SetCompanyModelPriceInput!) { setCompanyModelPrice(input: $input) { model } }`,
      {
        input: {
          provider: 'anthropic',
          model: 'claude-brand-new',
          effectiveFrom: testDay(-1),
          inputPerMillion: '1',
          outputPerMillion: '2',
        },
      },
      { token: acme.token },
    );
    expect(price.errors).toBeUndefined();
    expect(await balance(fay)).toEqual({ balance: 100n * USD - 240_000n, held: 0n });
    const stored = await t.adminQuery<{ cost: string; unpriced: boolean }>(
      `select cost_micros::text as cost, unpriced from usage_events where engineer_id = $1 order by occurred_at`,
      [fay.id],
    );
    expect(stored).toEqual([
      { cost: '120000', unpriced: false },
      { cost: '120000', unpriced: false },
    ]);
    const [daily] = await t.adminQuery<{ cost: string; unpriced: number }>(
      `select sum(cost_micros)::text as cost, sum(unpriced_events)::int as unpriced from usage_daily where engineer_id = $1`,
      [fay.id],
    );
    expect(daily).toEqual({ cost: '240000', unpriced: 0 });
    // Pricing again changes nothing (idempotent).
    const again = await t.gql<{ repriceUnpricedUsage: number }>(
      `mutation { repriceUnpricedUsage }`,
      {},
      { token: acme.token },
    );
    expect(again.data?.repriceUnpricedUsage).toBe(0);
    expect(await balance(fay)).toEqual({ balance: 100n * USD - 240_000n, held: 0n });
    expect(await ledgerReconciles(t)).toEqual({ violations: 0, total: '0' });
  });

  it('a price corrected for past dates adjusts the spend already charged, once', async () => {
    const gil = await fundedEngineer(t, acme, { email: 'gil@acme.test', allowanceMicros: 100n * USD });
    // Two sonnet events at list price ($4.50 each), three days ago and today.
    await machine<UsageAnswer>(t, gil.key, 'POST', '/v1/usage', {
      events: [event({ model: 'claude-sonnet-4-6', occurredAt: at(3) }), event({ occurredAt: at() })],
    });
    expect((await balance(gil)).balance).toBe(91n * USD);
    const setPrice = () =>
      t.gql(
        `mutation P($input: SetCompanyModelPriceInput!) { setCompanyModelPrice(input: $input) { model } }`,
        {
          input: {
            ...SONNET,
            effectiveFrom: testDay(-10),
            inputPerMillion: '1',
            outputPerMillion: '5',
          },
        },
        { token: acme.token },
      );
    // A negotiated price from ten days ago: 1M × $1 + 100k × $5 = $1.50 each; $6.00 goes back.
    expect((await setPrice()).errors).toBeUndefined();
    expect((await balance(gil)).balance).toBe(97n * USD);
    const [spent] = await t.adminQuery<{ cost: string }>(
      `select sum(cost_micros)::text as cost from usage_daily where engineer_id = $1`,
      [gil.id],
    );
    expect(spent.cost).toBe(String(3n * USD));
    // The same correction again adjusts nothing.
    expect((await setPrice()).errors).toBeUndefined();
    expect((await balance(gil)).balance).toBe(97n * USD);
    expect(await ledgerReconciles(t)).toEqual({ violations: 0, total: '0' });
  });
});
