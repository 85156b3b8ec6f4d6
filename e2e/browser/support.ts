import path from 'node:path';
import { expect, test as base, type Page } from '@playwright/test';

export { expect };
export type { Locator, Page } from '@playwright/test';

const DAY_MS = 86_400_000;

/**
 * The business instant of this run: `BUSINESS_DATE` (the day the server under test is pinned to) at the
 * real time of day (UTC), as the api's clock does; the real instant when the run is not pinned.
 */
export function businessNow(): Date {
  const pinned = process.env.BUSINESS_DATE;
  const real = Date.now();
  return pinned ? new Date(Date.parse(`${pinned}T00:00:00.000Z`) + (real % DAY_MS)) : new Date(real);
}

/** Today's business date (UTC, as the demo company is), 'YYYY-MM-DD'. */
export function businessToday(): string {
  return businessNow().toISOString().slice(0, 10);
}

/**
 * Playwright's `test` whose browser contexts follow the business clock: on a pinned run every page's
 * `Date` starts at the pinned day (and time flows from there), so the web's own "today" agrees with the
 * server's. Specs import `test` from here (playwright.config.ts refuses one that does not).
 */
export const test = base.extend({
  context: async ({ context }, use) => {
    if (process.env.BUSINESS_DATE) await context.clock.install({ time: businessNow() });
    await use(context);
  },
});

export const PASSWORD = 'correct horse battery staple';

/** Unique per run, so the same database can take the suite twice. */
export function uniqueId(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}

export async function shot(page: Page, flow: string, step: string): Promise<void> {
  // a fixed header would be drawn mid-page in a full-page capture of a scrolled page
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(__dirname, 'screenshots', `${flow}-${step}.png`), fullPage: true });
}

export function mainNav(page: Page) {
  return page.getByRole('navigation', { name: 'Main' });
}

export async function signUp(
  page: Page,
  values: { company: string; name: string; email: string; password?: string },
) {
  await page.goto('/signup');
  await expect(page.getByRole('heading', { name: 'Create your company' })).toBeVisible();
  await page.getByLabel('Company name').fill(values.company);
  await page.getByLabel('Your name').fill(values.name);
  await page.getByLabel('Work email').fill(values.email);
  await page.getByLabel(/^Password/).fill(values.password ?? PASSWORD);
  await page.getByRole('button', { name: 'Create company' }).click();
}

/** Invites from /members and returns the accept link shown to the admin. */
export async function invite(page: Page, email: string, roleLabels: string[]): Promise<string> {
  const form = page.getByRole('form', { name: 'Invite member' });
  await form.getByLabel(/^Email/).fill(email);
  for (const label of roleLabels) await form.getByRole('checkbox', { name: label, exact: true }).check();
  await form.getByRole('button', { name: 'Send invitation' }).click();
  const alert = page.getByRole('status').filter({ hasText: `Invitation created for ${email}` });
  await expect(alert).toBeVisible();
  const link = await alert.getByLabel('Accept link').inputValue();
  expect(link).toContain('token=');
  return link;
}

/** The accept link's path, so the test follows it on whichever host serves the app. */
export function pathOf(link: string): string {
  const url = new URL(link, 'http://placeholder');
  return url.pathname + url.search;
}

export async function acceptInvitation(
  page: Page,
  link: string,
  name: string,
  company: string,
  screenshot?: { flow: string; step: string },
) {
  await page.goto(pathOf(link));
  await expect(page.getByRole('heading', { name: `Join ${company}` })).toBeVisible();
  if (screenshot) await shot(page, screenshot.flow, screenshot.step);
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel(/^Password/).fill(PASSWORD);
  await page.getByLabel('Confirm password').fill(PASSWORD);
  await page.getByRole('button', { name: `Join ${company}` }).click();
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
}

export async function emailColumn(page: Page): Promise<string[]> {
  const table = page.getByRole('table', { name: 'Members' });
  return table.locator('tbody tr td:nth-child(2)').allInnerTexts();
}

export const DEMO_PASSWORD = 'tokenroll-demo-2026';

/** Signs in as a member of the demo company (seeded by the e2e server). */
export async function signInAsDemo(page: Page, email: string) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/^Password/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { name: /^Welcome, / })).toBeVisible();
}

/** The 1st of next month by the business clock (UTC), as 'YYYY-MM-DD', and its month number (1..12). */
export function firstOfNextMonth(now = businessNow()): { iso: string; month: number } {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  const month = next.getUTCMonth() + 1;
  return { iso: `${next.getUTCFullYear()}-${String(month).padStart(2, '0')}-01`, month };
}

/** The loopback port the product under test sends mail to (playwright.config.ts picks it and sets SMTP_URL to it). */
export const SMTP_PORT = Number(process.env.E2E_SMTP_PORT);
