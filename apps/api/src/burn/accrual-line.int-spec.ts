import { startOfMonth } from '@tokenroll/domain';
import { testToday } from '../test/business-date';
import { addMember, signUp, SignedUp, startTestApp, TestApp } from '../test/test-app';

const CREATE_TEAM = `mutation($input: CreateTeamInput!) { createTeam(input: $input) { id } }`;
const CREATE_ENGINEER = `mutation($input: CreateEngineerInput!) { createEngineer(input: $input) { id } }`;
const RUN = `mutation { runAccruals { adjusted } }`;
const TEAM_BURN = `query B($teamId: ID!) { teamBurn(teamId: $teamId) {
  summary { accruedMicros }
  engineers { rows { engineerId accruedMicros } }
  points { date accruedMicros } } }`;

interface Burn {
  summary: { accruedMicros: string };
  engineers: { rows: { engineerId: string; accruedMicros: string }[] };
  points: { date: string; accruedMicros: string }[];
}

/**
 * Team burn's accrual line and each engineer's accrued amount count what the ledger granted them: the
 * monthly grants and the true-up adjustments of a change recorded after a month was granted (a raise adds,
 * a cut claws back). Before, only GRANT entries counted: a raise's true-up never reached the line.
 */
describe('team burn: the accrual line counts true-ups', () => {
  let t: TestApp;
  let admin: SignedUp;
  let hr: SignedUp;
  let teamId: string;
  const today = testToday();
  const firstOfMonth = startOfMonth(today);

  beforeAll(async () => {
    t = await startTestApp({ JOBS_ENABLED: 'false' });
    admin = await signUp(t, 'Line Inc', 'admin@line.test');
    hr = await addMember(t, admin, 'hr@line.test', ['HR']);
    const team = await t.gql<{ createTeam: { id: string } }>(
      CREATE_TEAM,
      { input: { name: 'Core', costCentre: 'CC-1' } },
      { token: hr.token },
    );
    teamId = team.data!.createTeam.id;
  });

  afterAll(() => t.close());

  const burn = async (): Promise<Burn> => {
    const answer = await t.gql<{ teamBurn: Burn }>(TEAM_BURN, { teamId }, { token: admin.token });
    expect(answer.errors).toBeUndefined();
    return answer.data!.teamBurn;
  };
  /**
   * The pay of the month corrected to `annualPay` (the line hired with: a change dated the first of this
   * month), then the accrual run trues up the month already granted.
   */
  const repay = async (engineerId: string, annualPay: bigint) => {
    await t.adminQuery(`update base_pay set annual_micros = $2 where engineer_id = $1`, [
      engineerId,
      (annualPay * 1_000_000n).toString(),
    ]);
    const run = await t.gql<{ runAccruals: { adjusted: number } }>(RUN, {}, { token: admin.token });
    expect(run.errors).toBeUndefined();
    expect(run.data!.runAccruals.adjusted).toBeGreaterThanOrEqual(1);
  };
  /** What the engineer's row, the summary and the line's last point (today) say was accrued. */
  const accrued = async (engineerId: string) => {
    const now = await burn();
    return {
      row: now.engineers.rows.find((row) => row.engineerId === engineerId)?.accruedMicros,
      summary: now.summary.accruedMicros,
      line: now.points.at(-1)?.accruedMicros,
      lineEndsToday: now.points.at(-1)?.date === today,
    };
  };

  it("a raise's true-up adds to the line, a cut's claw-back takes from it, on the day it is recorded", async () => {
    const created = await t.gql<{ createEngineer: { id: string } }>(
      CREATE_ENGINEER,
      {
        input: {
          name: 'Rae',
          email: 'rae@line.test',
          teamId,
          startDate: firstOfMonth,
          annualPay: '120000',
          currency: 'USD',
        },
      },
      { token: hr.token },
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createEngineer.id;
    // $120k of pay at the default 50%: $5,000 granted for this month.
    expect(await accrued(id)).toEqual({
      row: '5000000000',
      summary: '5000000000',
      line: '5000000000',
      lineEndsToday: true,
    });

    // The pay is $180k from the first of this month, recorded today: +$2,500 (an ADJUSTMENT).
    await repay(id, 180_000n);
    const [adjustment] = await t.adminQuery<{ n: number }>(
      `select count(*)::int as n from ledger_entries where kind = 'ADJUSTMENT' and reference like $1`,
      [`accrual-adjust:${id}:%`],
    );
    expect(adjustment.n).toBe(1);
    expect(await accrued(id)).toEqual({
      row: '7500000000',
      summary: '7500000000',
      line: '7500000000',
      lineEndsToday: true,
    });

    // Then $60k from the same day: the rule says $2,500 now, so $5,000 is clawed back.
    await repay(id, 60_000n);
    expect(await accrued(id)).toEqual({
      row: '2500000000',
      summary: '2500000000',
      line: '2500000000',
      lineEndsToday: true,
    });
  });
});
