import { addMember, signUp, SignedUp, startTestApp, TestApp } from '../test/test-app';

const CREATE = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id prefix scopes engineerId engineerName revokedAt } } }`;

type Created = {
  createApiKey: {
    secret: string;
    apiKey: { id: string; prefix: string; scopes: string[]; engineerId: string | null };
  };
};

describe('API keys: prefix + hashed secret shown once, scopes, bound to an engineer or the company, revocation', () => {
  let t: TestApp;
  let admin: SignedUp;
  let engineer: SignedUp;
  let engineerId: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signUp(t, 'Keyed', 'admin@keyed.test');
    engineer = await addMember(t, admin, 'dev@keyed.test', ['ENGINEER']);
    const team = await t.gql<{ createTeam: { id: string } }>(
      `mutation { createTeam(input: { name: "T", costCentre: "CC" }) { id } }`,
      {},
      { token: admin.token },
    );
    const created = await t.gql<{ createEngineer: { id: string } }>(
      `mutation($input: CreateEngineerInput!) { createEngineer(input: $input) { id } }`,
      {
        input: {
          name: 'Dev',
          email: 'dev@keyed.test',
          teamId: team.data!.createTeam.id,
          startDate: '2026-01-01',
          annualPay: '150000',
          currency: 'USD',
        },
      },
      { token: admin.token },
    );
    engineerId = created.data!.createEngineer.id;
  });

  afterAll(() => t.close());

  async function whoami(key: string | undefined): Promise<{ status: number; body: Record<string, unknown> }> {
    const response = await fetch(`${t.url}/v1/keys/current`, {
      headers: key ? { authorization: `Bearer ${key}` } : {},
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  it('an engineer creates a key for their own tools; the secret is shown once and only its hash is stored', async () => {
    const created = await t.gql<Created>(
      CREATE,
      { input: { name: 'Laptop CLI', scopes: ['budget:read', 'authorize'] } },
      { token: engineer.token },
    );
    expect(created.errors).toBeUndefined();
    const { secret, apiKey } = created.data!.createApiKey;
    expect(secret).toMatch(/^trk_[0-9a-f-]{36}\.[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);
    expect(apiKey).toMatchObject({
      engineerId,
      scopes: ['budget:read', 'authorize'],
      prefix: `trk_…${apiKey.id.slice(0, 8)}`,
    });
    const [row] = await t.adminQuery<{ secret_hash: string }>(
      'select secret_hash from api_keys where id = $1',
      [apiKey.id],
    );
    expect(row.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(secret.split('.')[2]);
    const me = await whoami(secret);
    expect(me).toEqual({
      status: 200,
      body: { keyId: apiKey.id, engineerId, scopes: ['budget:read', 'authorize'] },
    });
    const [used] = await t.adminQuery<{ last_used_at: Date | null }>(
      'select last_used_at from api_keys where id = $1',
      [apiKey.id],
    );
    expect(used.last_used_at).not.toBeNull();
    const listed = await t.gql<{ apiKeys: Record<string, unknown>[] }>(
      `{ apiKeys { id prefix } }`,
      {},
      { token: engineer.token },
    );
    expect(JSON.stringify(listed.data)).not.toContain(secret);
  });

  it('a revoked, tampered, missing or malformed key is refused with problem details', async () => {
    const created = await t.gql<Created>(
      CREATE,
      { input: { name: 'Temp', scopes: ['budget:read'] } },
      { token: engineer.token },
    );
    const { secret, apiKey } = created.data!.createApiKey;
    const tampered = secret.slice(0, -1) + (secret.endsWith('A') ? 'B' : 'A');
    for (const key of [tampered, undefined, 'trk_nonsense', secret.replace('trk_', 'sk_')]) {
      const result = await whoami(key);
      expect(result.status).toBe(401);
      expect(result.body.title).toBe('UNAUTHENTICATED');
    }
    const revoked = await t.gql(
      `mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }`,
      { id: apiKey.id },
      { token: engineer.token },
    );
    expect(revoked.errors).toBeUndefined();
    const after = await whoami(secret);
    expect(after).toMatchObject({ status: 401, body: { detail: 'This API key was revoked' } });
  });

  it('only an ADMIN creates company keys; a company key acts for no single engineer', async () => {
    const refused = await t.gql(
      CREATE,
      { input: { name: 'Gateway', scopes: ['usage:write'], company: true } },
      { token: engineer.token },
    );
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const created = await t.gql<Created>(
      CREATE,
      { input: { name: 'Gateway', scopes: ['usage:write'], company: true } },
      { token: admin.token },
    );
    expect(created.data?.createApiKey.apiKey.engineerId).toBeNull();
    expect((await whoami(created.data!.createApiKey.secret)).body).toMatchObject({
      engineerId: null,
      scopes: ['usage:write'],
    });
  });

  it('apiKeyCreation tells each user which keys they can create, and exactly those succeed', async () => {
    const CAN = `{ apiKeyCreation { ownKey companyKeys financeKeys } }`;
    const hr = await addMember(t, admin, 'hr@keyed.test', ['HR']);
    const finance = await addMember(t, admin, 'finance@keyed.test', ['FINANCE']);
    const manager = await addMember(t, admin, 'manager@keyed.test', ['MANAGER']);
    const cases: [SignedUp, { ownKey: boolean; companyKeys: boolean; financeKeys: boolean }][] = [
      [engineer, { ownKey: true, companyKeys: false, financeKeys: false }],
      [admin, { ownKey: false, companyKeys: true, financeKeys: true }],
      [hr, { ownKey: false, companyKeys: false, financeKeys: false }],
      [finance, { ownKey: false, companyKeys: false, financeKeys: true }],
      [manager, { ownKey: false, companyKeys: false, financeKeys: false }],
    ];
    for (const [who, expected] of cases) {
      const can = await t.gql<{
        apiKeyCreation: { ownKey: boolean; companyKeys: boolean; financeKeys: boolean };
      }>(
        CAN,
        {},
        {
          token: who.token,
        },
      );
      expect([who.email, can.data?.apiKeyCreation]).toEqual([who.email, expected]);
      const own = await t.gql<Created>(
        CREATE,
        { input: { name: 'Mine', scopes: ['usage:write'] } },
        {
          token: who.token,
        },
      );
      expect([who.email, own.errors === undefined]).toEqual([who.email, expected.ownKey]);
      const company = await t.gql<Created>(
        CREATE,
        { input: { name: 'Company', scopes: ['usage:write'], company: true } },
        { token: who.token },
      );
      expect([who.email, company.errors === undefined]).toEqual([who.email, expected.companyKeys]);
      const financeKey = await t.gql<Created>(
        CREATE,
        { input: { name: 'BI pull', scopes: ['finance:read'] } },
        { token: who.token },
      );
      expect([who.email, financeKey.errors?.[0].extensions.code ?? 'OK']).toEqual([
        who.email,
        expected.financeKeys ? 'OK' : 'FORBIDDEN',
      ]);
    }
  });

  it('a finance:read key is a company key, created by FINANCE or ADMIN, holding no other scope; FINANCE sees and revokes it', async () => {
    const finance = await addMember(t, admin, 'finance2@keyed.test', ['FINANCE']);
    const created = await t.gql<Created>(
      CREATE,
      { input: { name: 'Nightly BI', scopes: ['finance:read'] } },
      { token: finance.token },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createApiKey.apiKey).toMatchObject({ engineerId: null, scopes: ['finance:read'] });
    expect((await whoami(created.data!.createApiKey.secret)).body).toMatchObject({
      engineerId: null,
      scopes: ['finance:read'],
    });
    const mixed = await t.gql(
      CREATE,
      { input: { name: 'Mixed', scopes: ['finance:read', 'usage:write'], company: true } },
      { token: admin.token },
    );
    expect(mixed.errors?.[0].extensions.fields?.[0].field).toBe('scopes');
    const forEngineer = await t.gql(
      CREATE,
      { input: { name: 'Mine', scopes: ['finance:read'], engineerId } },
      { token: admin.token },
    );
    expect(forEngineer.errors?.[0].extensions.fields?.[0].field).toBe('engineerId');
    const listed = await t.gql<{ apiKeys: { id: string; scopes: string[] }[] }>(
      `{ apiKeys { id scopes } }`,
      {},
      {
        token: finance.token,
      },
    );
    expect(listed.data!.apiKeys.map((key) => key.id)).toContain(created.data!.createApiKey.apiKey.id);
    expect(listed.data!.apiKeys.every((key) => key.scopes.includes('finance:read'))).toBe(true);
    // The key does not reach the engineers' endpoints (budget) …
    const budget = await fetch(`${t.url}/v1/budget`, {
      headers: { authorization: `Bearer ${created.data!.createApiKey.secret}` },
    });
    expect(budget.status).toBe(403);
    const revoked = await t.gql(
      `mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }`,
      { id: created.data!.createApiKey.apiKey.id },
      { token: finance.token },
    );
    expect(revoked.errors).toBeUndefined();
    expect((await whoami(created.data!.createApiKey.secret)).status).toBe(401);
  });

  it('bad scopes and someone else’s key are refused', async () => {
    const bad = await t.gql(
      CREATE,
      { input: { name: 'X', scopes: ['admin:all'] } },
      { token: engineer.token },
    );
    expect(bad.errors?.[0].extensions.fields?.[0].field).toBe('scopes');
    const adminWithoutEngineer = await t.gql(
      CREATE,
      { input: { name: 'Mine', scopes: ['budget:read'] } },
      { token: admin.token },
    );
    expect(adminWithoutEngineer.errors?.[0].extensions.fields?.[0].field).toBe('engineerId');
    const other = await signUp(t, 'Elsewhere', 'admin@elsewhere.test');
    const keys = await t.gql<{ apiKeys: { id: string }[] }>(`{ apiKeys { id } }`, {}, { token: admin.token });
    const steal = await t.gql(
      `mutation($id: ID!) { revokeApiKey(id: $id) { id } }`,
      { id: keys.data!.apiKeys[0].id },
      { token: other.token },
    );
    expect(steal.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});
