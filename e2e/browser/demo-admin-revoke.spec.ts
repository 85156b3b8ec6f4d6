import { expect, test, invite, pathOf, shot, uniqueId } from './support';

const FLOW = 'demo-admin-revoke';

test('the demo admin signs in, invites someone and revokes the invitation; the link stops working', async ({
  page,
}) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill('admin@demo.tokenroll.dev');
  await page.getByLabel(/^Password/).fill('tokenroll-demo-2026');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { name: /Welcome, Ada Admin/ })).toBeVisible();

  await page.goto('/members');
  const table = page.getByRole('table', { name: 'Members' });
  for (const email of [
    'admin@demo.tokenroll.dev',
    'hr@demo.tokenroll.dev',
    'manager@demo.tokenroll.dev',
    'alice@demo.tokenroll.dev',
    'bob@demo.tokenroll.dev',
  ]) {
    await expect(table.getByRole('cell', { name: email, exact: true })).toBeVisible();
  }
  const email = `temp-${uniqueId()}@example.com`;
  const link = await invite(page, email, ['Finance']);
  await expect(table.getByRole('cell', { name: email, exact: true })).toBeVisible();
  await shot(page, FLOW, '01-invited');

  await table.getByRole('button', { name: `Revoke invitation of ${email}` }).click();
  await expect(table.getByRole('cell', { name: email, exact: true })).toHaveCount(0);
  await shot(page, FLOW, '02-revoked');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.goto(pathOf(link));
  await expect(page.getByText('This invitation link was revoked.')).toBeVisible();
  await shot(page, FLOW, '03-revoked-link');
});
