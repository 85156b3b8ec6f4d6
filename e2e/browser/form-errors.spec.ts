import { expect, test, shot, signOut, signUp, uniqueId } from './support';

const FLOW = 'form-errors';

test('sign-up form errors appear next to their fields', async ({ page }) => {
  await test.step('weak password and bad email are caught before sending', async () => {
    let sent = 0;
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.postData()?.includes('SignUp')) sent += 1;
    });
    await signUp(page, { company: 'Weak Co', name: 'Walt', email: 'not-an-email', password: 'short' });
    await expect(page.getByLabel('Work email')).toHaveAccessibleDescription(/Enter a valid email address/);
    await expect(page.getByLabel(/^Password/)).toHaveAccessibleDescription(
      /Password must be at least 12 characters/,
    );
    await expect(page.getByLabel('Company name')).not.toHaveAccessibleDescription(/required/);
    expect(sent).toBe(0);
    await shot(page, FLOW, '01-client-validation');
  });

  await test.step('the same email twice: a conflict next to the email field', async () => {
    const email = `dup-${uniqueId()}@example.com`;
    await signUp(page, { company: 'First Co', name: 'Fran', email });
    await expect(page.getByRole('heading', { name: 'No token usage yet' })).toBeVisible();
    await signOut(page);

    await signUp(page, { company: 'Second Co', name: 'Sam', email });
    const emailField = page.getByLabel('Work email');
    await expect(emailField).toHaveAccessibleDescription(/^Work email is already registered$/);
    await expect(emailField).toHaveAttribute('aria-describedby', /-error/);
    await expect(page).toHaveURL(/\/signup$/);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await shot(page, FLOW, '02-duplicate-email');
  });
});
