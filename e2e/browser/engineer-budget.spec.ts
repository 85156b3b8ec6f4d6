import path from 'node:path';
import {
  businessNow,
  expect,
  test,
  type Page,
  mainNav,
  shot,
  signInAsDemo,
  signOut,
  uniqueId,
} from './support';

const ALICE = 'alice@demo.tokenroll.dev';
const ADMIN = 'admin@demo.tokenroll.dev';

/** The whole page, top first (a fixed header would be drawn mid-page in a scrolled capture). */
async function fullShot(page: Page, file: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(__dirname, 'screenshots', file), fullPage: true });
}

test('an admin makes Alice a key, her tool reports usage with it, and Alice sees it on My budget', async ({
  page,
}) => {
  const id = uniqueId();
  const keyName = `E2E Alice ${id}`;
  let secret = '';

  await test.step('the admin creates an engineer key for Alice on the API keys page', async () => {
    await signInAsDemo(page, ADMIN);
    await mainNav(page)
      .getByRole('link', { name: /^API keys/ })
      .click();
    await expect(page.getByRole('heading', { name: 'API keys', level: 1 })).toBeVisible();
    const form = page.getByRole('form', { name: 'Create API key' });
    // the name is required before anything is sent
    await form.getByRole('button', { name: 'Create key' }).click();
    await expect(form.getByLabel(/^Name/)).toHaveAccessibleDescription(/Name is required/);
    await form.getByLabel(/^Name/).fill(keyName);
    await expect(form.getByRole('checkbox', { name: 'usage:write' })).toBeChecked();
    await form.getByRole('radio', { name: 'An engineer' }).check();
    await form.getByLabel(/^Engineer/).fill('alice');
    await page.getByRole('option', { name: `Alice Engineer (${ALICE})` }).click();
    await form.getByRole('button', { name: 'Create key' }).click();

    const created = page.getByTestId('created-key');
    await expect(created).toContainText('shown only this once');
    await expect(created).toContainText('For Alice Engineer');
    secret = await page.getByTestId('created-key-secret').inputValue();
    expect(secret.length).toBeGreaterThan(20);
    // the Claude Code set-up carries the new key and this server's OTLP endpoint
    const env = page.getByTestId('claude-code-env');
    await expect(env).toContainText(`OTEL_EXPORTER_OTLP_HEADERS="Authorization=Bearer ${secret}"`);
    await expect(env).toContainText(`OTEL_EXPORTER_OTLP_ENDPOINT="${new URL(page.url()).origin}/v1/otlp"`);
    await expect(env).toContainText('CLAUDE_CODE_ENABLE_TELEMETRY="1"');

    const row = page.getByRole('table', { name: 'API keys' }).getByRole('row').filter({ hasText: keyName });
    await expect(row).toContainText('Alice Engineer');
    await expect(row).toContainText('Never');
    await expect(row).toContainText('Active');
    // the list shows only the prefix, never the secret
    await expect(page.getByRole('table', { name: 'API keys' })).not.toContainText(secret);
    await shot(page, 'engineer-budget', '01-api-key-created');
  });

  await test.step('Claude Code (here: a POST) reports 100k input and 2k output tokens of Sonnet', async () => {
    const response = await page.request.post('/v1/usage', {
      headers: { Authorization: `Bearer ${secret}` },
      data: {
        events: [
          {
            source: 'claude-code',
            provider: 'anthropic',
            model: 'claude-sonnet-4-6',
            inputTokens: 100_000,
            outputTokens: 2_000,
            occurredAt: businessNow().toISOString(),
            idempotencyKey: `e2e-${id}`,
          },
        ],
      },
    });
    expect(response.status()).toBe(200);
    const body = (await response.json()) as {
      results: { status: string; cost?: string; currency?: string }[];
    };
    // 100,000 × $3 / 1M + 2,000 × $15 / 1M = $0.33 (the API writes every micro-unit: "0.330000")
    expect(body.results).toEqual([
      {
        index: 0,
        status: 'accepted',
        cost: expect.stringMatching(/^0\.330*$/),
        currency: 'USD',
        overBudget: false,
      },
    ]);
  });

  await test.step('the admin sees the key was used and opens Alice’s budget from her page', async () => {
    await page.reload();
    const row = page.getByRole('table', { name: 'API keys' }).getByRole('row').filter({ hasText: keyName });
    await expect(row).not.toContainText('Never');
    await page.goto('/engineers');
    await page.getByLabel('Filter engineers').fill('alice@demo');
    await page
      .getByRole('table', { name: 'Engineers' })
      .getByRole('link', { name: 'Alice Engineer' })
      .click();
    await page.getByRole('link', { name: 'Budget and usage →' }).click();
    await expect(page.getByRole('heading', { name: "Alice Engineer's budget", level: 1 })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Budget enforcement' })).toContainText('Enforcement: Hard');
    await signOut(page);
  });

  await test.step('Alice sees the event, her figures and the burn-down on My budget', async () => {
    await signInAsDemo(page, ALICE);
    await mainNav(page)
      .getByRole('link', { name: /^My budget/ })
      .click();
    await expect(page.getByRole('heading', { name: 'My budget', level: 1 })).toBeVisible();

    const recent = page.getByRole('table', { name: 'Recent usage' });
    const event = recent.getByRole('row').filter({ hasText: '100,000' }).filter({ hasText: '2,000' });
    await expect(event).toHaveCount(1);
    await expect(event).toContainText('claude-code');
    await expect(event).toContainText('claude-sonnet-4-6');
    await expect(event).toContainText('$0.33');

    for (const figure of ['budget-available', 'budget-spent', 'budget-accrued', 'budget-allowance'])
      await expect(page.getByTestId(figure)).toHaveText(/^-?\$[\d,]+\.\d{2}$/);
    await expect(page.getByTestId('budget-enforcement-text')).toHaveText('Hard');
    await expect(page.getByTestId('budget-pace')).toContainText('× the accrual pace');
    // a few dollars left on a hard budget: a clear warning
    await expect(page.getByTestId('budget-alert')).toContainText('Your budget');

    const chart = page.getByTestId('burn-down-chart');
    await expect(chart).toBeVisible();
    await expect(chart.locator('svg.recharts-surface').first()).toBeVisible();
    await expect(chart.locator('.recharts-line')).toHaveCount(3);

    const byModel = page.getByRole('table', { name: 'Usage by model' });
    await expect(byModel.getByRole('row').filter({ hasText: 'claude-sonnet-4-6' })).toHaveCount(1);
    await expect(
      page.getByRole('table', { name: 'Usage by tool' }).getByRole('row').filter({ hasText: 'claude-code' }),
    ).toHaveCount(1);

    // the filter narrows the events to the tool
    await page.getByLabel('Filter events').fill('cursor');
    await expect(recent.getByRole('row').filter({ hasText: '100,000' })).toHaveCount(0);
    await page.getByLabel('Filter events').fill('');
    await fullShot(page, 'engineer-budget.png');
  });
});

test('an admin prices a dated model: the calculator, a pattern, and an empty unpriced queue', async ({
  page,
}) => {
  await signInAsDemo(page, ADMIN);

  await test.step('the queue lists the demo’s unpriced model with its usage', async () => {
    await mainNav(page)
      .getByRole('link', { name: /^Usage queues/ })
      .click();
    await expect(page.getByRole('heading', { name: 'Usage queues', level: 1 })).toBeVisible();
    const row = page
      .getByRole('table', { name: 'Unpriced usage' })
      .getByRole('row')
      .filter({ hasText: 'claude-opus-5-5-20261101' });
    await expect(row).toContainText('anthropic');
    await expect(row).toContainText('3'); // events from three engineers
    await expect(page.getByRole('heading', { name: 'Unmapped telemetry' })).toBeVisible();
    await shot(page, 'admin-pricing', '01-unpriced-queue');
    await row.getByRole('link', { name: 'Price claude-opus-5-5-20261101' }).click();
  });

  await test.step('the prices page arrives with the model and a pattern suggested', async () => {
    await expect(page.getByRole('heading', { name: 'Prices', level: 1 })).toBeVisible();
    await expect(page.getByTestId('pricing-from-queue')).toContainText('claude-opus-5-5-*');
    const catalogSection = page.getByRole('region', { name: 'Prices in force' });
    const catalog = catalogSection.getByRole('table', { name: 'Model prices' });
    await catalogSection.getByLabel('Provider').selectOption('self-hosted');
    // The demo runs llama-4-70b on its own GPU ($0.80/h): the company's price is the one in force.
    const llama = catalog.getByRole('row').filter({ hasText: 'llama-4-70b' });
    await expect(llama).toContainText('$1.851852');
    await expect(llama).toContainText('Company');
    await expect(catalog.getByRole('row').filter({ hasText: 'claude-sonnet-4-6' })).toHaveCount(0);
    await catalogSection.getByLabel('Provider').selectOption('');
    await expect(catalog.getByRole('row').filter({ hasText: 'claude-sonnet-4-6' })).toContainText('$3.00');
  });

  await test.step('the self-hosted calculator derives the price and charts it against utilization', async () => {
    const calculator = page.getByRole('form', { name: 'Self-hosted calculator' });
    await calculator.getByLabel(/^GPU cost per hour/).fill('2.50');
    await calculator.getByLabel(/^Tokens per second per GPU/).fill('1500');
    await calculator.getByLabel(/^Utilization/).fill('40');
    await expect(page.getByTestId('self-hosted-rate')).toHaveText('$1.157407');
    await calculator.getByLabel(/^Utilization/).fill('80');
    await expect(page.getByTestId('self-hosted-rate')).toHaveText('$0.578704');
    await expect(page.getByTestId('utilization-chart').locator('svg.recharts-surface').first()).toBeVisible();
    await calculator.getByLabel(/^Utilization/).fill('120');
    await expect(calculator.getByLabel(/^Utilization/)).toHaveAccessibleDescription(/at most 100%/);
    await calculator.getByLabel(/^Utilization/).fill('80');
    await page.getByRole('heading', { name: 'Self-hosted calculator' }).scrollIntoViewIfNeeded();
    await shot(page, 'admin-pricing', '02-prices');
  });

  await test.step('a pattern prices the dated variant as claude-opus-5-5', async () => {
    const form = page.getByRole('form', { name: 'Add model pattern' });
    await expect(form.getByLabel(/^Provider/)).toHaveValue('anthropic');
    await expect(form.getByLabel(/^Pattern/)).toHaveValue('claude-opus-5-5-*');
    await expect(form.getByLabel(/^Priced as/)).toHaveValue('claude-opus-5-5');
    await form.getByRole('button', { name: 'Add pattern' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'claude-opus-5-5-* is priced as claude-opus-5-5' }),
    ).toBeVisible();
    await expect(
      page
        .getByRole('table', { name: 'Model patterns' })
        .getByRole('row')
        .filter({ hasText: 'claude-opus-5-5-*' }),
    ).toContainText('claude-opus-5-5');
  });

  await test.step('after repricing the unpriced queue is empty', async () => {
    await mainNav(page)
      .getByRole('link', { name: /^Usage queues/ })
      .click();
    await page.getByRole('button', { name: 'Reprice now' }).click();
    await expect(page.getByTestId('reprice-result')).toBeVisible();
    const unpriced = page.getByRole('region', { name: 'Unpriced usage' });
    await expect(unpriced.getByRole('table', { name: 'Unpriced usage' })).toHaveCount(0);
    await expect(unpriced.getByRole('heading', { name: 'Every model is priced' })).toBeVisible();
    await shot(page, 'admin-pricing', '03-queue-empty');
  });
});
