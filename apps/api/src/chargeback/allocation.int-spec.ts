import { addAccountingMonths, daysBetweenInclusive, lastDayOf } from '@tokenroll/domain';
import { randomUUID } from 'node:crypto';
import { testToday } from '../test/business-date';
import { FundedEngineer, fundedEngineer, machine } from '../test/metering-fixtures';
import { expectStatementsAddUp } from '../test/chargeback-fixtures';
import { addMember, signUp, SignedUp, startTestApp, TestApp } from '../test/test-app';

const USD = 1_000_000n;
const SET = `query($period: String!) { statements(period: $period) { totalMicros usageMicros adjustmentMicros sharedMicros
  unabsorbedMicros teams { key name totalMicros byCategory { key costMicros } } costCentres { key totalMicros } } }`;
const CLOSE = `mutation($input: ClosePeriodInput!) { closePeriod(input: $input) { lines totalMicros } }`;
const UPDATE_SETTINGS = `mutation($input: UpdateChargebackSettingsInput!) { updateChargebackSettings(input: $input) { allocationPolicy } }`;

interface StatementSet {
  totalMicros: string;
  usageMicros: string;
  adjustmentMicros: string;
  sharedMicros: string;
  unabsorbedMicros: string;
  teams: {
    key: string;
    name: string;
    totalMicros: string;
    byCategory: { key: string; costMicros: string }[];
  }[];
  costCentres: { key: string; totalMicros: string }[];
}

const current = testToday().slice(0, 7);
const month = (back: number) => addAccountingMonths(current, -back);
const category = (statement: StatementSet['teams'][number], key: string) =>
  BigInt(statement.byCategory.find((row) => row.key === key)?.costMicros ?? '0');

describe('allocation: unmapped usage and unabsorbed self-hosted capacity, split by the policy, frozen at close', () => {
  let t: TestApp;
  let admin: SignedUp;
  let finance: SignedUp;
  let platform: string;
  let data: string;
  let ann: FundedEngineer;
  let bo: FundedEngineer;
  const days = daysBetweenInclusive(`${month(1)}-01`, lastDayOf(month(1)));
  /** 2 GPUs at $2.50 an hour over the whole month. */
  const capacity = 2n * 2_500_000n * BigInt(days * 24);

  const gql = <T>(query: string, variables: Record<string, unknown> = {}) =>
    t.gql<T>(query, variables, { token: finance.token });
  const statements = async (period: string) => {
    const result = await gql<{ statements: StatementSet }>(SET, { period });
    expect(result.errors).toBeUndefined();
    return result.data!.statements;
  };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signUp(t, 'Alloc Co', 'admin@alloc.test');
    finance = await addMember(t, admin, 'finance@alloc.test', ['FINANCE']);
    platform = randomUUID();
    data = randomUUID();
    for (const [id, name, centre] of [
      [platform, 'Platform', 'CC-PLAT'],
      [data, 'Data', 'CC-DATA'],
    ])
      await t.adminQuery(`insert into teams (company_id, id, name, cost_centre) values ($1, $2, $3, $4)`, [
        admin.companyId,
        id,
        name,
        centre,
      ]);
    ann = await fundedEngineer(t, admin, {
      email: 'ann@alloc.test',
      allowanceMicros: 1000n * USD,
      teamId: platform,
    });
    bo = await fundedEngineer(t, admin, {
      email: 'bo@alloc.test',
      allowanceMicros: 1000n * USD,
      teamId: data,
    });
    // The books open last month (a grant of that month).
    const [funding] = await t.adminQuery<{ id: string }>(
      `select id from ledger_accounts where kind = 'COMPANY_FUNDING' and owner_id = $1`,
      [admin.companyId],
    );
    await t.adminQuery(
      `insert into ledger_entries (company_id, id, from_account_id, to_account_id, amount_micros, kind, reference, effective_at)
       values ($1, gen_random_uuid(), $2, $3, 1, 'GRANT', $4, $5)`,
      [
        admin.companyId,
        funding.id,
        ann.allowanceAccountId,
        `opening:${ann.id}`,
        new Date(`${month(1)}-01T00:00:00.000Z`),
      ],
    );
    await t.adminQuery(`update ledger_accounts set balance_micros = balance_micros + 1 where id = $1`, [
      ann.allowanceAccountId,
    ]);
    await t.adminQuery(`update ledger_accounts set balance_micros = balance_micros - 1 where id = $1`, [
      funding.id,
    ]);
    // A self-hosted model: $1 per 1M input and output tokens, 2 GPUs at $2.50 an hour, from last month on.
    await t.adminQuery(
      `insert into company_model_prices (company_id, id, provider, model, effective_from, input_micros, output_micros,
                                         gpu_hour_micros, gpu_count, tokens_per_second, utilization_bp)
       values ($1, gen_random_uuid(), 'selfhosted', 'llama-70b', $2, 1000000, 1000000, 2500000, 2, 1000, 5000)`,
      [admin.companyId, `${month(1)}-01`],
    );
    const usage = async (engineer: FundedEngineer, events: unknown[]) => {
      const answer = await machine<{ results: { status: string }[] }>(t, engineer.key, 'POST', '/v1/usage', {
        events,
      });
      expect(answer.body.results.every((result) => result.status === 'accepted')).toBe(true);
    };
    // Ann: $30 on the self-hosted model; Bo: $6 of Sonnet and $10 on the self-hosted model.
    await usage(ann, [
      {
        source: 'cli',
        provider: 'selfhosted',
        model: 'llama-70b',
        inputTokens: 20_000_000,
        outputTokens: 10_000_000,
        idempotencyKey: 'a-1',
        occurredAt: `${month(1)}-04T10:00:00.000Z`,
      },
    ]);
    await usage(bo, [
      {
        source: 'cli',
        provider: 'anthropic',
        model: 'claude-sonnet-4-6',
        inputTokens: 1_000_000,
        outputTokens: 200_000,
        idempotencyKey: 'b-1',
        occurredAt: `${month(1)}-05T10:00:00.000Z`,
      },
      {
        source: 'cli',
        provider: 'selfhosted',
        model: 'llama-70b',
        inputTokens: 5_000_000,
        outputTokens: 5_000_000,
        idempotencyKey: 'b-2',
        occurredAt: `${month(1)}-06T10:00:00.000Z`,
      },
    ]);
    // Usage of an identity nobody mapped, waiting in the queue: $6 of Sonnet.
    await t.adminQuery(
      `insert into unmapped_usage (company_id, id, identity_kind, identity_value, source, idempotency_key, kind, payload)
       values ($1, gen_random_uuid(), 'email', 'ghost@alloc.test', 'claude-code', 'ghost-1', 'usage', $2)`,
      [
        admin.companyId,
        JSON.stringify({
          kind: 'usage',
          usage: {
            source: 'claude-code',
            provider: 'anthropic',
            model: 'claude-sonnet-4-6',
            inputTokens: 1_000_000,
            outputTokens: 200_000,
            cacheReadTokens: 0,
            cacheWriteTokens: 0,
            idempotencyKey: 'ghost-1',
            occurredAt: `${month(1)}-12T10:00:00.000Z`,
          },
        }),
      ],
    );
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('pro rata: shared and unabsorbed split by attributed spend (30 : 16), to the micro-unit', async () => {
    const set = await statements(month(1));
    expectStatementsAddUp(set);
    expect(set.usageMicros).toBe(String(46n * USD));
    expect(set.sharedMicros).toBe(String(6n * USD));
    const unabsorbed = capacity - 40n * USD;
    expect(set.unabsorbedMicros).toBe(unabsorbed.toString());
    const platformStatement = set.teams.find((statement) => statement.key === platform)!;
    const dataStatement = set.teams.find((statement) => statement.key === data)!;
    expect(category(platformStatement, 'SHARED') + category(dataStatement, 'SHARED')).toBe(6n * USD);
    // Largest remainder of 6.000000 over 30 : 16: 3,913,043.478… and 2,086,956.521…, the last micro to Data.
    expect(category(platformStatement, 'SHARED')).toBe(3_913_043n);
    expect(category(dataStatement, 'SHARED')).toBe(2_086_957n);
    expect(category(platformStatement, 'UNABSORBED') + category(dataStatement, 'UNABSORBED')).toBe(
      unabsorbed,
    );
  });

  it('headcount splits evenly; central holds it on the central cost centre', async () => {
    expect((await gql(UPDATE_SETTINGS, { input: { allocationPolicy: 'HEADCOUNT' } })).errors).toBeUndefined();
    const byHeads = await statements(month(1));
    expectStatementsAddUp(byHeads);
    const platformStatement = byHeads.teams.find((statement) => statement.key === platform)!;
    expect(category(platformStatement, 'SHARED')).toBe(3n * USD);
    expect((await gql(UPDATE_SETTINGS, { input: { allocationPolicy: 'CENTRAL' } })).errors).toBeUndefined();
    const central = await statements(month(1));
    expectStatementsAddUp(central);
    expect(central.costCentres.find((centre) => centre.key === 'CENTRAL')!.totalMicros).toBe(
      String(6n * USD + capacity - 40n * USD),
    );
    // A null field keeps its setting (found by the fuzz: null reached a NOT NULL column as a 500).
    const kept = await gql<{
      updateChargebackSettings: { allocationPolicy: string; centralCostCentre: string };
    }>(
      `mutation($input: UpdateChargebackSettingsInput!) { updateChargebackSettings(input: $input) { allocationPolicy centralCostCentre } }`,
      { input: { allocationPolicy: null, centralCostCentre: null, glExpenseAccount: '6410' } },
    );
    expect(kept.errors).toBeUndefined();
    expect(kept.data?.updateChargebackSettings).toEqual({
      allocationPolicy: 'CENTRAL',
      centralCostCentre: 'CENTRAL',
    });
  });

  it('closing freezes the same lines: SHARED and UNABSORBED lines sum to the statements, reading again gives the same', async () => {
    expect((await gql(UPDATE_SETTINGS, { input: { allocationPolicy: 'PRO_RATA' } })).errors).toBeUndefined();
    const live = await statements(month(1));
    const closed = await gql<{ closePeriod: { lines: number; totalMicros: string } }>(CLOSE, {
      input: { month: month(1), reason: 'The ghost is a test identity' },
    });
    expect(closed.errors).toBeUndefined();
    expect(closed.data!.closePeriod.totalMicros).toBe(live.totalMicros);
    const lines = await t.adminQuery<{
      category: string;
      provider: string | null;
      total: string;
      list: string;
    }>(
      `select category, provider, sum(cost_micros)::text as total, sum(list_cost_micros)::text as list from statement_lines
        where company_id = $1 group by category, provider order by category, provider`,
      [admin.companyId],
    );
    expect(lines).toEqual([
      { category: 'SHARED', provider: 'anthropic', total: String(6n * USD), list: String(6n * USD) },
      {
        category: 'UNABSORBED',
        provider: 'selfhosted',
        total: (capacity - 40n * USD).toString(),
        list: (capacity - 40n * USD).toString(),
      },
      { category: 'USAGE', provider: 'anthropic', total: String(6n * USD), list: String(6n * USD) },
      // No catalog price for the self-hosted model: its list cost is its cost.
      { category: 'USAGE', provider: 'selfhosted', total: String(40n * USD), list: String(40n * USD) },
    ]);
    expect(await statements(month(1))).toEqual(live);
  });
});
