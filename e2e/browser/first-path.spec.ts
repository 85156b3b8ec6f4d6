import { readFile } from 'node:fs/promises';
import {
  expect,
  test,
  acceptInvitation,
  emailColumn,
  invite,
  mainNav,
  pathOf,
  shot,
  signOut,
  signUp,
  uniqueId,
} from './support';

const FLOW = 'first-path';

test('first path: sign up, invite two members, export them, and sign in as the engineer', async ({
  page,
}) => {
  const id = uniqueId();
  const company = `Acme ${id}`;
  const adminEmail = `admin-${id}@example.com`;
  const hrEmail = `hr-${id}@example.com`;
  const engineerEmail = `eng-${id}@example.com`;

  await test.step('sign up a company and land on the empty dashboard', async () => {
    await signUp(page, { company, name: 'Ada Admin', email: adminEmail });
    await expect(page.getByRole('heading', { name: 'Welcome, Ada Admin' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'No token usage yet' })).toBeVisible();
    await expect(page.getByTestId('company-name')).toHaveText(company);
    await expect(page.getByTestId('current-user-email')).toHaveText(adminEmail);
    await expect(mainNav(page).getByRole('link', { name: /Members/ })).toBeVisible();
    await shot(page, FLOW, '01-empty-dashboard');
  });

  let engineerLink = '';
  await test.step('invite an HR member and an engineer', async () => {
    await mainNav(page)
      .getByRole('link', { name: /Members/ })
      .click();
    await expect(page.getByRole('heading', { name: 'Members', level: 1 })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Members' })).toBeVisible();
    await shot(page, FLOW, '02-members-only-admin');
    await invite(page, hrEmail, ['HR']);
    engineerLink = await invite(page, engineerEmail, ['Engineer']);
    const table = page.getByRole('table', { name: 'Members' });
    await expect(table.getByRole('row').filter({ hasText: hrEmail })).toContainText('Invited');
    await expect(table.getByRole('row').filter({ hasText: engineerEmail })).toContainText('Engineer');
    await expect(table.getByRole('row').filter({ hasText: adminEmail })).toContainText('Active');
    await shot(page, FLOW, '03-members-invited');
  });

  await test.step('sort by email, both directions', async () => {
    const header = page.getByRole('columnheader', { name: /Email/ });
    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    const ascending = await emailColumn(page);
    expect(ascending).toEqual([adminEmail, engineerEmail, hrEmail].sort());
    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(await emailColumn(page)).toEqual([...ascending].reverse());
    await shot(page, FLOW, '04-sorted-by-email-desc');
  });

  await test.step('export the members as CSV', async () => {
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe('members.csv');
    const csv = await readFile(await download.path(), 'utf8');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('Name,Email,Roles,Status,Since');
    expect(lines).toHaveLength(4);
    // same order as on screen (email, descending)
    expect(lines.slice(1).map((line) => line.split(',')[1])).toEqual([hrEmail, engineerEmail, adminEmail]);
    expect(lines.find((line) => line.includes(hrEmail))).toMatch(/^,[^,]+,HR,Invited,\d{4}-\d{2}-\d{2}T/);
    expect(lines.find((line) => line.includes(engineerEmail))).toMatch(/,Engineer,Invited,/);
    expect(lines.find((line) => line.includes(adminEmail))).toMatch(/^Ada Admin,[^,]+,Admin,Active,/);
  });

  await test.step('sign out', async () => {
    await signOut(page);
    await shot(page, FLOW, '05-signed-out');
  });

  await test.step('accept the engineer invitation and land signed in', async () => {
    await acceptInvitation(page, engineerLink, 'Eve Engineer', company, {
      flow: FLOW,
      step: '06a-accept-invitation',
    });
    await expect(page.getByRole('heading', { name: 'Welcome, Eve Engineer' })).toBeVisible();
    await expect(page.getByTestId('current-user-email')).toHaveText(engineerEmail);
    await expect(page.getByRole('heading', { name: 'No token usage yet' })).toBeVisible();
    await shot(page, FLOW, '06-engineer-dashboard');
  });

  await test.step('profile shows ENGINEER and not ADMIN; no Members in the navigation', async () => {
    await expect(mainNav(page).getByRole('link', { name: /Dashboard/ })).toBeVisible();
    await expect(mainNav(page).getByRole('link', { name: /Members/ })).toHaveCount(0);
    await mainNav(page)
      .getByRole('link', { name: /Profile/ })
      .click();
    await expect(page.getByRole('heading', { name: 'Your profile' })).toBeVisible();
    const roles = page.getByRole('list', { name: 'Your roles' });
    await expect(roles).toContainText(/engineer/i);
    await expect(roles).not.toContainText(/admin/i);
    const main = page.getByRole('main');
    await expect(main.getByText(engineerEmail)).toBeVisible();
    await expect(main.getByText(company)).toBeVisible();
    await expect(main.getByText('Eve Engineer')).toBeVisible();
    await shot(page, FLOW, '07-engineer-profile');
  });

  await test.step('opening /members directly shows the no-access state', async () => {
    await page.goto('/members');
    await expect(page.getByRole('heading', { name: "You don't have access to this page" })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Members' })).toHaveCount(0);
    await expect(page.getByText(hrEmail)).toHaveCount(0);
    await shot(page, FLOW, '08-engineer-no-access');
  });

  await test.step('the used accept link now shows a clear error state', async () => {
    await page.goto(pathOf(engineerLink));
    await expect(page.getByRole('heading', { name: "This invitation can't be used" })).toBeVisible();
    await expect(page.getByText('This invitation link has already been used.')).toBeVisible();
    await expect(page.getByLabel(/^Password/)).toHaveCount(0);
    await shot(page, FLOW, '09-used-invitation');
  });
});
