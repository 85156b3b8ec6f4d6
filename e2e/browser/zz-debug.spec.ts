import { expect, test } from '@playwright/test';
import { uniqueId } from './support';

test('debug refetch', async ({ page }) => {
  page.on('response', async (response) => {
    if (!response.url().endsWith('/graphql')) return;
    const op = (JSON.parse(response.request().postData() ?? '{}') as { operationName?: string }).operationName;
    const body = await response.text().catch(() => '');
    console.log('OP', op, response.status(), op === 'Engineers' ? (body.match(/"email"/g) ?? []).length : body.slice(0, 200));
  });
  await page.goto('/login');
  await page.getByLabel('Email').fill('hr@demo.tokenroll.dev');
  await page.getByLabel(/^Password/).fill('tokenroll-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: /^Welcome, / })).toBeVisible();
  await page.goto('/engineers');
  const form = page.getByRole('form', { name: 'Add engineer' });
  const id = uniqueId();
  await form.getByLabel(/^Name/).fill(`Dbg ${id}`);
  await form.getByLabel(/^Email/).fill(`dbg-${id}@example.com`);
  await form.getByLabel(/^Team/).selectOption({ label: 'Engineering' });
  await form.getByLabel(/^Start date/).fill('2026-11-01');
  await form.getByLabel(/^Annual base pay/).fill('200,000');
  await form.getByRole('button', { name: 'Add engineer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'added' })).toBeVisible();
  await page.waitForTimeout(2000);
  console.log('rows', await page.getByRole('table', { name: 'Engineers' }).locator('tbody tr').count());
});
