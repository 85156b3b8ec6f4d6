import {
  addDays,
  daysInMonth,
  fiscalYearContaining,
  parseIsoDate,
  startOfNextMonth,
} from '@tokenroll/domain';
import { testToday } from '../test/business-date';
import { addMember, signUp, SignedUp, startTestApp, TestApp } from '../test/test-app';

const today = testToday();

const CREATE_ENGINEER = `mutation($input: CreateEngineerInput!) { createEngineer(input: $input) { id } }`;
const ENFORCE = `mutation($id: ID!) { setEngineerBudgetEnforcement(engineerId: $id, enforcement: "HARD") { enforcement } }`;
const OFFER = `mutation($input: OfferInputDto!) { createOffer(input: $input) { id } }`;
const STATUS = `mutation($input: ChangeOfferStatusInput!) { changeOfferStatus(input: $input) { engineerId } }`;
const DETAIL = `query($id: ID!) { engineer(id: $id) {
  allowance { periodStart periodEnd balanceMicros schedule { month amountMicros posted postedMicros } }
  ledgerEntries { kind amountMicros }
} }`;
const BURN = `query($teamId: ID!) { teamBurn(teamId: $teamId) {
  engineers { rows { engineerId availableMicros runsOutOn runsOutBeforeHorizon confidence } } } }`;

interface Allowance {
  periodStart: string;
  periodEnd: string;
  balanceMicros: string;
  schedule: { month: string; amountMicros: string; posted: boolean; postedMicros: string }[];
}

/** 50% of 120,000 a year (the default policy): 5,000.00 a month, this month prorated from today. */
const ANNUAL_PAY = '120000';
const MONTHLY = 5_000_000_000n;
const { year, month, day } = parseIsoDate(today);
const thisMonthDays = BigInt(daysInMonth(year, month) - day + 1);
const dueToday = (MONTHLY * thisMonthDays) / BigInt(daysInMonth(year, month));

/**
 * New hires get what is due at once, whichever way they arrive (created, imported, an accepted offer), not at
 * the next hourly run. Seen before: a hard-budget engineer hired today was refused with 402 and team burn
 * showed them as "runs out today, High confidence". And an engineer whose start is in a future period: their
 * page shows the first period they will be paid in (seen: December, an offer starting 1 January showed this
 * year's schedule, empty for them).
 */
describe('new hires: paid at once on every path; a future starter sees their first period', () => {
  let t: TestApp;
  let admin: SignedUp;
  let hr: SignedUp;
  let teamId: string;

  beforeAll(async () => {
    // No jobs: whatever is granted comes with the hire itself.
    t = await startTestApp({ JOBS_ENABLED: 'false' });
    admin = await signUp(t, 'Hiring Co', 'admin@hiring.test');
    hr = await addMember(t, admin, 'hr@hiring.test', ['HR']);
    teamId = (
      await t.gql<{ createTeam: { id: string } }>(
        `mutation { createTeam(input: { name: "Builders", costCentre: "CC-7" }) { id } }`,
        {},
        { token: hr.token },
      )
    ).data!.createTeam.id;
  });

  afterAll(() => t.close());

  async function allowance(id: string): Promise<Allowance> {
    const answer = await t.gql<{ engineer: { allowance: Allowance } }>(DETAIL, { id }, { token: hr.token });
    if (!answer.data) throw new Error(JSON.stringify(answer.errors));
    return answer.data.engineer.allowance;
  }

  async function create(email: string, startDate: string): Promise<string> {
    const created = await t.gql<{ createEngineer: { id: string } }>(
      CREATE_ENGINEER,
      {
        input: {
          name: email.split('@')[0],
          email,
          teamId,
          startDate,
          annualPay: ANNUAL_PAY,
          currency: 'USD',
        },
      },
      { token: hr.token },
    );
    if (!created.data) throw new Error(JSON.stringify(created.errors));
    return created.data.createEngineer.id;
  }

  async function acceptOffer(email: string, startDate: string): Promise<string> {
    const offer = await t.gql<{ createOffer: { id: string } }>(
      OFFER,
      {
        input: {
          candidateName: email.split('@')[0],
          candidateEmail: email,
          title: 'Engineer',
          teamId,
          startDate,
          annualPay: ANNUAL_PAY,
          currency: 'USD',
        },
      },
      { token: hr.token },
    );
    if (!offer.data) throw new Error(JSON.stringify(offer.errors));
    const id = offer.data.createOffer.id;
    await t.gql(STATUS, { input: { id, status: 'SENT' } }, { token: hr.token });
    const accepted = await t.gql<{ changeOfferStatus: { engineerId: string } }>(
      STATUS,
      { input: { id, status: 'ACCEPTED' } },
      { token: hr.token },
    );
    if (!accepted.data) throw new Error(JSON.stringify(accepted.errors));
    return accepted.data.changeOfferStatus.engineerId;
  }

  it('created today with a hard budget: this month’s prorated grant at once, and team burn does not say "runs out today"', async () => {
    const id = await create('first-day@hiring.test', today);
    const hard = await t.gql(ENFORCE, { id }, { token: admin.token });
    expect(hard.errors).toBeUndefined();
    const now = await allowance(id);
    expect(BigInt(now.balanceMicros) - dueToday).toBeGreaterThanOrEqual(-1n);
    expect(BigInt(now.balanceMicros) - dueToday).toBeLessThanOrEqual(1n);
    const burn = await t.gql<{
      teamBurn: {
        engineers: {
          rows: {
            engineerId: string;
            availableMicros: string;
            runsOutOn: string | null;
            runsOutBeforeHorizon: boolean;
            confidence: string;
          }[];
        };
      };
    }>(BURN, { teamId }, { token: hr.token });
    expect(burn.errors).toBeUndefined();
    const row = burn.data!.teamBurn.engineers.rows.find((r) => r.engineerId === id)!;
    expect(row.availableMicros).toBe(now.balanceMicros);
    expect(row).toMatchObject({ runsOutOn: null, runsOutBeforeHorizon: false });
    expect(row.confidence).not.toBe('high');
  });

  it('imported through the roster today: paid at once, without waiting for the hourly run', async () => {
    const csv = [
      'Name,Email,Team,Start Date,Base Pay,Currency,Allowance Override',
      `Imported Ivy,ivy@hiring.test,CC-7,${today},"120,000",USD,`,
    ].join('\n');
    const response = await fetch(`${t.url}/v1/roster/import?mode=apply`, {
      method: 'POST',
      headers: { authorization: `Bearer ${hr.token}`, 'content-type': 'text/csv' },
      body: csv,
    });
    expect(response.status).toBeLessThan(300);
    const [row] = await t.adminQuery<{ id: string }>(
      `select id from engineers where email = 'ivy@hiring.test'`,
    );
    const now = await allowance(row.id);
    expect(BigInt(now.balanceMicros) - dueToday).toBeGreaterThanOrEqual(-1n);
    expect(BigInt(now.balanceMicros) - dueToday).toBeLessThanOrEqual(1n);
  });

  it('an offer accepted for today: paid at once', async () => {
    const id = await acceptOffer('offer-today@hiring.test', today);
    const now = await allowance(id);
    expect(BigInt(now.balanceMicros) - dueToday).toBeGreaterThanOrEqual(-1n);
    expect(BigInt(now.balanceMicros) - dueToday).toBeLessThanOrEqual(1n);
  });

  it('a starter in the next period: their page shows that period, with their months, and nothing is paid yet', async () => {
    const nextPeriod = addDays(fiscalYearContaining(today, 1).end, 1);
    const id = await create('next-year@hiring.test', nextPeriod);
    const page = await allowance(id);
    expect(page.periodStart).toBe(nextPeriod);
    expect(page.periodEnd).toBe(fiscalYearContaining(nextPeriod, 1).end);
    expect(page.schedule).toHaveLength(12);
    expect(page.schedule[0]).toMatchObject({
      month: nextPeriod.slice(0, 7),
      amountMicros: String(MONTHLY),
      posted: false,
    });
    expect(page.balanceMicros).toBe('0');
  });

  it('an offer accepted to start on the 1st of next month (in December: next year) shows the period of that day', async () => {
    const start = startOfNextMonth(today);
    const id = await acceptOffer('next-month@hiring.test', start);
    const page = await allowance(id);
    const period = fiscalYearContaining(start, 1);
    expect(page.periodStart).toBe(period.start);
    expect(page.periodEnd).toBe(period.end);
    expect(page.schedule[0]).toMatchObject({ month: start.slice(0, 7), amountMicros: String(MONTHLY) });
    expect(page.schedule.at(-1)?.month).toBe(period.end.slice(0, 7));
  });
});
