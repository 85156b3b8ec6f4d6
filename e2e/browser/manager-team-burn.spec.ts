import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page, mainNav, signInAsDemo, signOut } from './support';

/*
 * The same flow runs on every day, the period's last included: the forecast spends the pace on the rest of
 * today too, so Alice, with a few dollars left against a heavy pace, runs out today even on 31 December.
 */

const MANAGER = 'manager@demo.tokenroll.dev';
/** The first engineer of the demo's API keys: a small hard budget with only a few dollars left. */
const ALICE = 'alice@demo.tokenroll.dev';

/**
 * The columns both the manager's row and "what my manager sees" show (the manager may also see Team). By
 * default a manager sees no one's allowance, accrued or available (an allowance is a share of pay, issue 13).
 */
const SHARED_COLUMNS = [
  'name',
  'spent',
  'held',
  'burn7',
  'burn30',
  'runsOut',
  'band',
  'confidence',
  'signal',
];

/** The whole page, top first (a fixed header would be drawn mid-page in a scrolled capture). */
async function fullShot(page: Page, file: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(__dirname, 'screenshots', file), fullPage: true });
}

async function rowCells(row: Locator): Promise<Record<string, string>> {
  const cells: Record<string, string> = {};
  for (const key of SHARED_COLUMNS)
    cells[key] = (await row.locator(`td[data-column="${key}"]`).innerText()).trim();
  return cells;
}

/** "$2,195.63" → 219563 (cents), for comparing amounts shown. */
function cents(text: string): number {
  return Math.round(Number(text.replace(/[$,]/g, '')) * 100);
}

test('a manager reviews the team burn; the engineer sees exactly her row', async ({ page }) => {
  let managerRow: Record<string, string> = {};

  await test.step('the manager opens Team burn on the team they manage', async () => {
    await signInAsDemo(page, MANAGER);
    await mainNav(page)
      .getByRole('link', { name: /^Team burn/ })
      .click();
    await expect(page.getByRole('heading', { name: 'Team burn', level: 1 })).toBeVisible();
    const picker = page.getByLabel('Team', { exact: true });
    await expect(picker.locator('option:checked')).toHaveText('Platform');
    await expect(page).toHaveURL(/\/team-burn$/);
    await expect(page.getByTestId('team-burn-period')).toContainText('Platform and the teams below it');

    // Platform and the teams below it are more than 5 people: allowance totals are shown, as sums only.
    for (const figure of ['summary-allowance', 'summary-accrued', 'summary-spent', 'summary-available'])
      await expect(page.getByTestId(figure)).toHaveText(/^\$[\d,]+\.\d{2}$/);
    await expect(page.getByTestId('allowance-sight-note')).toContainText('Allowance figures are private');
    await expect(page.getByTestId('summary-burn')).toHaveText(/^\$[\d,]+\.\d{2}\/day$/);
    await expect(page.getByTestId('summary-running-out')).toHaveText(/^[1-9]\d* of \d+$/);
    await expect(page.getByTestId('summary-under-use')).toHaveText(/^\d+ of \d+$/);
    await expect(page.getByTestId('summary-week-over-week')).toHaveText(/%|No change|No spend/);
  });

  await test.step('"who runs out first" shows Alice with a few dollars left, her band and confidence', async () => {
    const first = page.getByRole('table', { name: 'Who runs out first' });
    const alice = first.getByRole('row').filter({ hasText: 'Alice Engineer' });
    await expect(alice).toHaveCount(1);
    // what she has left is hers and HR's to know: no available column for her manager
    await expect(alice.locator('td[data-column="available"]')).toHaveCount(0);
    await expect(alice.locator('td[data-column="runsOut"]')).toHaveText(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/);
    await expect(alice.locator('td[data-column="band"]')).toHaveText(/^[A-Z][a-z]{2} \d{1,2}, \d{4}/);
    await expect(alice.locator('td[data-column="confidence"]')).toHaveText(/^(High|Medium|Low)$/);
    // soonest first
    const dates = (await first.locator('tbody td[data-column="runsOut"]').allInnerTexts()).map((text) =>
      Date.parse(text),
    );
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
  });

  const table = page.getByRole('table', { name: "Engineers' burn" });

  await test.step('the table is not ordered by spend by default; the manager sorts by a column', async () => {
    await expect(table.getByRole('columnheader', { name: /^Runs out/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await expect(table.getByRole('columnheader', { name: /^Spent/ })).toHaveAttribute('aria-sort', 'none');
    const spent = (await table.locator('tbody td[data-column="spent"]').allInnerTexts()).map(cents);
    expect(spent.length).toBeGreaterThan(3);
    expect(spent).not.toEqual([...spent].sort((a, b) => b - a));
    // those who run out come first, the rest follow by name
    const signals = await table.locator('tbody td[data-column="signal"]').allInnerTexts();
    const firstLasting = signals.findIndex((signal) => signal !== 'Runs out before period end');
    expect(signals.slice(firstLasting).every((signal) => signal !== 'Runs out before period end')).toBe(true);
    const lastingNames = (await table.locator('tbody td[data-column="name"]').allInnerTexts()).slice(
      firstLasting,
    );
    expect(lastingNames).toEqual([...lastingNames].sort((a, b) => a.localeCompare(b, 'en')));

    managerRow = await rowCells(table.getByRole('row').filter({ hasText: 'Alice Engineer' }));
    expect(managerRow['signal']).toBe('Runs out before period end');

    // no column orders people by their allowance
    for (const hidden of [/^Annual allowance/, /^Accrued/, /^Available/])
      await expect(table.getByRole('columnheader', { name: hidden })).toHaveCount(0);
    await table.getByRole('button', { name: /^Spent/ }).click();
    await expect(table.getByRole('columnheader', { name: /^Spent/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    // the API sorts: the rows follow once its answer arrives
    await expect
      .poll(async () => {
        const spent = (await table.locator('tbody td[data-column="spent"]').allInnerTexts()).map(cents);
        return spent.length > 3 && spent.every((value, i) => i === 0 || spent[i - 1]! <= value);
      })
      .toBe(true);
    await table.getByRole('button', { name: /^Engineer/ }).click();
    await expect
      .poll(async () => {
        const names = await table.locator('tbody td[data-column="name"]').allInnerTexts();
        return names.join('|') === [...names].sort((a, b) => a.localeCompare(b, 'en')).join('|');
      })
      .toBe(true);
  });

  await test.step('the charts are drawn with their text alternatives', async () => {
    const chart = page.getByTestId('cumulative-burn-chart');
    await expect(chart.locator('svg.recharts-surface').first()).toBeVisible();
    await expect(chart).toHaveAttribute(
      'aria-label',
      /the team spent \$[\d,]+\.\d{2} of \$[\d,]+\.\d{2} accrued/,
    );
    await expect(page.getByRole('list', { name: 'Spend by model' }).getByRole('listitem')).not.toHaveCount(0);
    await expect(page.getByRole('list', { name: 'Spend by tool' })).toContainText('claude-code');
  });

  await test.step('the manager exports the filtered rows as CSV', async () => {
    await page.getByLabel('Show', { exact: true }).selectOption({ label: 'Runs out before period end' });
    await expect(page.getByTestId('burn-table-count')).toHaveText(/^\d+ of \d+ engineers$/);
    const shownNames = await table.locator('tbody td[data-column="name"]').allInnerTexts();
    expect(shownNames).toContain('Alice Engineer');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export the engineers shown as CSV' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^team-burn-platform-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    const lines = csv.split('\r\n').filter(Boolean);
    // the header is the table's columns (Platform and Infrastructure: with Team), money with its currency
    expect(lines[0]).toBe(
      'Engineer,Team,Spent (USD),Held (USD),' +
        'Burn/day (7 days) (USD),Burn/day (30 days) (USD),Runs out,Run-out band (80%),Confidence,Signal',
    );
    await expect(table.getByRole('columnheader')).toHaveText([
      /^Engineer/,
      /^Team/,
      /^Spent/,
      /^Held/,
      /^Burn\/day \(7 days\)/,
      /^Burn\/day \(30 days\)/,
      /^Runs out/,
      /^Run-out band \(80%\)/,
      /^Confidence/,
      /^Signal/,
    ]);
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(shownNames);
    const aliceLine = lines.find((line) => line.startsWith('Alice Engineer,'));
    expect(aliceLine).toContain('Runs out before period end');
    expect(aliceLine).toContain(`,${(cents(managerRow['spent'] ?? '') / 100).toFixed(2)},`);
    await page.getByLabel('Show', { exact: true }).selectOption({ label: 'Everyone' });
    await table.getByRole('button', { name: /^Runs out/ }).click();
    await expect(page.getByTestId('burn-table-count')).toHaveText(/^\d+ engineers$/);
    await expect(table.locator('tbody tr').first()).toContainText('Runs out before period end');
    await fullShot(page, 'manager-team-burn.png');
  });

  await test.step('each row opens the engineer’s usage', async () => {
    await table.getByRole('link', { name: 'Alice Engineer: budget and usage' }).click();
    await expect(page.getByRole('heading', { name: "Alice Engineer's budget", level: 1 })).toBeVisible();
    await expect(page).toHaveURL(/\/engineers\/[0-9a-f-]+\/budget$/);
    await page.goBack();
    await expect(page.getByRole('heading', { name: 'Team burn', level: 1 })).toBeVisible();
  });

  await test.step('the team choice is kept in the address', async () => {
    const picker = page.getByLabel('Team', { exact: true });
    const infrastructure = await picker
      .locator('option', { hasText: 'Infrastructure' })
      .getAttribute('value');
    await picker.selectOption(infrastructure ?? '');
    await expect(page).toHaveURL(/\/team-burn\?team=[0-9a-f-]+$/);
    await expect(page.getByTestId('team-burn-period')).toContainText('Infrastructure and the teams below it');
    await page.reload();
    await expect(page.getByTestId('team-burn-period')).toContainText('Infrastructure and the teams below it');
    await signOut(page);
  });

  await test.step('Alice sees exactly the manager’s row about her', async () => {
    await signInAsDemo(page, ALICE);
    await mainNav(page)
      .getByRole('link', { name: /^My budget/ })
      .click();
    await page.getByRole('link', { name: 'What my manager sees →' }).click();
    await expect(page.getByRole('heading', { name: 'What my manager sees', level: 1 })).toBeVisible();
    await expect(page.getByTestId('manager-view-explainer')).toContainText(
      'This is exactly what your manager sees about you',
    );
    const own = page.getByRole('table', { name: 'What my manager sees' });
    expect(await rowCells(own.locator('tbody tr'))).toEqual(managerRow);
    await expect(own.getByRole('columnheader', { name: /^Annual allowance/ })).toHaveCount(0);
    await expect(page.getByTestId('manager-view-allowance-sight')).toContainText('not your allowance');
    await fullShot(page, 'manager-team-burn-engineer-view.png');
  });
});
