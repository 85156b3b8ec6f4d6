import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import {
  addMember,
  LOGIN,
  refreshCookie,
  signUp,
  SignedUp,
  startTestApp,
  TEST_PASSWORD,
  TestApp,
} from '../test/test-app';

const PROVIDER_SCRIPT = join(__dirname, '../../../../e2e/support/loopback-oidc-provider.mjs');
const CLIENT_ID = 'tokenroll-acme';
const CLIENT_SECRET = 'loopback-client-secret-for-acme-0123456789';

/** The real `oidc-provider` on loopback, as a child process (it is an ES module; Jest runs CommonJS). */
async function startProvider(redirectUri: string): Promise<{ issuer: string; stop(): void }> {
  const child: ChildProcess = spawn(process.execPath, [PROVIDER_SCRIPT, '0'], {
    env: {
      PATH: process.env.PATH,
      OIDC_CLIENTS: JSON.stringify([
        { client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: [redirectUri] },
      ]),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const issuer = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`provider did not start:\n${output}`)), 40_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => l.startsWith('{"issuer"'));
      if (line) {
        clearTimeout(timer);
        resolve((JSON.parse(line) as { issuer: string }).issuer);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`provider exited with ${code}:\n${output}`)));
  });
  return { issuer, stop: () => child.kill('SIGTERM') };
}

/** Cookies of one site, as a browser keeps them (name → value). */
class Jar {
  private readonly cookies = new Map<string, string>();
  take(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const eq = pair.indexOf('=');
      this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1));
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

const START = `mutation Start($input: StartSsoSignInInput!) { startSsoSignIn(input: $input) { authorizationUrl } }`;
const COMPLETE = `mutation Complete($input: CompleteSsoSignInInput!) {
  completeSsoSignIn(input: $input) { accessToken user { id email name roles company { id } } } }`;
const SAVE = `mutation Save($input: SaveSsoConnectionInput!) {
  saveSsoConnection(input: $input) { slug issuerUrl clientId allowedDomains roleClaim roleMappings { value role } ssoRequired redirectUri } }`;

interface Completed {
  status: number;
  data: {
    completeSsoSignIn: {
      accessToken: string;
      user: { id: string; email: string; roles: string[]; company: { id: string } };
    };
  } | null;
  errors?: { message: string; extensions: { code: string; reason?: string } }[];
  setCookie: string | undefined;
}

describe('single sign-on through a real OIDC provider on loopback', () => {
  let t: TestApp;
  let provider: { issuer: string; stop(): void };
  let acme: SignedUp;

  beforeAll(async () => {
    t = await startTestApp();
    provider = await startProvider(`${t.url}/sso/callback`);
    acme = await signUp(t, 'Acme', 'admin@acme.test');
  });

  afterAll(async () => {
    provider?.stop();
    await t?.close();
  });

  const connection = (extra: Record<string, unknown> = {}) => ({
    slug: 'acme',
    issuerUrl: provider.issuer,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    allowedDomains: ['acme.test', 'ACME-labs.test'],
    roleClaim: 'groups',
    roleMappings: [
      { value: 'finance-team', role: 'FINANCE' },
      { value: 'people', role: 'HR' },
    ],
    ssoRequired: false,
    ...extra,
  });

  async function control(path: string, body: unknown): Promise<void> {
    const response = await fetch(`${provider.issuer}${path}`, { method: 'POST', body: JSON.stringify(body) });
    expect(response.status).toBe(204);
  }

  /**
   * What a browser does: start at Tokenroll, follow the provider's redirects, submit the email on its sign-in
   * page, and come back to /sso/callback with code, state and iss. Returns the callback query and the binding
   * cookie, not yet completed.
   */
  async function authorize(email: string, identifier = email): Promise<{ query: string; binding: string }> {
    const started = await t.gql<{ startSsoSignIn: { authorizationUrl: string } }>(START, {
      input: { identifier },
    });
    expect(started.errors).toBeUndefined();
    const binding = /tokenroll_sso=([^;]+)/.exec(started.setCookie ?? '')?.[1];
    expect(binding).toBeTruthy();
    const jar = new Jar();
    let url = started.data!.startSsoSignIn.authorizationUrl;
    expect(url.startsWith(provider.issuer)).toBe(true);
    for (let hop = 0; hop < 10; hop++) {
      if (url.startsWith(`${t.url}/sso/callback`))
        return { query: new URL(url).search, binding: `tokenroll_sso=${binding}` };
      const interaction = /\/interaction\/([\w-]+)$/.exec(new URL(url).pathname);
      const response = interaction
        ? await fetch(`${url}/login`, {
            method: 'POST',
            redirect: 'manual',
            headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({ email }).toString(),
          })
        : await fetch(url, { redirect: 'manual', headers: { cookie: jar.header() } });
      jar.take(response);
      const location = response.headers.get('location');
      if (!location) throw new Error(`no redirect from ${url}: ${response.status} ${await response.text()}`);
      url = new URL(location, url).href;
    }
    throw new Error('too many redirects');
  }

  const complete = (query: string, binding: string) =>
    t.gql(COMPLETE, { input: { callbackQuery: query } }, { cookie: binding }) as Promise<Completed>;

  async function signInWithSso(email: string, tamper?: Record<string, unknown>): Promise<Completed> {
    // Started by the company's SSO name: the provider decides which email comes back.
    const { query, binding } = await authorize(email, 'acme');
    if (tamper) await control('/__test/tamper', tamper);
    return complete(query, binding);
  }

  it('an admin saves the connection (checked by discovery, secret sealed, audited); bad input names the field', async () => {
    const unreachable = await t.gql(
      SAVE,
      { input: connection({ issuerUrl: 'http://127.0.0.1:9/nothing' }) },
      { token: acme.token },
    );
    expect(unreachable.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(unreachable.errors?.[0].extensions.fields?.[0].field).toBe('issuerUrl');
    const bad = await t.gql(
      SAVE,
      {
        input: connection({
          slug: 'A!',
          issuerUrl: 'ftp://idp',
          allowedDomains: ['not a domain'],
          clientSecret: '',
        }),
      },
      { token: acme.token },
    );
    expect(bad.errors?.[0].extensions.fields?.map((f) => f.field).sort()).toEqual([
      'allowedDomains',
      'clientSecret',
      'issuerUrl',
      'slug',
    ]);

    const saved = await t.gql<{ saveSsoConnection: Record<string, unknown> }>(
      SAVE,
      { input: connection() },
      { token: acme.token },
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveSsoConnection).toMatchObject({
      slug: 'acme',
      allowedDomains: ['acme-labs.test', 'acme.test'],
      redirectUri: `${t.url}/sso/callback`,
    });
    const stored = await t.adminQuery<{ client_secret_sealed: string }>(
      `select client_secret_sealed from sso_connections`,
    );
    expect(stored[0].client_secret_sealed).toMatch(/^v1\.dev\./);
    expect(JSON.stringify(stored)).not.toContain(CLIENT_SECRET);
    const read = await t.gql(
      `{ ssoSettings { connection { slug clientId } redirectUri } }`,
      {},
      { token: acme.token },
    );
    expect(JSON.stringify(read.data)).not.toContain(CLIENT_SECRET);
    const audit = await t.adminQuery<{ action: string; after: unknown }>(
      `select action, after from audit_entries where entity_type = 'sso_connection'`,
    );
    expect(audit.map((a) => a.action)).toEqual(['SSO_CONNECTION_CREATED']);
    expect(JSON.stringify(audit)).not.toContain(CLIENT_SECRET);

    // Another company cannot claim the same domain or slug.
    const other = await signUp(t, 'Other', 'admin@other.test');
    const taken = await t.gql(SAVE, { input: connection({ slug: 'other' }) }, { token: other.token });
    expect(taken.errors?.[0].extensions.code).toBe('CONFLICT');
    expect(taken.errors?.[0].extensions.fields?.[0].field).toBe('allowedDomains');
  });

  it('a verified email of an allowed domain joins just in time and gets the same session as a password sign-in', async () => {
    const result = await signInWithSso('new.engineer@acme.test');
    expect(result.errors).toBeUndefined();
    const user = result.data!.completeSsoSignIn.user;
    expect(user).toMatchObject({
      email: 'new.engineer@acme.test',
      roles: ['ENGINEER'],
      company: { id: acme.companyId },
    });
    // The access token works, and the refresh cookie rotates like any other session's.
    const me = await t.gql<{ me: { email: string } }>(
      `{ me { email } }`,
      {},
      { token: result.data!.completeSsoSignIn.accessToken },
    );
    expect(me.data?.me.email).toBe('new.engineer@acme.test');
    const cookie = refreshCookie(result.setCookie);
    expect(cookie).toBeTruthy();
    const refreshed = await t.gql<{ refreshSession: { user: { email: string } } }>(
      `mutation { refreshSession { user { email } } }`,
      {},
      { cookie },
    );
    expect(refreshed.data?.refreshSession.user.email).toBe('new.engineer@acme.test');
    // The second sign-in finds the same member.
    const again = await signInWithSso('new.engineer@acme.test');
    expect(again.data?.completeSsoSignIn.user.id).toBe(user.id);
  });

  it('a deactivated member cannot come back through the provider; reactivated, they can', async () => {
    const first = await signInWithSso('paused@acme.test');
    expect(first.errors).toBeUndefined();
    const userId = first.data!.completeSsoSignIn.user.id;
    const DEACTIVATE = `mutation($userId: ID!) { deactivateMember(userId: $userId) { status } }`;
    const REACTIVATE = `mutation($userId: ID!) { reactivateMember(userId: $userId) { status } }`;
    expect((await t.gql(DEACTIVATE, { userId }, { token: acme.token })).errors).toBeUndefined();
    const refused = await signInWithSso('paused@acme.test');
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0].message).toContain('deactivated');
    expect(refused.data?.completeSsoSignIn ?? null).toBeNull();
    expect((await t.gql(REACTIVATE, { userId }, { token: acme.token })).errors).toBeUndefined();
    const back = await signInWithSso('paused@acme.test');
    expect(back.errors).toBeUndefined();
    expect(back.data!.completeSsoSignIn.user.id).toBe(userId);
  });

  it('maps the role claim to roles, and finds the company by its SSO name too', async () => {
    await control('/__test/accounts', {
      email: 'fin@acme-labs.test',
      claims: { groups: ['finance-team', 'x'] },
    });
    const { query, binding } = await authorize('fin@acme-labs.test', 'acme');
    const result = await complete(query, binding);
    expect(result.errors).toBeUndefined();
    expect(result.data!.completeSsoSignIn.user.roles).toEqual(['FINANCE']);
    const unknown = await t.gql(START, { input: { identifier: 'someone@nowhere.test' } });
    expect(unknown.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(unknown.errors?.[0].extensions.fields?.[0].field).toBe('identifier');
  });

  it('refuses a replayed state: a callback is accepted once', async () => {
    const { query, binding } = await authorize('replay@acme.test');
    const first = await complete(query, binding);
    expect(first.errors).toBeUndefined();
    const replay = await complete(query, binding);
    expect(replay.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(replay.data).toBeNull();
  });

  it('refuses a callback whose state is not the one this browser started with', async () => {
    const { query, binding } = await authorize('state@acme.test');
    const params = new URLSearchParams(query);
    params.set('state', 'forged-state-value');
    const forged = await complete(`?${params}`, binding);
    expect(forged.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(forged.errors?.[0].message).toMatch(/state/i);
    // Without the binding cookie of the browser that started it, a real callback is refused too.
    const other = await authorize('state@acme.test');
    const stolen = await complete(other.query, 'tokenroll_sso=');
    expect(stolen.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const users = await t.adminQuery(`select 1 from users where email = 'state@acme.test'`);
    expect(users).toHaveLength(0);
  });

  it.each([
    ['a wrong audience', () => ({ aud: 'some-other-client' }), /aud/],
    [
      'an expired ID token',
      () => ({ exp: Math.floor(Date.now() / 1000) - 3600, iat: Math.floor(Date.now() / 1000) - 7200 }),
      /exp/,
    ],
    ['another nonce', () => ({ nonce: 'nonce-of-another-sign-in' }), /nonce/],
    ['another issuer', () => ({ iss: 'http://127.0.0.1:1' }), /iss/],
    ['a signature by a key the provider never published', () => ({ foreignKey: true }), /signature|verif/i],
  ])('refuses an ID token with %s', async (_name, tamper, reason) => {
    const email = `tampered.${Math.random().toString(36).slice(2)}@acme.test`;
    const result = await signInWithSso(email, tamper());
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(result.errors?.[0].message).toMatch(reason);
    expect(await t.adminQuery(`select 1 from users where email = $1`, [email])).toHaveLength(0);
  });

  it('refuses an email outside the allowed domains and an unverified email; nobody joins', async () => {
    const outside = await signInWithSso('mallory@elsewhere.test');
    expect(outside.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'DOMAIN_NOT_ALLOWED' });
    const lookalike = await signInWithSso('mallory@evil.acme.test');
    expect(lookalike.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'DOMAIN_NOT_ALLOWED',
    });
    const unverified = await signInWithSso('unverified.bob@acme.test');
    expect(unverified.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'EMAIL_NOT_VERIFIED',
    });
    const users = await t.adminQuery(
      `select email from users where email in ('mallory@elsewhere.test', 'mallory@evil.acme.test', 'unverified.bob@acme.test')`,
    );
    expect(users).toEqual([]);
  });

  it('SSO required turns password sign-in off for members; ADMIN keeps it (break-glass); the change is audited', async () => {
    const member = await addMember(t, acme, 'pat@acme.test', ['ENGINEER']);
    const before = await t.gql(LOGIN, { input: { email: member.email, password: TEST_PASSWORD } });
    expect(before.errors).toBeUndefined();
    const saved = await t.gql(
      SAVE,
      { input: connection({ ssoRequired: true, clientSecret: null }) },
      { token: acme.token },
    );
    expect(saved.errors).toBeUndefined();
    const refused = await t.gql(LOGIN, { input: { email: member.email, password: TEST_PASSWORD } });
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0].message).toMatch(/single sign-on/);
    const admin = await t.gql(LOGIN, { input: { email: 'admin@acme.test', password: TEST_PASSWORD } });
    expect(admin.errors).toBeUndefined();
    // The member still gets in through the provider.
    const sso = await signInWithSso('pat@acme.test');
    expect(sso.data?.completeSsoSignIn.user.email).toBe('pat@acme.test');
    const audit = await t.adminQuery<{
      action: string;
      after: { ssoRequired: boolean; clientSecretChanged: boolean };
    }>(`select action, after from audit_entries where entity_type = 'sso_connection' order by created_at`);
    expect(audit.at(-1)).toMatchObject({
      action: 'SSO_CONNECTION_UPDATED',
      after: { ssoRequired: true, clientSecretChanged: false },
    });
  });

  it('only an ADMIN sees or changes the connection', async () => {
    const member = await addMember(t, acme, 'eve@acme.test', ['FINANCE']);
    const read = await t.gql(`{ ssoSettings { redirectUri } }`, {}, { token: member.token });
    expect(read.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const write = await t.gql(SAVE, { input: connection() }, { token: member.token });
    expect(write.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
