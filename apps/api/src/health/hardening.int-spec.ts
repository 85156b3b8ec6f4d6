import { signUp, startTestApp, TestApp } from '../test/test-app';

const METRICS_TOKEN = 'metrics-token-0123456789abcdef';

/** Issue 13, low: security headers on every answer, /metrics behind a token, the refresh cookie Secure. */
describe('hardening: security headers, private metrics, Secure refresh cookie', () => {
  let t: TestApp;

  beforeAll(async () => {
    // A public URL that is not this machine: not local development, so the refresh cookie is Secure.
    t = await startTestApp({ METRICS_TOKEN, PUBLIC_URL: 'http://tokenroll.internal.test' });
  });

  afterAll(() => t?.close());

  it.each(['/healthz', '/graphql', '/v1/me', '/docs', '/v1/openapi.json'])(
    '%s carries CSP (no framing), nosniff, a Referrer-Policy, X-Frame-Options; no HSTS over http',
    async (path) => {
      const response = await fetch(`${t.url}${path}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe/);
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('strict-transport-security')).toBeNull();
    },
  );

  it('/metrics answers only with the bearer token', async () => {
    expect((await fetch(`${t.url}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${t.url}/metrics`, { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    const right = await fetch(`${t.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(right.status).toBe(200);
    expect(await right.text()).toMatch(/^# TYPE tokenroll_process_cpu_seconds_total counter$/m);
  });

  it.each(['Summer2026!!', 'qwertyuiop12', 'abcdeabcdeab'])(
    'refuses the guessable password %j at sign-up, naming the field',
    async (password) => {
      const result = await t.gql(`mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }`, {
        input: { companyName: 'Weak Co', name: 'Walt', email: `walt-${password.length}@weak.test`, password },
      });
      expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions.fields).toEqual([
        { field: 'password', message: expect.stringMatching(/^is too easy to guess/) },
      ]);
    },
  );

  it('/docs and /v1/openapi.json stay public', async () => {
    expect((await fetch(`${t.url}/docs`)).status).toBe(200);
    expect((await fetch(`${t.url}/v1/openapi.json`)).status).toBe(200);
  });

  it('the refresh cookie is HttpOnly, SameSite=Strict and Secure outside local development', async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }`,
        variables: {
          input: {
            companyName: 'Cookie Co',
            name: 'Cora',
            email: 'cora@cookie.test',
            password: 'correct horse battery staple',
          },
        },
      }),
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    t.secrets.remember('a refresh token', /tokenroll_refresh=([^;]*)/.exec(cookie)?.[1]);
    expect(cookie).toMatch(/^tokenroll_refresh=/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(await signUp(t, 'Other Co', 'admin@other-cookie.test')).toBeTruthy();
  });
});
