import { testToday } from '../test/business-date';
import { addMember, signUp, SignedUp, startTestApp, TestApp } from '../test/test-app';

const SET = `mutation($input: SetCompanyModelPriceInput!) { setCompanyModelPrice(input: $input) { provider model inputMicros outputMicros origin } }`;
const today = testToday();

type Price = {
  provider: string;
  model: string;
  inputPerMillion: string | null;
  outputPerMillion: string | null;
  origin: string;
  effectiveFrom: string;
};

describe('price catalog: seeded list prices, company prices (negotiated and self-hosted), GET /v1/prices', () => {
  let t: TestApp;
  let admin: SignedUp;
  let other: SignedUp;
  let companyKey: string;
  let otherKey: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signUp(t, 'Priced', 'admin@priced.test');
    other = await signUp(t, 'Listed', 'admin@listed.test');
    const key = `mutation { createApiKey(input: { name: "Gateway", scopes: ["usage:write"], company: true }) { secret } }`;
    companyKey = (await t.gql<{ createApiKey: { secret: string } }>(key, {}, { token: admin.token })).data!
      .createApiKey.secret;
    otherKey = (await t.gql<{ createApiKey: { secret: string } }>(key, {}, { token: other.token })).data!
      .createApiKey.secret;
  });

  afterAll(() => t.close());

  async function prices(key: string | undefined): Promise<{ status: number; prices: Price[] }> {
    const response = await fetch(`${t.url}/v1/prices`, {
      headers: key ? { authorization: `Bearer ${key}` } : {},
    });
    const body = (await response.json()) as { prices?: Price[] };
    return { status: response.status, prices: body.prices ?? [] };
  }

  it('serves the seeded public list prices per 1M tokens as decimal strings', async () => {
    const { status, prices: list } = await prices(companyKey);
    expect(status).toBe(200);
    expect(list.length).toBeGreaterThanOrEqual(50);
    expect(list.find((p) => p.model === 'claude-sonnet-4-5')).toMatchObject({
      provider: 'anthropic',
      inputPerMillion: '3.000000',
      outputPerMillion: '15.000000',
      origin: 'CATALOG',
    });
    expect(new Set(list.map((p) => p.provider))).toEqual(
      new Set(['anthropic', 'openai', 'google', 'xai', 'deepseek']),
    );
  });

  it('a negotiated company price wins from its date, for that company only', async () => {
    const set = await t.gql(
      SET,
      {
        input: {
          provider: 'anthropic',
          model: 'claude-sonnet-4-5',
          effectiveFrom: today,
          inputPerMillion: '2.70',
          outputPerMillion: '13.50',
        },
      },
      { token: admin.token },
    );
    expect(set.data).toEqual({
      setCompanyModelPrice: {
        provider: 'anthropic',
        model: 'claude-sonnet-4-5',
        inputMicros: '2700000',
        outputMicros: '13500000',
        origin: 'COMPANY',
      },
    });
    expect((await prices(companyKey)).prices.find((p) => p.model === 'claude-sonnet-4-5')).toMatchObject({
      inputPerMillion: '2.700000',
      origin: 'COMPANY',
    });
    expect((await prices(otherKey)).prices.find((p) => p.model === 'claude-sonnet-4-5')).toMatchObject({
      inputPerMillion: '3.000000',
      origin: 'CATALOG',
    });
  });

  it('prices a self-hosted model from GPU cost, throughput and utilization ($2/h, 1,000 tok/s, 20% → $2.777778 per 1M)', async () => {
    const set = await t.gql<{ setCompanyModelPrice: { inputMicros: string; outputMicros: string } }>(
      SET,
      {
        input: {
          provider: 'self-hosted',
          model: 'llama-4-70b',
          effectiveFrom: today,
          selfHosted: { gpuHourCost: '2.00', tokensPerSecond: 1000, utilizationBp: 2000 },
        },
      },
      { token: admin.token },
    );
    expect(set.data?.setCompanyModelPrice).toMatchObject({ inputMicros: '2777778', outputMicros: '2777778' });
    const finance = await addMember(t, admin, 'fin@priced.test', ['FINANCE']);
    const list = await t.gql<{ modelPrices: { model: string; origin: string; source: string | null }[] }>(
      `{ modelPrices { model origin source } }`,
      {},
      { token: finance.token },
    );
    expect(list.data?.modelPrices).toContainEqual({ model: 'llama-4-70b', origin: 'COMPANY', source: null });
    expect(list.data?.modelPrices.find((p) => p.model === 'claude-haiku-5-5')?.source).toMatch(/^https:\/\//);
  });

  it('refuses bad prices naming the field, and non-admins', async () => {
    const noRates = await t.gql(
      SET,
      { input: { provider: 'x', model: 'y', effectiveFrom: today } },
      { token: admin.token },
    );
    expect(noRates.errors?.[0].extensions.fields?.[0].field).toBe('rates');
    const zero = await t.gql(
      SET,
      {
        input: {
          provider: 'x',
          model: 'y',
          effectiveFrom: today,
          selfHosted: { gpuHourCost: '2', tokensPerSecond: 100, utilizationBp: 0 },
        },
      },
      { token: admin.token },
    );
    expect(zero.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(zero.errors?.[0].extensions.fields)).toContain('utilizationBp');
    const badDate = await t.gql(
      SET,
      {
        input: {
          provider: 'x',
          model: 'y',
          effectiveFrom: '2026-02-30',
          inputPerMillion: '1',
          outputPerMillion: '2',
        },
      },
      { token: admin.token },
    );
    expect(badDate.errors?.[0].extensions.fields).toEqual([
      { field: 'effectiveFrom', message: 'must be a date like 2026-04-01' },
    ]);
    const engineer = await addMember(t, admin, 'eng@priced.test', ['ENGINEER']);
    const forbidden = await t.gql(
      SET,
      {
        input: {
          provider: 'x',
          model: 'y',
          effectiveFrom: today,
          inputPerMillion: '1',
          outputPerMillion: '2',
        },
      },
      { token: engineer.token },
    );
    expect(forbidden.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await prices(undefined)).status).toBe(401);
  });
});
