import { addMonths, startOfMonth } from '@tokenroll/domain';
import { testDay, testInstant, testToday } from '../test/business-date';
import { fundedEngineer, FundedEngineer, machine, teamWithPool } from '../test/metering-fixtures';
import { addMember, signUp, SignedUp, startTestApp, TestApp } from '../test/test-app';

const USD = 1_000_000n;
/** $3 per 1M input tokens: 10M input tokens cost $30. */
const THIRTY_DOLLARS = {
  provider: 'anthropic',
  model: 'claude-sonnet-4-6',
  inputTokens: 10_000_000,
  outputTokens: 0,
};
const ROW = `engineerId burn7Micros burn30Micros historyDays runsOutOn earliest latest confidence horizon`;
const TEAM_BURN = `query B($teamId: ID!) { teamBurn(teamId: $teamId) { engineers { rows { ${ROW} } } } }`;
const MY_BURN = `query { myBurn { ${ROW} } }`;

interface Row {
  engineerId: string;
  burn7Micros: string;
  runsOutOn: string | null;
  horizon: string;
}

/**
 * One forecast: `GET /v1/budget` (and My budget, alerts), team burn and What my manager sees give the same
 * run-out date for the same engineer on the same day, fed the real accrual schedule and whole days of spend.
 */
describe('one forecast on every surface', () => {
  let t: TestApp;
  let acme: SignedUp;
  let team: { id: string };
  const today = testToday();
  /** Noon of a day before today (never in the future). */
  const noon = (day: string) => `${day}T12:00:00Z`;

  const engineer = async (
    email: string,
    allowanceMicros: bigint,
  ): Promise<{ user: SignedUp; funded: FundedEngineer }> => {
    const user = await addMember(t, acme, email, ['ENGINEER']);
    const funded = await fundedEngineer(t, acme, { email, allowanceMicros, teamId: team.id });
    // $2,400 a year: a $1,200 allowance at the default 50%, $100 a month.
    await t.adminQuery(`update base_pay set annual_micros = 2400000000 where engineer_id = $1`, [funded.id]);
    return { user, funded };
  };
  const spend = async (who: FundedEngineer, days: string[], prefix: string) => {
    const answer = await machine<{ results: { status: string }[] }>(t, who.key, 'POST', '/v1/usage', {
      events: days.map((day, i) => ({
        ...THIRTY_DOLLARS,
        source: 'cli',
        occurredAt: noon(day),
        idempotencyKey: `${prefix}-${i}`,
      })),
    });
    expect(answer.status).toBe(200);
    expect(answer.body.results.filter((result) => result.status !== 'accepted')).toEqual([]);
  };
  /** The run-out date of every surface for one engineer. */
  const surfaces = async (who: { user: SignedUp; funded: FundedEngineer }) => {
    const budget = await machine<{ runsOutOn: string | null }>(t, who.funded.key, 'GET', '/v1/budget');
    expect(budget.status).toBe(200);
    const burn = await t.gql<{ teamBurn: { engineers: { rows: Row[] } } }>(
      TEAM_BURN,
      { teamId: team.id },
      { token: acme.token },
    );
    expect(burn.errors).toBeUndefined();
    const row = burn.data!.teamBurn.engineers.rows.find((each) => each.engineerId === who.funded.id)!;
    const mine = await t.gql<{ myBurn: Row }>(MY_BURN, {}, { token: who.user.token });
    expect(mine.errors).toBeUndefined();
    return {
      budget: budget.body.runsOutOn,
      teamBurn: row.runsOutOn,
      myBurn: mine.data!.myBurn.runsOutOn,
      row,
    };
  };

  beforeAll(async () => {
    t = await startTestApp();
    acme = await signUp(t, 'Acme', 'admin@acme.test');
    team = await teamWithPool(t, acme, { name: 'Platform', poolMicros: 0n, overflow: false });
    // The fiscal year starts last month: today is in its second month, whatever the day, so the period has a
    // month of whole days behind today and ten monthly grants still to come.
    const month = Number(addMonths(startOfMonth(today), -1).slice(5, 7));
    await t.adminQuery(
      `insert into allowance_policy_versions (company_id, effective_from, basis_kind, ratio_bp, fiscal_year_start_month, accrual, rollover_kind)
       values ($1, '1970-01-01', 'RATIO', 5000, $2, 'MONTHLY', 'NONE')
       on conflict (company_id, effective_from) do update set fiscal_year_start_month = excluded.fiscal_year_start_month`,
      [acme.companyId, month],
    );
  });

  afterAll(async () => {
    await t.close();
  });

  it('a raise from next month: every surface sees it (team burn gave a date, My budget "never")', async () => {
    const raised = await engineer('raised@acme.test', 1500n * USD);
    // $30 on each of the last ten days; $1,200 left: with $100 a month it runs out within the period.
    await spend(
      raised.funded,
      Array.from({ length: 10 }, (_, i) => testDay(-1 - i)),
      'raised',
    );
    const before = await surfaces(raised);
    expect(before.budget).not.toBeNull();
    expect(before.teamBurn).toBe(before.budget);
    expect(before.myBurn).toBe(before.budget);

    // A raise to $2.4M a year from the first of next month: $100,000 a month from then on.
    await t.adminQuery(
      `insert into base_pay (company_id, id, engineer_id, effective_from, annual_micros, currency)
       values ($1, gen_random_uuid(), $2, $3, 2400000000000, 'USD')`,
      [acme.companyId, raised.funded.id, addMonths(startOfMonth(today), 1)],
    );
    const after = await surfaces(raised);
    expect(after).toMatchObject({ budget: null, teamBurn: null, myBurn: null });
  });

  it('a leaver: nothing is forecast past the end date on any surface (My budget gave a date, team burn "never")', async () => {
    const leaver = await engineer('leaver@acme.test', 600n * USD);
    // $30 a day over the last ten whole days; $300 left lasts ten more days, past the end date in five.
    await spend(
      leaver.funded,
      Array.from({ length: 10 }, (_, i) => testDay(-1 - i)),
      'leaver',
    );
    const staying = await surfaces(leaver);
    expect(staying.budget).not.toBeNull();
    expect(staying.teamBurn).toBe(staying.budget);

    await t.adminQuery(`update engineers set end_date = $2 where id = $1`, [leaver.funded.id, testDay(5)]);
    const leaving = await surfaces(leaver);
    expect(leaving.row.horizon).toBe(testDay(5));
    expect(leaving).toMatchObject({ budget: null, teamBurn: null, myBurn: null });
  });

  it("the burn rate is of whole days: today's partial spend does not pull the 7-day rate down", async () => {
    const alice = await engineer('alice@acme.test', 2000n * USD);
    await spend(
      alice.funded,
      Array.from({ length: 7 }, (_, i) => testDay(-1 - i)),
      'alice',
    );
    // A little so far today (a second before now, on the business clock).
    const answer = await machine<{ results: { status: string }[] }>(
      t,
      alice.funded.key,
      'POST',
      '/v1/usage',
      {
        events: [
          {
            provider: 'anthropic',
            model: 'claude-sonnet-4-6',
            inputTokens: 1_000_000,
            outputTokens: 0,
            source: 'cli',
            occurredAt: testInstant(-1000),
            idempotencyKey: 'alice-today',
          },
        ],
      },
    );
    expect(answer.body.results[0].status).toBe('accepted');
    const { row } = await surfaces(alice);
    expect(row.burn7Micros).toBe((30n * USD).toString());
  });
});
