import { acceptInvitation, expect, invite, PASSWORD, shot, signUp, test, uniqueId } from './support';

const FLOW = 'member-roles-deactivation';

test('an ADMIN changes a member’s roles, deactivates them (their next request is refused) and reactivates them', async ({
  page,
  browser,
}) => {
  const id = uniqueId();
  const company = `Members ${id}`;
  const adminEmail = `admin-${id}@example.com`;
  const memberEmail = `member-${id}@example.com`;
  await signUp(page, { company, name: 'Ada Admin', email: adminEmail });
  await expect(page.getByRole('heading', { name: /^Welcome, / })).toBeVisible();
  await page.goto('/members');
  const link = await invite(page, memberEmail, ['Engineer']);

  // The member joins in a browser of their own and stays signed in there.
  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await acceptInvitation(member, link, 'Max Member', company);
  await expect(member.getByRole('heading', { name: /^Welcome, / })).toBeVisible();

  const table = page.getByRole('table', { name: 'Members' });
  const row = table.getByRole('row').filter({ hasText: memberEmail });

  // The last ADMIN cannot give up their own ADMIN role: the reason is shown.
  await table.getByRole('button', { name: `Change roles of ${adminEmail}` }).click();
  const own = page.getByRole('dialog', { name: `Roles of ${adminEmail}` });
  await own.getByRole('checkbox', { name: /^Admin/ }).uncheck();
  await own.getByRole('checkbox', { name: /^HR/ }).check();
  await own.getByRole('button', { name: 'Save roles' }).click();
  await expect(own.getByRole('alert')).toContainText('would leave the company without an active ADMIN');
  await shot(page, FLOW, '01-last-admin-refused');
  await own.getByRole('button', { name: 'Cancel' }).click();

  // Roles: Engineer → Engineer + Manager (the list now shows the member who joined).
  await page.reload();
  await row.getByRole('button', { name: `Change roles of ${memberEmail}` }).click();
  const dialog = page.getByRole('dialog', { name: `Roles of ${memberEmail}` });
  await dialog.getByRole('checkbox', { name: /^Manager/ }).check();
  await dialog.getByRole('button', { name: 'Save roles' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(row.getByText('Manager')).toBeVisible();
  await shot(page, FLOW, '02-role-changed');

  // Deactivate: the member's very next request is refused and they land on the sign-in page.
  await row.getByRole('button', { name: `Deactivate ${memberEmail}` }).click();
  await expect(row.getByText('Deactivated')).toBeVisible();
  await shot(page, FLOW, '03-deactivated');
  await member.reload();
  await expect(member.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await member.getByLabel('Email').fill(memberEmail);
  await member.getByLabel(/^Password/).fill(PASSWORD);
  await member.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(member.getByText(/deactivated/i)).toBeVisible();
  await shot(member, FLOW, '04-member-refused');

  // Reactivate: they can sign in again, with the roles the ADMIN gave them.
  await row.getByRole('button', { name: `Reactivate ${memberEmail}` }).click();
  await expect(row.getByText('Active', { exact: true })).toBeVisible();
  await shot(page, FLOW, '05-reactivated');
  await member.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(member.getByRole('heading', { name: /^Welcome, / })).toBeVisible();
  await shot(member, FLOW, '06-member-back');

  // The audit log reads as named fields before and after.
  await page.goto('/audit');
  const audit = page.getByRole('table', { name: 'Audit log' });
  await expect(audit.getByText('Member deactivated').first()).toBeVisible();
  await expect(
    audit.getByRole('list', { name: 'Changes' }).filter({ hasText: 'DEACTIVATED' }).first(),
  ).toBeVisible();
  await shot(page, FLOW, '07-audit');
  await memberContext.close();
});
