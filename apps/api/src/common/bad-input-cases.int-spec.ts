import { testDay, testNow } from '../test/business-date';
import { FundedEngineer, fundedEngineer, machine, teamWithPool } from '../test/metering-fixtures';
import { signUp, SignedUp, startTestApp, TestApp } from '../test/test-app';

/**
 * The twelve inputs of issue 13 that answered 5xx (or were stored as they came): each is a 4xx naming the
 * field now, and nothing of it is written.
 */
describe('bad input of issue 13: a 4xx naming the field, nothing written', () => {
  let t: TestApp;
  let admin: SignedUp;
  let engineer: FundedEngineer;
  let teamId: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signUp(t, 'Initech', 'bill@initech.test');
    teamId = (await teamWithPool(t, admin, { name: 'Printers', poolMicros: 0n, overflow: false })).id;
    engineer = await fundedEngineer(t, admin, {
      email: 'peter@initech.test',
      allowanceMicros: 100_000_000n,
      teamId,
    });
  });
  afterAll(() => t.close());

  const count = async (table: string) =>
    (await t.adminQuery<{ n: number }>(`select count(*)::int as n from ${table}`))[0].n;

  function expectField(
    errors: { extensions: { code: string; fields?: { field: string; message: string }[] } }[] | undefined,
    field: string,
    message: RegExp,
  ) {
    expect(errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const named = errors?.[0].extensions.fields?.find((f) => f.field === field);
    expect(named?.message).toMatch(message);
  }

  it('a NUL in an increase request’s reason', async () => {
    const before = await count('increase_requests');
    const result = await machine<{ fields: { field: string; message: string }[] }>(
      t,
      engineer.key,
      'POST',
      '/v1/increase-requests',
      { amount: '50.00', reason: 'more\u0000please' },
    );
    expect(result.status).toBeGreaterThanOrEqual(400);
    expect(result.status).toBeLessThan(500);
    expect(result.body.fields).toContainEqual({
      field: 'reason',
      message: 'must not contain NUL characters',
    });
    expect(await count('increase_requests')).toBe(before);
  });

  const SECOND = 1_000_000_000n;
  const T0 = BigInt(testNow().getTime() - 3_600_000) * 1_000_000n;
  const tokenExport = (session: string, values: number[]) => ({
    resourceMetrics: [
      {
        resource: { attributes: [{ key: 'user.email', value: { stringValue: engineer.email } }] },
        scopeMetrics: [
          {
            metrics: [
              {
                name: 'claude_code.token.usage',
                unit: 'tokens',
                sum: {
                  aggregationTemporality: 1,
                  isMonotonic: true,
                  dataPoints: values.map((value, i) => ({
                    attributes: [
                      { key: 'type', value: { stringValue: 'input' } },
                      { key: 'model', value: { stringValue: 'claude-sonnet-4-6' } },
                      { key: 'session.id', value: { stringValue: `${session}-${i}` } },
                    ],
                    startTimeUnixNano: String(T0 + BigInt(i) * SECOND),
                    timeUnixNano: String(T0 + BigInt(i + 1) * SECOND),
                    asDouble: value,
                  })),
                },
              },
            ],
          },
        ],
      },
    ],
  });

  it.each([[1e30], [1e308]])(
    'an OTLP asDouble of %s rejects that data point only (OTLP partial success)',
    async (huge) => {
      const before = await count('usage_events');
      const result = await machine<{
        partialSuccess?: { rejectedDataPoints: string; errorMessage: string };
      }>(t, engineer.key, 'POST', '/v1/otlp/v1/metrics', tokenExport(`session-${huge}`, [1200, huge]));
      expect(result.status).toBe(200);
      expect(result.body.partialSuccess?.rejectedDataPoints).toBe('1');
      expect(result.body.partialSuccess?.errorMessage).toMatch(/dataPoints\[1\]\.asDouble/);
      expect(await count('usage_events')).toBe(before + 1);
    },
  );

  it('`since` given twice on /v1/usage/summary', async () => {
    const result = await machine<{ fields: { field: string; message: string }[] }>(
      t,
      engineer.key,
      'GET',
      '/v1/usage/summary?since=7d&since=8d',
    );
    expect(result.status).toBe(400);
    expect(result.body.fields).toContainEqual({ field: 'since', message: 'must be given once' });
  });

  const SET_RATE = `mutation($input: SetExchangeRateInput!) { setExchangeRate(input: $input) { currency } }`;
  it('an exchange rate beyond bigint', async () => {
    const before = await count('exchange_rates');
    const result = await t.gql(
      SET_RATE,
      { input: { currency: 'EUR', effectiveFrom: testDay(0), rate: '99999999999999999999' } },
      { token: admin.token },
    );
    expectField(result.errors, 'rate', /at most/);
    expect(await count('exchange_rates')).toBe(before);
  });

  const SET_PRICE = `mutation($input: SetCompanyModelPriceInput!) { setCompanyModelPrice(input: $input) { model } }`;
  it('a company model price beyond bigint', async () => {
    const before = await count('company_model_prices');
    const result = await t.gql(
      SET_PRICE,
      {
        input: {
          provider: 'anthropic',
          model: 'claude-huge',
          effectiveFrom: testDay(0),
          inputPerMillion: '9999999999999999999999',
          outputPerMillion: '1.00',
        },
      },
      { token: admin.token },
    );
    expectField(result.errors, 'inputPerMillion', /at most/);
    expect(await count('company_model_prices')).toBe(before);
  });

  const CREATE_OFFER = `mutation($input: OfferInputDto!) { createOffer(input: $input) { id } }`;
  const offer = {
    candidateName: 'Milton',
    candidateEmail: 'milton@initech.test',
    title: 'Engineer',
    currency: 'USD',
    annualPay: '150000',
    startDate: testDay(30),
  };
  it('an offer starting 9999-12-31', async () => {
    const before = await count('offers');
    const result = await t.gql(
      CREATE_OFFER,
      { input: { ...offer, teamId, startDate: '9999-12-31' } },
      { token: admin.token },
    );
    expectField(result.errors, 'startDate', /between|date/);
    expect(await count('offers')).toBe(before);
  });

  it('a usage event that occurred on 2026-02-30', async () => {
    const before = await count('usage_events');
    const result = await machine<{ results: { status: string; fields: { field: string }[] }[] }>(
      t,
      engineer.key,
      'POST',
      '/v1/usage',
      {
        events: [
          {
            source: 'gateway',
            provider: 'anthropic',
            model: 'claude-sonnet-4-6',
            inputTokens: 10,
            outputTokens: 10,
            occurredAt: '2026-02-30T10:00:00Z',
            idempotencyKey: 'feb-30',
          },
        ],
      },
    );
    expect(result.body.results[0].status).toBe('rejected');
    expect(result.body.results[0].fields.map((f) => f.field)).toEqual(['occurredAt']);
    expect(await count('usage_events')).toBe(before);
  });

  it('a team name of only spaces', async () => {
    const before = await count('teams');
    const result = await t.gql(
      `mutation($input: CreateTeamInput!) { createTeam(input: $input) { id } }`,
      { input: { name: '   ', costCentre: 'CC-9' } },
      { token: admin.token },
    );
    expectField(result.errors, 'name', /required|empty|blank/);
    expect(await count('teams')).toBe(before);
  });

  it('an engineer name of only spaces', async () => {
    const before = await count('engineers');
    const result = await t.gql(
      `mutation($input: CreateEngineerInput!) { createEngineer(input: $input) { id } }`,
      {
        input: {
          name: ' \t ',
          email: 'samir@initech.test',
          teamId,
          startDate: testDay(0),
          annualPay: '120000',
          currency: 'USD',
        },
      },
      { token: admin.token },
    );
    expectField(result.errors, 'name', /required|empty|blank/);
    expect(await count('engineers')).toBe(before);
  });

  it('an offer to a candidate whose name is only spaces', async () => {
    const before = await count('offers');
    const result = await t.gql(
      CREATE_OFFER,
      { input: { ...offer, teamId, candidateName: '    ' } },
      { token: admin.token },
    );
    expectField(result.errors, 'candidateName', /required|empty|blank/);
    expect(await count('offers')).toBe(before);
  });

  it('funding a team pool without a memo is not “memo too long”', async () => {
    const result = await t.gql<{ fundTeamPool: { balanceMicros: string } }>(
      `mutation($input: FundTeamPoolInput!) { fundTeamPool(input: $input) { balanceMicros } }`,
      { input: { teamId, amount: '500.00', memo: null } },
      { token: admin.token },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.fundTeamPool.balanceMicros).toBe('500000000');
  });

  it('the server logged no unexpected error', () => {
    expect(t.output()).not.toMatch(/"level":50/);
  });
});
