import { execFileSync } from 'node:child_process';
import { expect, test, firstOfNextMonth, mainNav, shot, signInAsDemo, uniqueId } from './support';

const FLOW = 'offer-letter';

/** The PDF's text, extracted by pdf-parse in a child process (plain Node, outside the test runner). */
function pdfText(file: string): string {
  const script = `
    const { readFileSync } = require('node:fs');
    const { PDFParse } = require('pdf-parse');
    const parser = new PDFParse({ data: new Uint8Array(readFileSync(process.argv[1])) });
    parser.getText().then((result) => { process.stdout.write(result.text); return parser.destroy(); });
  `;
  return execFileSync(process.execPath, ['-e', script, file], { encoding: 'utf8', cwd: __dirname });
}

const money = (units: number) => `$${units.toLocaleString('en-US')}.00`;

/** The business date the server under test runs at (`BUSINESS_DATE` when the run is pinned), at noon UTC. */
const businessNow = () =>
  process.env.BUSINESS_DATE ? new Date(`${process.env.BUSINESS_DATE}T12:00:00Z`) : new Date();

test('HR writes an offer at a 60% policy, sends it, downloads the letter, and the accepted offer becomes an engineer', async ({
  page,
}) => {
  const id = uniqueId();
  const candidate = `Grace Hopper ${id}`;
  const email = `grace-${id}@candidates.example.com`;
  // In December this is next year: the engineer page shows the first period they will be paid in.
  const start = firstOfNextMonth(businessNow());
  // a January fiscal year: the months from the start month to December
  const monthsInFirstYear = 13 - start.month;

  await test.step('set the policy to 60%', async () => {
    await signInAsDemo(page, 'hr@demo.tokenroll.dev');
    await mainNav(page)
      .getByRole('link', { name: /^Policy/ })
      .click();
    await page.getByLabel('Ratio of base pay').fill('60');
    await page.getByRole('button', { name: 'Save policy' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Policy saved' })).toBeVisible();
  });

  await test.step('the offers list shows the demo offers in every status', async () => {
    await mainNav(page)
      .getByRole('link', { name: /^Offers/ })
      .click();
    await expect(page.getByRole('heading', { name: 'Offers', level: 1 })).toBeVisible();
    const table = page.getByRole('table', { name: 'Offers' });
    for (const status of ['Draft', 'Sent', 'Accepted', 'Declined', 'Withdrawn'])
      await expect(table.getByText(status, { exact: true }).first()).toBeVisible();
    await page.getByLabel('Status').selectOption({ label: 'Sent' });
    await expect(table.locator('tbody tr')).toHaveCount(1);
    await expect(table).toContainText('Annie Easley');
    await shot(page, FLOW, '01-offers-sent');
    await page.getByLabel('Status').selectOption({ label: 'Any status' });
  });

  await test.step('a new offer shows the total comp live, with the 60% allowance', async () => {
    await page.getByRole('link', { name: 'New offer' }).click();
    await expect(page.getByRole('heading', { name: 'New offer', level: 1 })).toBeVisible();
    const form = page.getByRole('form', { name: 'Offer' });
    await form.getByRole('button', { name: 'Save draft' }).click();
    await expect(form.getByLabel(/^Candidate name/)).toHaveAccessibleDescription(
      'Candidate name is required',
    );

    await form.getByLabel(/^Candidate name/).fill(candidate);
    await form.getByLabel(/^Candidate email/).fill(email);
    await form.getByLabel(/^Title/).fill('Senior Software Engineer');
    const platform = await form.locator('option', { hasText: 'Platform' }).getAttribute('value');
    await form.getByLabel(/^Team/).selectOption(platform ?? '');
    // The default start is the 1st of the month after the company's business date (in December: next year).
    await expect(form.getByLabel(/^Start date/)).toHaveValue(start.iso);
    await form.getByLabel(/^Start date/).fill(start.iso);
    await form.getByLabel(/^Annual base pay/).fill('200,000');
    await form.getByLabel(/^Annual bonus/).fill('20,000');
    await form.getByLabel(/^Equity/).fill('4,000 options vesting over 4 years');

    await expect(page.getByTestId('offer-preview-base')).toHaveText('$200,000.00');
    await expect(page.getByTestId('offer-preview-allowance')).toHaveText('$120,000.00');
    await expect(page.getByTestId('offer-preview-allowance-hint')).toHaveText('60% of base pay');
    await expect(page.getByTestId('offer-preview-total')).toHaveText('$340,000.00');
    await expect(page.getByTestId('offer-preview-monthly')).toHaveText('$10,000.00');
    await expect(page.getByTestId('offer-preview-first-year')).toHaveText(money(monthsInFirstYear * 10_000));

    // an override needs a reason, and moves the preview
    await form.getByText('Share of base pay', { exact: true }).click();
    await form.getByLabel(/^Allowance ratio/).fill('75');
    await expect(page.getByTestId('offer-preview-allowance')).toHaveText('$150,000.00');
    await form.getByRole('button', { name: 'Save draft' }).click();
    await expect(form.getByLabel(/^Reason for the override/)).toHaveAccessibleDescription(
      /Say why this offer’s allowance differs from the policy/,
    );
    await form.getByText('Company policy', { exact: true }).click();
    await expect(page.getByTestId('offer-preview-allowance')).toHaveText('$120,000.00');
    await shot(page, FLOW, '02-new-offer-preview');
  });

  await test.step('save the draft, then send it', async () => {
    const form = page.getByRole('form', { name: 'Offer' });
    await form.getByRole('button', { name: 'Save draft' }).click();
    await expect(page.getByRole('heading', { name: candidate, level: 1 })).toBeVisible();
    await expect(page).toHaveURL(/\/offers\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('status').filter({ hasText: 'Draft saved.' })).toBeVisible();
    await expect(page.getByTestId('offer-preview-allowance')).toHaveText('$120,000.00');

    await form.getByRole('button', { name: 'Send' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Offer sent.' })).toBeVisible();
    await expect(form.getByLabel(/^Candidate name/)).toBeDisabled();
    await expect(form.getByRole('button', { name: 'Save draft' })).toHaveCount(0);
    await expect(form.getByRole('button', { name: 'Mark accepted' })).toBeVisible();
    await expect(form.getByRole('button', { name: 'Mark declined' })).toBeVisible();
    await shot(page, FLOW, '03-sent');
  });

  await test.step('the letter states the token allowance', async () => {
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download offer letter (PDF)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`offer-Grace-Hopper-${id}.pdf`);
    const file = await download.path();
    const text = pdfText(file).replace(/\s+/g, ' ');
    expect(text).toContain(candidate);
    expect(text).toContain('Token allowance: $120,000.00 a year (60% of base pay)');
    expect(text).toContain('Total annual compensation (cash and tokens): $340,000.00');
  });

  await test.step('accepting creates the engineer with the accrual schedule', async () => {
    await page.getByRole('button', { name: 'Mark accepted' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Offer accepted' })).toBeVisible();
    await shot(page, FLOW, '04-accepted');
    await page.getByRole('link', { name: `Open ${candidate}'s engineer page` }).click();
    await expect(page.getByRole('heading', { name: candidate, level: 1 })).toBeVisible();
    await expect(page.getByTestId('allowance-annual')).toHaveText('$120,000.00');
    const rows = page.getByRole('table', { name: 'Monthly schedule' }).locator('tbody tr');
    await expect(rows).toHaveCount(monthsInFirstYear);
    for (const text of await rows.allInnerTexts()) expect(text).toContain('$10,000.00');
    await shot(page, FLOW, '05-engineer');
  });
});
