import { request } from 'node:http';
import {
  INVITE,
  LOGIN,
  SIGN_UP,
  signUp,
  SignedUp,
  startTestApp,
  TEST_PASSWORD,
  TestApp,
} from '../test/test-app';

/**
 * POSTs a body over the API's limit and reads the answer. The server answers 413 from the Content-Length
 * and may close the connection before the upload ends: the client's write then fails (EPIPE/ECONNRESET)
 * and the answer may be lost with it, so such a failure is tried again (at most three times) rather than
 * counted; any answer is returned as it came.
 */
async function postTooLarge(url: string, body: string): Promise<{ status: number; text: string }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await new Promise((resolve, reject) => {
        const outgoing = request(
          url,
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
          },
          (response) => {
            let text = '';
            response.setEncoding('utf8');
            response.on('data', (chunk: string) => (text += chunk));
            response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
            response.on('error', reject);
          },
        );
        outgoing.on('error', reject);
        outgoing.end(body);
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (attempt >= 3 || (code !== 'EPIPE' && code !== 'ECONNRESET')) throw error;
    }
  }
}

describe('bad input gets a clear error with a stable code and the field, never a 500, and nothing half-written', () => {
  let t: TestApp;
  let admin: SignedUp;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signUp(t, 'Hooli', 'gavin@hooli.test');
  });

  afterAll(() => t.close());

  async function companies(): Promise<number> {
    const [row] = await t.adminQuery<{ n: number }>('select count(*)::int as n from companies');
    return row.n;
  }

  const valid = {
    companyName: 'Pied Piper',
    name: 'Richard',
    email: 'richard@piedpiper.test',
    password: TEST_PASSWORD,
  };

  it.each([
    ['a weak password', { ...valid, password: 'short' }, 'password', /at least 12 characters/],
    ['a malformed email', { ...valid, email: 'not-an-email' }, 'email', /email address/],
    ['an empty company name', { ...valid, companyName: '' }, 'companyName', /required/],
    ['an over-long name', { ...valid, name: 'x'.repeat(201) }, 'name', /at most 200/],
    ['a NUL character', { ...valid, name: 'Rich\u0000ard' }, 'name', /NUL/],
    [
      'a lone surrogate (not Unicode)',
      { ...valid, companyName: 'Pied \uD800Piper' },
      'companyName',
      /not valid Unicode/,
    ],
    [
      'a password containing the email name',
      { ...valid, password: 'my richard password' },
      'password',
      /email name/,
    ],
  ])('sign-up with %s', async (_label, input, field, message) => {
    const before = await companies();
    const result = await t.gql(SIGN_UP, { input });
    expect(result.status).toBe(200);
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const fields = result.errors?.[0].extensions.fields ?? [];
    expect(fields.map((f) => f.field)).toContain(field);
    expect(fields.find((f) => f.field === field)?.message).toMatch(message);
    expect(await companies()).toBe(before);
  });

  it('a missing field names the field', async () => {
    const { password: _password, ...missing } = valid;
    const result = await t.gql(SIGN_UP, { input: missing });
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions.fields?.[0].field).toBe('password');
  });

  it('a field of the wrong type names the field', async () => {
    const result = await t.gql(SIGN_UP, { input: { ...valid, name: 42 } });
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions.fields?.[0].field).toBe('name');
  });

  it('a duplicate email is a CONFLICT on email, case-insensitively, and leaves no company behind', async () => {
    const before = await companies();
    const result = await t.gql(SIGN_UP, { input: { ...valid, email: 'GAVIN@hooli.test' } });
    expect(result.errors?.[0].extensions.code).toBe('CONFLICT');
    expect(result.errors?.[0].extensions.fields).toEqual([
      { field: 'email', message: 'is already registered' },
    ]);
    expect(await companies()).toBe(before);
  });

  it('an unknown role names the roles field', async () => {
    const result = await t.gql(
      INVITE,
      { input: { email: 'x@hooli.test', roles: ['BOSS'] } },
      { token: admin.token },
    );
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions.fields?.[0].field).toBe('roles');
  });

  it('a repeated or empty role list is refused', async () => {
    const repeated = await t.gql(
      INVITE,
      { input: { email: 'x@hooli.test', roles: ['HR', 'HR'] } },
      { token: admin.token },
    );
    expect(repeated.errors?.[0].extensions.fields).toEqual([
      { field: 'roles', message: 'must not repeat a role' },
    ]);
    const empty = await t.gql(
      INVITE,
      { input: { email: 'x@hooli.test', roles: [] } },
      { token: admin.token },
    );
    expect(empty.errors?.[0].extensions.fields).toEqual([
      { field: 'roles', message: 'must name at least one role' },
    ]);
  });

  it('bytes that are not UTF-8 are refused with the field name', async () => {
    const body = Buffer.concat([
      Buffer.from(
        `{"query":"mutation($i: SignUpInput!){ signUp(input: $i) { accessToken } }","variables":{"i":{"companyName":"Bad `,
      ),
      Buffer.from([0xc3, 0x28, 0xff]),
      Buffer.from(`","name":"N","email":"bytes@hooli.test","password":"${TEST_PASSWORD}"}}}`),
    ]);
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const json = (await response.json()) as {
      errors: { extensions: { code: string; fields: { field: string; message: string }[] } }[];
    };
    expect(json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(json.errors[0].extensions.fields).toEqual([
      { field: 'companyName', message: 'is not valid UTF-8' },
    ]);
  });

  it('malformed JSON and a malformed query are 4xx with a code, not a 500', async () => {
    const broken = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(broken.status).toBe(400);
    expect(await broken.text()).not.toMatch(/at .*\.js:\d+/);
    const syntax = await t.gql('mutation { signUp(input: { ', {});
    expect(syntax.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const unknownField = await t.gql('{ me { salary } }', {}, { token: admin.token });
    expect(unknownField.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('over-long login input is refused without touching the database', async () => {
    const result = await t.gql(LOGIN, {
      input: { email: `${'a'.repeat(400)}@hooli.test`, password: TEST_PASSWORD },
    });
    expect(['BAD_USER_INPUT', 'UNAUTHENTICATED']).toContain(result.errors?.[0].extensions.code);
  });

  it('REST errors are problem details without stack traces', async () => {
    const response = await fetch(`${t.url}/v1/me`, { headers: { authorization: 'Bearer not.a.jwt' } });
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const problem = (await response.json()) as Record<string, unknown>;
    expect(problem).toMatchObject({
      title: 'UNAUTHENTICATED',
      status: 401,
      type: 'https://tokenroll.dev/problems/unauthenticated',
    });
    expect(JSON.stringify(problem)).not.toMatch(/\.js:\d+|QueryFailedError|SELECT/i);
  });

  it('an over-large body (413) and an unsupported media type (415) are the caller’s fault, not internal errors', async () => {
    const big = await postTooLarge(
      `${t.url}/graphql`,
      JSON.stringify({ query: '{ me { email } }', padding: 'a'.repeat(3 * 1024 * 1024) }),
    );
    expect(big.status).toBe(413);
    expect(JSON.parse(big.text)).toMatchObject({ title: 'PAYLOAD_TOO_LARGE', status: 413 });
    const xml = await fetch(`${t.url}/v1/roster/import?mode=dry-run`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'application/xml' },
      body: '<roster/>',
    });
    expect(xml.status).toBe(415);
    expect(await xml.json()).toMatchObject({ title: 'BAD_USER_INPUT', status: 415 });
  });

  it('the server logged no unexpected error', () => {
    expect(t.output()).not.toMatch(/"level":50/);
  });
});

describe('every problem of one input comes back at once', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('sign-up with three bad fields names all three, the password included', async () => {
    const result = await t.gql(SIGN_UP, {
      input: { companyName: '', name: 'N', email: 'bad', password: 'short' },
    });
    expect(result.errors?.[0].extensions.fields?.map((f) => f.field).sort()).toEqual([
      'companyName',
      'email',
      'password',
    ]);
  });

  it('failed queries never put parameters (emails, password hashes) in the log', async () => {
    await signUp(t, 'Logged', 'dup@logged.test');
    const again = await t.gql(SIGN_UP, {
      input: { companyName: 'Again', name: 'N', email: 'dup@logged.test', password: TEST_PASSWORD },
    });
    expect(again.errors?.[0].extensions.code).toBe('CONFLICT');
    expect(t.output()).not.toMatch(/argon2id|dup@logged\.test/);
  });
});
