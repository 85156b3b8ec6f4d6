import { PRODUCTION_TEST_ENV, signUp, SignedUp, startTestApp, TestApp } from '../test/test-app';

/**
 * The GraphQL attacks of the hardening review, replayed over HTTP against the built server: each must be
 * refused with 400 before anything executes (quickly, and writing nothing), whatever the caller.
 */
describe('GraphQL limits: cost, aliases, directives, tokens, fragment cycles, suggestions', () => {
  let t: TestApp;
  let admin: SignedUp;
  let teamId: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signUp(t, 'Armored Inc', 'admin@armored.test');
    const team = await t.gql<{ createTeam: { id: string } }>(
      `mutation($input: CreateTeamInput!) { createTeam(input: $input) { id } }`,
      { input: { name: 'Core', costCentre: 'CC-1' } },
      { token: admin.token },
    );
    teamId = team.data!.createTeam.id;
    for (const name of ['Ada', 'Grace']) {
      const created = await t.gql(
        `mutation($input: CreateEngineerInput!) { createEngineer(input: $input) { id } }`,
        {
          input: {
            name,
            email: `${name.toLowerCase()}@armored.test`,
            teamId,
            startDate: '2026-01-01',
            annualPay: '150000',
            currency: 'USD',
          },
        },
        { token: admin.token },
      );
      expect(created.errors).toBeUndefined();
    }
  });

  afterAll(() => t.close());

  const aliased = (count: number, field: (i: number) => string) =>
    `query { ${Array.from({ length: count }, (_, i) => `a${i}: ${field(i)}`).join(' ')} }`;

  async function timed<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
    const started = performance.now();
    const result = await run();
    return { result, ms: performance.now() - started };
  }

  const payReads = async () =>
    Number(
      (
        await t.adminQuery<{ n: string }>(
          `select count(*) as n from audit_entries where company_id = $1 and action = 'PAY_VIEWED'`,
          [admin.companyId],
        )
      )[0].n,
    );

  it('refuses 100,000 aliases from an anonymous caller while parsing, quickly', async () => {
    const query = aliased(100_000, () => '__typename');
    const { result, ms } = await timed(() => t.gql(query));
    expect(result.status).toBe(400);
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(/tokens/);
    expect(ms).toBeLessThan(1000);
  });

  it('refuses 1,000 aliased teamBurn from a signed-in admin before executing any', async () => {
    const query = aliased(1000, () => `teamBurn(teamId: "${teamId}") { summary { accruedMicros } }`);
    const { result, ms } = await timed(() => t.gql(query, {}, { token: admin.token }));
    expect(result.status).toBe(400);
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(ms).toBeLessThan(1000);
  });

  it('refuses a few aliased teamBurn by cost (within the alias limit); one alone runs', async () => {
    const few = await t.gql(
      aliased(4, () => `teamBurn(teamId: "${teamId}") { summary { accruedMicros } }`),
      {},
      { token: admin.token },
    );
    expect(few.status).toBe(400);
    expect(few.errors?.[0].message).toMatch(/cost limit of 2000 exceeded/i);
    const one = await t.gql(
      `query { teamBurn(teamId: "${teamId}") { summary { accruedMicros } } }`,
      {},
      { token: admin.token },
    );
    expect(one.errors).toBeUndefined();
    expect(one.data).toHaveProperty('teamBurn.summary.accruedMicros');
  });

  it('refuses 1,000 aliased engineers { basePay } and writes no pay-read audit row', async () => {
    const before = await payReads();
    const flood = await t.gql(
      aliased(1000, () => 'engineers { basePay { annualMicros } }'),
      {},
      { token: admin.token },
    );
    expect(flood.status).toBe(400);
    expect(flood.data).toBeNull();
    // Within the alias limit, five lists of other people's pay cost too much for one request.
    const five = await t.gql(
      aliased(5, () => 'engineers { basePay { annualMicros } }'),
      {},
      { token: admin.token },
    );
    expect(five.status).toBe(400);
    expect(five.errors?.[0].message).toMatch(/cost limit/i);
    expect(await payReads()).toBe(before);
    // One list is an ordinary, audited read.
    const one = await t.gql(`query { engineers { basePay { annualMicros } } }`, {}, { token: admin.token });
    expect(one.errors).toBeUndefined();
    expect(await payReads()).toBe(before + 1);
  });

  it('refuses more than 15 aliases even of cheap fields', async () => {
    const many = await t.gql(
      aliased(16, () => 'businessDate'),
      {},
      { token: admin.token },
    );
    expect(many.status).toBe(400);
    expect(many.errors?.[0].message).toMatch(/aliases limit of 15/i);
    const fifteen = await t.gql(
      aliased(15, () => 'businessDate'),
      {},
      { token: admin.token },
    );
    expect(fifteen.errors).toBeUndefined();
  });

  it('holds callers without a valid token to a stricter tier: refused as needing a sign-in, nothing run', async () => {
    const query = aliased(3, () => 'businessDate');
    // No token, and a token that does not verify (expired, forged): told to sign in, as the guard would say
    // it, so the web app refreshes its session and replays the operation.
    for (const auth of [{}, { token: `${admin.token.slice(0, -4)}AAAA` }]) {
      const refused = await t.gql(query, {}, auth);
      expect(refused.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(refused.errors?.[0].message).toMatch(/aliases limit of 2/i);
      expect(refused.data).toBeNull();
    }
    const signedIn = await t.gql(query, {}, { token: admin.token });
    expect(signedIn.errors).toBeUndefined();
    // Three public sign-ups aliased into one request: none runs.
    const signUps = await t.gql(
      `mutation { ${[0, 1, 2]
        .map(
          (i) =>
            `s${i}: signUp(input: { companyName: "Alias ${i}", name: "A", email: "alias${i}@alias.test", password: "correct horse battery staple" }) { accessToken }`,
        )
        .join(' ')} }`,
    );
    expect(signUps.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const created = await t.adminQuery<{ n: string }>(
      `select count(*) as n from companies where name like 'Alias %'`,
    );
    expect(Number(created[0].n)).toBe(0);
  });

  it('refuses too many directives', async () => {
    const query = `query { me { ${Array.from({ length: 21 }, () => 'id @include(if: true)').join(' ')} } }`;
    const result = await t.gql(query, {}, { token: admin.token });
    expect(result.status).toBe(400);
    expect(result.errors?.[0].message).toMatch(/directives limit of 20/i);
  });

  it('answers a fragment cycle with 400, not 500', async () => {
    const query = `query { me { ...A } } fragment A on User { id ...B } fragment B on User { email ...A }`;
    for (const auth of [{}, { token: admin.token }]) {
      const result = await t.gql(query, {}, auth);
      expect(result.status).toBe(400);
      expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].message).toMatch(/Cannot spread fragment/);
    }
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  });

  it('suggests field names outside production only', async () => {
    const result = await t.gql(`{ engineerz { id } }`, {}, { token: admin.token });
    expect(result.status).toBe(400);
    expect(result.errors?.[0].message).toMatch(/Did you mean "engineer/);
    const production = await startTestApp({ ...PRODUCTION_TEST_ENV, BUSINESS_DATE: '' });
    try {
      const hidden = await production.gql(`{ engineerz { id } }`);
      expect(hidden.status).toBe(400);
      expect(hidden.errors?.[0].message).toMatch(/Cannot query field "engineerz"/);
      expect(hidden.errors?.[0].message).not.toMatch(/engineers|Did you mean/);
    } finally {
      await production.close();
    }
  });
});
