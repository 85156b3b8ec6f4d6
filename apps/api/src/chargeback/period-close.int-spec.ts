import { addAccountingMonths } from '@tokenroll/domain';
import { simpleParser } from 'mailparser';
import { randomUUID } from 'node:crypto';
import { SMTPServer } from 'smtp-server';
import { testToday } from '../test/business-date';
import { expectStatementsAddUp, grantAt } from '../test/chargeback-fixtures';
import { FundedEngineer, fundedEngineer, machine } from '../test/metering-fixtures';
import { addMember, freePort, pdfText, signUp, SignedUp, startTestApp, TestApp } from '../test/test-app';

const USD = 1_000_000n;
const SONNET = { provider: 'anthropic', model: 'claude-sonnet-4-6' };
const SIX_DOLLARS = { inputTokens: 1_000_000, outputTokens: 200_000 };

const SET = `query($period: String!) { statements(period: $period) { period closed totalMicros usageMicros adjustmentMicros
  sharedMicros unabsorbedMicros
  teams { kind key name totalMicros previousTotalMicros byCategory { key costMicros } byEngineer { key costMicros }
          byModel { key costMicros } byTool { key costMicros } adjustments { engineerId originalMonth costMicros }
          allowances { engineerId leaver grantedMicros spentMicros utilisationBp overageMicros } overageMicros }
  costCentres { key totalMicros byCategory { key costMicros } } } }`;
const CHECKLIST = `query($month: String!) { closeChecklist(month: $month) { month closed openItems
  items { kind open label count amountMicros provider status } } }`;
const CLOSE = `mutation($input: ClosePeriodInput!) { closePeriod(input: $input) { month reason closedBy lines totalMicros
  mailed checklist { kind open } } }`;
const CLOSE_FROM_PERIODS_PAGE = `mutation($month: String!, $reason: String) {
  closeAccountingPeriod(month: $month, reason: $reason) { month status closable } }`;
const CLOSES = `{ periodCloses { month reason closedBy lines totalMicros checklist { kind open count } } }`;
const SETTINGS = `{ chargebackSettings { mode allocationPolicy centralCostCentre glExpenseAccount glPayableAccount
  glAccrualAccount invoiceToleranceBp } }`;
const UPDATE_SETTINGS = `mutation($input: UpdateChargebackSettingsInput!) { updateChargebackSettings(input: $input) {
  mode allocationPolicy centralCostCentre invoiceToleranceBp } }`;
const ADD_SHARED = `mutation($input: AddSharedCostInput!) { addSharedCost(input: $input) { id month description amountMicros } }`;
const REMOVE_SHARED = `mutation($id: ID!) { removeSharedCost(id: $id) { id } }`;
const SHARED = `query($month: String!) { sharedCosts(month: $month) { id description amountMicros } }`;

interface Statement {
  kind: string;
  key: string;
  name: string;
  totalMicros: string;
  byCategory: { key: string; costMicros: string }[];
  adjustments: { engineerId: string; originalMonth: string; costMicros: string }[];
}
interface StatementSet {
  period: string;
  closed: boolean;
  totalMicros: string;
  usageMicros: string;
  adjustmentMicros: string;
  sharedMicros: string;
  unabsorbedMicros: string;
  teams: Statement[];
  costCentres: { key: string; totalMicros: string }[];
}
interface Mail {
  envelopeTo: string[];
  subject: string;
  text: string;
  attachments: { filename: string; content: string }[];
}

const current = testToday().slice(0, 7);
const month = (back: number) => addAccountingMonths(current, -back);
const startOf = (m: string) => new Date(`${m}-01T00:00:00.000Z`);

async function startSmtp(port: number): Promise<{ mails: Mail[]; close(): Promise<void> }> {
  const mails: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          mails.push({
            envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            attachments: parsed.attachments.map((file) => ({
              filename: file.filename ?? '',
              content:
                file.contentType === 'application/pdf'
                  ? pdfText(file.content)
                  : file.content.toString('utf8'),
            })),
          });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return { mails, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

let sequence = 0;
const event = (occurredAt: string, overrides: Record<string, unknown> = {}) => ({
  source: 'cli',
  ...SONNET,
  ...SIX_DOLLARS,
  idempotencyKey: `close-${++sequence}`,
  occurredAt,
  ...overrides,
});

describe('period close: checklist, reason, frozen statements, late usage as an adjustment, manager mail', () => {
  let t: TestApp;
  let smtp: { mails: Mail[]; close(): Promise<void> };
  let admin: SignedUp;
  let finance: SignedUp;
  let boss: SignedUp;
  let engineerMember: SignedUp;
  let platform: string;
  let data: string;
  let ann: FundedEngineer;
  let bo: FundedEngineer;
  let cy: FundedEngineer;

  const gql = <T>(query: string, variables: Record<string, unknown> = {}, who: SignedUp = finance) =>
    t.gql<T>(query, variables, { token: who.token });
  const statements = async (period: string) => {
    const result = await gql<{ statements: StatementSet }>(SET, { period });
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
  const count = async (table: string) =>
    (
      await t.adminQuery<{ n: number }>(`select count(*)::int as n from ${table} where company_id = $1`, [
        admin.companyId,
      ])
    )[0].n;

  beforeAll(async () => {
    const smtpPort = await freePort();
    smtp = await startSmtp(smtpPort);
    t = await startTestApp({
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      MAIL_FROM: 'Tokenroll <finance@tokenroll.test>',
      ALERT_RETRY_SECONDS: '1',
      ALERT_SWEEP_SECONDS: '1',
    });
    admin = await signUp(t, 'Close Co', 'admin@close.test');
    finance = await addMember(t, admin, 'finance@close.test', ['FINANCE']);
    boss = await addMember(t, admin, 'boss@close.test', ['MANAGER']);
    engineerMember = await addMember(t, admin, 'eng@close.test', ['ENGINEER']);
    platform = randomUUID();
    data = randomUUID();
    await t.adminQuery(
      `insert into teams (company_id, id, name, cost_centre, manager_user_id) values ($1, $2, 'Platform', 'CC-PLAT', $3)`,
      [admin.companyId, platform, boss.userId],
    );
    await t.adminQuery(
      `insert into teams (company_id, id, name, cost_centre) values ($1, $2, 'Data', 'CC-DATA')`,
      [admin.companyId, data],
    );
    ann = await fundedEngineer(t, admin, {
      email: 'ann@close.test',
      allowanceMicros: 100n * USD,
      teamId: platform,
    });
    bo = await fundedEngineer(t, admin, {
      email: 'bo@close.test',
      allowanceMicros: 100n * USD,
      teamId: data,
    });
    cy = await fundedEngineer(t, admin, {
      email: 'cy@close.test',
      allowanceMicros: 100n * USD,
      teamId: data,
    });
    // The books open two months back: Ann's grant of that month.
    await grantAt(t, admin, ann, 20n * USD, startOf(month(2)), `accrual:${ann.id}:${month(2)}`);
    // Two months back: Ann (Platform), Bo (Data); Cy leaves on the 20th after spending on the 10th.
    await usage(ann, [event(`${month(2)}-05T10:00:00.000Z`), event(`${month(2)}-06T10:00:00.000Z`)]);
    await usage(bo, [event(`${month(2)}-07T10:00:00.000Z`, { source: 'cursor' })]);
    await usage(cy, [event(`${month(2)}-10T10:00:00.000Z`)]);
    await t.adminQuery(`update engineers set end_date = $2 where id = $1`, [cy.id, `${month(2)}-20`]);
    // Last month: Ann moves to Data on the 15th and spends before and after.
    await t.adminQuery(
      `insert into team_memberships (company_id, id, engineer_id, team_id, effective_from) values ($1, gen_random_uuid(), $2, $3, $4)`,
      [admin.companyId, ann.id, data, `${month(1)}-15`],
    );
    await usage(ann, [event(`${month(1)}-03T10:00:00.000Z`), event(`${month(1)}-18T10:00:00.000Z`)]);
    // An identity nobody mapped yet: its usage waits in the unmapped queue.
    await t.adminQuery(
      `insert into unmapped_usage (company_id, id, identity_kind, identity_value, source, idempotency_key, kind, payload)
       values ($1, gen_random_uuid(), 'email', 'ghost@close.test', 'claude-code', 'ghost-1', 'usage', '{}')`,
      [admin.companyId],
    );
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('settings: defaults, FINANCE changes them (audited), bad values are 400s naming the field, an engineer is refused', async () => {
    const defaults = await gql<{ chargebackSettings: Record<string, unknown> }>(SETTINGS);
    expect(defaults.data!.chargebackSettings).toEqual({
      mode: 'SHOWBACK',
      allocationPolicy: 'PRO_RATA',
      centralCostCentre: 'CENTRAL',
      glExpenseAccount: '6400',
      glPayableAccount: '2100',
      glAccrualAccount: '2150',
      invoiceToleranceBp: 100,
    });
    const bad = await gql(UPDATE_SETTINGS, {
      input: { invoiceToleranceBp: 20_000, centralCostCentre: 'no spaces' },
    });
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const fields = (bad.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field).sort();
    expect(fields).toEqual(['centralCostCentre', 'invoiceToleranceBp']);
    expect(
      (await gql<{ chargebackSettings: { invoiceToleranceBp: number } }>(SETTINGS)).data!.chargebackSettings
        .invoiceToleranceBp,
    ).toBe(100);
    const changed = await gql<{ updateChargebackSettings: Record<string, unknown> }>(UPDATE_SETTINGS, {
      input: { mode: 'CHARGEBACK', centralCostCentre: 'CC-HQ', invoiceToleranceBp: 250 },
    });
    expect(changed.data!.updateChargebackSettings).toEqual({
      mode: 'CHARGEBACK',
      allocationPolicy: 'PRO_RATA',
      centralCostCentre: 'CC-HQ',
      invoiceToleranceBp: 250,
    });
    const [audit] = await t.adminQuery<{ after: { mode: string } }>(
      `select after from audit_entries where company_id = $1 and action = 'CHARGEBACK_SETTINGS_CHANGED'`,
      [admin.companyId],
    );
    expect(audit.after.mode).toBe('CHARGEBACK');
    const refused = await gql(UPDATE_SETTINGS, { input: { mode: 'SHOWBACK' } }, engineerMember);
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('the checklist shows the unmapped identity and the provider invoice not entered; closing without a reason is a 400 naming reason and writes nothing', async () => {
    const checklist = await gql<{
      closeChecklist: { openItems: number; items: { kind: string; open: boolean }[] };
    }>(CHECKLIST, { month: month(2) });
    expect(checklist.data!.closeChecklist.openItems).toBe(2);
    expect(checklist.data!.closeChecklist.items.filter((item) => item.open).map((item) => item.kind)).toEqual(
      ['UNMAPPED_IDENTITIES', 'PROVIDER_INVOICE'],
    );
    const refused = await gql(CLOSE, { input: { month: month(2) } });
    expect(refused.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'reason' }],
    });
    expect(await count('accounting_periods')).toBe(0);
    expect(await count('statement_lines')).toBe(0);
    expect(await count('period_closes')).toBe(0);
  });

  it('bad months are 400s naming month; an engineer may not close', async () => {
    for (const bad of ['2026-13', 'soon', month(1), current, addAccountingMonths(current, 1)]) {
      const answer = await gql(CLOSE, { input: { month: bad, reason: 'test' } });
      expect(answer.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'month' }],
      });
    }
    const engineer = await gql(CLOSE, { input: { month: month(2), reason: 'test' } }, engineerMember);
    expect(engineer.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(await count('accounting_periods')).toBe(0);
  });

  it('closes with a reason: the ledger period, frozen lines equal to the live statements, the record, the audit; twice is a CONFLICT', async () => {
    const live = await statements(month(2));
    expectStatementsAddUp(live);
    expect(BigInt(live.totalMicros)).toBe(24n * USD);
    const closed = await gql<{
      closePeriod: { lines: number; totalMicros: string; reason: string; mailed: number };
    }>(CLOSE, { input: { month: month(2), reason: 'The ghost identity is a test account' } });
    expect(closed.errors).toBeUndefined();
    expect(closed.data!.closePeriod).toMatchObject({
      totalMicros: String(24n * USD),
      reason: 'The ghost identity is a test account',
      mailed: 1,
    });
    expect(closed.data!.closePeriod.lines).toBe(await count('statement_lines'));
    expect(await count('accounting_periods')).toBe(1);
    const frozen = await statements(month(2));
    expect(frozen.closed).toBe(true);
    expect({ ...frozen, closed: false }).toEqual(live);
    // The frozen lines are in their order: day, cost centre, team, engineer…
    const lines = await t.adminQuery<{ day: string; cost_centre: string }>(
      `select to_char(day, 'YYYY-MM-DD') as day, cost_centre from statement_lines where company_id = $1 order by line_no`,
      [admin.companyId],
    );
    const keys = lines.map((line) => `${line.day}|${line.cost_centre}`);
    expect(keys).toEqual([...keys].sort());
    const [audit] = await t.adminQuery<{ actor_user_id: string; after: { reason: string } }>(
      `select actor_user_id, after from audit_entries where company_id = $1 and action = 'PERIOD_CLOSED'`,
      [admin.companyId],
    );
    expect(audit).toMatchObject({
      actor_user_id: finance.userId,
      after: { reason: 'The ghost identity is a test account' },
    });
    const twice = await gql(CLOSE, { input: { month: month(2), reason: 'again' } });
    expect(twice.errors![0].extensions).toMatchObject({ code: 'CONFLICT', fields: [{ field: 'month' }] });
    const closes = await gql<{
      periodCloses: { month: string; reason: string; checklist: { kind: string; open: boolean }[] }[];
    }>(CLOSES);
    expect(closes.data!.periodCloses).toHaveLength(1);
    expect(closes.data!.periodCloses[0]).toMatchObject({
      month: month(2),
      reason: 'The ghost identity is a test account',
    });
    expect(
      closes.data!.periodCloses[0].checklist.find((item) => item.kind === 'UNMAPPED_IDENTITIES')!.open,
    ).toBe(true);
  });

  it('the manager of Platform gets its statement by mail, with the statement attached', async () => {
    const mail = await until('the statement mail', async () =>
      smtp.mails.find(
        (candidate) =>
          candidate.envelopeTo.includes('boss@close.test') && /statement/.test(candidate.subject),
      ),
    );
    expect(mail.subject).toBe(`Platform: statement for ${month(2)}`);
    expect(mail.text).toContain('$12.00');
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0].filename).toBe(`statement-${month(2)}-TEAM-Platform.pdf`);
    expect(mail.attachments[0].content).toContain('Total: $12.00');
  });

  it('late usage of the closed month: its statements stay byte for byte, it lands in the open month as an adjustment naming the month', async () => {
    const before = JSON.stringify(await statements(month(2)));
    await usage(bo, [event(`${month(2)}-25T10:00:00.000Z`)]);
    expect(JSON.stringify(await statements(month(2)))).toBe(before);
    const open = await statements(month(1));
    expectStatementsAddUp(open);
    expect(open.adjustmentMicros).toBe(String(6n * USD));
    const dataStatement = open.teams.find((statement) => statement.key === data)!;
    expect(dataStatement.adjustments).toEqual([
      { engineerId: bo.id, originalMonth: month(2), costMicros: String(6n * USD) },
    ]);
    // The closed month's statement keeps the leaver's figures as they were.
    const closed = await statements(month(2));
    expect(JSON.stringify(closed)).toBe(before);
  });

  it('shared costs: only in open months, allocated by the policy; every policy keeps the invariant; no basis is a 400 naming allocationPolicy', async () => {
    const toClosed = await gql(ADD_SHARED, {
      input: { month: month(2), description: 'Support', amount: '10' },
    });
    expect(toClosed.errors![0].extensions).toMatchObject({ code: 'CONFLICT', fields: [{ field: 'month' }] });
    const badAmount = await gql(ADD_SHARED, {
      input: { month: month(1), description: 'Support', amount: 'ten' },
    });
    expect(badAmount.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'amount' }],
    });
    const added = await gql<{ addSharedCost: { id: string; amountMicros: string } }>(ADD_SHARED, {
      input: { month: month(1), description: 'Shared GPU box', amount: '100.000001' },
    });
    expect(added.data!.addSharedCost.amountMicros).toBe('100000001');
    const listed = await gql<{ sharedCosts: { id: string }[] }>(SHARED, { month: month(1) });
    expect(listed.data!.sharedCosts.map((cost) => cost.id)).toEqual([added.data!.addSharedCost.id]);

    for (const policy of ['PRO_RATA', 'HEADCOUNT', 'CENTRAL']) {
      expect((await gql(UPDATE_SETTINGS, { input: { allocationPolicy: policy } })).errors).toBeUndefined();
      const set = await statements(month(1));
      expectStatementsAddUp(set);
      expect(set.sharedMicros).toBe('100000001');
      const shared = (statement: Statement) =>
        BigInt(statement.byCategory.find((row) => row.key === 'SHARED')?.costMicros ?? '0');
      if (policy === 'CENTRAL') {
        const central = set.teams.find((statement) => statement.key === 'CENTRAL')!;
        expect(shared(central)).toBe(100000001n);
        expect(set.costCentres.find((centre) => centre.key === 'CC-HQ')!.totalMicros).toBe('100000001');
      } else {
        // The shares add up exactly.
        expect(set.teams.map(shared).reduce((a, b) => a + b, 0n)).toBe(100000001n);
      }
    }
    // A shared cost this month, where nobody has spent yet: pro rata has no basis.
    expect((await gql(UPDATE_SETTINGS, { input: { allocationPolicy: 'PRO_RATA' } })).errors).toBeUndefined();
    const now = await gql<{ addSharedCost: { id: string } }>(ADD_SHARED, {
      input: { month: current, description: 'Licence', amount: '5' },
    });
    const noBasis = await gql(SET, { period: current });
    expect(noBasis.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'allocationPolicy' }],
    });
    expect((await gql(REMOVE_SHARED, { id: now.data!.addSharedCost.id })).errors).toBeUndefined();
    expect((await gql(SET, { period: current })).errors).toBeUndefined();
  });

  it('the periods page closes through the same close; reading the closed month twice gives the same bytes', async () => {
    const live = await statements(month(1));
    const refused = await gql(CLOSE_FROM_PERIODS_PAGE, { month: month(1) });
    expect(refused.errors![0].extensions).toMatchObject({ fields: [{ field: 'reason' }] });
    const closed = await gql<{ closeAccountingPeriod: { status: string } }>(CLOSE_FROM_PERIODS_PAGE, {
      month: month(1),
      reason: 'Known test identity',
    });
    expect(closed.errors).toBeUndefined();
    expect(closed.data!.closeAccountingPeriod.status).toBe('CLOSED');
    const first = await statements(month(1));
    expect({ ...first, closed: false }).toEqual(live);
    expectStatementsAddUp(first);
    const [frozen] = await t.adminQuery<{ total: string }>(
      `select sum(cost_micros)::text as total from statement_lines where company_id = $1 and month = $2::date`,
      [admin.companyId, `${month(1)}-01`],
    );
    expect(frozen.total).toBe(first.totalMicros);
    expect(JSON.stringify(await statements(month(1)))).toBe(JSON.stringify(first));
  });

  it('the finance home: the trend with closed months, the last closed month with its statements; FINANCE only', async () => {
    const HOME = `{ financeHome { month currency mode byCostCentre { costCentre spentMicros grantedMicros }
      trend { month totalMicros closed } nextClose { month openItems } lastClosed { period closed totalMicros teams { key } } } }`;
    const home = await gql<{
      financeHome: {
        month: string;
        trend: { month: string; totalMicros: string; closed: boolean }[];
        nextClose: unknown;
        lastClosed: { period: string; closed: boolean; totalMicros: string; teams: { key: string }[] };
      };
    }>(HOME);
    expect(home.errors).toBeUndefined();
    const { financeHome } = home.data!;
    expect(financeHome.month).toBe(current);
    expect(financeHome.trend).toHaveLength(12);
    expect(financeHome.trend[11].month).toBe(current);
    expect(financeHome.trend[9]).toEqual({ month: month(2), totalMicros: String(24n * USD), closed: true });
    const lastMonth = await statements(month(1));
    expect(financeHome.trend[10]).toEqual({
      month: month(1),
      totalMicros: lastMonth.totalMicros,
      closed: true,
    });
    expect(financeHome.nextClose).toBeNull();
    expect(financeHome.lastClosed).toMatchObject({
      period: month(1),
      closed: true,
      totalMicros: lastMonth.totalMicros,
    });
    const asEngineer = await gql(HOME, {}, engineerMember);
    expect(asEngineer.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('a manager reads the statements of the teams they manage, without allowance figures unless the company allows', async () => {
    const ONE = `query($period: String!, $kind: StatementKind!, $key: String!) { statement(period: $period, kind: $kind, key: $key) {
      key totalMicros allowances { engineerId grantedMicros spentMicros utilisationBp overageMicros } overageMicros } }`;
    const own = await gql<{
      statement: {
        totalMicros: string;
        allowances: { grantedMicros: string | null; overageMicros: string | null }[];
      };
    }>(ONE, { period: month(2), kind: 'TEAM', key: platform }, boss);
    expect(own.errors).toBeUndefined();
    expect(own.data!.statement.totalMicros).toBe(String(12n * USD));
    expect(own.data!.statement.allowances.length).toBeGreaterThan(0);
    expect(
      own.data!.statement.allowances.every((row) => row.grantedMicros === null && row.overageMicros === null),
    ).toBe(true);
    const other = await gql(ONE, { period: month(2), kind: 'TEAM', key: data }, boss);
    expect(other.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', fields: [{ field: 'key' }] });
    const centre = await gql(ONE, { period: month(2), kind: 'COST_CENTRE', key: 'CC-PLAT' }, boss);
    expect(centre.errors![0].extensions!.code).toBe('FORBIDDEN');
    const set = await gql<{ statements: StatementSet }>(SET, { period: month(2) }, boss);
    expect(set.data!.statements.teams.map((statement) => statement.key)).toEqual([platform]);
    expect(set.data!.statements.costCentres).toEqual([]);
    // The company lets managers see allowances: the figures appear.
    await t.adminQuery(`update companies set managers_see_allowances = true where id = $1`, [
      admin.companyId,
    ]);
    const allowed = await gql<{ statement: { allowances: { grantedMicros: string | null }[] } }>(
      ONE,
      { period: month(2), kind: 'TEAM', key: platform },
      boss,
    );
    expect(allowed.data!.statement.allowances.every((row) => row.grantedMicros !== null)).toBe(true);
  });
});
