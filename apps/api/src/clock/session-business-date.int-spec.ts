import { signUp, startTestApp, TEST_PASSWORD, TestApp } from '../test/test-app';

const SESSION_COMPANY = `user { company { timeZone today } }`;

/**
 * The web takes "today" for its defaults (an offer's start date, an effective date, whether a budget runs
 * out soon) from the session's `company.today`, not the browser's clock: every way of signing in gives it,
 * on the business clock, in the company's time zone.
 */
describe('the session carries the company business date', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ BUSINESS_DATE: '2027-12-31' });
  });

  afterAll(() => t.close());

  it('sign-up and login answer the pinned business date, in the company time zone', async () => {
    const email = 'admin@eve.test';
    const admin = await signUp(t, 'New Year Eve', email);
    const login = await t.gql<{ login: { user: { company: { timeZone: string; today: string } } } }>(
      `mutation($input: LoginInput!) { login(input: $input) { ${SESSION_COMPANY} } }`,
      { input: { email, password: TEST_PASSWORD } },
    );
    expect(login.errors).toBeUndefined();
    expect(login.data?.login.user.company).toEqual({ timeZone: 'UTC', today: '2027-12-31' });

    // A company east of UTC: the pinned day is the company's day (a pinned clock names the day itself).
    const zoned = await t.gql(
      `mutation { updateCompanyTimeZone(timeZone: "Pacific/Auckland") { timeZone } }`,
      {},
      { token: admin.token },
    );
    expect(zoned.errors).toBeUndefined();
    const again = await t.gql<{ login: { user: { company: { timeZone: string; today: string } } } }>(
      `mutation($input: LoginInput!) { login(input: $input) { ${SESSION_COMPANY} } }`,
      { input: { email, password: TEST_PASSWORD } },
    );
    expect(again.data?.login.user.company).toEqual({ timeZone: 'Pacific/Auckland', today: '2027-12-31' });
  });
});
