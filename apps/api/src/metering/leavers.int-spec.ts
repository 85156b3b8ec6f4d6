import { testDay, testInstant } from '../test/business-date';
import {
  createKey,
  FundedEngineer,
  fundedEngineer,
  ledgerReconciles,
  machine,
} from '../test/metering-fixtures';
import { addMember, signUp, SignedUp, startTestApp, TestApp } from '../test/test-app';
import { encodeMetricsRequest, KeyValueJson, MetricsRequestJson } from './otlp/otlp-wire.fixture';

const USD = 1_000_000n;
const SONNET = { provider: 'anthropic', model: 'claude-sonnet-4-6' }; // $3 in, $15 out per 1M tokens
const END = `mutation($input: SetEndDateInput!) { setEndDate(input: $input) { id status endDate } }`;

interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  reason?: string;
  endDate?: string;
  engineerEmail?: string;
}
interface UsageAnswer {
  results: { index: number; status: string; cost?: string; overBudget?: boolean; overage?: string }[];
}

const str = (key: string, stringValue: string): KeyValueJson => ({ key, value: { stringValue } });
const SECOND = 1_000_000_000n;
const T0 = BigInt(Date.parse(testInstant()) - 600_000) * 1_000_000n;

/** A Claude Code metrics export (delta) of `input`/`output` tokens for `email`. */
function claudeExport(email: string, input: number, output: number): MetricsRequestJson {
  const point = (value: number, attributes: KeyValueJson[]) => ({
    attributes: [str('model', SONNET.model), ...attributes],
    startTimeUnixNano: String(T0),
    timeUnixNano: String(T0 + 60n * SECOND),
    asDouble: value,
  });
  return {
    resourceMetrics: [
      {
        resource: {
          attributes: [
            str('service.name', 'claude-code'),
            str('user.email', email),
            str('user.account_uuid', 'uuid-leaver'),
            str('session.id', 'session-leaver'),
          ],
        },
        scopeMetrics: [
          {
            scope: { name: 'com.anthropic.claude_code', version: '2.1.0' },
            metrics: [
              {
                name: 'claude_code.token.usage',
                unit: 'tokens',
                sum: {
                  dataPoints: [point(input, [str('type', 'input')]), point(output, [str('type', 'output')])],
                  aggregationTemporality: 1,
                  isMonotonic: true,
                },
              },
            ],
          },
        ],
      },
    ],
  };
}

describe('leavers: no authorization after the end date, whatever the key; usage that still arrives is their overage', () => {
  let t: TestApp;
  let acme: SignedUp;
  let hr: SignedUp;
  let companyKey: string;
  let lea: FundedEngineer;
  const lastDay = testDay(-2);

  const authorize = (key: string, body: Record<string, unknown>) =>
    machine<Problem & { status: string | number }>(t, key, 'POST', '/v1/authorizations', {
      ...SONNET,
      estimatedInputTokens: 1000,
      maxOutputTokens: 1000,
      ...body,
    });
  const holdsOf = async (engineerId: string) =>
    (
      await t.adminQuery<{ n: number }>(`select count(*)::int as n from holds where engineer_id = $1`, [
        engineerId,
      ])
    )[0].n;

  beforeAll(async () => {
    t = await startTestApp();
    acme = await signUp(t, 'Acme', 'admin@acme.test');
    hr = await addMember(t, acme, 'hr@acme.test', ['HR']);
    companyKey = await createKey(t, acme, {
      company: true,
      scopes: ['usage:write', 'authorize', 'budget:read'],
    });
    // A soft budget (it never refuses for money); her allowance is what the policy granted up to the last
    // day, forfeited by setting the end date.
    lea = await fundedEngineer(t, acme, { email: 'lea@acme.test', allowanceMicros: 0n, enforcement: 'SOFT' });
    const ended = await t.gql(END, { input: { engineerId: lea.id, endDate: lastDay } }, { token: hr.token });
    expect(ended.errors).toBeUndefined();
  });

  afterAll(() => t.close());

  it('refuses a real-time authorization past the end date: her own key was revoked at offboarding, a company key naming her gets a 403 problem naming the reason and the day', async () => {
    const own = await authorize(lea.key, { requestId: 'lea-own-key' });
    expect(own.status).toBe(401);
    expect(own.body).toMatchObject({ detail: 'This API key was revoked' });
    const refused = await authorize(companyKey, {
      requestId: 'lea-company-key',
      engineerEmail: 'LEA@acme.test',
    });
    expect(refused.status).toBe(403);
    expect(refused.contentType).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({
      type: 'https://tokenroll.dev/problems/engineer-left',
      title: 'ENGINEER_LEFT',
      status: 403,
      detail: `lea@acme.test left on ${lastDay}: no new authorizations after the last day`,
      reason: 'left',
      endDate: lastDay,
      engineerEmail: 'lea@acme.test',
    });
    expect(await holdsOf(lea.id)).toBe(0);
  });

  it('still authorizes on the last day itself, and the refusal comes after it', async () => {
    const ted = await fundedEngineer(t, acme, { email: 'ted@acme.test', allowanceMicros: 50n * USD });
    const ended = await t.gql(
      END,
      { input: { engineerId: ted.id, endDate: testDay(0) } },
      { token: hr.token },
    );
    expect(ended.errors).toBeUndefined();
    const held = await authorize(ted.key, { requestId: 'ted-last-day' });
    expect(held.status).toBe(201);
    expect(held.body.status).toBe('HELD');
  });

  it('records usage that arrives after the end date — an importer’s company key, OTLP — as her overage, never dropped; her own (revoked) key posts nothing', async () => {
    const own = await machine<UsageAnswer>(t, lea.key, 'POST', '/v1/usage', {
      events: [
        {
          source: 'cli',
          ...SONNET,
          inputTokens: 1_000_000,
          outputTokens: 0,
          occurredAt: testInstant(-60_000),
          idempotencyKey: 'lea-own-1',
        },
      ],
    });
    // Seen before offboarding existed: a leaver's key still posted usage.
    expect(own.status).toBe(401);
    const imported = await machine<UsageAnswer>(t, companyKey, 'POST', '/v1/usage', {
      events: [
        {
          source: 'importer',
          ...SONNET,
          engineerEmail: 'lea@acme.test',
          inputTokens: 0,
          outputTokens: 100_000,
          occurredAt: testInstant(-30_000),
          idempotencyKey: 'lea-import-1',
        },
      ],
    });
    expect(imported.status).toBe(200);
    expect(imported.body.results[0]).toMatchObject({
      status: 'accepted',
      cost: '1.500000',
      overBudget: true,
      overage: '1.500000',
    });
    const otlp = await machine(
      t,
      companyKey,
      'POST',
      '/v1/otlp/v1/metrics',
      encodeMetricsRequest(claudeExport('lea@acme.test', 100_000, 0)),
      { 'content-type': 'application/x-protobuf' },
    );
    expect(otlp.status).toBe(200);

    const [recorded] = await t.adminQuery<{ events: number; cost: string; overage: string; over: number }>(
      `select count(*)::int as events, sum(e.cost_micros)::text as cost,
              coalesce(sum(o.overage_micros), 0)::text as overage, count(o.id)::int as over
         from usage_events e left join usage_overages o on o.usage_event_id = e.id and o.engineer_id = e.engineer_id
        where e.engineer_id = $1`,
      [lea.id],
    );
    // 1.50 + 0.30: every event kept, every micro of it beyond the (forfeited, zero) allowance.
    expect(recorded).toEqual({ events: 2, cost: '1800000', overage: '1800000', over: 2 });
    const budget = await machine<{ overage: string }>(
      t,
      companyKey,
      'GET',
      '/v1/budget?engineerEmail=lea%40acme.test',
    );
    expect(budget.body.overage).toBe('1.800000');
    expect(await ledgerReconciles(t)).toEqual({ violations: 0, total: '0' });
  });
});
