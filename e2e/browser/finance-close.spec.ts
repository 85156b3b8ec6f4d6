import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import type { APIRequestContext, Page } from '@playwright/test';
import { businessToday, expect, mainNav, PASSWORD, shot, SMTP_PORT, test, uniqueId } from './support';
import { startSmtpServer, waitFor, type ReceivedMail } from './loopback-receivers';

/**
 * The finance desk end to end, on a company of its own (so it never closes a month another spec relies on):
 * an engineer on a managed team uses AI last month, FINANCE closes last month from the Close page (a reason,
 * because unpriced usage is left), a late event for last month arrives and shows in this month's statement as
 * an adjustment naming last month, the manager gets the team's statement by mail, and the closed month's
 * statement total equals Σ BilledCost of its FOCUS file and Σ debits of its GL journal.
 */
const FLOW = 'finance-close';

/** "123.456789" / "-0.5" → micro-units, exactly. */
function micros(decimal: string): bigint {
  const text = decimal.trim();
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = text.replace(/^[-+]/, '').split('.');
  const value = BigInt(whole || '0') * 1_000_000n + BigInt(fraction.padEnd(6, '0').slice(0, 6) || '0');
  return negative ? -value : value;
}

/** "$1,234.56" → cents. */
function centsOf(shown: string): bigint {
  const negative = shown.includes('-') || shown.includes('−');
  const value = BigInt(shown.replace(/[^0-9]/g, ''));
  return negative ? -value : value;
}

/** Micro-units rounded to cents, half away from zero (as the web shows money). */
function toCents(value: bigint): bigint {
  const sign = value < 0n ? -1n : 1n;
  const abs = value < 0n ? -value : value;
  return sign * ((abs + 5_000n) / 10_000n);
}

function previousMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** '2026-11' → "November 2026" (the pages' long month). */
function longMonth(month: string): string {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}
/** '2026-11' → "Nov 2026" (the adjustments' original month). */
function shortMonth(month: string): string {
  return `${longMonth(month).slice(0, 3)} ${month.slice(0, 4)}`;
}

async function gql<T>(
  api: APIRequestContext,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await api.post('/graphql', {
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    data: { query, variables },
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return body.data;
}

interface AuthPayload {
  accessToken: string;
  user: { id: string };
}
const AUTH = 'accessToken user { id }';

/** Invites a member with these roles and accepts for them: their token and user id. */
async function member(
  api: APIRequestContext,
  adminToken: string,
  email: string,
  name: string,
  roles: string[],
): Promise<AuthPayload> {
  const { inviteMember } = await gql<{ inviteMember: { acceptUrl: string | null } }>(
    api,
    adminToken,
    'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { acceptUrl } }',
    { input: { email, roles } },
  );
  expect(inviteMember.acceptUrl).toContain('token=');
  const token = new URL(inviteMember.acceptUrl as string).searchParams.get('token');
  const { acceptInvitation } = await gql<{ acceptInvitation: AuthPayload }>(
    api,
    null,
    `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { ${AUTH} } }`,
    { input: { token, name, password: PASSWORD } },
  );
  return acceptInvitation;
}

async function postUsage(
  api: APIRequestContext,
  key: string,
  events: Record<string, unknown>[],
): Promise<{ status: string; cost?: string; unpriced?: boolean }[]> {
  const response = await api.post('/v1/usage', {
    headers: { authorization: `Bearer ${key}` },
    data: { events },
  });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { results: { status: string; cost?: string; unpriced?: boolean }[] })
    .results;
}

async function signIn(page: Page, email: string) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/^Password/).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { name: /^Welcome, / })).toBeVisible();
}

/** A CSV download's rows (header first, as objects). */
async function downloadRows(page: Page, button: string): Promise<Record<string, string>[]> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const file = await download.path();
  const parsed = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

test.describe.serial('finance desk: close, late usage, manager mail, exports that add up', () => {
  const id = uniqueId();
  const current = businessToday().slice(0, 7);
  const closing = previousMonth(current);
  const financeEmail = `fay-${id}@example.com`;
  const managerEmail = `max-${id}@example.com`;
  const engineer = { name: 'Lea Late', email: `lea-${id}@example.com` };
  const teamName = `Platform ${id}`;
  let api: APIRequestContext;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let financeToken = '';
  let companyKey = '';
  let teamId = '';
  let lateCost = 0n;

  test.beforeAll(async ({ playwright }) => {
    smtp = await startSmtpServer(SMTP_PORT);
    api = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
    const { signUp } = await gql<{ signUp: AuthPayload }>(
      api,
      null,
      `mutation($input: SignUpInput!) { signUp(input: $input) { ${AUTH} } }`,
      {
        input: {
          companyName: `Ledgerly ${id}`,
          name: 'Ada Admin',
          email: `ada-${id}@example.com`,
          password: PASSWORD,
        },
      },
    );
    const admin = signUp.accessToken;
    financeToken = (await member(api, admin, financeEmail, 'Fay Finance', ['FINANCE'])).accessToken;
    const manager = await member(api, admin, managerEmail, 'Max Manager', ['MANAGER']);
    const { createTeam } = await gql<{ createTeam: { id: string } }>(
      api,
      admin,
      'mutation($input: CreateTeamInput!) { createTeam(input: $input) { id } }',
      { input: { name: teamName, costCentre: `CC-${id}`, managerUserId: manager.user.id } },
    );
    teamId = createTeam.id;
    // on the payroll since the 1st of last month: the books open last month, which may close now
    await gql(api, admin, 'mutation($input: CreateEngineerInput!) { createEngineer(input: $input) { id } }', {
      input: {
        name: engineer.name,
        email: engineer.email,
        annualPay: '120000',
        currency: 'USD',
        startDate: `${closing}-01`,
        teamId,
      },
    });
    await gql(api, admin, 'mutation { runAccruals { __typename } }');
    const { createApiKey } = await gql<{ createApiKey: { secret: string } }>(
      api,
      admin,
      'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
      { input: { name: `gateway ${id}`, company: true, scopes: ['usage:write'] } },
    );
    companyKey = createApiKey.secret;
    // last month's usage: priced Sonnet, and a model nobody priced (an open item of the close)
    const results = await postUsage(api, companyKey, [
      {
        engineerEmail: engineer.email,
        source: 'claude-code',
        provider: 'anthropic',
        model: 'claude-sonnet-4-6',
        inputTokens: 1_000_000,
        outputTokens: 2_000_000,
        occurredAt: `${closing}-10T12:00:00Z`,
        idempotencyKey: `e2e-finance-${id}-1`,
      },
      {
        engineerEmail: engineer.email,
        source: 'claude-code',
        provider: 'acme',
        model: `acme-unpriced-${id}`,
        inputTokens: 1000,
        outputTokens: 1000,
        occurredAt: `${closing}-11T12:00:00Z`,
        idempotencyKey: `e2e-finance-${id}-2`,
      },
    ]);
    expect(results.map((result) => result.status)).toEqual(['accepted', 'accepted']);
  });

  test.afterAll(async () => {
    await smtp?.close();
    await api?.dispose();
  });

  test('FINANCE closes last month with a reason; a late event for it lands in this month as an adjustment', async ({
    page,
  }) => {
    await test.step('FINANCE lands on the finance home and switches the company to chargeback', async () => {
      await signIn(page, financeEmail);
      await expect(page.getByTestId('finance-home')).toBeVisible();
      await mainNav(page)
        .getByRole('link', { name: /^Allocation/ })
        .click();
      // a segmented control: its radio input is hidden under its label
      await page.getByText('Chargeback', { exact: true }).click();
      await expect(page.getByRole('radio', { name: 'Chargeback' })).toBeChecked();
      await page.getByRole('button', { name: 'Save settings' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    });

    await test.step('the checklist shows the unpriced usage; closing without a reason is refused', async () => {
      await mainNav(page)
        .getByRole('link', { name: /^Close/ })
        .click();
      await expect(page.getByRole('heading', { name: `Checklist for ${longMonth(closing)}` })).toBeVisible();
      const checklist = page.getByRole('list', { name: `Checklist for ${longMonth(closing)}` });
      await expect(
        checklist
          .getByRole('listitem')
          .filter({ hasText: /without a price/ })
          .first(),
      ).toContainText('open');
      await page.getByRole('button', { name: `Close ${longMonth(closing)}` }).click();
      await page.getByRole('button', { name: `Yes, close ${longMonth(closing)}` }).click();
      await expect(page.getByRole('textbox', { name: /Reason/ })).toHaveAccessibleDescription(
        /Reason is required/,
      );
      await shot(page, FLOW, '01-reason-required');
    });

    await test.step('with a reason the month closes and the history keeps the reason', async () => {
      const reason = `Acme model priced next month (${id})`;
      await page.getByRole('textbox', { name: /Reason/ }).fill(reason);
      await page.getByRole('button', { name: `Close ${longMonth(closing)}` }).click();
      await page.getByRole('button', { name: `Yes, close ${longMonth(closing)}` }).click();
      await expect(
        page.getByRole('status').filter({ hasText: `${longMonth(closing)} is closed` }),
      ).toBeVisible();
      const row = page
        .getByRole('table', { name: 'History of closes' })
        .getByRole('row', { name: new RegExp(longMonth(closing)) });
      await expect(row).toContainText(reason);
      await shot(page, FLOW, '02-closed');
    });

    await test.step('a late event for the closed month arrives from the gateway', async () => {
      const [late] = await postUsage(api, companyKey, [
        {
          engineerEmail: engineer.email,
          source: 'claude-code',
          provider: 'anthropic',
          model: 'claude-sonnet-4-6',
          inputTokens: 0,
          outputTokens: 1_000_000,
          occurredAt: `${closing}-20T12:00:00Z`,
          idempotencyKey: `e2e-finance-${id}-late`,
        },
      ]);
      expect(late?.status).toBe('accepted');
      lateCost = micros(late?.cost ?? '0');
      expect(lateCost).toBeGreaterThan(0n);
    });

    await test.step("this month's team statement shows it as an adjustment naming the closed month", async () => {
      await page.goto(`/finance/statements?period=${current}&kind=TEAM&key=${encodeURIComponent(teamId)}`);
      const adjustments = page.getByRole('table', { name: 'Adjustments from closed months' });
      const row = adjustments.getByRole('row').filter({ hasText: shortMonth(closing) });
      await expect(row).toContainText(engineer.name);
      expect(centsOf((await row.getByRole('cell').last().innerText()).trim())).toBe(toCents(lateCost));
      await shot(page, FLOW, '03-adjustment-in-open-month');
      // the closed month does not move: the late event is not in its statement
      const { statement } = await gql<{ statement: { totalMicros: string; adjustments: unknown[] } }>(
        api,
        financeToken,
        'query($p: String!, $k: String!) { statement(period: $p, kind: TEAM, key: $k) { totalMicros adjustments { originalMonth } } }',
        { p: closing, k: teamId },
      );
      expect(statement.adjustments).toEqual([]);
    });
  });

  test("the manager gets the team's statement by mail when the month closes", async ({ page }) => {
    const mail: ReceivedMail = await waitFor('the statement mail to the manager', () =>
      smtp.mails.find(
        (received) => received.to.includes(managerEmail) && received.subject.includes(teamName),
      ),
    );
    expect(mail.subject).toContain(closing);
    expect(mail.text).toContain(teamName);
    // the team's statement as a PDF (the exports' renderer)
    const pdf = mail.attachments.find((attachment) => attachment.contentType === 'application/pdf');
    expect(pdf?.filename).toMatch(/\.pdf$/);
    expect(pdf?.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // nobody else's team: only the manager of this company's team got it
    expect(smtp.mails.filter((received) => received.subject === mail.subject).flatMap((m) => m.to)).toEqual([
      managerEmail,
    ]);

    await signIn(page, managerEmail);
    await mainNav(page)
      .getByRole('link', { name: /^Statements/ })
      .click();
    await page.goto(`/finance/statements?period=${closing}&kind=TEAM&key=${encodeURIComponent(teamId)}`);
    await expect(page.getByRole('heading', { name: teamName, level: 2 })).toBeVisible();
    await shot(page, FLOW, '04-manager-statement');
  });

  test("a closed month's statement total = Σ BilledCost of its FOCUS file = Σ debits of its GL journal", async ({
    page,
  }) => {
    const { statements } = await gql<{ statements: { totalMicros: string; closed: boolean } }>(
      api,
      financeToken,
      'query($p: String!) { statements(period: $p) { totalMicros closed } }',
      { p: closing },
    );
    expect(statements.closed).toBe(true);
    const total = BigInt(statements.totalMicros);
    expect(total).toBeGreaterThan(0n);

    await signIn(page, financeEmail);
    await page.goto(`/finance/statements?period=${closing}&kind=TEAM&key=${encodeURIComponent(teamId)}`);
    await expect(page.getByTestId('period-status')).toHaveText('Closed');
    expect(centsOf(await page.getByTestId('period-total').innerText())).toBe(toCents(total));
    expect(centsOf(await page.getByTestId('statement-total').innerText())).toBe(toCents(total));

    const focus = await downloadRows(page, 'Download the FOCUS file of the period');
    expect(focus.length).toBeGreaterThan(0);
    expect(focus.reduce((sum, row) => sum + micros(row['BilledCost'] ?? ''), 0n)).toBe(total);
    expect(new Set(focus.map((row) => row['BillingCurrency']))).toEqual(new Set(['USD']));

    const journal = await downloadRows(page, 'Download the GL journal of the period');
    const debits = journal.reduce((sum, row) => sum + (row['Debit'] ? micros(row['Debit']) : 0n), 0n);
    const credits = journal.reduce((sum, row) => sum + (row['Credit'] ? micros(row['Credit']) : 0n), 0n);
    expect(debits).toBe(total);
    expect(credits).toBe(total);
    await shot(page, FLOW, '05-closed-month-exports');
  });
});
