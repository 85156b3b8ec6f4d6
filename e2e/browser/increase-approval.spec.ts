import {
  expect,
  test,
  type Page,
  mainNav,
  pathOf,
  shot,
  signInAsDemo,
  signOut,
  SMTP_PORT,
  uniqueId,
} from './support';
import { startSmtpServer, waitFor } from './loopback-receivers';

const ALICE = 'alice@demo.tokenroll.dev';
const MANAGER = 'manager@demo.tokenroll.dev';
const HR = 'hr@demo.tokenroll.dev';

/** "$1,234.56" → cents. */
function cents(text: string): number {
  const match = /-?\$([\d,]+)\.(\d{2})/.exec(text);
  if (!match) throw new Error(`no amount in "${text}"`);
  return Number(match[1].replace(/,/g, '')) * 100 + Number(match[2]);
}

async function availableOnRequestsPage(page: Page): Promise<number> {
  const figure = page.getByTestId('requests-available');
  await expect(figure).toContainText('Available now');
  return cents((await figure.locator('strong').innerText()).trim());
}

test('an engineer asks for more, the manager approves it from the queue and the mail link, and her allowance rises', async ({
  page,
}) => {
  const smtp = await startSmtpServer(SMTP_PORT);
  const reason = `Agent migration of the billing service ${uniqueId()}`;
  try {
    let before = 0;

    await test.step('Alice asks for $120.00 (above the automatic threshold); bad amounts are refused by field', async () => {
      await signInAsDemo(page, ALICE);
      await mainNav(page)
        .getByRole('link', { name: /^Requests/ })
        .click();
      await expect(page.getByRole('heading', { name: 'Requests', level: 1 })).toBeVisible();
      before = await availableOnRequestsPage(page);
      const form = page.getByRole('form', { name: 'Request an increase' });
      const amount = form.getByLabel(/^Amount/);
      await form.getByRole('button', { name: 'Send request' }).click();
      await expect(amount).toHaveAccessibleDescription(/Amount is required/);
      await expect(form.getByLabel(/^Reason/)).toHaveAccessibleDescription(/Reason is required/);
      await amount.fill('-5');
      await form.getByRole('button', { name: 'Send request' }).click();
      await expect(amount).toHaveAccessibleDescription(/Amount must be more than 0/);
      await amount.fill('5000000');
      await form.getByRole('button', { name: 'Send request' }).click();
      await expect(amount).toHaveAccessibleDescription(/Amount must be at most \$1,000,000\.00/);

      await amount.fill('120.00');
      await form.getByRole('radio', { name: /Temporary/ }).check();
      await form.getByLabel(/^Reason/).fill(reason);
      await form.getByRole('button', { name: 'Send request' }).click();
      // Above the company's auto-approval threshold (the demo has the default 50.00): the page says so.
      await expect(page.getByTestId('request-outcome')).toHaveText(
        "Your request for $120.00 is waiting for your manager's decision. Above the auto-approval threshold of $50.00: the manager decides.",
      );
      const row = page
        .getByRole('table', { name: 'Your increase requests' })
        .getByRole('row')
        .filter({ hasText: reason });
      await expect(row).toContainText('Waiting for the manager');
      await expect(row).toContainText('$120.00');
      await shot(page, 'increase-approval', '01-requested');
      await signOut(page);
    });

    let link = '';
    await test.step('the manager is mailed a request to approve with a link to it', async () => {
      const mail = await waitFor('the request-to-approve mail', () =>
        smtp.mails.find((m) => m.to.includes(MANAGER) && m.text.includes(reason)),
      );
      expect(mail.subject).toBe('Request to approve: Alice Engineer asks for $120.00 more AI allowance');
      link = /(http\S+\/approvals\/[0-9a-f-]{36})/.exec(mail.text)?.[1] ?? '';
      expect(link).not.toBe('');
    });

    await test.step('Max sees it in the Approvals queue with Alice’s budget', async () => {
      await signInAsDemo(page, MANAGER);
      await mainNav(page)
        .getByRole('link', { name: /^Approvals/ })
        .click();
      await expect(page.getByRole('heading', { name: 'Approvals', level: 1 })).toBeVisible();
      const card = page
        .getByRole('article', { name: 'Request from Alice Engineer' })
        .filter({ hasText: reason });
      await expect(card).toContainText('Alice Engineer asks for $120.00');
      await expect(card).toContainText('Temporary (this period)');
      await expect(card).toContainText('Manager decision');
      // the manager decides on spend and burn: Alice's allowance is not theirs to see by default (issue 13)
      await expect(card.getByTestId('approval-available')).toHaveCount(0);
      await expect(card.getByTestId('approval-burn')).toHaveText(/^\$[\d,]+\.\d{2}\/day$/);
      // rejecting needs a reason
      await card.getByRole('button', { name: 'Reject' }).click();
      await expect(card.getByLabel('Comment')).toHaveAccessibleDescription(/Comment is required to reject/);
      await shot(page, 'increase-approval', '02-queue');
    });

    await test.step('Max opens the link from the mail and approves with a comment', async () => {
      await page.goto(pathOf(link));
      await expect(page.getByRole('heading', { name: 'Increase request', level: 1 })).toBeVisible();
      const card = page.getByRole('article', { name: 'Request from Alice Engineer' });
      await expect(card).toContainText(reason);
      await card.getByLabel('Comment').fill('Go for it: the migration is worth it');
      await card.getByRole('button', { name: 'Approve' }).click();
      await expect(
        page.getByRole('status').filter({ hasText: 'Approved $120.00 for Alice Engineer.' }),
      ).toBeVisible();
      await expect(card).toContainText('Approved');
      await expect(card).toContainText('This request has already been approved.');
      await shot(page, 'increase-approval', '03-approved');
      await mainNav(page)
        .getByRole('link', { name: /^Approvals/ })
        .click();
      await expect(page.getByRole('article').filter({ hasText: reason })).toHaveCount(0);
      await signOut(page);
    });

    await test.step('Alice sees the decision and $120.00 more available', async () => {
      await signInAsDemo(page, ALICE);
      await mainNav(page)
        .getByRole('link', { name: /^Requests/ })
        .click();
      const row = page
        .getByRole('table', { name: 'Your increase requests' })
        .getByRole('row')
        .filter({ hasText: reason });
      await expect(row).toContainText('Approved');
      await expect(row).toContainText('Decision: Go for it: the migration is worth it');
      const after = await availableOnRequestsPage(page);
      expect(after - before).toBe(12_000);
      await shot(page, 'increase-approval', '04-engineer-sees-approval');
      await signOut(page);
    });

    await test.step('HR follows every request of the company: the approved one, with who asked and who decided', async () => {
      await signInAsDemo(page, HR);
      await mainNav(page)
        .getByRole('link', { name: /^Approvals/ })
        .click();
      const row = page
        .getByRole('table', { name: 'All increase requests' })
        .getByRole('row')
        .filter({ hasText: reason });
      await expect(row).toContainText('Alice Engineer');
      await expect(row).toContainText('$120.00');
      await expect(row).toContainText('Approved');
      await expect(row).toContainText('Decision: Go for it: the migration is worth it');
      await expect(row.getByRole('button')).toHaveCount(0);
      await shot(page, 'increase-approval', '05-hr-sees-all-requests');
      await signOut(page);
    });

    await test.step('Max moves the $120.00 back to the Platform pool (the demo keeps Alice nearly out of budget)', async () => {
      await signInAsDemo(page, MANAGER);
      await mainNav(page)
        .getByRole('link', { name: /^Transfers/ })
        .click();
      const form = page.getByRole('form', { name: 'Move allowance' });
      await form.getByLabel(/^Amount/).fill('0');
      await form.getByRole('button', { name: 'Move' }).click();
      await expect(form.getByLabel(/^From/)).toHaveAccessibleDescription(
        /Choose where the allowance comes from/,
      );
      await expect(form.getByLabel(/^Amount/)).toHaveAccessibleDescription(/Amount must be more than 0/);
      await form.getByLabel(/^From/).click();
      await page.getByRole('option', { name: 'Alice Engineer (Platform)' }).click();
      await form.getByLabel(/^To/).click();
      await page.getByRole('option', { name: 'Platform pool' }).click();
      await form.getByLabel(/^Amount/).fill('120.00');
      await form.getByLabel(/^Note/).fill('Back to the pool after the e2e run');
      await form.getByRole('button', { name: 'Move' }).click();
      await expect(
        page.getByRole('status').filter({ hasText: 'Moved $120.00 from Alice Engineer to Platform pool.' }),
      ).toBeVisible();
      await shot(page, 'increase-approval', '06-manager-moves-allowance');
      await signOut(page);
      await signInAsDemo(page, ALICE);
      await mainNav(page)
        .getByRole('link', { name: /^Requests/ })
        .click();
      expect(await availableOnRequestsPage(page)).toBe(before);
    });
  } finally {
    await smtp.close();
  }
});
