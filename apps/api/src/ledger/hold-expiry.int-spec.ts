import { fundedEngineer, machine, teamWithPool } from '../test/metering-fixtures';
import { signUp, SignedUp, startTestApp, TestApp } from '../test/test-app';

const USD = 1_000_000n;

interface HoldAnswer {
  id: string;
  status: string;
  held: string;
  fromTeamPool: string;
  cost?: string;
}

/**
 * Hold expiry is a job of the one pg-boss runner (ledger/holds.jobs.ts, queue `holds.expire`): a pending hold
 * past its TTL is expired and what it reserved, on the allowance and on the team pool, is released.
 */
describe('hold expiry runs as a job: expired holds are released', () => {
  let t: TestApp;
  let acme: SignedUp;

  const account = async (id: string) => {
    const [row] = await t.adminQuery<{ balance: string; held: string }>(
      `select balance_micros::text as balance, held_micros::text as held from ledger_accounts where id = $1`,
      [id],
    );
    return { balance: BigInt(row.balance), held: BigInt(row.held) };
  };
  const status = async (id: string) =>
    (await t.adminQuery<{ status: string }>(`select status from holds where id = $1`, [id]))[0].status;
  let sequence = 0;
  const authorize = (key: string, ttlSeconds: number) =>
    machine<HoldAnswer>(t, key, 'POST', '/v1/authorizations', {
      provider: 'anthropic',
      model: 'claude-sonnet-4-6', // $3 in, $15 out per 1M tokens: 4.50 for this estimate
      estimatedInputTokens: 1_000_000,
      maxOutputTokens: 100_000,
      requestId: `expiry-${++sequence}`,
      ttlSeconds,
    });

  beforeAll(async () => {
    t = await startTestApp({ JOBS_ENABLED: 'true', HOLD_SWEEP_SECONDS: '1' });
    acme = await signUp(t, 'Acme', 'admin@acme.test');
  });

  afterAll(async () => {
    await t?.close();
  });

  // Jobs run in this app, the accrual job included: engineers without pay keep exactly their fixture grant
  // (seen at 2026-12-31: a catch-up run granted gus a year's allowance mid-test, so nothing came from the pool).
  it('releases a hold past its TTL (allowance and pool parts) by the job, leaves a live one, and a settle after expiry still records the usage', async () => {
    const team = await teamWithPool(t, acme, { name: 'Pool', poolMicros: 10n * USD, overflow: true });
    const gus = await fundedEngineer(t, acme, {
      email: 'gus@acme.test',
      allowanceMicros: 1n * USD,
      enforcement: 'HARD',
      teamId: team.id,
      paid: false,
    });
    const ivy = await fundedEngineer(t, acme, {
      email: 'ivy@acme.test',
      allowanceMicros: 10n * USD,
      enforcement: 'HARD',
      paid: false,
    });
    const short = await authorize(gus.key, 1);
    const live = await authorize(ivy.key, 600);
    expect([short.status, live.status]).toEqual([201, 201]);
    expect(short.body).toMatchObject({ held: '4.500000', fromTeamPool: '3.500000' });
    expect((await account(gus.allowanceAccountId)).held).toBe(1n * USD);
    expect((await account(team.poolAccountId)).held).toBe(3_500_000n);

    const deadline = Date.now() + 30_000;
    while ((await status(short.body.id)) === 'HELD' && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await status(short.body.id)).toBe('EXPIRED');
    expect((await account(gus.allowanceAccountId)).held).toBe(0n);
    expect(await account(team.poolAccountId)).toEqual({ balance: 10n * USD, held: 0n });
    // The hold within its TTL stays pending with its reservation.
    expect(await status(live.body.id)).toBe('HELD');
    expect((await account(ivy.allowanceAccountId)).held).toBe(4_500_000n);
    // Released by the runner's job, not by a timer of the instance.
    const [jobs] = await t.adminQuery<{ n: number }>(
      `select count(*)::int as n from pgboss.job where name = 'holds.expire' and state = 'completed'`,
    );
    expect(jobs.n).toBeGreaterThan(0);

    // The usage happened: a settle after expiry charges it (nothing is released twice).
    const settled = await machine<HoldAnswer>(
      t,
      gus.key,
      'POST',
      `/v1/authorizations/${short.body.id}/settle`,
      {
        inputTokens: 100_000,
        outputTokens: 0,
      },
    );
    expect(settled.body).toMatchObject({ status: 'SETTLED', cost: '0.300000' });
    expect((await account(gus.allowanceAccountId)).held).toBe(0n);
    expect((await account(team.poolAccountId)).held).toBe(0n);
  }, 60_000);
});
