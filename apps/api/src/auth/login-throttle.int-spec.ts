import { LOGIN, SIGN_UP, signUp, startTestApp, TEST_PASSWORD, TestApp } from '../test/test-app';

interface Answer {
  status: number;
  retryAfter: string | null;
  code: string | undefined;
  retryAfterSeconds: unknown;
}

/**
 * Sign-in and sign-up throttling over HTTP: attempts are counted before the password is checked, per
 * (email, address) with a growing delay, and a throttled answer is HTTP 429 with Retry-After.
 */
describe('sign-in and sign-up throttling', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({
      TRUST_PROXY: 'true',
      LOGIN_MAX_FAILURES_PER_EMAIL: '5',
      LOGIN_MAX_FAILURES_PER_IP: '1000',
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '12',
      LOGIN_LOCKOUT_SECONDS: '2',
      SIGNUP_MAX_PER_IP: '3',
    });
    await signUp(t, 'Victim Co', 'owner@victim.test');
  });

  afterAll(() => t.close());

  async function post(query: string, variables: Record<string, unknown>, ip: string): Promise<Answer> {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as {
      errors?: { extensions: { code: string; retryAfterSeconds?: unknown } }[];
    };
    return {
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      code: body.errors?.[0]?.extensions.code,
      retryAfterSeconds: body.errors?.[0]?.extensions.retryAfterSeconds,
    };
  }

  const login = (email: string, password: string, ip: string) =>
    post(LOGIN, { input: { email, password } }, ip);

  it('checks at most 5 of 20 parallel wrong passwords for one email; the rest get 429 + Retry-After', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        login('owner@victim.test', `wrong password number ${i}`, '198.51.100.1'),
      ),
    );
    const checked = answers.filter((answer) => answer.code === 'UNAUTHENTICATED');
    const refused = answers.filter((answer) => answer.code === 'TOO_MANY_REQUESTS');
    expect(checked).toHaveLength(5);
    expect(refused).toHaveLength(15);
    for (const answer of refused) {
      expect(answer.status).toBe(429);
      expect(Number(answer.retryAfter)).toBeGreaterThan(0);
      expect(answer.retryAfterSeconds).toBe(Number(answer.retryAfter));
    }
  });

  it('does not lock the account: its owner signs in from another address meanwhile', async () => {
    const owner = await login('owner@victim.test', TEST_PASSWORD, '203.0.113.99');
    expect(owner.code).toBeUndefined();
    expect(owner.status).toBe(200);
  });

  it('makes the delay grow each time the attempts run out again', async () => {
    const ip = '198.51.100.2';
    const email = 'nobody@victim.test';
    for (let i = 0; i < 5; i++)
      expect((await login(email, 'wrong wrong wrong', ip)).code).toBe('UNAUTHENTICATED');
    const first = await login(email, 'wrong wrong wrong', ip);
    expect(first.status).toBe(429);
    expect(first.retryAfter).toBe('2');
    await new Promise((resolve) => setTimeout(resolve, 2_200));
    for (let i = 0; i < 5; i++)
      expect((await login(email, 'wrong wrong wrong', ip)).code).toBe('UNAUTHENTICATED');
    const second = await login(email, 'wrong wrong wrong', ip);
    expect(second.status).toBe(429);
    expect(second.retryAfter).toBe('4');
  }, 30_000);

  it('limits guesses at one email across addresses too', async () => {
    const email = 'distributed@victim.test';
    for (let i = 0; i < 12; i++)
      expect((await login(email, 'wrong wrong wrong', `192.0.2.${i + 1}`)).code).toBe('UNAUTHENTICATED');
    const thirteenth = await login(email, 'wrong wrong wrong', '192.0.2.200');
    expect(thirteenth.status).toBe(429);
  });

  it('throttles sign-up per address: 3 of 20 parallel sign-ups create a company', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        post(
          SIGN_UP,
          {
            input: {
              companyName: `Spam ${i}`,
              name: 'Spammer',
              email: `spam${i}@spam.test`,
              password: TEST_PASSWORD,
            },
          },
          '198.51.100.3',
        ),
      ),
    );
    expect(answers.filter((answer) => answer.status === 200 && !answer.code)).toHaveLength(3);
    const refused = answers.filter((answer) => answer.code === 'TOO_MANY_REQUESTS');
    expect(refused).toHaveLength(17);
    for (const answer of refused) {
      expect(answer.status).toBe(429);
      expect(Number(answer.retryAfter)).toBeGreaterThan(0);
    }
    const companies = await t.adminQuery<{ n: string }>(
      `select count(*) as n from companies where name like 'Spam %'`,
    );
    expect(Number(companies[0].n)).toBe(3);
  });

  it('does not count a sign-up that created nothing', async () => {
    const ip = '198.51.100.4';
    for (let i = 0; i < 5; i++) {
      const weak = await post(
        SIGN_UP,
        { input: { companyName: 'Weak', name: 'Weak', email: `weak${i}@weak.test`, password: 'short' } },
        ip,
      );
      expect(weak.code).toBe('BAD_USER_INPUT');
    }
    const valid = await post(
      SIGN_UP,
      {
        input: { companyName: 'Strong', name: 'Strong', email: 'strong@weak.test', password: TEST_PASSWORD },
      },
      ip,
    );
    expect(valid.code).toBeUndefined();
  });
});
