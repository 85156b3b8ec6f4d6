import { Reader } from 'protobufjs/light';
import { testNow } from '../../test/business-date';
import {
  createKey,
  FundedEngineer,
  fundedEngineer,
  ledgerReconciles,
  machine,
} from '../../test/metering-fixtures';
import { signUp, SignedUp, startTestApp, TestApp } from '../../test/test-app';
import {
  encodeLogsRequest,
  encodeMetricsRequest,
  KeyValueJson,
  MetricsRequestJson,
} from './otlp-wire.fixture';

const str = (key: string, stringValue: string): KeyValueJson => ({ key, value: { stringValue } });
const SECOND = 1_000_000_000n;
const T0 = BigInt(testNow().getTime() - 3_600_000) * 1_000_000n;
const at = (seconds: number) => String(T0 + BigInt(seconds) * SECOND);

/** A Claude Code metrics export: token usage by type, the cost estimate and a commit counter. */
function claudeExport(options: {
  email?: string;
  accountUuid?: string;
  temporality: 1 | 2;
  start: string;
  time: string;
  tokens: { input: number; output: number; cacheRead?: number; cacheCreation?: number };
  costUsd: number;
  commits?: number;
}): MetricsRequestJson {
  const point = (value: number, attributes: KeyValueJson[] = []) => ({
    attributes: [str('model', 'claude-sonnet-4-6'), ...attributes],
    startTimeUnixNano: options.start,
    timeUnixNano: options.time,
    asDouble: value,
  });
  const sum = (dataPoints: ReturnType<typeof point>[]) => ({
    dataPoints,
    aggregationTemporality: options.temporality,
    isMonotonic: true,
  });
  return {
    resourceMetrics: [
      {
        resource: {
          attributes: [
            str('service.name', 'claude-code'),
            ...(options.email ? [str('user.email', options.email)] : []),
            str('user.account_uuid', options.accountUuid ?? 'uuid-default'),
            str('session.id', 'session-1'),
          ],
        },
        scopeMetrics: [
          {
            scope: { name: 'com.anthropic.claude_code', version: '2.1.0' },
            metrics: [
              {
                name: 'claude_code.token.usage',
                unit: 'tokens',
                sum: sum(
                  Object.entries(options.tokens).map(([type, value]) =>
                    point(value ?? 0, [str('type', type)]),
                  ),
                ),
              },
              { name: 'claude_code.cost.usage', unit: 'USD', sum: sum([point(options.costUsd)]) },
              ...(options.commits !== undefined
                ? [
                    {
                      name: 'claude_code.commit.count',
                      unit: 'count',
                      sum: sum([{ ...point(options.commits), attributes: [] }]),
                    },
                  ]
                : []),
            ],
          },
        ],
      },
    ],
  };
}

describe('OTLP receiver for Claude Code', () => {
  let t: TestApp;
  let acme: SignedUp;
  let oli: FundedEngineer;
  let key: string;

  const usage = async (engineerId: string) => {
    const [row] = await t.adminQuery<{
      events: number;
      input: string;
      output: string;
      cost: string;
      reported: string;
    }>(
      `select count(*)::int as events, coalesce(sum(input_tokens), 0)::text as input, coalesce(sum(output_tokens), 0)::text as output,
              coalesce(sum(cost_micros), 0)::text as cost, coalesce(sum(reported_cost_micros), 0)::text as reported
         from usage_events where engineer_id = $1`,
      [engineerId],
    );
    return row;
  };
  const signal = async (engineerId: string, kind: string) => {
    const [row] = await t.adminQuery<{ value: string | null }>(
      `select sum(value)::text as value from productivity_signals where engineer_id = $1 and kind = $2`,
      [engineerId, kind],
    );
    return Number(row.value ?? 0);
  };
  const postMetrics = (body: MetricsRequestJson, protobuf = false, auth = key) =>
    machine(t, auth, 'POST', '/v1/otlp/v1/metrics', protobuf ? encodeMetricsRequest(body) : body, {
      ...(protobuf ? { 'content-type': 'application/x-protobuf' } : {}),
    });

  beforeAll(async () => {
    t = await startTestApp();
    acme = await signUp(t, 'Acme', 'admin@acme.test');
    oli = await fundedEngineer(t, acme, { email: 'oli@acme.test', allowanceMicros: 100_000_000n });
    key = await createKey(t, acme, { company: true, scopes: ['usage:write'] });
  });

  afterAll(async () => {
    await t.close();
  });

  it('http/json, delta: prices tokens from the catalog, keeps Claude Code’s estimate beside it, counts commits; a re-sent export counts once', async () => {
    const body = claudeExport({
      email: 'OLI@acme.test',
      temporality: 1,
      start: at(0),
      time: at(60),
      tokens: { input: 100_000, output: 10_000, cacheRead: 0, cacheCreation: 0 },
      costUsd: 0.456,
      commits: 2,
    });
    const first = await postMetrics(body);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({});
    expect(await usage(oli.id)).toEqual({
      events: 1,
      input: '100000',
      output: '10000',
      cost: '450000', // 100k × $3 + 10k × $15 per 1M
      reported: '456000',
    });
    expect(await signal(oli.id, 'commits')).toBe(2);
    const again = await postMetrics(body);
    expect(again.status).toBe(200);
    expect((await usage(oli.id)).events).toBe(1);
    expect(await signal(oli.id, 'commits')).toBe(2);
    expect(await ledgerReconciles(t)).toEqual({ violations: 0, total: '0' });
  });

  it('http/protobuf, cumulative: charges the increase between exports, ignores a re-sent one, restarts from zero on a new start time', async () => {
    const pip = await fundedEngineer(t, acme, { email: 'pip@acme.test', allowanceMicros: 100_000_000n });
    const base = {
      email: 'pip@acme.test',
      temporality: 2 as const,
      start: at(0),
      costUsd: 0,
      accountUuid: 'uuid-pip',
    };
    const first = await postMetrics(
      { ...claudeExport({ ...base, time: at(60), tokens: { input: 1000, output: 100 } }) },
      true,
    );
    expect(first.status).toBe(200);
    expect(first.contentType).toBe('application/x-protobuf');
    await postMetrics(claudeExport({ ...base, time: at(120), tokens: { input: 3000, output: 100 } }), true);
    expect(await usage(pip.id)).toMatchObject({ input: '3000', output: '100' });
    await postMetrics(claudeExport({ ...base, time: at(120), tokens: { input: 3000, output: 100 } }), true);
    await postMetrics(claudeExport({ ...base, time: at(90), tokens: { input: 2000, output: 100 } }), true);
    expect(await usage(pip.id)).toMatchObject({ input: '3000', output: '100' });
    // Claude Code restarted: a new start time, counting from zero again.
    await postMetrics(
      claudeExport({ ...base, start: at(200), time: at(260), tokens: { input: 500, output: 50 } }),
      true,
    );
    expect(await usage(pip.id)).toMatchObject({ input: '3500', output: '150' });
  });

  it('keeps unknown users aside and records their usage when an admin maps them', async () => {
    const body = claudeExport({
      email: 'contractor@outside.dev',
      temporality: 1,
      start: at(300),
      time: at(360),
      tokens: { input: 200_000, output: 0 },
      costUsd: 0.6,
      commits: 1,
    });
    expect((await postMetrics(body)).status).toBe(200);
    expect((await postMetrics(body)).status).toBe(200);
    const queue = await t.gql<{
      unmappedUsage: { identityKind: string; identityValue: string; records: number; inputTokens: string }[];
    }>(`{ unmappedUsage { identityKind identityValue records inputTokens } }`, {}, { token: acme.token });
    expect(queue.data?.unmappedUsage).toEqual([
      { identityKind: 'email', identityValue: 'contractor@outside.dev', records: 2, inputTokens: '200000' },
    ]);
    const quinn = await fundedEngineer(t, acme, { email: 'quinn@acme.test', allowanceMicros: 10_000_000n });
    const mapped = await t.gql<{ mapIdentity: number }>(
      `mutation M($input: MapIdentityInput!) { mapIdentity(input: $input) }`,
      { input: { identityKind: 'email', identityValue: 'contractor@outside.dev', engineerId: quinn.id } },
      { token: acme.token },
    );
    expect(mapped.data?.mapIdentity).toBe(2);
    expect(await usage(quinn.id)).toMatchObject({ events: 1, input: '200000', cost: '600000' });
    expect(await signal(quinn.id, 'commits')).toBe(1);
    // Later telemetry from that person goes straight to the engineer.
    await postMetrics(
      claudeExport({
        ...{ email: 'contractor@outside.dev', temporality: 1, costUsd: 0 },
        start: at(400),
        time: at(460),
        tokens: { input: 1000, output: 0 },
      }),
    );
    expect(await usage(quinn.id)).toMatchObject({ events: 2, input: '201000' });
    expect(
      (
        await t.gql<{ unmappedUsage: unknown[] }>(
          `{ unmappedUsage { identityValue } }`,
          {},
          { token: acme.token },
        )
      ).data?.unmappedUsage,
    ).toEqual([]);
  });

  it('logs: each api_request event counts once as activity and is not billed again', async () => {
    const logs = {
      resourceLogs: [
        {
          resource: { attributes: [str('service.name', 'claude-code'), str('user.email', 'oli@acme.test')] },
          scopeLogs: [
            {
              logRecords: [1, 2, 3].map((n) => ({
                timeUnixNano: at(500 + n),
                body: { stringValue: 'claude_code.api_request' },
                attributes: [
                  str('event.name', 'api_request'),
                  str('model', 'claude-sonnet-4-6'),
                  str('input_tokens', '1200'),
                  str('output_tokens', '300'),
                  str('cost_usd', '0.0081'),
                ],
              })),
            },
          ],
        },
      ],
    };
    const before = await usage(oli.id);
    for (const protobuf of [false, true]) {
      const answer = await machine(
        t,
        key,
        'POST',
        '/v1/otlp/v1/logs',
        protobuf ? encodeLogsRequest(logs) : logs,
        {
          ...(protobuf ? { 'content-type': 'application/x-protobuf' } : {}),
        },
      );
      expect(answer.status).toBe(200);
    }
    expect(await signal(oli.id, 'api_requests')).toBe(3);
    expect(await usage(oli.id)).toEqual(before);
  });

  it('an engineer key attributes telemetry to its engineer without an email', async () => {
    const rae = await fundedEngineer(t, acme, { email: 'rae@acme.test', allowanceMicros: 10_000_000n });
    const answer = await postMetrics(
      claudeExport({
        temporality: 1,
        start: at(600),
        time: at(660),
        tokens: { input: 1000, output: 0 },
        costUsd: 0,
      }),
      false,
      rae.key,
    );
    expect(answer.status).toBe(200);
    expect(await usage(rae.id)).toMatchObject({ events: 1, input: '1000' });
  });

  it('malformed exports, wrong media types and missing keys get 4xx problem details, nothing half-written', async () => {
    const [{ n: before }] = await t.adminQuery<{ n: number }>(`select count(*)::int as n from usage_events`);
    const garbage = await machine<{ status: number; fields?: { field: string }[] }>(
      t,
      key,
      'POST',
      '/v1/otlp/v1/metrics',
      new Uint8Array([0x0a, 0xff, 0xff, 0xff]),
      { 'content-type': 'application/x-protobuf' },
    );
    expect(garbage.status).toBe(400);
    expect(garbage.contentType).toMatch(/^application\/problem\+json/);
    const shape = await machine<{ fields?: { field: string }[] }>(t, key, 'POST', '/v1/otlp/v1/metrics', {
      resourceMetrics: 'nope',
    });
    expect(shape.status).toBe(400);
    expect(shape.body.fields?.[0].field).toBe('resourceMetrics');
    const text = await machine(t, key, 'POST', '/v1/otlp/v1/metrics', undefined, {
      'content-type': 'text/plain',
    });
    expect(text.status).toBeGreaterThanOrEqual(400);
    expect(text.status).toBeLessThan(500);
    const noKey = await machine(t, undefined, 'POST', '/v1/otlp/v1/metrics', {});
    expect(noKey.status).toBe(401);
    const [{ n: after }] = await t.adminQuery<{ n: number }>(`select count(*)::int as n from usage_events`);
    expect(after).toBe(before);
    // A bad data point is left out and said (OTLP partial success, HTTP 200): the exporter must not retry.
    const negative = claudeExport({
      email: 'oli@acme.test',
      temporality: 1,
      start: at(700),
      time: at(760),
      tokens: { input: -5, output: 0 },
      costUsd: 0,
    });
    const partial = await postMetrics(negative);
    expect(partial.status).toBe(200);
    expect(partial.body).toMatchObject({
      partialSuccess: {
        rejectedDataPoints: '1',
        errorMessage: expect.stringMatching(/asDouble is negative/),
      },
    });
    // The same in http/protobuf: ExportMetricsServiceResponse { partial_success (1) { rejected_data_points (1),
    // error_message (2) } }, read here with protobufjs's Reader, field by field.
    const response = await fetch(`${t.url}/v1/otlp/v1/metrics`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/x-protobuf' },
      body: encodeMetricsRequest({ ...negative }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/x-protobuf');
    const reader = Reader.create(new Uint8Array(await response.arrayBuffer()));
    expect(reader.uint32()).toBe((1 << 3) | 2);
    const inner = Reader.create(reader.bytes());
    expect(inner.uint32()).toBe((1 << 3) | 0);
    expect(inner.int64().toString()).toBe('1');
    expect(inner.uint32()).toBe((2 << 3) | 2);
    expect(inner.string()).toMatch(/asDouble is negative/);
  });
  it('telemetry against a hard budget goes the same way as a usage batch: charged, the overage recorded, further authorizations refused', async () => {
    const pia = await fundedEngineer(t, acme, {
      email: 'pia@acme.test',
      allowanceMicros: 100_000n,
      enforcement: 'HARD',
    });
    const answer = await postMetrics(
      claudeExport({
        email: 'pia@acme.test',
        temporality: 1,
        start: at(800),
        time: at(860),
        tokens: { input: 100_000, output: 10_000 },
        costUsd: 0.45,
      }),
    );
    expect(answer.status).toBe(200);
    // 0.45 charged on 0.10: 0.35 over, on record on the event and on the balance.
    const [event] = await t.adminQuery<{ cost: string; overage: string }>(
      `select e.cost_micros::text as cost, o.overage_micros::text as overage
         from usage_events e join usage_overages o on o.usage_event_id = e.id where e.engineer_id = $1`,
      [pia.id],
    );
    expect(event).toEqual({ cost: '450000', overage: '350000' });
    const budget = await machine<{ overage: string }>(t, pia.key, 'GET', '/v1/budget');
    expect(budget.body.overage).toBe('0.350000');
    const refused = await machine<{ budget: string; overage: string }>(
      t,
      pia.key,
      'POST',
      '/v1/authorizations',
      {
        provider: 'anthropic',
        model: 'claude-sonnet-4-6',
        estimatedInputTokens: 1,
        maxOutputTokens: 0,
        requestId: 'pia-1',
      },
    );
    expect(refused.status).toBe(402);
    expect(refused.body).toMatchObject({ budget: 'allowance', overage: '0.350000' });
    expect(await ledgerReconciles(t)).toEqual({ violations: 0, total: '0' });
  });
});
