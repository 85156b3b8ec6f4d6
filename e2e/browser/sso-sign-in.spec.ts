import { expect, mainNav, shot, signOut, signUp, test, uniqueId } from './support';
import { startOidcProvider } from './loopback-oidc';

const FLOW = 'sso-sign-in';

test('an admin connects the company to its identity provider; a new colleague signs in with SSO and joins', async ({
  page,
  baseURL,
}) => {
  const id = uniqueId();
  const domain = `sso-${id}.test`;
  const clientSecret = `loopback-secret-${id}-0123456789abcdef`;
  const provider = await startOidcProvider({
    clientId: `tokenroll-${id}`,
    clientSecret,
    redirectUri: `${baseURL}/sso/callback`,
  });
  try {
    await provider.setClaims(`fin@${domain}`, { groups: ['finance-team'] });

    await test.step('the admin saves the connection (the provider must answer) and requires SSO', async () => {
      await signUp(page, { company: `SSO Co ${id}`, name: 'Sam Admin', email: `admin@${domain}` });
      await expect(page.getByRole('heading', { name: /^Welcome, / })).toBeVisible();
      await mainNav(page)
        .getByRole('link', { name: /^Single sign-on/ })
        .click();
      await expect(page.getByRole('heading', { name: 'Single sign-on', level: 1 })).toBeVisible();
      await expect(page.getByTestId('redirect-uri')).toHaveText(`${baseURL}/sso/callback`);
      const form = page.getByRole('form', { name: 'Single sign-on settings' });
      await form.getByLabel(/^SSO name/).fill(`sso-${id}`);
      // a provider that does not answer is refused next to the field
      await form.getByLabel(/^Issuer URL/).fill('http://127.0.0.1:9');
      await form.getByLabel(/^Client ID/).fill(`tokenroll-${id}`);
      await form.getByLabel(/^Client secret/).fill(clientSecret);
      await form.getByLabel(/^Allowed email domains/).fill(domain);
      await form.getByLabel(/^Role claim/).fill('groups');
      await form.getByLabel(/^Role mapping/).fill('finance-team = FINANCE');
      await form.getByRole('button', { name: 'Save single sign-on' }).click();
      await expect(form.getByLabel(/^Issuer URL/)).toHaveAccessibleDescription(/discovery failed/);
      await form.getByLabel(/^Issuer URL/).fill(provider.issuer);
      await form.getByLabel(/^Require SSO/).check();
      await form.getByRole('button', { name: 'Save single sign-on' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Single sign-on is saved' })).toBeVisible();
      // the secret is never shown again
      await expect(form.getByLabel(/^Client secret/)).toHaveValue('');
      await shot(page, FLOW, '01-admin-settings');
      await signOut(page);
    });

    await test.step('a colleague chooses "Sign in with SSO" with their work email', async () => {
      await page.getByRole('button', { name: 'Sign in with SSO' }).click();
      const form = page.getByRole('form', { name: 'Sign in with SSO' });
      await form.getByLabel(/^Work email or SSO name/).fill(`fin@${domain}`);
      await shot(page, FLOW, '02-login-sso');
      await form.getByRole('button', { name: 'Continue with SSO' }).click();
    });

    await test.step('the identity provider signs them in and sends them back; they joined with the mapped role', async () => {
      await expect(page.getByRole('heading', { name: 'Loopback identity provider' })).toBeVisible();
      expect(page.url().startsWith(provider.issuer)).toBe(true);
      await expect(page.getByLabel('Work email')).toHaveValue(`fin@${domain}`);
      await shot(page, FLOW, '03-identity-provider');
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page.getByRole('heading', { name: /^Welcome, / })).toBeVisible();
      expect(new URL(page.url()).pathname).toBe('/');
      await mainNav(page)
        .getByRole('link', { name: /^Profile/ })
        .click();
      await expect(page.getByText(`fin@${domain}`).first()).toBeVisible();
      await expect(page.getByText('Finance').first()).toBeVisible();
      await shot(page, FLOW, '04-signed-in');
      // the session survives a reload (refresh cookie, like a password sign-in)
      await page.reload();
      await expect(page.getByText(`fin@${domain}`).first()).toBeVisible();
      await signOut(page);
    });

    await test.step('an email outside the allowed domains is refused, by SSO name too', async () => {
      // another person at this browser: the provider's own session of fin is gone too
      await page.context().clearCookies();
      await page.getByRole('button', { name: 'Sign in with SSO' }).click();
      const form = page.getByRole('form', { name: 'Sign in with SSO' });
      await form.getByLabel(/^Work email or SSO name/).fill(`sso-${id}`);
      await form.getByRole('button', { name: 'Continue with SSO' }).click();
      await expect(page.getByRole('heading', { name: 'Loopback identity provider' })).toBeVisible();
      await page.getByLabel('Work email').fill('mallory@elsewhere.test');
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(
        page.getByText('Your email domain is not allowed to sign in to this company'),
      ).toBeVisible();
      await shot(page, FLOW, '05-domain-refused');
    });
  } finally {
    provider.stop();
  }
});
