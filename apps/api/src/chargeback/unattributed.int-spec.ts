import { addAccountingMonths } from '@tokenroll/domain';
import Papa from 'papaparse';
import { randomUUID } from 'node:crypto';
import { testToday } from '../test/business-date';
import { createKey, FundedEngineer, fundedEngineer, machine } from '../test/metering-fixtures';
import { expectStatementsAddUp, grantAt } from '../test/chargeback-fixtures';
import { addMember, signUp, SignedUp, startTestApp, TestApp } from '../test/test-app';

const USD = 1_000_000n;
/** $6 of claude-sonnet-4-6 at list prices (1M input × $3 + 200k output × $15). */
const SIX_DOLLARS = {
  provider: 'anthropic',
  model: 'claude-sonnet-4-6',
  inputTokens: 1_000_000,
  outputTokens: 200_000,
};

const SET = `query($period: String!) { statements(period: $period) { totalMicros usageMicros adjustmentMicros sharedMicros
  unabsorbedMicros teams { key totalMicros byCategory { key costMicros } } costCentres { key totalMicros } } }`;
const CHECKLIST = `query($month: String!) { closeChecklist(month: $month) { items { kind open count } } }`;
const CLOSE = `mutation($input: ClosePeriodInput!) { closePeriod(input: $input) { month totalMicros } }`;
const MAP = `mutation($input: MapIdentityInput!) { mapIdentity(input: $input) }`;
const UNMAPPED = `{ unmappedUsage { identityKind identityValue label records } }`;

interface StatementSet {
  totalMicros: string;
  usageMicros: string;
  adjustmentMicros: string;
  sharedMicros: string;
  unabsorbedMicros: string;
  teams: { key: string; totalMicros: string; byCategory: { key: string; costMicros: string }[] }[];
  costCentres: { key: string; totalMicros: string }[];
}
type UsageAnswer = { results: { status: string; cost?: string; attributed?: boolean; error?: string }[] };

const current = testToday().slice(0, 7);
const month = (back: number) => addAccountingMonths(current, -back);

describe('unattributed usage: a company key’s usage without an engineer is shared spend, and moves once mapped', () => {
  let t: TestApp;
  let admin: SignedUp;
  let finance: SignedUp;
  let ann: FundedEngineer;
  let companyKey: string;
  let keyId: string;
  let platform: string;

  const statements = async (period: string): Promise<StatementSet> => {
    const result = await t.gql<{ statements: StatementSet }>(SET, { period }, { token: finance.token });
    expect(result.errors).toBeUndefined();
    return result.data!.statements;
  };
  const report = (events: unknown[]) => machine<UsageAnswer>(t, companyKey, 'POST', '/v1/usage', { events });
  const event = (day: string, key: string, extra: Record<string, unknown> = {}) => ({
    ...SIX_DOLLARS,
    source: 'ci-bot',
    occurredAt: `${day}T10:00:00.000Z`,
    idempotencyKey: key,
    ...extra,
  });

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signUp(t, 'Shared Co', 'admin@shared.test');
    finance = await addMember(t, admin, 'finance@shared.test', ['FINANCE']);
    platform = randomUUID();
    await t.adminQuery(
      `insert into teams (company_id, id, name, cost_centre) values ($1, $2, 'Platform', 'CC-PLAT')`,
      [admin.companyId, platform],
    );
    ann = await fundedEngineer(t, admin, {
      email: 'ann@shared.test',
      allowanceMicros: 100n * USD,
      teamId: platform,
    });
    // The books open two months back: a grant dated then.
    await grantAt(t, admin, ann, 1n, new Date(`${month(2)}-01T00:00:00.000Z`), 'opening');
    companyKey = await createKey(t, admin, { company: true, name: 'ci bot', scopes: ['usage:write'] });
    [{ id: keyId }] = await t.adminQuery<{ id: string }>(
      `select id from api_keys where company_id = $1 and name = 'ci bot'`,
      [admin.companyId],
    );
    // Ann's own usage two months back, so the month has attributed spend to share the unattributed by.
    const own = await machine<UsageAnswer>(t, ann.key, 'POST', '/v1/usage', {
      events: [event(`${month(2)}-04`, 'ann-1', { source: 'claude-code' })],
    });
    expect(own.body.results[0].status).toBe('accepted');
  }, 120_000);

  afterAll(() => t?.close());

  it('a company key reports usage without an engineer: accepted as the company’s own, priced, once per key', async () => {
    const answer = await report([event(`${month(2)}-05`, 'bot-1'), event(`${month(1)}-05`, 'bot-2')]);
    expect(answer.status).toBe(200);
    expect(answer.body.results).toEqual([
      { index: 0, status: 'accepted', attributed: false, cost: '6.000000', currency: 'USD' },
      { index: 1, status: 'accepted', attributed: false, cost: '6.000000', currency: 'USD' },
    ]);
    const again = await report([event(`${month(2)}-05`, 'bot-1')]);
    expect(again.body.results).toEqual([{ index: 0, status: 'duplicate' }]);
    // An email that is not an engineer is still refused, naming the field.
    const unknown = await report([event(`${month(2)}-05`, 'bot-3', { engineerEmail: 'nobody@shared.test' })]);
    expect(unknown.body.results[0]).toMatchObject({
      status: 'rejected',
      fields: [{ field: 'engineerEmail' }],
    });
  });

  it('it is shared spend of its month, allocated to the teams; not an identity the close waits for', async () => {
    const set = await statements(month(2));
    expectStatementsAddUp(set);
    expect(set.usageMicros).toBe(String(6n * USD));
    expect(set.sharedMicros).toBe(String(6n * USD));
    expect(set.totalMicros).toBe(String(12n * USD));
    const checklist = await t.gql<{
      closeChecklist: { items: { kind: string; open: boolean; count: number }[] };
    }>(CHECKLIST, { month: month(2) }, { token: finance.token });
    expect(
      checklist.data!.closeChecklist.items.find((item) => item.kind === 'UNMAPPED_IDENTITIES'),
    ).toMatchObject({
      open: false,
      count: 0,
    });
    // The admin still sees the key's usage in the queue, to map it if it is someone's.
    const queue = await t.gql<{
      unmappedUsage: { identityKind: string; identityValue: string; label: string; records: number }[];
    }>(UNMAPPED, {}, { token: admin.token });
    expect(queue.data!.unmappedUsage).toEqual([
      { identityKind: 'api_key', identityValue: keyId, label: 'ci bot', records: 2 },
    ]);
  });

  it('mapped to an engineer after its month closed: it moves to her team by an adjustment, the shared amount reversed, never counted twice', async () => {
    const closed = await t.gql<{ closePeriod: { totalMicros: string } }>(
      CLOSE,
      { input: { month: month(2), reason: 'Provider invoice arrives next week' } },
      { token: finance.token },
    );
    expect(closed.errors).toBeUndefined();
    expect(closed.data!.closePeriod.totalMicros).toBe(String(12n * USD));
    const frozen = JSON.stringify(await statements(month(2)));

    const mapped = await t.gql<{ mapIdentity: number }>(
      MAP,
      { input: { identityKind: 'api_key', identityValue: keyId, engineerId: ann.id } },
      { token: admin.token },
    );
    expect(mapped.errors).toBeUndefined();
    expect(mapped.data!.mapIdentity).toBe(2);
    // The closed month is as it was.
    expect(JSON.stringify(await statements(month(2)))).toBe(frozen);
    // The open month: last month's key usage is now Ann's usage; the closed month's is Ann's adjustment, and
    // the shared amount it was charged as there is reversed here.
    const open = await statements(month(1));
    expectStatementsAddUp(open);
    expect(open.usageMicros).toBe(String(6n * USD));
    expect(open.adjustmentMicros).toBe(String(6n * USD));
    expect(open.sharedMicros).toBe(String(-6n * USD));
    expect(open.totalMicros).toBe(String(6n * USD));
    // Over both months the company is charged what was spent: three $6 events.
    expect(BigInt(JSON.parse(frozen).totalMicros) + BigInt(open.totalMicros)).toBe(18n * USD);

    // From now on the key's usage without an engineer is Ann's.
    const later = await report([event(`${month(1)}-06`, 'bot-4')]);
    expect(later.body.results[0]).toEqual({
      index: 0,
      status: 'accepted',
      cost: '6.000000',
      currency: 'USD',
      overBudget: false,
    });
  });

  it('FOCUS: usage the company pays at list price has ListCost = BilledCost, long-context tier included', async () => {
    // gpt-5.4 bills a whole request above 272K input tokens at its higher band ($5 / $22.5 per 1M).
    const tiered = await machine<UsageAnswer>(t, ann.key, 'POST', '/v1/usage', {
      events: [
        {
          source: 'api',
          provider: 'openai',
          model: 'gpt-5.4',
          inputTokens: 300_000,
          outputTokens: 10_000,
          // Midnight today: this month whatever the time of day (a minute ago is last month at 00:00:30 on the 1st).
          occurredAt: `${testToday()}T00:00:00.000Z`,
          idempotencyKey: 'ann-long-context',
        },
      ],
    });
    expect(tiered.body.results[0]).toMatchObject({ status: 'accepted', cost: '1.725000' });
    const response = await fetch(`${t.url}/v1/exports/focus?period=${current}`, {
      headers: { authorization: `Bearer ${finance.token}` },
    });
    expect(response.status).toBe(200);
    const rows = Papa.parse<Record<string, string>>(await response.text(), {
      header: true,
      skipEmptyLines: true,
    });
    const row = rows.data.find((line) => line.ResourceName === 'ann' && line.ServiceName === 'gpt-5.4')!;
    expect(row).toMatchObject({ BilledCost: '1.725000', ListCost: '1.725000', ContractedCost: '1.725000' });
  });
});
