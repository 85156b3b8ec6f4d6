import { fundedEngineer, machine } from '../test/metering-fixtures';
import { signUp, SignedUp, startTestApp, TestApp } from '../test/test-app';

const LIMITS = {
  RATE_LIMIT_PER_KEY: '10',
  RATE_LIMIT_PER_COMPANY: '15',
  RATE_LIMIT_WINDOW_SECONDS: '120',
};

const keyIdOf = (key: string) => key.split('.')[1];

/**
 * Machine rate limits over HTTP, with two API instances on one database: per API key and per company,
 * 429 with Retry-After, counted in PostgreSQL so both instances share the counts.
 */
describe('machine rate limits: per key and per company, shared by instances', () => {
  let one: TestApp;
  let two: TestApp;
  let acme: SignedUp;
  let keyA: string;
  let keyB: string;
  let keyOther: string;
  let keyBusy: string;

  beforeAll(async () => {
    one = await startTestApp(LIMITS);
    two = await startTestApp(LIMITS, one.db);
    acme = await signUp(one, 'Acme', 'admin@acme.test');
    keyA = (await fundedEngineer(one, acme, { email: 'a@acme.test', allowanceMicros: 10_000_000n })).key;
    keyB = (await fundedEngineer(one, acme, { email: 'b@acme.test', allowanceMicros: 10_000_000n })).key;
    const other = await signUp(one, 'Other', 'admin@other.test');
    keyOther = (await fundedEngineer(one, other, { email: 'o@other.test', allowanceMicros: 10_000_000n }))
      .key;
    const busy = await signUp(one, 'Busy', 'admin@busy.test');
    keyBusy = (await fundedEngineer(one, busy, { email: 'x@busy.test', allowanceMicros: 10_000_000n })).key;
  }, 120_000);

  afterAll(async () => {
    await two?.close();
    await one?.close();
  });

  it('refuses a key over its limit with 429 + Retry-After on ingest, OTLP and authorization, counted across both instances', async () => {
    // Six requests through one instance and four through the other: the key's ten.
    for (let i = 0; i < 10; i++) {
      const t = i < 6 ? one : two;
      const answer =
        i % 2 === 0
          ? await machine(t, keyA, 'GET', '/v1/budget')
          : await machine(t, keyA, 'POST', '/v1/usage', { events: [] });
      expect([200, 422]).toContain(answer.status);
    }
    // The first instance has seen seven requests of the key only if it counts the other's too.
    const surfaces = [
      await machine(one, keyA, 'POST', '/v1/usage', { events: [] }),
      await machine(two, keyA, 'POST', '/v1/otlp/v1/metrics', {}),
      await machine(one, keyA, 'POST', '/v1/authorizations', {}),
      await machine(two, keyA, 'GET', '/v1/budget'),
    ];
    for (const answer of surfaces) {
      expect(answer.status).toBe(429);
      expect(answer.body).toMatchObject({
        type: 'https://tokenroll.dev/problems/too-many-requests',
        status: 429,
        limit: 'api-key',
      });
    }
    const raw = await fetch(`${two.url}/v1/budget`, { headers: { authorization: `Bearer ${keyA}` } });
    expect(raw.status).toBe(429);
    const retryAfter = Number(raw.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(120);
    // The shared counter, in the database both instances use.
    const [row] = await one.adminQuery<{ points: number }>(`select points from rate_limits where key = $1`, [
      `key:${keyIdOf(keyA)}`,
    ]);
    expect(row.points).toBeGreaterThan(10);
  });

  it('lets another key of the company through until the company limit, and other companies always', async () => {
    // The company has spent 10 of its 15 (refused requests of key A did not count for it).
    for (let i = 0; i < 5; i++) {
      const answer = await machine(i % 2 ? one : two, keyB, 'GET', '/v1/budget');
      expect(answer.status).toBe(200);
    }
    const over = await machine(one, keyB, 'GET', '/v1/budget');
    expect(over.status).toBe(429);
    expect(over.body).toMatchObject({ limit: 'company' });
    expect((over.body as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0);
    const elsewhere = await machine(two, keyOther, 'GET', '/v1/budget');
    expect(elsewhere.status).toBe(200);
  });

  it('lets exactly the limit through when 30 requests race on both instances', async () => {
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => machine(i % 2 ? one : two, keyBusy, 'GET', '/v1/budget')),
    );
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(10);
    expect(answers.filter((answer) => answer.status === 429)).toHaveLength(20);
  });
});
