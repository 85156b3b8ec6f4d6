import { testDay, testInstant, testToday } from '../test/business-date';
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

interface UsageAnswer {
  results: { index: number; status: string; cost?: string; error?: string; fields?: { field: string }[] }[];
}
interface HoldAnswer {
  id: string;
  status: string;
  held: string;
  fromTeamPool: string;
  available: string;
  cost?: string;
  released?: string;
  unpriced: boolean;
  overBudget: boolean;
}
interface Problem {
  type: string;
  status: number;
  detail: string;
  budget?: string;
  remaining?: string;
  required?: string;
  fields?: { field: string; message: string }[];
}

const now = () => testInstant();
let sequence = 0;
const event = (overrides: Record<string, unknown> = {}) => ({
  source: 'cli',
  ...SONNET,
  inputTokens: 1_000_000,
  outputTokens: 100_000,
  occurredAt: now(),
  idempotencyKey: `k-${++sequence}`,
  ...overrides,
});

async function balance(t: TestApp, accountId: string): Promise<{ balance: bigint; held: bigint }> {
  const [row] = await t.adminQuery<{ balance: string; held: string }>(
    `select balance_micros::text as balance, held_micros::text as held from ledger_accounts where id = $1`,
    [accountId],
  );
  return { balance: BigInt(row.balance), held: BigInt(row.held) };
}

describe('metering: usage ingestion, holds and budgets over the machine API', () => {
  let t: TestApp;
  let acme: SignedUp;
  let globex: SignedUp;
  let ann: FundedEngineer;
  let companyKey: string;

  beforeAll(async () => {
    t = await startTestApp();
    acme = await signUp(t, 'Acme', 'admin@acme.test');
    globex = await signUp(t, 'Globex', 'admin@globex.test');
    ann = await fundedEngineer(t, acme, { email: 'ann@acme.test', allowanceMicros: 100n * USD });
    companyKey = await createKey(t, acme, { company: true });
  });

  afterAll(async () => {
    await t.close();
  });

  describe('POST /v1/usage', () => {
    it('prices, stores and charges accepted events; a resent event is a duplicate and changes nothing', async () => {
      const before = await balance(t, ann.allowanceAccountId);
      const batch = [event({ idempotencyKey: 'dup-1' }), event({ idempotencyKey: 'dup-1' }), event()];
      const first = await machine<UsageAnswer>(t, ann.key, 'POST', '/v1/usage', { events: batch });
      expect(first.status).toBe(200);
      // 1M in × $3 + 100k out × $15 = $4.50
      expect(first.body.results).toEqual([
        { index: 0, status: 'accepted', cost: '4.500000', currency: 'USD', overBudget: false },
        { index: 1, status: 'duplicate' },
        { index: 2, status: 'accepted', cost: '4.500000', currency: 'USD', overBudget: false },
      ]);
      const again = await machine<UsageAnswer>(t, ann.key, 'POST', '/v1/usage', { events: batch });
      expect(again.body.results.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);
      const after = await balance(t, ann.allowanceAccountId);
      expect(before.balance - after.balance).toBe(9n * USD);
      const [rollup] = await t.adminQuery<{ events: number; cost: string }>(
        `select sum(events)::int as events, sum(cost_micros)::text as cost from usage_daily where engineer_id = $1`,
        [ann.id],
      );
      expect(rollup).toEqual({ events: 2, cost: String(9n * USD) });
      expect(await ledgerReconciles(t)).toEqual({ violations: 0, total: '0' });
    });

    it('stores each event as sent: its text as given, its time to the millisecond, its tags, and the defaults of what it left out', async () => {
      // The batch travels to PostgreSQL as JSON written out by hand, with the fields at their defaults left out.
      const at = testInstant(-61_123);
      const full = event({
        source: 'cli "beta" \\ ü',
        idempotencyKey: 'stored-as-sent "1" \\ é',
        inputTokens: 1234,
        outputTokens: 56,
        cacheReadTokens: 7,
        cacheWriteTokens: 8,
        occurredAt: at,
        tags: { repo: 'a "quoted" \\ path ✓', branch: 'main' },
      });
      const bare = event({
        source: 'cli-bare',
        idempotencyKey: 'stored-as-sent-2',
        inputTokens: 10,
        outputTokens: 0,
        occurredAt: at,
      });
      const sent = await machine<UsageAnswer>(t, ann.key, 'POST', '/v1/usage', { events: [full, bare] });
      expect(sent.body.results.map((r) => r.status)).toEqual(['accepted', 'accepted']);
      const rows = await t.adminQuery(
        `select k.source, k.idempotency_key, e.source as event_source, e.provider, e.model, e.priced_as,
                e.input_tokens::int as input, e.output_tokens::int as output, e.cache_read_tokens::int as cache_read,
                e.cache_write_tokens::int as cache_write, e.cost_micros > 0 as costed, e.unpriced,
                e.reported_cost_micros, e.tags, e.hold_id, e.currency,
                to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as occurred_at
           from usage_event_keys k join usage_events e on e.id = k.event_id and e.company_id = k.company_id
          where k.idempotency_key like 'stored-as-sent%' order by k.idempotency_key`,
      );
      expect(rows).toEqual([
        {
          source: 'cli "beta" \\ ü',
          idempotency_key: 'stored-as-sent "1" \\ é',
          event_source: 'cli "beta" \\ ü',
          provider: 'anthropic',
          model: 'claude-sonnet-4-6',
          priced_as: 'claude-sonnet-4-6',
          input: 1234,
          output: 56,
          cache_read: 7,
          cache_write: 8,
          costed: true,
          unpriced: false,
          reported_cost_micros: null,
          tags: { repo: 'a "quoted" \\ path ✓', branch: 'main' },
          hold_id: null,
          currency: 'USD',
          occurred_at: at,
        },
        {
          source: 'cli-bare',
          idempotency_key: 'stored-as-sent-2',
          event_source: 'cli-bare',
          provider: 'anthropic',
          model: 'claude-sonnet-4-6',
          priced_as: 'claude-sonnet-4-6',
          input: 10,
          output: 0,
          cache_read: 0,
          cache_write: 0,
          costed: true,
          unpriced: false,
          reported_cost_micros: null,
          tags: null,
          hold_id: null,
          currency: 'USD',
          occurred_at: at,
        },
      ]);
      // Each is in the daily rollups (their own rows: a source and a model no other test uses), as it cost.
      const rollups = await t.adminQuery(
        `select d.source, d.model, d.events, d.input_tokens::int as input, d.cache_write_tokens::int as cache_write,
                d.unpriced_events as unpriced, d.cost_micros = e.cost_micros as cost_as_stored
           from usage_daily d
           join usage_events e on e.engineer_id = d.engineer_id and e.source = d.source and e.model = d.model
          where d.engineer_id = $1 and d.source in ($2, 'cli-bare') order by d.source`,
        [ann.id, full.source],
      );
      expect(rollups).toEqual([
        {
          source: 'cli "beta" \\ ü',
          model: 'claude-sonnet-4-6',
          events: 1,
          input: 1234,
          cache_write: 8,
          unpriced: 0,
          cost_as_stored: true,
        },
        {
          source: 'cli-bare',
          model: 'claude-sonnet-4-6',
          events: 1,
          input: 10,
          cache_write: 0,
          unpriced: 0,
          cost_as_stored: true,
        },
      ]);
      expect(await ledgerReconciles(t)).toEqual({ violations: 0, total: '0' });
    });

    it('prices each event at the price in force on its day', async () => {
      const setPrice = `mutation P($input: SetCompanyModelPriceInput!) { setCompanyModelPrice(input: $input) { model } }`;
      const day = (offset: number) => testDay(offset);
      for (const [from, input] of [
        [day(-20), '1.00'],
        [day(-5), '2.00'],
      ])
        expect(
          (
            await t.gql(
              setPrice,
              {
                input: {
                  provider: 'self-hosted',
                  model: 'tiny',
                  effectiveFrom: from,
                  inputPerMillion: input,
                  outputPerMillion: '0',
                },
              },
              { token: acme.token },
            )
          ).errors,
        ).toBeUndefined();
      const at = (offset: number) => testInstant(offset * 86_400_000);
      const tiny = { provider: 'self-hosted', model: 'tiny', inputTokens: 1_000_000, outputTokens: 0 };
      const answer = await machine<UsageAnswer>(t, ann.key, 'POST', '/v1/usage', {
        events: [event({ ...tiny, occurredAt: at(-10) }), event({ ...tiny, occurredAt: at(-1) })],
      });
      expect(answer.body.results.map((r) => r.cost)).toEqual(['1.000000', '2.000000']);
    });

    it('prices a provider’s dated alias of a model like the model itself', async () => {
      const answer = await machine<UsageAnswer>(t, ann.key, 'POST', '/v1/usage', {
        events: [event({ model: 'claude-haiku-4-5-20251001', inputTokens: 1_000_000, outputTokens: 0 })],
      });
      expect(answer.body.results[0]).toEqual({
        index: 0,
        status: 'accepted',
        cost: '1.000000',
        currency: 'USD',
        overBudget: false,
      });
      const [stored] = await t.adminQuery<{ priced_as: string }>(
        `select priced_as from usage_events where model = 'claude-haiku-4-5-20251001'`,
      );
      expect(stored.priced_as).toBe('claude-haiku-4-5');
    });

    it('keeps good events when siblings are bad, and says why each bad one was rejected', async () => {
      const [{ n: before }] = await t.adminQuery<{ n: number }>(
        `select count(*)::int as n from usage_events`,
      );
      const answer = await machine<UsageAnswer>(t, companyKey, 'POST', '/v1/usage', {
        events: [
          event({ engineerEmail: 'ann@acme.test' }),
          event({ engineerEmail: 'nobody@acme.test' }),
          event({ engineerEmail: 'ann@acme.test', model: '  ' }),
          event({ engineerEmail: 'ann@acme.test', inputTokens: -5 }),
          event({ engineerEmail: 'ann@acme.test', outputTokens: 1e12 }),
          event({
            engineerEmail: 'ann@acme.test',
            occurredAt: testInstant(86_400_000),
          }),
          event({ engineerEmail: 'ann@acme.test', occurredAt: 'yesterday' }),
          event({ engineerEmail: 'ann@acme.test', colour: 'blue' }),
          event({}),
          'not an event',
        ],
      });
      expect(answer.status).toBe(200);
      const byIndex = answer.body.results.map((r) => [r.status, r.fields?.[0]?.field]);
      expect(byIndex).toEqual([
        ['accepted', undefined],
        ['rejected', 'engineerEmail'],
        ['rejected', 'model'],
        ['rejected', 'inputTokens'],
        ['rejected', 'outputTokens'],
        ['rejected', 'occurredAt'],
        ['rejected', 'occurredAt'],
        ['rejected', 'colour'],
        // No engineer named: the company key's own usage (shared spend), not an engineer's.
        ['accepted', undefined],
        ['rejected', 'event'],
      ]);
      expect(answer.body.results[8]).toMatchObject({ attributed: false, cost: '4.500000' });
      expect(answer.body.results[2].error).toBe('model: must not be empty');
      expect(answer.body.results[5].error).toBe('occurredAt: must not be in the future');
      const [{ n: after }] = await t.adminQuery<{ n: number }>(`select count(*)::int as n from usage_events`);
      expect(after - before).toBe(1);
    });

    it('refuses whole requests that are not batches, too large, or badly authenticated, as problem details', async () => {
      const cases: [string | undefined, unknown, number, string][] = [
        [ann.key, { events: 'no' }, 422, 'unprocessable-entity'],
        [ann.key, { events: [] }, 422, 'unprocessable-entity'],
        [ann.key, { events: Array.from({ length: 1001 }, () => event()) }, 413, 'payload-too-large'],
        [undefined, { events: [event()] }, 401, 'unauthenticated'],
        ['trk_not-a-key', { events: [event()] }, 401, 'unauthenticated'],
        [
          await createKey(t, acme, { engineerId: ann.id, scopes: ['budget:read'] }),
          { events: [event()] },
          403,
          'forbidden',
        ],
      ];
      for (const [key, body, status, type] of cases) {
        const answer = await machine<Problem>(t, key, 'POST', '/v1/usage', body);
        expect({ status: answer.status, type: answer.body.type, contentType: answer.contentType }).toEqual({
          status,
          type: `https://tokenroll.dev/problems/${type}`,
          contentType: expect.stringMatching(/^application\/problem\+json/),
        });
      }
      const revoked = await createKey(t, acme, { engineerId: ann.id });
      const keyId = revoked.split('.')[1];
      expect(
        (await t.gql(`mutation { revokeApiKey(id: "${keyId}") { id } }`, {}, { token: acme.token })).errors,
      ).toBeUndefined();
      const answer = await machine<Problem>(t, revoked, 'POST', '/v1/usage', { events: [event()] });
      expect([answer.status, answer.body.detail]).toEqual([401, 'This API key was revoked']);
    });

    it('converts to the company currency at the rate in force on the event’s day, and flags usage without a rate', async () => {
      const euro = await signUp(t, 'Euro GmbH', 'admin@euro.test');
      await t.adminQuery(`update companies set currency = 'EUR' where id = $1`, [euro.companyId]);
      const jo = await fundedEngineer(t, euro, { email: 'jo@euro.test', allowanceMicros: 100n * USD });
      const before = await machine<UsageAnswer>(t, jo.key, 'POST', '/v1/usage', { events: [event()] });
      expect(before.body.results[0]).toMatchObject({
        status: 'accepted',
        cost: '0.000000',
        currency: 'EUR',
        unpriced: true,
      });
      const day = (offset: number) => testDay(offset);
      const setRate = `mutation R($input: SetExchangeRateInput!) { setExchangeRate(input: $input) { microsPerUsd } }`;
      for (const [from, rate] of [
        [day(-30), '0.90'],
        [day(-3), '0.80'],
      ]) {
        const answer = await t.gql(
          setRate,
          { input: { currency: 'EUR', effectiveFrom: from, rate } },
          { token: euro.token },
        );
        expect(answer.errors).toBeUndefined();
      }
      // The unpriced event (today) was priced as soon as the first rate arrived (0.90: 4.50 USD = 4.05 EUR),
      // then trued up by the rate entered for the days since day −3 (0.80: 3.60 EUR), 0.45 EUR given back.
      const [repriced] = await t.adminQuery<{ cost: string; unpriced: boolean }>(
        `select cost_micros::text as cost, unpriced from usage_events where engineer_id = $1`,
        [jo.id],
      );
      expect(repriced).toEqual({ cost: '3600000', unpriced: false });
      const [account] = await t.adminQuery<{ balance: string }>(
        `select balance_micros::text as balance from ledger_accounts where id = $1`,
        [jo.allowanceAccountId],
      );
      expect(account.balance).toBe(String(100n * USD - 3_600_000n));
      const at = (offset: number) => testInstant(offset * 86_400_000);
      const answer = await machine<UsageAnswer>(t, jo.key, 'POST', '/v1/usage', {
        events: [event({ occurredAt: at(-10) }), event({ occurredAt: at(-1) })],
      });
      expect(answer.body.results.map((r) => r.cost)).toEqual(['4.050000', '3.600000']);
      const bad = await t.gql(
        setRate,
        { input: { currency: 'euro', effectiveFrom: day(0), rate: '-1' } },
        { token: euro.token },
      );
      expect(bad.errors?.[0].extensions.fields?.map((f) => f.field).sort()).toEqual(['currency', 'rate']);
    });

    it('an engineer key reports only its own usage', async () => {
      const answer = await machine<UsageAnswer>(t, ann.key, 'POST', '/v1/usage', {
        events: [event({ engineerEmail: 'someone-else@acme.test' })],
      });
      expect(answer.body.results[0]).toMatchObject({
        status: 'rejected',
        fields: [{ field: 'engineerEmail' }],
      });
    });

    it('records usage beyond the balance and shows it as overage', async () => {
      const bo = await fundedEngineer(t, acme, { email: 'bo@acme.test', allowanceMicros: 2n * USD });
      const answer = await machine<UsageAnswer>(t, bo.key, 'POST', '/v1/usage', { events: [event()] });
      expect(answer.body.results[0].status).toBe('accepted');
      const budget = await machine<Record<string, string | null>>(t, bo.key, 'GET', '/v1/budget');
      expect(budget.status).toBe(200);
      expect(budget.body).toMatchObject({
        currency: 'USD',
        spent: '4.500000',
        available: '0.000000',
        overage: '2.500000',
        held: '0.000000',
        runsOutOn: testToday(),
      });
    });

    it('records unpriced usage with its tokens, flags it, charges it at the fallback price and trues it up once a pattern prices it', async () => {
      const cy = await fundedEngineer(t, acme, { email: 'cy@acme.test', allowanceMicros: 50n * USD });
      const answer = await machine<UsageAnswer>(t, cy.key, 'POST', '/v1/usage', {
        events: [event({ model: 'claude-sonnet-4-6-20261201', inputTokens: 2_000_000, outputTokens: 0 })],
      });
      expect(answer.body.results[0]).toMatchObject({ status: 'accepted', unpriced: true });
      // Charged meanwhile at the provider's most expensive price (what its hold would be taken at), never $0.
      const atFallback = BigInt((answer.body.results[0].cost ?? '0').replace('.', ''));
      expect(atFallback).toBeGreaterThan(6n * USD);
      const queue = await t.gql<{ unpricedUsage: { model: string; events: number; inputTokens: string }[] }>(
        `{ unpricedUsage { model events inputTokens } }`,
        {},
        { token: acme.token },
      );
      expect(queue.data?.unpricedUsage).toEqual([
        { model: 'claude-sonnet-4-6-20261201', events: 1, inputTokens: '2000000' },
      ]);
      const before = await balance(t, cy.allowanceAccountId);
      const pattern = await t.gql(
        `mutation { createModelPattern(input: { provider: "anthropic", pattern: "claude-sonnet-4-6-*", model: "claude-sonnet-4-6" }) { id } }`,
        {},
        { token: acme.token },
      );
      expect(pattern.errors).toBeUndefined();
      const after = await balance(t, cy.allowanceAccountId);
      // Trued up: what was charged at the fallback comes back down to 6.00 in all.
      expect(before.balance - after.balance).toBe(6n * USD - atFallback);
      expect(after.balance).toBe(44n * USD);
      const [stored] = await t.adminQuery<{ unpriced: boolean; cost: string; priced_as: string }>(
        `select unpriced, cost_micros::text as cost, priced_as from usage_events where engineer_id = $1`,
        [cy.id],
      );
      expect(stored).toEqual({ unpriced: false, cost: String(6n * USD), priced_as: 'claude-sonnet-4-6' });
      expect(
        (await t.gql<{ unpricedUsage: unknown[] }>(`{ unpricedUsage { model } }`, {}, { token: acme.token }))
          .data?.unpricedUsage,
      ).toEqual([]);
      expect(await ledgerReconciles(t)).toEqual({ violations: 0, total: '0' });
    });
  });

  describe('authorize / settle / void', () => {
    const authorize = (key: string, body: Record<string, unknown>) =>
      machine<HoldAnswer & Problem>(t, key, 'POST', '/v1/authorizations', {
        ...SONNET,
        estimatedInputTokens: 1_000_000,
        maxOutputTokens: 100_000,
        requestId: `r-${++sequence}`,
        ...body,
      });

    it('a hard budget holds the worst case, refuses beyond it with 402 naming the allowance, and settles the actual cost', async () => {
      const dee = await fundedEngineer(t, acme, {
        email: 'dee@acme.test',
        allowanceMicros: 10n * USD,
        enforcement: 'HARD',
      });
      const first = await authorize(dee.key, { requestId: 'dee-1' });
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({
        status: 'HELD',
        held: '4.500000',
        available: '5.500000',
        overBudget: false,
      });
      const replay = await authorize(dee.key, { requestId: 'dee-1' });
      expect([replay.status, replay.body.id]).toEqual([201, first.body.id]);
      const second = await authorize(dee.key, { requestId: 'dee-2' });
      expect(second.status).toBe(201);
      const refused = await authorize(dee.key, { requestId: 'dee-3' });
      expect(refused.status).toBe(402);
      expect(refused.contentType).toMatch(/^application\/problem\+json/);
      expect(refused.body).toMatchObject({
        budget: 'allowance',
        remaining: '1.000000',
        required: '4.500000',
        currency: 'USD',
      });
      expect(await balance(t, dee.allowanceAccountId)).toEqual({ balance: 10n * USD, held: 9n * USD });

      const settled = await machine<HoldAnswer>(
        t,
        dee.key,
        'POST',
        `/v1/authorizations/${first.body.id}/settle`,
        {
          inputTokens: 500_000,
          outputTokens: 10_000,
        },
      );
      expect(settled.status).toBe(200);
      expect(settled.body).toMatchObject({ status: 'SETTLED', cost: '1.650000', released: '2.850000' });
      // The usage it recorded names the hold.
      const stored = await t.adminQuery<{ hold_id: string; input: number; cost: string }>(
        `select hold_id, input_tokens::int as input, cost_micros::text as cost from usage_events where hold_id = $1`,
        [first.body.id],
      );
      expect(stored).toEqual([{ hold_id: first.body.id, input: 500_000, cost: '1650000' }]);
      const twice = await machine<HoldAnswer>(
        t,
        dee.key,
        'POST',
        `/v1/authorizations/${first.body.id}/settle`,
        {
          inputTokens: 999,
          outputTokens: 999,
        },
      );
      expect([twice.status, twice.body.cost]).toEqual([200, '1.650000']);
      expect(await balance(t, dee.allowanceAccountId)).toEqual({
        balance: 10n * USD - 1_650_000n,
        held: 4_500_000n,
      });

      const voided = await machine<HoldAnswer>(
        t,
        dee.key,
        'POST',
        `/v1/authorizations/${second.body.id}/void`,
      );
      expect([voided.status, voided.body.status]).toEqual([200, 'VOIDED']);
      const settleVoided = await machine<Problem>(
        t,
        dee.key,
        'POST',
        `/v1/authorizations/${second.body.id}/settle`,
        {
          inputTokens: 1,
          outputTokens: 1,
        },
      );
      expect(settleVoided.status).toBe(409);
      expect(await balance(t, dee.allowanceAccountId)).toEqual({ balance: 10n * USD - 1_650_000n, held: 0n });
      const [usage] = await t.adminQuery<{ n: number; source: string }>(
        `select count(*)::int as n, min(source) as source from usage_events where engineer_id = $1`,
        [dee.id],
      );
      expect(usage).toEqual({ n: 1, source: 'authorization' });
      expect(await ledgerReconciles(t)).toEqual({ violations: 0, total: '0' });
    });

    it('a soft budget allows beyond it and flags the hold', async () => {
      const eve = await fundedEngineer(t, acme, {
        email: 'eve@acme.test',
        allowanceMicros: 1n * USD,
        enforcement: 'SOFT',
      });
      const hold = await authorize(eve.key, {});
      expect(hold.status).toBe(201);
      expect(hold.body).toMatchObject({ held: '4.500000', overBudget: true, available: '0.000000' });
    });

    it('overflows to the team pool atomically, and names the team pool when both run out', async () => {
      const team = await teamWithPool(t, acme, { name: 'Platform', poolMicros: 5n * USD, overflow: true });
      const fay = await fundedEngineer(t, acme, {
        email: 'fay@acme.test',
        allowanceMicros: 3n * USD,
        enforcement: 'HARD',
        teamId: team.id,
      });
      const first = await authorize(fay.key, {});
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ held: '4.500000', fromTeamPool: '1.500000', available: '3.500000' });
      expect(await balance(t, fay.allowanceAccountId)).toEqual({ balance: 3n * USD, held: 3n * USD });
      expect(await balance(t, team.poolAccountId)).toEqual({ balance: 5n * USD, held: 1_500_000n });
      const refused = await authorize(fay.key, {});
      expect(refused.status).toBe(402);
      expect(refused.body).toMatchObject({
        budget: 'team-pool',
        remaining: '3.500000',
        required: '4.500000',
      });
      // Nothing of the refused request stays reserved on either account.
      expect(await balance(t, fay.allowanceAccountId)).toEqual({ balance: 3n * USD, held: 3n * USD });
      expect(await balance(t, team.poolAccountId)).toEqual({ balance: 5n * USD, held: 1_500_000n });
      // Settling 4 USD: 3 from the allowance, 1 from the pool.
      const settled = await machine<HoldAnswer>(
        t,
        fay.key,
        'POST',
        `/v1/authorizations/${first.body.id}/settle`,
        {
          inputTokens: 1_000_000,
          outputTokens: 66_667,
        },
      );
      expect(settled.body.cost).toBe('4.000005');
      expect(await balance(t, fay.allowanceAccountId)).toEqual({ balance: 0n, held: 0n });
      expect(await balance(t, team.poolAccountId)).toEqual({ balance: 5n * USD - 1_000_005n, held: 0n });
      const budget = await machine<Record<string, string>>(t, fay.key, 'GET', '/v1/budget');
      expect(budget.body).toMatchObject({
        available: '3.999995',
        fromTeamPool: '3.999995',
        spent: '4.000005',
      });
      expect(await ledgerReconciles(t)).toEqual({ violations: 0, total: '0' });
    });

    it('refuses an engineer who has left, even on a soft budget', async () => {
      const kim = await fundedEngineer(t, acme, {
        email: 'kim@acme.test',
        allowanceMicros: 10n * USD,
        enforcement: 'SOFT',
      });
      await t.adminQuery(`update engineers set end_date = $2 where id = $1`, [kim.id, testDay(-1)]);
      const refused = await authorize(kim.key, {});
      expect(refused.status).toBe(403);
      expect(refused.body.detail).toMatch(/^kim@acme\.test left on \d{4}-\d{2}-\d{2}/);
    });

    it('holds an unpriced model at the provider’s most expensive price and flags it', async () => {
      const hal = await fundedEngineer(t, acme, { email: 'hal@acme.test', allowanceMicros: 1000n * USD });
      const hold = await authorize(hal.key, {
        model: 'claude-brand-new',
        estimatedInputTokens: 1000,
        maxOutputTokens: 1000,
      });
      expect(hold.status).toBe(201);
      expect(hold.body.unpriced).toBe(true);
      expect(BigInt(hold.body.held.replace('.', ''))).toBeGreaterThan(0n);
      const unknownProvider = await authorize(hal.key, { provider: 'nobody', model: 'x' });
      expect(unknownProvider.status).toBe(422);
      expect(unknownProvider.body.fields).toEqual([
        { field: 'model', message: 'has no price and its provider has no fallback price' },
      ]);
    });

    it('rejects bad requests and other companies’ holds with clear 4xx problems', async () => {
      const bad = await authorize(ann.key, { estimatedInputTokens: -1, model: '' });
      expect(bad.status).toBe(422);
      expect(bad.body.fields?.map((f) => f.field).sort()).toEqual(['estimatedInputTokens', 'model']);
      const noEngineer = await authorize(companyKey, {});
      expect(noEngineer.status).toBe(422);
      const unknown = await authorize(companyKey, { engineerEmail: 'ghost@acme.test' });
      expect(unknown.status).toBe(404);
      const wrongScope = await authorize(
        await createKey(t, acme, { engineerId: ann.id, scopes: ['usage:write'] }),
        {},
      );
      expect(wrongScope.status).toBe(403);

      const ivy = await fundedEngineer(t, globex, { email: 'ivy@globex.test', allowanceMicros: 100n * USD });
      const theirs = await authorize(ivy.key, {});
      expect(theirs.status).toBe(201);
      for (const action of ['settle', 'void']) {
        const answer = await machine<Problem>(
          t,
          ann.key,
          'POST',
          `/v1/authorizations/${theirs.body.id}/${action}`,
          {
            inputTokens: 1,
            outputTokens: 1,
          },
        );
        expect(answer.status).toBe(404);
      }
      const garbage = await machine<Problem>(t, ann.key, 'POST', `/v1/authorizations/not-an-id/settle`, {
        inputTokens: 1,
        outputTokens: 1,
      });
      expect(garbage.status).toBe(404);
      const [hold] = await t.adminQuery<{ status: string }>(`select status from holds where id = $1`, [
        theirs.body.id,
      ]);
      expect(hold.status).toBe('HELD');
    });
  });

  describe('GET /v1/usage/summary', () => {
    it('sums the engineer’s usage since a time by model and by tool, and refuses a bad `since`', async () => {
      const lee = await fundedEngineer(t, acme, { email: 'lee@acme.test', allowanceMicros: 100n * USD });
      const hoursAgo = (hours: number) => testInstant(-hours * 3_600_000);
      await machine(t, lee.key, 'POST', '/v1/usage', {
        events: [
          event({ occurredAt: hoursAgo(1), source: 'cursor' }),
          event({
            occurredAt: hoursAgo(2),
            source: 'claude-code',
            model: 'claude-haiku-4-5',
            outputTokens: 0,
          }),
          event({ occurredAt: hoursAgo(24 * 10) }),
        ],
      });
      const week = await machine<Record<string, unknown>>(t, lee.key, 'GET', '/v1/usage/summary?since=7d');
      expect(week.status).toBe(200);
      expect(week.body).toMatchObject({
        currency: 'USD',
        total: '5.500000',
        events: 2,
        byModel: [
          {
            key: 'anthropic/claude-sonnet-4-6',
            cost: '4.500000',
            events: 1,
            inputTokens: 1000000,
            outputTokens: 100000,
          },
          {
            key: 'anthropic/claude-haiku-4-5',
            cost: '1.000000',
            events: 1,
            inputTokens: 1000000,
            outputTokens: 0,
          },
        ],
        bySource: [
          { key: 'cursor', cost: '4.500000', events: 1 },
          { key: 'claude-code', cost: '1.000000', events: 1 },
        ],
      });
      const month = await machine<{ events: number }>(t, lee.key, 'GET', '/v1/usage/summary?since=30d');
      expect(month.body.events).toBe(3);
      for (const since of ['yesterday', '-5d', '9999d'])
        expect((await machine(t, lee.key, 'GET', `/v1/usage/summary?since=${since}`)).status).toBe(422);
    });
  });

  describe('GET /v1/budget', () => {
    it('answers every figure of the contract as decimal strings', async () => {
      const budget = await machine<Record<string, unknown>>(t, ann.key, 'GET', '/v1/budget');
      expect(budget.status).toBe(200);
      for (const field of ['allowance', 'accrued', 'spent', 'held', 'available', 'overage'])
        expect({ field, value: budget.body[field] }).toEqual({
          field,
          value: expect.stringMatching(/^-?\d+\.\d{6}$/),
        });
      expect(budget.body).toMatchObject({
        currency: 'USD',
        periodStart: expect.stringMatching(/^\d{4}-01-01$/),
        periodEnd: expect.stringMatching(/^\d{4}-12-31$/),
      });
      expect(Object.keys(budget.body)).toEqual(
        expect.arrayContaining(['currency', 'periodStart', 'periodEnd', 'runsOutOn', 'available', 'overage']),
      );
      const company = await machine<Record<string, unknown>>(
        t,
        companyKey,
        'GET',
        '/v1/budget?engineerEmail=ANN@acme.test',
      );
      expect(company.body.spent).toBe(budget.body.spent);
    });
  });
});
