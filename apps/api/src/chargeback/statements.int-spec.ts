import { addAccountingMonths, addDays } from '@tokenroll/domain';
import { randomUUID } from 'node:crypto';
import { testToday } from '../test/business-date';
import { grantAt } from '../test/chargeback-fixtures';
import { FundedEngineer, fundedEngineer, machine } from '../test/metering-fixtures';
import { addMember, signUp, SignedUp, startTestApp, TestApp } from '../test/test-app';

const USD = 1_000_000n;
const SONNET = { provider: 'anthropic', model: 'claude-sonnet-4-6' }; // $3 in, $15 out per 1M tokens
/** 1M in + 200k out of Sonnet: $3 + $3. */
const SIX_DOLLARS = { inputTokens: 1_000_000, outputTokens: 200_000 };
// No provider invoice is entered in these tests: the close needs a reason.
const CLOSE_LEDGER = `mutation($month: String!) { closeAccountingPeriod(month: $month, reason: "No provider invoices in this test") { month status } }`;

const STATEMENT_FIELDS = `kind key name label period months currency closed totalMicros previousTotalMicros changeMicros
  byCategory { key costMicros } byEngineer { key name costMicros } byModel { key costMicros }
  byProvider { key costMicros } byTool { key costMicros }
  adjustments { engineerId engineerName originalMonth costMicros }
  allowances { engineerId engineerName leaver grantedMicros spentMicros utilisationBp overageMicros } overageMicros`;
const STATEMENTS = `query($period: String!) { statements(period: $period) { period months currency mode closed totalMicros
  usageMicros adjustmentMicros sharedMicros unabsorbedMicros teams { ${STATEMENT_FIELDS} } costCentres { ${STATEMENT_FIELDS} } } }`;
const STATEMENT = `query($period: String!, $kind: StatementKind!, $key: String!) {
  statement(period: $period, kind: $kind, key: $key) { ${STATEMENT_FIELDS} } }`;

interface AmountBy {
  key: string;
  name?: string;
  costMicros: string;
}
interface StatementView {
  kind: string;
  key: string;
  name: string;
  label: string | null;
  closed: boolean;
  totalMicros: string;
  previousTotalMicros: string | null;
  byCategory: AmountBy[];
  byEngineer: AmountBy[];
  byModel: AmountBy[];
  byTool: AmountBy[];
  adjustments: { engineerId: string; originalMonth: string; costMicros: string }[];
  allowances: {
    engineerId: string;
    leaver: boolean;
    grantedMicros: string | null;
    spentMicros: string;
    overageMicros: string | null;
  }[];
}
interface SetView {
  totalMicros: string;
  usageMicros: string;
  adjustmentMicros: string;
  sharedMicros: string;
  unabsorbedMicros: string;
  mode: string;
  closed: boolean;
  teams: StatementView[];
  costCentres: StatementView[];
}

const current = testToday().slice(0, 7);
const month = (back: number) => addAccountingMonths(current, -back);
const startOf = (m: string) => new Date(`${m}-01T00:00:00.000Z`);
const sum = (statements: StatementView[]) =>
  statements.reduce((total, statement) => total + BigInt(statement.totalMicros), 0n);

let sequence = 0;
const event = (occurredAt: string, overrides: Record<string, unknown> = {}) => ({
  source: 'cli',
  ...SONNET,
  ...SIX_DOLLARS,
  idempotencyKey: `chargeback-${++sequence}`,
  occurredAt,
  ...overrides,
});

describe('statements: per team and cost centre, attributed on the day, adding up to the micro-unit', () => {
  let t: TestApp;
  let admin: SignedUp;
  let finance: SignedUp;
  let hr: SignedUp;
  let engineerMember: SignedUp;
  let platform: string;
  let data: string;
  let ann: FundedEngineer;
  let bo: FundedEngineer;
  let cy: FundedEngineer;

  const gql = <T>(query: string, variables: Record<string, unknown>, who: SignedUp = finance) =>
    t.gql<T>(query, variables, { token: who.token });
  const statements = async (period: string, who: SignedUp = finance) => {
    const result = await gql<{ statements: SetView }>(STATEMENTS, { period }, who);
    expect(result.errors).toBeUndefined();
    return result.data!.statements;
  };
  const usage = async (engineer: FundedEngineer, events: unknown[]) => {
    const answer = await machine<{ results: { status: string }[] }>(t, engineer.key, 'POST', '/v1/usage', {
      events,
    });
    expect(answer.status).toBe(200);
    expect(answer.body.results.every((result) => result.status === 'accepted')).toBe(true);
  };
  const team = async (name: string, costCentre: string) => {
    const id = randomUUID();
    await t.adminQuery(`insert into teams (company_id, id, name, cost_centre) values ($1, $2, $3, $4)`, [
      admin.companyId,
      id,
      name,
      costCentre,
    ]);
    return id;
  };
  const move = (engineer: FundedEngineer, teamId: string, from: string) =>
    t.adminQuery(
      `insert into team_memberships (company_id, id, engineer_id, team_id, effective_from) values ($1, gen_random_uuid(), $2, $3, $4)`,
      [admin.companyId, engineer.id, teamId, from],
    );
  beforeAll(async () => {
    t = await startTestApp();
    admin = await signUp(t, 'Charge Co', 'admin@charge.test');
    finance = await addMember(t, admin, 'finance@charge.test', ['FINANCE']);
    hr = await addMember(t, admin, 'hr@charge.test', ['HR']);
    engineerMember = await addMember(t, admin, 'eng@charge.test', ['ENGINEER']);
    platform = await team('Platform', 'CC-PLAT');
    data = await team('Data', 'CC-DATA');
    ann = await fundedEngineer(t, admin, {
      email: 'ann@charge.test',
      allowanceMicros: 100n * USD,
      teamId: platform,
    });
    bo = await fundedEngineer(t, admin, {
      email: 'bo@charge.test',
      allowanceMicros: 100n * USD,
      teamId: data,
    });
    cy = await fundedEngineer(t, admin, {
      email: 'cy@charge.test',
      allowanceMicros: 100n * USD,
      teamId: data,
    });
    // The books open two months back; last month Ann moves from Platform to Data on the 15th.
    await grantAt(t, admin, ann, 50n * USD, startOf(month(2)), `accrual:${ann.id}:${month(2)}`);
    await grantAt(t, admin, ann, 30n * USD, startOf(month(1)), `accrual:${ann.id}:${month(1)}`);
    await move(ann, data, `${month(1)}-15`);
    // Usage two months back, then that month closes (through the ledger's own close at this stage).
    await usage(bo, [event(`${month(2)}-10T10:00:00.000Z`)]);
    expect((await gql(CLOSE_LEDGER, { month: month(2) })).errors).toBeUndefined();
    // Last month: Ann on Platform (the 10th) and on Data (the 20th), Bo on Data, Cy on Data then leaves.
    await usage(ann, [event(`${month(1)}-10T10:00:00.000Z`), event(`${month(1)}-20T10:00:00.000Z`)]);
    await usage(bo, [event(`${month(1)}-05T10:00:00.000Z`, { source: 'cursor', tags: { repo: 'billing' } })]);
    await usage(cy, [event(`${month(1)}-03T10:00:00.000Z`)]);
    await t.adminQuery(`update engineers set end_date = $2 where id = $1`, [cy.id, `${month(1)}-04`]);
    // Late usage of the closed month: it lands in last month as an adjustment naming its month.
    await usage(bo, [event(`${month(2)}-12T10:00:00.000Z`)]);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('books each day to the team of that day; Σ teams = Σ cost centres = usage + adjustments, to the micro-unit', async () => {
    const set = await statements(month(1));
    expect(set.mode).toBe('SHOWBACK');
    expect(set.closed).toBe(false);
    expect(set.usageMicros).toBe(String(24n * USD));
    expect(set.adjustmentMicros).toBe(String(6n * USD));
    expect(set.totalMicros).toBe(String(30n * USD));
    expect(sum(set.teams)).toBe(30n * USD);
    expect(sum(set.costCentres)).toBe(30n * USD);
    const byName = new Map(set.teams.map((statement) => [statement.name, statement]));
    expect(byName.get('Platform')!.totalMicros).toBe(String(6n * USD));
    expect(byName.get('Platform')!.byEngineer).toEqual([
      { key: ann.id, name: 'ann', costMicros: String(6n * USD) },
    ]);
    const dataStatement = byName.get('Data')!;
    expect(dataStatement.totalMicros).toBe(String(24n * USD));
    expect(dataStatement.byCategory).toEqual([
      { key: 'USAGE', costMicros: String(18n * USD) },
      { key: 'ADJUSTMENT', costMicros: String(6n * USD) },
    ]);
    expect(dataStatement.adjustments).toEqual([
      { engineerId: bo.id, engineerName: 'bo', originalMonth: month(2), costMicros: String(6n * USD) },
    ]);
    expect(dataStatement.byTool.find((tool) => tool.key === 'cursor')!.costMicros).toBe(String(6n * USD));
    expect(dataStatement.byModel).toEqual([
      { key: 'anthropic/claude-sonnet-4-6', costMicros: String(18n * USD) },
      { key: '—', costMicros: String(6n * USD) },
    ]);
    // Cost centres carry the same lines.
    expect(set.costCentres.map((centre) => [centre.key, centre.totalMicros])).toEqual([
      ['CC-DATA', String(24n * USD)],
      ['CC-PLAT', String(6n * USD)],
    ]);
    // Allowances: granted in the month, spent, overage at its end; the leaver listed as one.
    const annRow = dataStatement.allowances.find((row) => row.engineerId === ann.id)!;
    // The fixture's opening grant (100) is dated yesterday: on the 1st of a month that is last month's.
    const openingGrant = addDays(testToday(), -1).slice(0, 7) === month(1) ? 100n * USD : 0n;
    expect(annRow).toMatchObject({
      grantedMicros: String(30n * USD + openingGrant),
      spentMicros: String(6n * USD),
    });
    expect(dataStatement.allowances.find((row) => row.engineerId === cy.id)).toMatchObject({
      leaver: true,
      spentMicros: String(6n * USD),
    });
    // Month over month: against the month before.
    expect(dataStatement.previousTotalMicros).not.toBeNull();
  });

  it('one statement equals its row of the set; a subtree view is labelled; unknown keys are 404 naming key', async () => {
    const set = await statements(month(1));
    const one = await gql<{ statement: StatementView }>(STATEMENT, {
      period: month(1),
      kind: 'TEAM',
      key: data,
    });
    expect(one.errors).toBeUndefined();
    const fromSet = set.teams.find((statement) => statement.key === data)!;
    expect(one.data!.statement).toEqual({ ...fromSet });
    const centre = await gql<{ statement: StatementView }>(STATEMENT, {
      period: month(1),
      kind: 'COST_CENTRE',
      key: 'CC-PLAT',
    });
    expect(centre.data!.statement.totalMicros).toBe(String(6n * USD));
    const subtree = await gql<{ statement: StatementView }>(STATEMENT, {
      period: month(1),
      kind: 'SUBTREE',
      key: data,
    });
    expect(subtree.data!.statement.label).toMatch(/Data and the teams below it/);
    const unknown = await gql(STATEMENT, { period: month(1), kind: 'TEAM', key: randomUUID() });
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', fields: [{ field: 'key' }] });
  });

  it('drill-down by tag: the tagged usage of the engineers booked to the statement', async () => {
    const TAGS = `query($period: String!, $kind: StatementKind!, $key: String!) {
      statementTags(period: $period, kind: $kind, key: $key) { key costMicros } }`;
    const dataTags = await gql<{ statementTags: AmountBy[] }>(TAGS, {
      period: month(1),
      kind: 'TEAM',
      key: data,
    });
    expect(dataTags.errors).toBeUndefined();
    expect(dataTags.data!.statementTags).toEqual([{ key: 'repo=billing', costMicros: String(6n * USD) }]);
    const platformTags = await gql<{ statementTags: AmountBy[] }>(TAGS, {
      period: month(1),
      kind: 'TEAM',
      key: platform,
    });
    expect(platformTags.data!.statementTags).toEqual([]);
    const engineer = await gql(TAGS, { period: month(1), kind: 'TEAM', key: data }, engineerMember);
    expect(engineer.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('a quarter or fiscal year sums its months; the closed month reads its figures', async () => {
    const quarterOf = (m: string) => `${m.slice(0, 4)}-Q${Math.floor((Number(m.slice(5, 7)) - 1) / 3) + 1}`;
    const months = [month(2), month(1)];
    const totals = new Map<string, bigint>();
    for (const m of months) totals.set(m, BigInt((await statements(m)).totalMicros));
    const quarter = quarterOf(month(1));
    const quarterSet = await statements(quarter);
    expect(sum(quarterSet.teams)).toBe(BigInt(quarterSet.totalMicros));
    expect(sum(quarterSet.costCentres)).toBe(BigInt(quarterSet.totalMicros));
    // The quarter's months before this month (this month has no usage here).
    const expected = months
      .filter((m) => quarterOf(m) === quarter)
      .reduce((total, m) => total + totals.get(m)!, 0n);
    expect(BigInt(quarterSet.totalMicros)).toBe(expected);
  });

  it('bad periods are 400s naming period; an engineer has no access; HR reads', async () => {
    for (const period of ['2026-13', 'last month', '2026-Q5', 'FY20x6']) {
      const bad = await gql(STATEMENTS, { period });
      expect(bad.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'period' }],
      });
    }
    const future = await gql(STATEMENTS, { period: addAccountingMonths(current, 2) });
    expect(future.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'period' }],
    });
    const engineer = await gql(STATEMENTS, { period: month(1) }, engineerMember);
    expect(engineer.errors![0].extensions!.code).toBe('FORBIDDEN');
    const asHr = await statements(month(1), hr);
    expect(asHr.totalMicros).toBe(String(30n * USD));
    expect(
      asHr.teams.flatMap((statement) => statement.allowances).every((row) => row.grantedMicros !== null),
    ).toBe(true);
  });
});
