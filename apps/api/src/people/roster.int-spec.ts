import { addMember, signUp, SignedUp, startTestApp, TestApp } from '../test/test-app';

interface RosterResult {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  applied: boolean;
  problems: { line: number; field: string; message: string }[];
  changes: { line: number; email: string; action: string; changes: string[] }[];
}

describe('roster import: dry run with line-numbered problems, all-or-nothing apply, 10,000 rows', () => {
  let t: TestApp;
  let hr: SignedUp;

  beforeAll(async () => {
    t = await startTestApp({ JOBS_ENABLED: 'false' });
    const admin = await signUp(t, 'Rostered', 'admin@rostered.test');
    hr = await addMember(t, admin, 'hr@rostered.test', ['HR']);
    const eng = await t.gql<{ createTeam: { id: string } }>(
      `mutation { createTeam(input: { name: "Engineering", costCentre: "CC-100" }) { id } }`,
      {},
      { token: hr.token },
    );
    await t.gql(
      `mutation($p: ID) { createTeam(input: { name: "Platform", parentId: $p, costCentre: "CC-110" }) { id } }`,
      { p: eng.data!.createTeam.id },
      { token: hr.token },
    );
  });

  afterAll(() => t.close());

  async function upload(
    csv: string,
    mode: string,
    token = hr.token,
  ): Promise<{ status: number; body: RosterResult & Record<string, unknown> }> {
    const response = await fetch(`${t.url}/v1/roster/import?mode=${mode}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
      body: csv,
    });
    return {
      status: response.status,
      body: (await response.json()) as RosterResult & Record<string, unknown>,
    };
  }

  async function engineers(): Promise<number> {
    const [row] = await t.adminQuery<{ n: number }>('select count(*)::int as n from engineers');
    return row.n;
  }

  const good = [
    'Name,Email,Team,Start Date,Base Pay,Currency,Allowance Override',
    'Ada Lovelace,ada@rostered.test,Engineering/Platform,2026-01-05,"210,000",USD,',
    'Alan Turing,alan@rostered.test,CC-100,2026-02-01,190000,USD,60%',
  ].join('\n');

  it('a dry run with two bad rows names each line and reason, and writes nothing', async () => {
    const csv = [
      good,
      'Bad Date,bad@rostered.test,CC-100,2026-02-30,100000,USD,',
      'No Team,noteam@rostered.test,Nowhere,2026-01-01,-5,EUR,',
    ].join('\n');
    const { status, body } = await upload(csv, 'dry-run');
    expect(status).toBe(200);
    expect(body.rows).toBe(4);
    expect(body.created).toBe(2);
    expect(body.problems).toEqual([
      { line: 4, field: 'start_date', message: 'must be a date like 2026-04-01' },
      { line: 5, field: 'currency', message: 'must be the company currency (USD)' },
      { line: 5, field: 'base_pay', message: 'must be more than zero' },
      {
        line: 5,
        field: 'team',
        message: 'is not a team path (like Engineering/Platform) or cost centre of this company',
      },
    ]);
    expect(await engineers()).toBe(0);
    const apply = await upload(csv, 'apply');
    expect(apply.body.applied).toBe(false);
    expect(await engineers()).toBe(0);
  });

  it('applies a clean file, then reports the same file as unchanged and a pay change as an update', async () => {
    const first = await upload(good, 'apply');
    expect(first.body).toMatchObject({ applied: true, created: 2, updated: 0, problems: [] });
    expect(await engineers()).toBe(2);
    const [override] = await t.adminQuery<{ ratio_bp: number; reason: string }>(
      `select o.ratio_bp, o.reason from allowance_overrides o join engineers e on e.id = o.engineer_id where e.email = 'alan@rostered.test'`,
    );
    expect(override).toEqual({ ratio_bp: 6000, reason: 'Roster import' });
    const again = await upload(good, 'dry-run');
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    const raised = await upload(good.replace('"210,000"', '230000'), 'apply');
    expect(raised.body).toMatchObject({ applied: true, updated: 1, unchanged: 1 });
    expect(raised.body.changes.find((c) => c.email === 'ada@rostered.test')?.changes).toEqual(['base pay']);
    const [audit] = await t.adminQuery<{ n: number }>(
      `select count(*)::int as n from audit_entries where action like 'ENGINEER_%IMPORT%'`,
    );
    expect(audit.n).toBe(3);
  });

  it('refuses a file without the required columns, a duplicate email and a bad mode', async () => {
    const noColumns = await upload('name,email\nA,a@x.test', 'dry-run');
    expect(noColumns.body.problems[0]).toMatchObject({
      line: 1,
      field: 'team, start_date, base_pay, currency',
    });
    const duplicate = await upload(
      `${good}\nAda Again,ADA@rostered.test,CC-100,2026-01-05,1,USD,`,
      'dry-run',
    );
    expect(duplicate.body.problems).toEqual([{ line: 4, field: 'email', message: 'repeats line 2' }]);
    const mode = await upload(good, 'maybe');
    expect(mode.status).toBe(400);
    expect(mode.body.fields).toEqual([{ field: 'mode', message: 'must be dry-run or apply' }]);
  });

  it('reads a fractional percentage override exactly (12.5% = 1250 basis points)', async () => {
    const csv =
      'name,email,team,start_date,base_pay,currency,allowance_override\nFrac Tion,frac@rostered.test,CC-100,2026-03-01,100000,USD,12.5%';
    const { body } = await upload(csv, 'apply');
    expect(body).toMatchObject({ applied: true, created: 1 });
    const [override] = await t.adminQuery<{ ratio_bp: number }>(
      `select o.ratio_bp from allowance_overrides o join engineers e on e.id = o.engineer_id where e.email = 'frac@rostered.test'`,
    );
    expect(override.ratio_bp).toBe(1250);
  });

  it('is for ADMIN and HR only', async () => {
    const admin = await signUp(t, 'Other', 'other@rostered.test');
    const engineer = await addMember(t, admin, 'eng@rostered.test', ['ENGINEER']);
    const { status } = await upload(good, 'dry-run', engineer.token);
    expect(status).toBe(403);
  });

  it('imports 10,000 rows in one all-or-nothing apply', async () => {
    const lines = ['name,email,team,start_date,base_pay,currency'];
    for (let i = 0; i < 10_000; i++)
      lines.push(
        `Person ${i},person${i}@bulk.test,Engineering/Platform,2026-0${1 + (i % 9)}-1${i % 10},${150000 + (i % 100) * 1000},USD`,
      );
    const before = await engineers();
    const { body } = await upload(lines.join('\n'), 'apply');
    expect(body).toMatchObject({ rows: 10_000, created: 10_000, applied: true, problems: [] });
    expect(await engineers()).toBe(before + 10_000);
    const [pay] = await t.adminQuery<{ n: number }>(
      `select count(*)::int as n from base_pay b join engineers e on e.id = b.engineer_id where e.email like '%@bulk.test'`,
    );
    expect(pay.n).toBe(10_000);
  }, 120_000);
});
