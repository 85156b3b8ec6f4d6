import type { Page } from '@playwright/test';
import { expect, shot, signInAsDemo, test } from './support';

const FLOW = 'security-headers';
const PAGES = [
  '/',
  '/members',
  '/engineers',
  '/teams',
  '/team-burn',
  '/policy',
  '/offers',
  '/alerts',
  '/api-keys',
  '/audit',
  '/profile',
];

/** Every CSP violation the page reports: the browser's event and its console message. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(message.text()))
      violations.push(`console: ${message.text()}`);
  });
  await page.exposeFunction('__cspViolation', (text: string) => violations.push(`event: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { __cspViolation(text: string): void }).__cspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      ),
    );
  });
  return violations;
}

test('the web app works under its Content-Security-Policy: sign in, walk the pages, reload, no violation', async ({
  page,
}) => {
  const violations = await watchViolations(page);
  const first = await page.goto('/login');
  const csp = first?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("script-src 'self'");
  expect(first?.headers()['x-content-type-options']).toBe('nosniff');
  expect(first?.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');

  await signInAsDemo(page, 'admin@demo.tokenroll.dev');
  // In-app navigation (as a person clicks): every page renders its content under the policy.
  for (const path of PAGES) {
    await page.evaluate((to) => {
      window.history.pushState({}, '', to);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, path);
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByTestId('current-user-email')).toHaveText('admin@demo.tokenroll.dev');
    await expect(page.locator('h1, h2, h3').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
  }
  await shot(page, FLOW, '01-last-page-under-csp');
  // A full load restores the session through the refresh cookie, under the policy too.
  await page.reload();
  await expect(page.getByTestId('current-user-email')).toHaveText('admin@demo.tokenroll.dev');
  await page.goto('/docs');
  await expect(page.getByRole('heading', { name: /Tokenroll API/ })).toBeVisible();
  expect(violations).toEqual([]);
});

test('a page that frames the app is refused (frame-ancestors none)', async ({ page, baseURL }) => {
  const violations: string[] = [];
  page.on('console', (message) => violations.push(message.text()));
  await page.setContent(`<iframe id="f" src="${baseURL}/login" width="400" height="300"></iframe>`);
  await expect
    .poll(() => violations.some((text) => /frame-ancestors|X-Frame-Options|refused to connect/i.test(text)))
    .toBe(true);
  const frame = page.frame({ url: /\/login/ });
  expect(
    await frame
      ?.locator('#root')
      .count()
      .catch(() => 0),
  ).toBeFalsy();
});
