import { addMember, signUp, SignedUp, startTestApp, TestApp } from '../test/test-app';

describe('the business clock: a pinned date for the whole api, a company time zone', () => {
  let t: TestApp;
  let admin: SignedUp;
  let hr: SignedUp;

  beforeAll(async () => {
    t = await startTestApp({ BUSINESS_DATE: '2028-02-29' });
    admin = await signUp(t, 'Leapday', 'admin@leapday.test');
    hr = await addMember(t, admin, 'hr@leapday.test', ['HR']);
  });

  afterAll(() => t.close());

  it('answers the pinned date as today, for the company and through its user', async () => {
    const result = await t.gql<{
      businessDate: string;
      me: { company: { timeZone: string; today: string } };
    }>(`query { businessDate me { company { timeZone today } } }`, {}, { token: admin.token });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      businessDate: '2028-02-29',
      me: { company: { timeZone: 'UTC', today: '2028-02-29' } },
    });
  });

  it('lets an ADMIN set the time zone, audited; a bad zone names the field and changes nothing', async () => {
    const bad = await t.gql(
      `mutation { updateCompanyTimeZone(timeZone: "Mars/Olympus") { timeZone } }`,
      {},
      { token: admin.token },
    );
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'timeZone' }],
    });
    const refused = await t.gql(
      `mutation { updateCompanyTimeZone(timeZone: "Europe/Paris") { timeZone } }`,
      {},
      { token: hr.token },
    );
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const changed = await t.gql<{ updateCompanyTimeZone: { timeZone: string } }>(
      `mutation { updateCompanyTimeZone(timeZone: "Europe/Paris") { timeZone } }`,
      {},
      { token: admin.token },
    );
    expect(changed.data?.updateCompanyTimeZone.timeZone).toBe('Europe/Paris');
    const audit = await t.gql<{ auditEntries: { before: string; after: string }[] }>(
      `query { auditEntries(filter: { action: "COMPANY_TIME_ZONE_CHANGED" }) { before after } }`,
      {},
      { token: admin.token },
    );
    expect(audit.data?.auditEntries).toHaveLength(1);
    expect(JSON.parse(audit.data!.auditEntries[0].after)).toEqual({ timeZone: 'Europe/Paris' });
    // A pinned day stays the pinned day in any zone.
    const today = await t.gql<{ businessDate: string }>(`query { businessDate }`, {}, { token: admin.token });
    expect(today.data?.businessDate).toBe('2028-02-29');
  });
});
