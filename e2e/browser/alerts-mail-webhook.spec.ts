import { businessNow, expect, test, mainNav, shot, signInAsDemo, SMTP_PORT, uniqueId } from './support';
import {
  signatureValid,
  startSmtpServer,
  startWebhookReceiver,
  waitFor,
  type ReceivedHook,
  type ReceivedMail,
} from './loopback-receivers';

const ADMIN = 'admin@demo.tokenroll.dev';
const MANAGER = 'manager@demo.tokenroll.dev';
/** A Platform engineer (managed by Max) who barely uses AI in the demo: far below 80 % before this test. */
const KEN = { name: 'Ken Hopper', email: 'ken.hopper@demo.tokenroll.dev' };

/** "123.456789" → micro-units. */
function micros(decimal: string): bigint {
  const [whole, fraction = ''] = decimal.split('.');
  return BigInt(whole) * 1_000_000n + BigInt(fraction.padEnd(6, '0').slice(0, 6));
}

test('an engineer crosses 80%: the alert arrives by mail at a real SMTP server and as a signed webhook', async ({
  page,
}) => {
  const smtp = await startSmtpServer(SMTP_PORT);
  const receiver = await startWebhookReceiver();
  const id = uniqueId();
  try {
    let secret = '';
    let key = '';

    await test.step('the admin sees how mail is sent and adds a webhook endpoint; its secret is shown once', async () => {
      await signInAsDemo(page, ADMIN);
      await mainNav(page)
        .getByRole('link', { name: /^Alerts/ })
        .click();
      await expect(page.getByRole('heading', { name: 'Alerts', level: 1 })).toBeVisible();
      await expect(page.getByTestId('mail-from')).toHaveText('Tokenroll <alerts@demo.tokenroll.dev>');
      await expect(page.getByTestId('mail-configured')).toHaveText(`Configured: 127.0.0.1:${SMTP_PORT}`);
      await expect(page.getByRole('textbox', { name: /^Thresholds/ })).toHaveValue('50, 80, 100');

      const form = page.getByRole('form', { name: 'Add webhook endpoint' });
      // not http(s): refused next to the field before anything is sent
      await form.getByLabel(/^URL/).fill('ftp://hooks.example.com/x');
      await form.getByRole('button', { name: 'Add endpoint' }).click();
      await expect(form.getByLabel(/^URL/)).toHaveAccessibleDescription(/URL must use http or https/);
      await form.getByLabel(/^URL/).fill(`${receiver.url}/tokenroll-${id}`);
      await form.getByRole('button', { name: 'Add endpoint' }).click();
      await expect(page.getByTestId('webhook-created')).toContainText('shown only this once');
      secret = await page.getByTestId('webhook-secret').inputValue();
      expect(secret).toMatch(/^whsec_/);
      await expect(
        page.getByRole('table', { name: 'Webhook endpoints' }).getByRole('row').filter({ hasText: id }),
      ).toContainText('JSON event');
      await expect(page.getByRole('table', { name: 'Webhook endpoints' })).not.toContainText(secret);

      // a test mail reaches the admin through the same SMTP server
      await page.getByRole('button', { name: 'Send test email to me' }).click();
      await expect(page.getByRole('status').filter({ hasText: `Test email sent to ${ADMIN}` })).toBeVisible();
      await waitFor('the test mail', () =>
        smtp.mails.find((mail) => mail.to.includes(ADMIN) && mail.subject === 'Tokenroll test email'),
      );
      await shot(page, 'alerts', '01-settings-and-webhook');
    });

    await test.step('the admin makes Ken a key for his tools', async () => {
      await mainNav(page)
        .getByRole('link', { name: /^API keys/ })
        .click();
      const form = page.getByRole('form', { name: 'Create API key' });
      await form.getByLabel(/^Name/).fill(`E2E Ken ${id}`);
      await form.getByRole('radio', { name: 'An engineer' }).check();
      await form.getByLabel(/^Engineer/).fill('ken.hopper');
      await page.getByRole('option', { name: `${KEN.name} (${KEN.email})` }).click();
      await form.getByRole('button', { name: 'Create key' }).click();
      key = await page.getByTestId('created-key-secret').inputValue();
      expect(key.length).toBeGreaterThan(20);
    });

    await test.step('Ken’s tool reports usage over the REST API that takes him to 85% of his allowance', async () => {
      const headers = { Authorization: `Bearer ${key}` };
      const before = await page.request.get('/v1/budget', { headers });
      expect(before.status()).toBe(200);
      const budget = (await before.json()) as { allowance: string; spent: string; currency: string };
      const allowance = micros(budget.allowance);
      const spent = micros(budget.spent);
      expect(spent * 10n).toBeLessThan(allowance * 5n); // under 50 % before
      // Sonnet output costs $15 per 1M tokens: 15 micro-units per token.
      let tokens = ((allowance * 85n) / 100n - spent) / 15n + 1n;
      const events = [];
      for (let n = 0; tokens > 0n; n++) {
        const chunk = tokens > 100_000_000n ? 100_000_000n : tokens;
        tokens -= chunk;
        events.push({
          source: 'claude-code',
          provider: 'anthropic',
          model: 'claude-sonnet-4-6',
          inputTokens: 0,
          outputTokens: Number(chunk),
          occurredAt: businessNow().toISOString(),
          idempotencyKey: `e2e-alert-${id}-${n}`,
        });
      }
      const posted = await page.request.post('/v1/usage', { headers, data: { events } });
      expect(posted.status()).toBe(200);
      const body = (await posted.json()) as { results: { status: string }[] };
      expect(body.results.every((result) => result.status === 'accepted')).toBe(true);
      const after = (await (await page.request.get('/v1/budget', { headers })).json()) as { spent: string };
      expect(micros(after.spent) * 100n).toBeGreaterThanOrEqual(allowance * 80n);
    });

    await test.step('the admin evaluates the alerts now; mail and webhook go out', async () => {
      await mainNav(page)
        .getByRole('link', { name: /^Alerts/ })
        .click();
      await page.getByRole('button', { name: 'Evaluate alerts now' }).click();
      await expect(page.getByTestId('evaluate-result')).toBeVisible();

      const toKen: ReceivedMail = await waitFor('Ken’s 80% mail', () =>
        smtp.mails.find(
          (mail) =>
            mail.to.includes(KEN.email) && /You have used 80% of your AI allowance/.test(mail.subject),
        ),
      );
      expect(toKen.from).toContain('alerts@demo.tokenroll.dev');
      expect(toKen.text).toMatch(/That crosses the 80% alert threshold/);

      const hook: ReceivedHook = await waitFor('the signed 80% webhook', () =>
        receiver.hooks.find((received) => {
          const event = JSON.parse(received.body.toString('utf8')) as {
            engineer?: { email?: string };
            thresholdBp?: number;
          };
          return (
            received.path === `/tokenroll-${id}` &&
            event.engineer?.email === KEN.email &&
            event.thresholdBp === 8000
          );
        }),
      );
      expect(hook.headers['content-type']).toBe('application/json');
      // By default a manager gets no threshold alert: the share of the allowance beside the spend would
      // give the allowance, and so the pay (issue 13); the run-out and overage alerts carry spend only.
      expect(
        smtp.mails.filter(
          (mail) => mail.to.includes(MANAGER) && mail.subject.includes(KEN.name) && /%/.test(mail.subject),
        ),
      ).toEqual([]);
      expect(hook.headers['x-tokenroll-event']).toBe('budget.threshold_crossed');
      const signature = hook.headers['x-tokenroll-signature'] as string;
      expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
      // verified with the secret the admin got on the page; a wrong secret or a changed body does not verify
      expect(signatureValid(secret, signature, hook.body)).toBe(true);
      expect(signatureValid(`${secret}x`, signature, hook.body)).toBe(false);
      expect(
        signatureValid(secret, signature, Buffer.from(hook.body.toString('utf8').replace('8000', '9000'))),
      ).toBe(false);
      const event = JSON.parse(hook.body.toString('utf8')) as Record<string, unknown>;
      expect(event).toMatchObject({ type: 'budget.threshold_crossed', currency: 'USD', thresholdBp: 8000 });
    });

    await test.step('the delivery log shows the webhook and the mails as sent', async () => {
      const log = page.getByRole('table', { name: 'Delivery log' });
      await page.getByRole('button', { name: 'Refresh' }).click();
      await page.getByLabel('Filter deliveries').fill(id);
      const row = log
        .getByRole('row')
        .filter({ hasText: `tokenroll-${id}` })
        .filter({ hasText: 'budget.threshold_crossed' });
      await expect(row.first()).toContainText('Sent');
      await page.getByLabel('Filter deliveries').fill(KEN.email);
      await expect(log.getByRole('row').filter({ hasText: '80%' }).first()).toContainText('Sent');
      await shot(page, 'alerts', '02-delivery-log');
    });
  } finally {
    await smtp.close();
    await new Promise((resolve) => receiver.server.close(resolve));
  }
});
