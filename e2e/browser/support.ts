import path from 'node:path';
import { expect, type Page } from '@playwright/test';

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
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: /^Welcome, / })).toBeVisible();
}

/** The 1st of next month in this machine's calendar, as 'YYYY-MM-DD', and its month number (1..12). */
export function firstOfNextMonth(now = new Date()): { iso: string; month: number } {
  const next = new Date(now.getFullYear(), now.getMonth() + 1, 1);
  const month = next.getMonth() + 1;
  return { iso: `${next.getFullYear()}-${String(month).padStart(2, '0')}-01`, month };
}

/** The loopback port the product under test sends mail to (playwright.config.ts picks it and sets SMTP_URL to it). */
export const SMTP_PORT = Number(process.env.E2E_SMTP_PORT);
