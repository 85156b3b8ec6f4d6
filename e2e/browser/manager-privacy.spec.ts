import { expect, test, type Page, mainNav, shot } from './support';

const FLOW = 'manager-privacy';
const DEMO_PASSWORD = 'tokenroll-demo-2026';

async function signInAs(page: Page, email: string) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/^Password/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { name: /^Welcome, / })).toBeVisible();
}

/** Any pay the page could leak: the Base pay column or field, or the pay history. */
async function expectNoPay(page: Page) {
  await expect(page.getByRole('columnheader', { name: /Base pay/ })).toHaveCount(0);
  await expect(page.getByTestId('base-pay')).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Pay history' })).toHaveCount(0);
  await expect(page.getByText('Base pay', { exact: true })).toHaveCount(0);
}

test('a manager sees their team subtree, never pay, and by default no allowance figure', async ({ page }) => {
  await signInAs(page, 'manager@demo.tokenroll.dev');
  await expect(mainNav(page).getByRole('link', { name: /^Audit/ })).toHaveCount(0);
  await mainNav(page)
    .getByRole('link', { name: /^Engineers/ })
    .click();
  const table = page.getByRole('table', { name: 'Engineers' });
  await expect(table).toBeVisible();
  const rows = table.locator('tbody tr');
  expect(await rows.count()).toBeGreaterThan(1);
  const alice = table.getByRole('row').filter({ hasText: 'alice@demo.tokenroll.dev' });
  await expect(alice).toHaveCount(1);
  // an allowance is a share of pay: by default (a company setting) a manager sees none, not even a column
  await expect(table.getByRole('columnheader', { name: /Annual allowance/ })).toHaveCount(0);
  await expect(table.locator('td[data-column="allowance"]')).toHaveCount(0);
  await expectNoPay(page);
  await shot(page, FLOW, '01-manager-engineers');

  await alice.getByRole('link').first().click();
  await expect(page.getByTestId('allowance-private')).toContainText('is not visible to you');
  await expect(page.getByTestId('allowance-annual')).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Monthly schedule' })).toHaveCount(0);
  await expectNoPay(page);
  await expect(page.getByRole('form', { name: 'Record raise' })).toHaveCount(0);
  await expect(page.getByRole('form', { name: 'Set allowance override' })).toHaveCount(0);
  await shot(page, FLOW, '02-manager-detail');

  // her budget page: spend and burn, no allowance, accrued, available or pace
  await page.getByTestId('allowance-private').getByRole('link', { name: 'budget and usage' }).click();
  await expect(page.getByTestId('budget-spent')).toHaveText(/^\$[\d,]+\.\d{2}$/);
  for (const hidden of [
    'budget-allowance',
    'budget-accrued',
    'budget-available',
    'budget-pace',
    'budget-overage',
  ])
    await expect(page.getByTestId(hidden)).toHaveCount(0);
  await shot(page, FLOW, '02b-manager-engineer-budget');

  // the policy's ratio would turn any allowance back into pay
  await mainNav(page)
    .getByRole('link', { name: /^Policy/ })
    .click();
  await expect(page.getByTestId('policy-private')).toBeVisible();
  await expect(page.getByLabel(/^Ratio of base pay/)).toHaveCount(0);
  await expect(page.getByTestId('allowance-sight-switch')).toBeDisabled();
  await expect(page.getByTestId('allowance-sight-consequence')).toContainText('work out that person’s pay');
  await shot(page, FLOW, '02c-manager-policy');
});

test('an engineer sees only herself, through "My allowance"', async ({ page }) => {
  await signInAs(page, 'alice@demo.tokenroll.dev');
  const nav = mainNav(page);
  await expect(nav.getByRole('link', { name: /^Engineers/ })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: /^Teams/ })).toHaveCount(0);
  await nav.getByRole('link', { name: /^My allowance/ }).click();
  await expect(page.getByRole('heading', { name: 'My allowance', level: 1 })).toBeVisible();
  await expect(page.getByRole('main').getByText('alice@demo.tokenroll.dev', { exact: true })).toBeVisible();
  await expect(page.getByTestId('allowance-annual')).toHaveText(/^\$[\d,]+\.\d{2}$/);
  await expect(page.getByRole('table', { name: 'Monthly schedule' })).toBeVisible();
  await expectNoPay(page);
  await shot(page, FLOW, '03-engineer-my-allowance');

  await page.goto('/engineers');
  await expect(page.getByRole('heading', { name: "You don't have access to this page" })).toBeVisible();
  await expect(page.getByText('bob@demo.tokenroll.dev')).toHaveCount(0);
  await shot(page, FLOW, '04-engineer-no-list');
});

test('HR lets managers see allowances (the consequence beside the switch); the manager then sees them', async ({
  page,
}) => {
  const setSight = async (on: boolean) => {
    await signInAs(page, 'hr@demo.tokenroll.dev');
    await mainNav(page)
      .getByRole('link', { name: /^Policy/ })
      .click();
    const toggle = page.getByTestId('allowance-sight-switch');
    await expect(page.getByTestId('allowance-sight-consequence')).toContainText('work out that person’s pay');
    if ((await toggle.isChecked()) !== on) await toggle.click({ force: true });
    await expect(toggle).toBeChecked({ checked: on });
    await expect(page.getByRole('status').filter({ hasText: /^Managers now see/ })).toBeVisible();
    await shot(page, FLOW, on ? '05-hr-switch-on' : '07-hr-switch-off');
    await page.getByRole('button', { name: 'Sign out' }).click();
  };
  await setSight(true);
  try {
    await signInAs(page, 'manager@demo.tokenroll.dev');
    await mainNav(page)
      .getByRole('link', { name: /^Engineers/ })
      .click();
    const table = page.getByRole('table', { name: 'Engineers' });
    for (const text of await table.locator('td[data-column="allowance"]').allInnerTexts())
      expect(text).toMatch(/^\$[\d,]+\.\d{2}$/);
    await expect(table.locator('td[data-column="allowance"]')).not.toHaveCount(0);
    await expectNoPay(page);
    await shot(page, FLOW, '06-manager-engineers-setting-on');
    await page.getByRole('button', { name: 'Sign out' }).click();
  } finally {
    await setSight(false);
  }
});
