import { addDays, IsoDate } from '@tokenroll/domain';
import { Clock } from '../clock/business-clock';
import { fundedEngineer, FundedEngineer, machine, teamWithPool } from '../test/metering-fixtures';
import { signUp, SignedUp, startTestApp, TestApp } from '../test/test-app';

const USD = 1_000_000n;
const TEAM_BURN = `query B($teamId: ID!) { teamBurn(teamId: $teamId) { asOf engineers { rows { engineerId spentMicros burn30Micros } } } }`;
/** The real clock: these tests set the business date apart from it on purpose. */
const real = new Clock(undefined);

/**
 * Team burn keeps its closed part (the window's days before the business date, the months before its month)
 * between requests, judged by the business date — a pinned clock or the company's time zone — not by the
 * database's UTC day, and reads it again when late data lands.
 */
describe('the closed part of team burn, by the business date', () => {
  const scenario = async (
    env: Record<string, string>,
    setUp?: (t: TestApp, acme: SignedUp) => Promise<void>,
  ) => {
    const t = await startTestApp(env);
    try {
      const acme = await signUp(t, 'Acme', 'admin@acme.test');
      await setUp?.(t, acme);
      const team = await teamWithPool(t, acme, { name: 'Platform', poolMicros: 0n, overflow: false });
      const ann: FundedEngineer = await fundedEngineer(t, acme, {
        email: 'ann@acme.test',
        allowanceMicros: 5000n * USD,
        teamId: team.id,
      });
      const burnOf = async () => {
        const answer = await t.gql<{
          teamBurn: { asOf: IsoDate; engineers: { rows: { spentMicros: string; burn30Micros: string }[] } };
        }>(TEAM_BURN, { teamId: team.id }, { token: acme.token });
        expect(answer.errors).toBeUndefined();
        return { asOf: answer.data!.teamBurn.asOf, ...answer.data!.teamBurn.engineers.rows[0] };
      };
      const post = async (occurredAt: string, key: string) => {
        const answer = await machine<{ results: { status: string }[] }>(t, ann.key, 'POST', '/v1/usage', {
          events: [
            {
              provider: 'anthropic',
              model: 'claude-sonnet-4-6',
              inputTokens: 10_000_000, // $30
              outputTokens: 0,
              source: 'cli',
              occurredAt,
              idempotencyKey: key,
            },
          ],
        });
        expect(answer.body.results[0].status).toBe('accepted');
      };
      const on = (await burnOf()).asOf;
      for (let back = 1; back <= 10; back++) await post(`${addDays(on, -back)}T12:00:00Z`, `day-${back}`);
      const first = await burnOf();
      expect(BigInt(first.burn30Micros)).toBeGreaterThan(0n);

      // Behind the log's back (the rollup itself, no trigger): a kept closed part does not see it.
      await t.adminQuery(
        `update usage_engineer_days set cost_micros = cost_micros + $3 where engineer_id = $1 and day = $2`,
        [ann.id, addDays(on, -3), (300n * USD).toString()],
      );
      const kept = await burnOf();
      expect(kept.burn30Micros).toBe(first.burn30Micros);

      // Late usage of a closed day is logged: the closed part is read again, the hidden change with it.
      await post(`${addDays(on, -5)}T12:00:00Z`, 'late');
      const reread = await burnOf();
      expect(BigInt(reread.burn30Micros)).toBeGreaterThan(BigInt(first.burn30Micros) + (300n * USD) / 30n);
      return { t, on, burnOf, post, ann };
    } catch (error) {
      await t.close();
      throw error;
    }
  };

  it('a business clock pinned behind the real day keeps the closed part; the business day’s own usage does not throw it away', async () => {
    const pinned = addDays(real.today(), -2);
    const { t, on, burnOf, post } = await scenario({ BUSINESS_DATE: pinned });
    try {
      expect(on).toBe(pinned);
      const before = await burnOf();
      // Hidden again, then usage of the business day itself (a day the database clock calls closed).
      await t.adminQuery(`update usage_engineer_days set cost_micros = cost_micros + $2 where day = $1`, [
        addDays(on, -2),
        (600n * USD).toString(),
      ]);
      const now = new Date(Date.parse(`${on}T00:00:00Z`) + (Date.now() % 86_400_000) - 1000);
      await post(now.toISOString(), 'today');
      const after = await burnOf();
      expect(BigInt(after.spentMicros) - BigInt(before.spentMicros)).toBe(30n * USD);
      expect(after.burn30Micros).toBe(before.burn30Micros);
    } finally {
      await t.close();
    }
  }, 60_000);

  it('a company whose day is not the UTC day keeps the closed part too', async () => {
    // A zone whose date differs from UTC's right now: UTC+14 from 10:00 UTC, UTC−12 before 12:00 UTC.
    const zone = real.now().getUTCHours() >= 11 ? 'Etc/GMT-14' : 'Etc/GMT+12';
    const { t, on } = await scenario({ BUSINESS_DATE: '' }, async (app, acme) => {
      await app.adminQuery(`update companies set time_zone = $2 where id = $1`, [acme.companyId, zone]);
    });
    try {
      expect(on).not.toBe(real.today());
    } finally {
      await t.close();
    }
  }, 60_000);
});
