import { fundedEngineer, teamWithPool } from '../test/metering-fixtures';
import { addMember, signUp, SignedUp, startTestApp, TestApp } from '../test/test-app';

const USD = 1_000_000n;

const LIMITS = `{ requestLimits { currency autoApproveMicros autoApprovePerPeriodMicros hrApprovalAboveMicros giftLimitBp updatedAt } }`;
const UPDATE = `mutation U($input: RequestLimitsInput!) { updateRequestLimits(input: $input) {
  currency autoApproveMicros autoApprovePerPeriodMicros hrApprovalAboveMicros giftLimitBp updatedAt } }`;
const REQUEST = `mutation R($input: RequestIncreaseInput!) { requestIncrease(input: $input) { status needsHr approvedBy } }`;

const valid = {
  autoApproveAmount: '20',
  autoApprovePerPeriodAmount: '60.50',
  hrApprovalAboveAmount: '500.00',
  giftLimitBp: 1000,
};

describe('request limits: read by every member, edited by ADMIN and HR, audited', () => {
  let t: TestApp;
  let acme: SignedUp;
  let hr: SignedUp;
  let manager: SignedUp;
  let engineer: SignedUp;

  beforeAll(async () => {
    t = await startTestApp();
    acme = await signUp(t, 'Acme', 'admin@acme.test');
    hr = await addMember(t, acme, 'hr@acme.test', ['HR']);
    manager = await addMember(t, acme, 'boss@acme.test', ['MANAGER']);
    engineer = await addMember(t, acme, 'eve@acme.test', ['ENGINEER']);
  });

  afterAll(async () => {
    await t.close();
  });

  it('starts at the defaults: 50.00 auto-approved, 100.00 a period per engineer, HR above 1,000.00, gifts 20%', async () => {
    const answer = await t.gql<{ requestLimits: Record<string, unknown> }>(
      LIMITS,
      {},
      { token: engineer.token },
    );
    expect(answer.data?.requestLimits).toMatchObject({
      currency: 'USD',
      autoApproveMicros: String(50n * USD),
      autoApprovePerPeriodMicros: String(100n * USD),
      hrApprovalAboveMicros: String(1000n * USD),
      giftLimitBp: 2000,
    });
  });

  it('refuses ENGINEER and MANAGER, and changes nothing', async () => {
    for (const who of [engineer, manager]) {
      const answer = await t.gql(UPDATE, { input: valid }, { token: who.token });
      expect(answer.errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    const [audit] = await t.adminQuery<{ n: number }>(
      `select count(*)::int as n from audit_entries where action = 'REQUEST_LIMITS_CHANGED'`,
    );
    expect(audit.n).toBe(0);
  });

  it('refuses bad limits naming the field, and changes nothing', async () => {
    const problems = async (input: Record<string, unknown>) =>
      (await t.gql(UPDATE, { input: { ...valid, ...input } }, { token: hr.token })).errors?.[0].extensions
        .fields;
    expect(await problems({ autoApproveAmount: '-5' })).toEqual([
      { field: 'autoApproveAmount', message: 'must not be negative' },
    ]);
    expect(await problems({ autoApproveAmount: '600' })).toEqual([
      { field: 'hrApprovalAboveAmount', message: 'must not be below the auto-approval threshold' },
      {
        field: 'autoApprovePerPeriodAmount',
        message: 'must be at least the auto-approval threshold (one request)',
      },
    ]);
    expect(await problems({ autoApprovePerPeriodAmount: 'lots', hrApprovalAboveAmount: '2000000' })).toEqual([
      { field: 'autoApprovePerPeriodAmount', message: 'must be an amount like 50 or 1,000.00' },
    ]);
    expect(await problems({ hrApprovalAboveAmount: '2000000' })).toEqual([
      { field: 'hrApprovalAboveAmount', message: 'must be at most 1,000,000' },
    ]);
    expect(await problems({ giftLimitBp: 10001 })).toEqual([
      { field: 'giftLimitBp', message: 'must be at most 10000 basis points (100%)' },
    ]);
    expect(await problems({ giftLimitBp: -1 })).toEqual([
      { field: 'giftLimitBp', message: 'must not be negative' },
    ]);
    const still = await t.gql<{ requestLimits: { autoApproveMicros: string } }>(
      LIMITS,
      {},
      { token: hr.token },
    );
    expect(still.data?.requestLimits.autoApproveMicros).toBe(String(50n * USD));
  });

  it('HR changes them; the audit keeps before and after; requests and gifts follow at once', async () => {
    const saved = await t.gql<{ updateRequestLimits: Record<string, unknown> }>(
      UPDATE,
      { input: valid },
      { token: hr.token },
    );
    expect(saved.data?.updateRequestLimits).toMatchObject({
      autoApproveMicros: String(20n * USD),
      autoApprovePerPeriodMicros: String(60_500_000n),
      hrApprovalAboveMicros: String(500n * USD),
      giftLimitBp: 1000,
      updatedAt: expect.any(String),
    });
    const [entry] = await t.adminQuery<{ actor: string; before: unknown; after: unknown }>(
      `select actor_user_id as actor, before, after from audit_entries
        where action = 'REQUEST_LIMITS_CHANGED' and entity_type = 'allowance_policy'`,
    );
    expect(entry).toEqual({
      actor: hr.userId,
      before: {
        autoApproveMicros: '50000000',
        autoApprovePerPeriodMicros: '100000000',
        hrApprovalAboveMicros: '1000000000',
        giftLimitBp: 2000,
      },
      after: {
        autoApproveMicros: '20000000',
        autoApprovePerPeriodMicros: '60500000',
        hrApprovalAboveMicros: '500000000',
        giftLimitBp: 1000,
      },
    });
    // ADMIN may change them too.
    const byAdmin = await t.gql(UPDATE, { input: valid }, { token: acme.token });
    expect(byAdmin.errors).toBeUndefined();

    const team = await teamWithPool(t, acme, { name: 'Platform', poolMicros: 1000n * USD, overflow: false });
    await fundedEngineer(t, acme, { email: 'eve@acme.test', allowanceMicros: 10n * USD, teamId: team.id });
    const ask = async (amount: string) =>
      (
        await t.gql<{ requestIncrease: { status: string; needsHr: boolean; approvedBy: string | null } }>(
          REQUEST,
          { input: { amount, kind: 'TEMPORARY', reason: 'A migration sprint' } },
          { token: engineer.token },
        )
      ).data?.requestIncrease;
    // 25 is above the new threshold of 20; 20 is approved; 600 is above the new HR threshold of 500.
    expect(await ask('25')).toMatchObject({ status: 'PENDING_MANAGER', needsHr: false });
    expect(await ask('20')).toMatchObject({ status: 'APPROVED', approvedBy: 'auto' });
    expect(await ask('600')).toMatchObject({ status: 'PENDING_MANAGER', needsHr: true });
    // The per-period cap of 60.50: 20 + 20 + 20 fit, the next 20 waits for the manager.
    expect(await ask('20')).toMatchObject({ status: 'APPROVED' });
    expect(await ask('20')).toMatchObject({ status: 'APPROVED' });
    expect(await ask('20')).toMatchObject({ status: 'PENDING_MANAGER' });
    const limit = await t.gql<{ transferLimit: { limitBp: number } }>(
      `{ transferLimit { limitBp } }`,
      {},
      { token: engineer.token },
    );
    expect(limit.data?.transferLimit.limitBp).toBe(1000);
  });
});
