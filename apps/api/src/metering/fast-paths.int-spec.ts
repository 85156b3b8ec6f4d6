import { Client } from 'pg';
import {
  createKey,
  FundedEngineer,
  fundedEngineer,
  ledgerReconciles,
  machine,
  teamWithPool,
} from '../test/metering-fixtures';
import {
  createTestDatabase,
  dropTestDatabase,
  signUp,
  SignedUp,
  startTestApp,
  TestApp,
} from '../test/test-app';

/**
 * The metering fast paths (migration 1795550000000-MeteringFastPaths): authorization in one statement,
 * set-based ledger posting of usage batches, the lock order they share with settle (rollup rows, then the
 * allowance, then the pool, then spend), and the short trust of a verified API key.
 */

const MODEL = { provider: 'anthropic', model: 'claude-sonnet-4-6' };
const MODELS = [
  ['anthropic', 'claude-sonnet-4-6'],
  ['anthropic', 'claude-haiku-4-5'],
  ['openai', 'gpt-5-mini'],
];

function adminUrl(database: string): string {
  const url = new URL(process.env.TEST_ADMIN_DATABASE_URL ?? '');
  url.pathname = `/${database}`;
  return url.toString();
}

async function adminSql(database: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl(database) });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describe('metering fast paths', () => {
  let a: TestApp;
  let b: TestApp;
  let admin: SignedUp;
  let db: Awaited<ReturnType<typeof createTestDatabase>>;

  beforeAll(async () => {
    db = await createTestDatabase();
    // A lock cycle would be found (and one side killed with a 5xx) after 100 ms instead of 1 s.
    await adminSql(db.name, `alter database "${db.name}" set deadlock_timeout = '100ms'`);
    a = await startTestApp({}, db);
    b = await startTestApp({}, db);
    admin = await signUp(a, 'Fast paths', 'admin@fast.test');
  }, 60_000);

  afterAll(async () => {
    await b?.close();
    await a?.close();
    if (db) await dropTestDatabase(db.name);
  });

  const deadlockLines = () =>
    [a, b].flatMap((t) => t.output().split('\n')).filter((line) => line.includes('deadlock detected')).length;

  it('authorizes for a company key by email, refuses a wrong or unknown engineer, and replays a requestId', async () => {
    const one = await fundedEngineer(a, admin, {
      email: 'one@fast.test',
      allowanceMicros: 10_000_000n,
      enforcement: 'HARD',
    });
    const two = await fundedEngineer(a, admin, {
      email: 'two@fast.test',
      allowanceMicros: 10_000_000n,
      enforcement: 'HARD',
    });
    const company = await createKey(a, admin, { company: true, scopes: ['authorize'] });
    const body = { ...MODEL, estimatedInputTokens: 1000, maxOutputTokens: 1000, requestId: 'fast-1' };

    const byEmail = await machine(a, company, 'POST', '/v1/authorizations', {
      ...body,
      engineerEmail: 'ONE@fast.test',
    });
    expect(byEmail).toMatchObject({
      status: 201,
      body: { status: 'HELD', held: '0.018000', currency: 'USD' },
    });
    expect(byEmail.body.available).toBe('9.982000');
    // The same requestId again: the same hold, nothing more reserved (from the other instance too).
    const replay = await machine(b, one.key, 'POST', '/v1/authorizations', body);
    expect(replay).toMatchObject({ status: 201, body: { id: byEmail.body.id, available: '9.982000' } });
    // Another engineer cannot take it over.
    const taken = await machine(a, two.key, 'POST', '/v1/authorizations', body);
    expect(taken.status).toBe(409);

    const wrongEmail = await machine(a, one.key, 'POST', '/v1/authorizations', {
      ...body,
      requestId: 'fast-2',
      engineerEmail: 'two@fast.test',
    });
    expect(wrongEmail.status).toBe(403);
    const unknown = await machine(a, company, 'POST', '/v1/authorizations', {
      ...body,
      requestId: 'fast-3',
      engineerEmail: 'nobody@fast.test',
    });
    expect(unknown.status).toBe(404);
    const noEmail = await machine(a, company, 'POST', '/v1/authorizations', { ...body, requestId: 'fast-4' });
    expect(noEmail.status).toBe(422);

    // A refusal leaves nothing behind: no hold row, nothing reserved.
    const tooMuch = await machine(a, two.key, 'POST', '/v1/authorizations', {
      ...MODEL,
      estimatedInputTokens: 1_000_000,
      maxOutputTokens: 1_000_000,
      requestId: 'fast-5',
    });
    expect(tooMuch).toMatchObject({ status: 402, body: { budget: 'allowance', remaining: '10.000000' } });
    const rows = await a.adminQuery<{ n: number; held: string }>(
      `select (select count(*)::int from holds where request_id in ('fast-2', 'fast-3', 'fast-4', 'fast-5')) as n,
              (select held_micros::text from ledger_accounts where id = $1) as held`,
      [two.allowanceAccountId],
    );
    expect(rows[0]).toEqual({ n: 0, held: '0' });
  });

  it('holds across the allowance and the team pool in one statement, and settles each part from its account', async () => {
    const team = await teamWithPool(a, admin, { name: 'Fast pool', poolMicros: 1_000_000n, overflow: true });
    const engineer = await fundedEngineer(a, admin, {
      email: 'pooled@fast.test',
      allowanceMicros: 10_000n,
      enforcement: 'HARD',
      teamId: team.id,
    });
    // 1000 × 3 + 1000 × 15 = 18,000 micro-USD: 10,000 from the allowance, 8,000 from the pool.
    const held = await machine(a, engineer.key, 'POST', '/v1/authorizations', {
      ...MODEL,
      estimatedInputTokens: 1000,
      maxOutputTokens: 1000,
      requestId: 'pooled-1',
    });
    expect(held).toMatchObject({
      status: 201,
      body: { held: '0.018000', fromTeamPool: '0.008000', available: '0.992000' },
    });
    const settled = await machine(
      b,
      engineer.key,
      'POST',
      `/v1/authorizations/${String(held.body.id)}/settle`,
      { inputTokens: 1000, outputTokens: 1000 },
    );
    expect(settled).toMatchObject({ status: 200, body: { status: 'SETTLED', cost: '0.018000' } });
    const accounts = await a.adminQuery<{ id: string; balance: string; held: string }>(
      `select id, balance_micros::text as balance, held_micros::text as held from ledger_accounts where id = any($1)`,
      [[engineer.allowanceAccountId, team.poolAccountId]],
    );
    expect(Object.fromEntries(accounts.map((row) => [row.id, [row.balance, row.held]]))).toEqual({
      [engineer.allowanceAccountId]: ['0', '0'],
      [team.poolAccountId]: ['992000', '0'],
    });
    expect(await ledgerReconciles(a)).toEqual({ violations: 0, total: '0' });
  });

  it('concurrent usage batches, authorizations and settles on the same engineers on two instances: no deadlock, books exact', async () => {
    const engineers: FundedEngineer[] = [];
    for (let i = 0; i < 6; i++)
      engineers.push(
        await fundedEngineer(a, admin, {
          email: `busy${i}@fast.test`,
          allowanceMicros: 1_000_000_000n,
          enforcement: 'HARD',
        }),
      );
    const collector = await createKey(a, admin, { company: true, scopes: ['usage:write'] });
    // Each batch names the engineers in another order, over the same days, models and tools.
    const batch = (n: number) =>
      Array.from({ length: 120 }, (_, k) => {
        const engineer = engineers[(k * (n % 2 ? 5 : 1) + n) % engineers.length];
        const [provider, model] = MODELS[(k + n) % MODELS.length];
        return {
          engineerEmail: engineer.email,
          source: k % 2 ? 'cli' : 'ide',
          provider,
          model,
          inputTokens: 100 + k,
          outputTokens: 50 + n,
          occurredAt: new Date(Date.now() - ((k % 10) + 1) * 60_000).toISOString(),
          idempotencyKey: `batch-${n}-${k}`,
        };
      });
    const batches = Array.from({ length: 12 }, (_, n) =>
      machine<{ results: { status: string }[] }>(n % 2 ? b : a, collector, 'POST', '/v1/usage', {
        events: batch(n),
      }),
    );
    const holds = Array.from({ length: 36 }, async (_, i) => {
      const engineer = engineers[i % engineers.length];
      const t = i % 2 ? a : b;
      const held = await machine(t, engineer.key, 'POST', '/v1/authorizations', {
        ...MODEL,
        estimatedInputTokens: 1000,
        maxOutputTokens: 1000,
        requestId: `busy-${i}`,
      });
      if (held.status !== 201) return [held.status];
      const settled = await machine(
        t,
        engineer.key,
        'POST',
        `/v1/authorizations/${String(held.body.id)}/settle`,
        {
          inputTokens: 1000,
          outputTokens: 500,
        },
      );
      return [held.status, settled.status];
    });
    const [batchAnswers, holdAnswers] = await Promise.all([Promise.all(batches), Promise.all(holds)]);
    expect(batchAnswers.map((answer) => answer.status)).toEqual(batchAnswers.map(() => 200));
    expect(
      batchAnswers.flatMap((answer) => answer.body.results).filter((r) => r.status !== 'accepted'),
    ).toEqual([]);
    expect(holdAnswers).toEqual(holdAnswers.map(() => [201, 200]));
    expect(deadlockLines()).toBe(0);

    // Resent batches change nothing: every event is a duplicate, the ledger does not move.
    const entries = async () =>
      (await a.adminQuery<{ n: number }>(`select count(*)::int as n from ledger_entries`))[0].n;
    const before = await entries();
    const resent = await machine<{ results: { status: string }[] }>(b, collector, 'POST', '/v1/usage', {
      events: batch(3),
    });
    expect(resent.body.results.every((r) => r.status === 'duplicate')).toBe(true);

    const ids = engineers.map((engineer) => engineer.id);
    const [books] = await a.adminQuery<Record<string, string | number>>(
      `select (select count(*)::int from usage_events where engineer_id = any($1)) as events,
              (select coalesce(sum(cost_micros), 0)::text from usage_events where engineer_id = any($1)) as cost,
              (select coalesce(sum(events), 0)::int from usage_daily where engineer_id = any($1)) as daily_events,
              (select coalesce(sum(cost_micros), 0)::text from usage_daily where engineer_id = any($1)) as daily_cost,
              (select coalesce(sum(events), 0)::int from usage_engineer_days where engineer_id = any($1)) as day_events,
              (select coalesce(sum(e.amount_micros), 0)::text from ledger_entries e
                 join ledger_accounts s on s.id = e.to_account_id
                where s.kind = 'SPEND' and s.owner_id = any($1)) as charged,
              (select coalesce(sum(held_micros), 0)::text from ledger_accounts where owner_id = any($1)) as held`,
      [ids],
    );
    expect(books).toEqual({
      events: 12 * 120 + 36,
      cost: books.charged,
      daily_events: 12 * 120 + 36,
      daily_cost: books.cost,
      day_events: 12 * 120 + 36,
      charged: books.cost,
      held: '0',
    });
    expect(await ledgerReconciles(a)).toEqual({ violations: 0, total: '0' });
    expect(await entries()).toBe(before);
  });

  it('trusts a verified key for at most a few seconds after another instance revoked it', async () => {
    const engineer = await fundedEngineer(a, admin, {
      email: 'revoked@fast.test',
      allowanceMicros: 1_000_000n,
      enforcement: 'HARD',
    });
    const budget = () => machine(a, engineer.key, 'GET', '/v1/budget');
    expect((await budget()).status).toBe(200);
    // Revoked behind this instance's back (as another instance would): still trusted briefly, then not.
    await a.adminQuery(`update api_keys set revoked_at = now() where engineer_id = $1`, [engineer.id]);
    const started = Date.now();
    let status = 200;
    while (status === 200 && Date.now() - started < 15_000) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      status = (await budget()).status;
    }
    expect(status).toBe(401);
    expect(Date.now() - started).toBeLessThan(7_000);
    // The other instance never trusted it: refused at once.
    expect((await machine(b, engineer.key, 'GET', '/v1/budget')).status).toBe(401);
  });
});
