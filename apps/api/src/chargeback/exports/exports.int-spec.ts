import {
  addAccountingMonths,
  decimalToMicros,
  FOCUS_COLUMNS,
  GL_CSV_COLUMNS,
  Money,
} from '@tokenroll/domain';
import Papa from 'papaparse';
import { randomUUID } from 'node:crypto';
import { testToday } from '../../test/business-date';
import { grantAt } from '../../test/chargeback-fixtures';
import { createKey, FundedEngineer, fundedEngineer, machine } from '../../test/metering-fixtures';
import { addMember, pdfText, signUp, SignedUp, startTestApp, TestApp } from '../../test/test-app';

const USD = 1_000_000n;
const SONNET = { provider: 'anthropic', model: 'claude-sonnet-4-6' }; // $3 in, $15 out per 1M tokens
const SIX_DOLLARS = { inputTokens: 1_000_000, outputTokens: 200_000 };
// No provider invoice is entered in these tests: the close needs a reason.
const CLOSE_LEDGER = `mutation($month: String!) { closeAccountingPeriod(month: $month, reason: "No provider invoices in this test") { month status } }`;
const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`;

const current = testToday().slice(0, 7);
const month = (back: number) => addAccountingMonths(current, -back);
const startOf = (m: string) => new Date(`${m}-01T00:00:00.000Z`);
const quarterOf = (m: string) => `${m.slice(0, 4)}-Q${Math.floor((Number(m.slice(5, 7)) - 1) / 3) + 1}`;

let sequence = 0;
const event = (occurredAt: string, overrides: Record<string, unknown> = {}) => ({
  source: 'cli',
  ...SONNET,
  ...SIX_DOLLARS,
  idempotencyKey: `exports-${++sequence}`,
  occurredAt,
  ...overrides,
});

interface Got {
  status: number;
  type: string | null;
  text: string;
  bytes: Buffer;
  headers: Headers;
}

describe('finance exports over REST: statements (JSON, CSV, PDF), FOCUS 1.2 streamed, GL journal', () => {
  let t: TestApp;
  let admin: SignedUp;
  let finance: SignedUp;
  let engineerMember: SignedUp;
  let financeKey: string;
  let usageKey: string;
  let platform: string;
  let data: string;
  let ann: FundedEngineer;
  let bo: FundedEngineer;

  const get = async (path: string, bearer?: string): Promise<Got> => {
    const response = await fetch(`${t.url}${path}`, {
      headers: bearer ? { authorization: `Bearer ${bearer}` } : {},
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      text: bytes.toString('utf8'),
      bytes,
      headers: response.headers,
    };
  };
  const json = <T>(got: Got) => JSON.parse(got.text) as T;
  const csv = (text: string) =>
    Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy' });
  const statementsTotal = async (period: string) =>
    BigInt(
      json<{ totalMicros: string }>(await get(`/v1/statements?period=${period}`, financeKey)).totalMicros,
    );

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
  beforeAll(async () => {
    t = await startTestApp();
    admin = await signUp(t, 'Export Co', 'admin@export.test');
    finance = await addMember(t, admin, 'finance@export.test', ['FINANCE']);
    engineerMember = await addMember(t, admin, 'eng@export.test', ['ENGINEER']);
    platform = await team('Platform, "Core"', 'CC-PLAT');
    data = await team('Data', 'CC-DATA');
    ann = await fundedEngineer(t, admin, {
      email: 'ann@export.test',
      allowanceMicros: 100n * USD,
      teamId: platform,
    });
    bo = await fundedEngineer(t, admin, {
      email: 'bo@export.test',
      allowanceMicros: 100n * USD,
      teamId: data,
    });
    await grantAt(t, admin, ann, 50n * USD, startOf(month(2)), `accrual:${ann.id}:${month(2)}`);
    // Two months back: usage, then the month closes. Last month: usage, and late usage of the closed month.
    await usage(bo, [event(`${month(2)}-10T10:00:00.000Z`)]);
    await usage(ann, [event(`${month(2)}-11T10:00:00.000Z`, { outputTokens: 200_001 })]);
    expect((await t.gql(CLOSE_LEDGER, { month: month(2) }, { token: finance.token })).errors).toBeUndefined();
    await usage(ann, [
      event(`${month(1)}-10T10:00:00.000Z`),
      event(`${month(1)}-20T10:00:00.000Z`, { source: 'cursor' }),
    ]);
    await usage(bo, [event(`${month(1)}-05T10:00:00.000Z`)]);
    await usage(bo, [event(`${month(2)}-12T10:00:00.000Z`)]);
    const created = await t.gql<{ createApiKey: { secret: string } }>(
      CREATE_KEY,
      { input: { name: 'BI', scopes: ['finance:read'] } },
      { token: finance.token },
    );
    financeKey = created.data!.createApiKey.secret;
    usageKey = await createKey(t, admin, { company: true, scopes: ['usage:write', 'budget:read'] });
  }, 180_000);

  afterAll(async () => {
    await t?.close();
  });

  it('streams the FOCUS file: every column, one row per line, Σ BilledCost = the statements’ total', async () => {
    const got = await get(`/v1/exports/focus?period=${month(1)}`, financeKey);
    expect(got.status).toBe(200);
    expect(got.type).toMatch(/^text\/csv/);
    // Streamed: chunked, never measured (and so never held) whole before the first byte.
    expect(got.headers.get('content-length')).toBeNull();
    expect(got.headers.get('transfer-encoding')).toBe('chunked');
    const parsed = csv(got.text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...FOCUS_COLUMNS]);
    const billed = parsed.data.reduce((sum, row) => sum + decimalToMicros(row.BilledCost), 0n);
    expect(billed).toBe(await statementsTotal(month(1)));
    expect(billed).toBe(24n * USD);
    const usageRows = parsed.data.filter((row) => row.ChargeCategory === 'Usage');
    expect(usageRows).toHaveLength(3);
    expect(usageRows.every((row) => row.ChargeClass === '' && row.ChargeFrequency === 'Usage-Based')).toBe(
      true,
    );
    const correction = parsed.data.find((row) => row.ChargeCategory === 'Adjustment')!;
    expect(correction).toMatchObject({ ChargeClass: 'Correction', x_Team: 'Data', x_CostCentre: 'CC-DATA' });
    expect(correction.ChargeDescription).toContain(month(2));
    expect(correction.BillingPeriodStart).toBe(`${month(1)}-01T00:00:00Z`);
    const annRow = usageRows.find((row) => row.x_Engineer === 'ann')!;
    expect(annRow).toMatchObject({
      x_Team: 'Platform, "Core"',
      ProviderName: 'Anthropic',
      ServiceCategory: 'AI and Machine Learning',
      ConsumedUnit: 'Tokens',
      ConsumedQuantity: '1200000',
      BillingCurrency: 'USD',
      BilledCost: '6.000000',
    });
    expect(decimalToMicros(annRow.ListCost)).toBeGreaterThan(0n);
    expect(JSON.parse(annRow.Tags)).toMatchObject({ 'tokenroll/category': 'USAGE' });
  });

  it('a quarter or fiscal year streams its months (the closed one frozen): Σ BilledCost = the statements’ total', async () => {
    for (const period of [quarterOf(month(2)), `FY${month(2).slice(0, 4)}`]) {
      const got = await get(`/v1/exports/focus?period=${period}`, financeKey);
      expect([period, got.status]).toEqual([period, 200]);
      const billed = csv(got.text).data.reduce((sum, row) => sum + decimalToMicros(row.BilledCost), 0n);
      expect([period, billed]).toEqual([period, await statementsTotal(period)]);
    }
  });

  it('the GL journal: 409 in showback; in chargeback balanced per cost centre, Σ debits = Σ credits = the total', async () => {
    const showback = await get(`/v1/exports/gl?period=${month(1)}`, financeKey);
    expect(showback.status).toBe(409);
    expect(json<{ detail: string }>(showback).detail).toMatch(/^showback: no journal entries/);
    await t.adminQuery(
      `insert into chargeback_settings (company_id, mode, gl_expense_account, gl_payable_account, gl_accrual_account)
       values ($1, 'CHARGEBACK', '6410', '2110', '2190')`,
      [admin.companyId],
    );
    const period = quarterOf(month(2)) === quarterOf(month(1)) ? quarterOf(month(1)) : month(1);
    const got = await get(`/v1/exports/gl?period=${period}`, financeKey);
    expect(got.status).toBe(200);
    const parsed = csv(got.text);
    expect(parsed.meta.fields).toEqual([...GL_CSV_COLUMNS]);
    const side = (key: 'Debit' | 'Credit') =>
      parsed.data.reduce((sum, row) => sum + (row[key] ? decimalToMicros(row[key]) : 0n), 0n);
    expect(side('Debit')).toBe(side('Credit'));
    expect(side('Debit')).toBe(await statementsTotal(period));
    const open = parsed.data.filter((row) => row.JournalDate.startsWith(month(1)));
    expect(new Set(open.map((row) => row.Account))).toEqual(new Set(['6410', '2190']));
    expect(open.filter((row) => row.Account === '6410').map((row) => [row.CostCentre, row.Debit])).toEqual([
      ['CC-DATA', '12.000000'],
      ['CC-PLAT', '12.000000'],
    ]);
    if (period !== month(1)) {
      const closed = parsed.data.filter((row) => row.JournalDate.startsWith(month(2)));
      expect(new Set(closed.map((row) => row.Account))).toEqual(new Set(['6410', '2110']));
    }
  });

  it('statements as JSON and CSV: Σ teams = Σ cost centres = the total; one statement by kind and key', async () => {
    const all = json<{
      totalMicros: string;
      statements: { kind: string; key: string; totalMicros: string }[];
    }>(await get(`/v1/statements?period=${month(1)}`, financeKey));
    const sumOf = (kind: string) =>
      all.statements.filter((s) => s.kind === kind).reduce((sum, s) => sum + BigInt(s.totalMicros), 0n);
    expect(sumOf('TEAM')).toBe(BigInt(all.totalMicros));
    expect(sumOf('COST_CENTRE')).toBe(BigInt(all.totalMicros));
    const got = await get(`/v1/statements?period=${month(1)}&format=csv`, financeKey);
    expect(got.type).toMatch(/^text\/csv/);
    const rows = csv(got.text).data.filter((row) => row.Section === 'TOTAL');
    const csvSum = (kind: string) =>
      rows
        .filter((row) => row.StatementKind === kind)
        .reduce((sum, row) => sum + decimalToMicros(row.Amount), 0n);
    expect(csvSum('TEAM')).toBe(BigInt(all.totalMicros));
    expect(csvSum('COST_CENTRE')).toBe(BigInt(all.totalMicros));
    const one = json<{ totalMicros: string; statements: { key: string; totalMicros: string }[] }>(
      await get(`/v1/statements?period=${month(1)}&kind=TEAM&key=${data}`, financeKey),
    );
    expect(one.statements.map((s) => s.key)).toEqual([data]);
    expect(one.statements[0].totalMicros).toBe(all.statements.find((s) => s.key === data)!.totalMicros);
  });

  it('a closed month’s PDF statement has its totals and the same bytes on every read', async () => {
    const path = `/v1/statements/TEAM/${data}.pdf?period=${month(2)}`;
    const first = await get(path, financeKey);
    expect(first.status).toBe(200);
    expect(first.type).toBe('application/pdf');
    const second = await get(path, financeKey);
    expect(second.bytes.equals(first.bytes)).toBe(true);
    const text = pdfText(first.bytes);
    expect(text).toContain('Data');
    expect(text).toContain(`Period ${month(2)}`);
    const total = json<{ statements: { totalMicros: string }[] }>(
      await get(`/v1/statements?period=${month(2)}&kind=TEAM&key=${data}`, financeKey),
    ).statements[0].totalMicros;
    expect(text).toContain(`Total: ${Money.of(BigInt(total), 'USD').format()}`);
    expect(text).toContain('closed period');
    const centre = pdfText(
      (await get(`/v1/statements/COST_CENTRE/CC-PLAT.pdf?period=${month(1)}`, financeKey)).bytes,
    );
    expect(centre).toContain('Total: $12.00');
  });

  it('signed-in FINANCE and ADMIN download the same files; other roles, scopes and no key are refused', async () => {
    const bySession = await get(`/v1/exports/focus?period=${month(1)}`, finance.token);
    expect(bySession.status).toBe(200);
    expect(bySession.text).toBe((await get(`/v1/exports/focus?period=${month(1)}`, financeKey)).text);
    expect((await get(`/v1/statements?period=${month(1)}`, admin.token)).status).toBe(200);
    for (const path of [
      `/v1/exports/focus?period=${month(1)}`,
      `/v1/exports/gl?period=${month(1)}`,
      `/v1/statements?period=${month(1)}`,
      `/v1/statements/TEAM/${data}.pdf?period=${month(1)}`,
    ]) {
      const engineer = await get(path, engineerMember.token);
      expect([path, engineer.status, json<{ title: string }>(engineer).title]).toEqual([
        path,
        403,
        'FORBIDDEN',
      ]);
      const wrongScope = await get(path, usageKey);
      expect([path, wrongScope.status, json<{ detail: string }>(wrongScope).detail]).toEqual([
        path,
        403,
        'This API key lacks the finance:read scope',
      ]);
      expect([path, (await get(path)).status]).toEqual([path, 401]);
    }
  });

  it('bad input is a 400 naming the field, before any byte of a file', async () => {
    const cases: [string, string][] = [
      [`/v1/exports/focus?period=${addAccountingMonths(current, 2)}`, 'period'],
      ['/v1/exports/focus?period=2026-13', 'period'],
      ['/v1/exports/focus', 'period'],
      ['/v1/exports/gl?period=last%20month', 'period'],
      [`/v1/statements?period=FY20x6`, 'period'],
      [`/v1/statements?period=${month(1)}&kind=TEAM`, 'key'],
      [`/v1/statements?period=${month(1)}&kind=TEAMS&key=x`, 'kind'],
      [`/v1/statements?period=${month(1)}&format=xlsx`, 'format'],
      [`/v1/statements/TEAM/${data}.pdf?period=2026-Q5`, 'period'],
    ];
    for (const [path, field] of cases) {
      const got = await get(path, financeKey);
      expect([path, got.status, got.type?.split(';')[0]]).toEqual([path, 400, 'application/problem+json']);
      expect([path, json<{ fields: { field: string }[] }>(got).fields[0].field]).toEqual([path, field]);
    }
  });
});
