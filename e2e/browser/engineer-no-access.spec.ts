import { expect, test, acceptInvitation, invite, mainNav, shot, signOut, signUp, uniqueId } from './support';

const FLOW = 'engineer-no-access';

test('an engineer cannot open the members admin page', async ({ page }) => {
  const id = uniqueId();
  const company = `Guarded ${id}`;
  const adminEmail = `boss-${id}@example.com`;

  await signUp(page, { company, name: 'Bea Boss', email: adminEmail });
  await expect(page.getByRole('heading', { name: 'No token usage yet' })).toBeVisible();
  await page.goto('/members');
  const link = await invite(page, `dev-${id}@example.com`, ['Engineer']);
  await signOut(page);

  await acceptInvitation(page, link, 'Dev Eloper', company);
  await expect(page.getByRole('heading', { name: 'Welcome, Dev Eloper' })).toBeVisible();
  await expect(mainNav(page).getByRole('link', { name: /Members/ })).toHaveCount(0);

  await page.goto('/members');
  await expect(page.getByRole('heading', { name: "You don't have access to this page" })).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(page.getByText(adminEmail)).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Back to dashboard' })).toBeVisible();
  await shot(page, FLOW, '01-no-access');

  // the server refuses too: the guard is not only in the browser
  const token = await page.evaluate(async () => {
    const response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { refreshSession { accessToken } }' }),
    });
    const body = (await response.json()) as { data?: { refreshSession?: { accessToken: string } } };
    return body.data?.refreshSession?.accessToken ?? null;
  });
  expect(token).not.toBeNull();
  const response = await page.request.post('/graphql', {
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    data: { query: '{ members { email } }' },
  });
  const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});
