import {
  businessToday,
  expect,
  mainNav,
  shot,
  signInAsDemo,
  signOut,
  test,
  uniqueId,
  type Page,
} from './support';

const FLOW = 'teams-and-leaving';

/** `days` after today by the business clock, 'YYYY-MM-DD'. */
function dayAfterToday(days: number): string {
  return new Date(Date.parse(`${businessToday()}T00:00:00.000Z`) + days * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

function teamRow(page: Page, name: string) {
  return page
    .getByRole('table', { name: 'Teams' })
    .getByRole('row')
    .filter({ has: page.getByText(name, { exact: true }) });
}

test('HR renames and moves a team, an admin gives it a manager; an engineer moves team from a date; HR sees what an end date will do before saving it', async ({
  page,
}) => {
  const id = uniqueId();
  const parent = `Tree ${id}`;
  const child = `Branch ${id}`;
  const renamed = `Leaf ${id}`;
  const engineerName = `Mo Mover ${id}`;
  const engineerEmail = `mo-${id}@example.com`;
  const moveDay = dayAfterToday(1);
  const lastDay = dayAfterToday(20);

  await test.step('HR adds two teams', async () => {
    await signInAsDemo(page, 'hr@demo.tokenroll.dev');
    await mainNav(page)
      .getByRole('link', { name: /^Teams/ })
      .click();
    const form = page.getByRole('form', { name: 'Add team' });
    for (const name of [parent, child]) {
      await form.getByLabel(/^Name/).fill(name);
      await form.getByLabel(/^Cost centre/).fill(`CC-${name.split(' ')[0]}`);
      await form.getByRole('button', { name: 'Add team' }).click();
      await expect(page.getByRole('status').filter({ hasText: `Team ${name} added.` })).toBeVisible();
    }
    await expect(teamRow(page, child)).toHaveAttribute('aria-level', '1');
  });

  await test.step('HR renames the second team, moves it under the first and books it to another cost centre', async () => {
    await page.getByRole('button', { name: `Edit ${child}` }).click();
    const dialog = page.getByRole('dialog', { name: `Edit ${child}` });
    await dialog.getByLabel(/^Name/).fill(renamed);
    await dialog.getByLabel(/^Parent team/).selectOption({ label: `${parent}` });
    await dialog.getByLabel(/^Cost centre/).fill(`CC-LEAF-${id}`);
    await shot(page, FLOW, '01-edit-team');
    await dialog.getByRole('button', { name: 'Save team' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Team ${renamed} saved.` })).toBeVisible();
    const row = teamRow(page, renamed);
    await expect(row).toHaveAttribute('aria-level', '2');
    await expect(row).toContainText(`CC-LEAF-${id}`);
    await expect(teamRow(page, child)).toHaveCount(0);
    await shot(page, FLOW, '02-team-renamed-and-moved');
  });

  await test.step('a team is never offered a parent below itself (the API refuses a cycle)', async () => {
    await page.getByRole('button', { name: `Edit ${parent}` }).click();
    const dialog = page.getByRole('dialog', { name: `Edit ${parent}` });
    const parents = await dialog
      .getByLabel(/^Parent team/)
      .locator('option')
      .allInnerTexts();
    expect(parents.map((label) => label.replace(/[\u00a0└ ]/g, ''))).not.toContain(renamed.replace(/ /g, ''));
    expect(parents.length).toBeGreaterThan(1);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toHaveCount(0);
  });

  await test.step('HR adds an engineer to the renamed team', async () => {
    await mainNav(page)
      .getByRole('link', { name: /^Engineers/ })
      .click();
    const form = page.getByRole('form', { name: 'Add engineer' });
    await form.getByLabel(/^Name/).fill(engineerName);
    await form.getByLabel(/^Email/).fill(engineerEmail);
    // the option is indented under its parent: pick it by its text
    const team = form.getByLabel(/^Team/);
    const value = await team.locator('option', { hasText: renamed }).getAttribute('value');
    await team.selectOption(value ?? '');
    await form.getByLabel(/^Start date/).fill(`${businessToday().slice(0, 7)}-01`);
    await form.getByLabel(/^Annual base pay/).fill('120,000');
    await form.getByRole('button', { name: 'Add engineer' }).click();
    await expect(page.getByRole('status').filter({ hasText: `${engineerName} added.` })).toBeVisible();
    await page.getByRole('link', { name: `Open ${engineerName}'s page` }).click();
    await expect(page.getByRole('heading', { name: engineerName, level: 1 })).toBeVisible();
  });

  await test.step('the engineer moves to the parent team from tomorrow: today they are still in the old one', async () => {
    const form = page.getByRole('form', { name: 'Move to another team' });
    await form.getByLabel(/^New team/).selectOption({ label: parent });
    await form.getByLabel(/^From/).fill(moveDay);
    await form.getByRole('button', { name: 'Move' }).click();
    await expect(form.getByRole('status')).toContainText(`Moves to ${parent} from`);
    const history = page.getByRole('table', { name: 'Team history' });
    await expect(history.getByRole('row')).toHaveCount(3);
    await expect(history.getByRole('row').nth(1)).toContainText(renamed);
    await expect(history.getByRole('row').nth(2)).toContainText(parent);
    // the profile shows today's team: the move is to come
    await expect(page.getByRole('region', { name: 'Profile' })).toContainText(renamed);
    await page.getByRole('region', { name: 'Team' }).scrollIntoViewIfNeeded();
    await shot(page, FLOW, '03-dated-team-move');

    // a move in the past is refused next to the field
    await form.getByLabel(/^New team/).selectOption({ label: parent });
    await form.getByLabel(/^From/).fill(dayAfterToday(-3));
    await form.getByRole('button', { name: 'Move' }).click();
    await expect(form.getByLabel(/^From/)).toHaveAccessibleDescription(/must be today .* or later/);
  });

  await test.step('HR previews the end date, sees what it will do, then confirms', async () => {
    const form = page.getByRole('form', { name: 'End employment' });
    await form.getByLabel(/^Last employed day/).fill(lastDay);
    await form.getByRole('button', { name: 'Preview' }).click();
    const preview = page.getByTestId('leaving-preview');
    await expect(preview).toContainText('Last day paid:');
    await expect(preview).toContainText('Balance forfeited on');
    await expect(preview).toContainText('No sign-in to deactivate.');
    await expect(preview).toContainText('No API key to revoke.');
    // nothing is saved by the preview
    await expect(page.getByRole('region', { name: 'Profile' })).toContainText('Not set');
    await preview.scrollIntoViewIfNeeded();
    await shot(page, FLOW, '04-end-date-preview');
    await form.getByRole('button', { name: 'Confirm end date' }).click();
    await expect(form).toContainText('Employment ends on');
    await expect(page.getByRole('region', { name: 'Profile' })).not.toContainText('Not set');
    await shot(page, FLOW, '05-end-date-saved');
    await signOut(page);
  });

  await test.step('an admin gives the team a manager', async () => {
    await signInAsDemo(page, 'admin@demo.tokenroll.dev');
    await mainNav(page)
      .getByRole('link', { name: /^Teams/ })
      .click();
    await page.getByRole('button', { name: `Edit ${renamed}` }).click();
    const dialog = page.getByRole('dialog', { name: `Edit ${renamed}` });
    await dialog.getByLabel('Manager').selectOption({ label: 'Max Manager (manager@demo.tokenroll.dev)' });
    await dialog.getByRole('button', { name: 'Save team' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Team ${renamed} saved.` })).toBeVisible();
    await expect(teamRow(page, renamed)).toContainText('Max Manager');
    await shot(page, FLOW, '06-manager-changed');
  });
});
