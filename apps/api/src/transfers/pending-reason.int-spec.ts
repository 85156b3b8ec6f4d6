import { addMonths, fiscalYearContaining } from '@tokenroll/domain';
import { testToday } from '../test/business-date';
import { fundedEngineer, teamWithPool } from '../test/metering-fixtures';
import { addMember, signUp, SignedUp, startTestApp, TestApp } from '../test/test-app';

const USD = 1_000_000n;

const REQUEST = `mutation R($input: RequestIncreaseInput!) {
  requestIncrease(input: $input) { id status pendingReason { code message } } }`;
const LIST = `query L($scope: String!) { increaseRequests(scope: $scope) { id status pendingReason { code message } } }`;
const LIMITS = `mutation U($input: RequestLimitsInput!) { updateRequestLimits(input: $input) { autoApprovePerPeriodMicros } }`;

interface Answer {
  id: string;
  status: string;
  requestedOn?: string;
  pendingReason: { code: string; message: string } | null;
}

/**
 * Why a request waits for a person, as the engineer and whoever decides see it. Seen before: 12 × 50
 * drained a pool of 500; the per-period cap now stops it, but the requests past the cap just said
 * "pending" with no reason on the engineer's or the manager's page.
 */
describe('increase requests say why they wait', () => {
  let t: TestApp;
  let acme: SignedUp;
  let people = 0;

  beforeAll(async () => {
    t = await startTestApp();
    acme = await signUp(t, 'Acme', 'admin@acme.test');
  });

  afterAll(async () => {
    await t.close();
  });

  const engineer = async (teamId: string, company = acme) => {
    const email = `eng${++people}@${company === acme ? 'acme' : 'globex'}.test`;
    const member = await addMember(t, company, email, ['ENGINEER']);
    const funded = await fundedEngineer(t, company, { email, allowanceMicros: 10n * USD, teamId });
    return { ...member, engineerId: funded.id };
  };

  const ask = async (who: SignedUp, amount: string, kind = 'TEMPORARY') => {
    const answer = await t.gql<{ requestIncrease: Answer }>(
      REQUEST.replace('id status', 'id status requestedOn'),
      { input: { amount, kind, reason: 'An agent refactor' } },
      { token: who.token },
    );
    expect(answer.errors).toBeUndefined();
    return answer.data!.requestIncrease;
  };

  it('past the per-engineer cap: the request says the cap is reached, with the figures, to the engineer and to HR', async () => {
    // Defaults: 50.00 approved at once, at most 100.00 a period per engineer.
    const team = await teamWithPool(t, acme, { name: 'Platform', poolMicros: 500n * USD, overflow: false });
    const eve = await engineer(team.id);
    const first = await ask(eve, '50.00');
    const second = await ask(eve, '50.00');
    expect([first, second].map((request) => [request.status, request.pendingReason])).toEqual([
      ['APPROVED', null],
      ['APPROVED', null],
    ]);
    const third = await ask(eve, '50.00');
    const expected = {
      code: 'AUTO_APPROVAL_CAP_REACHED',
      message:
        'The per-period cap on auto-approved increases is reached: $100.00 of $100.00 already approved automatically this period, so the manager decides.',
    };
    expect(third).toMatchObject({ status: 'PENDING_MANAGER', pendingReason: expected });

    const mine = await t.gql<{ increaseRequests: Answer[] }>(LIST, { scope: 'MINE' }, { token: eve.token });
    expect(mine.data?.increaseRequests.find((request) => request.id === third.id)?.pendingReason).toEqual(
      expected,
    );
    const all = await t.gql<{ increaseRequests: Answer[] }>(LIST, { scope: 'ALL' }, { token: acme.token });
    expect(all.data?.increaseRequests.find((request) => request.id === third.id)?.pendingReason).toEqual(
      expected,
    );
  });

  it('names the threshold, an empty pool and a permanent increase apart from the cap', async () => {
    const empty = await teamWithPool(t, acme, { name: 'Empty', poolMicros: 0n, overflow: false });
    const ann = await engineer(empty.id);
    expect((await ask(ann, '60.00')).pendingReason).toEqual({
      code: 'ABOVE_AUTO_APPROVAL',
      message: 'Above the auto-approval threshold of $50.00: the manager decides.',
    });
    expect((await ask(ann, '20.00')).pendingReason).toEqual({
      code: 'POOL_SHORT',
      message: 'The team pool could not cover it at once: the manager decides.',
    });
    expect((await ask(ann, '20.00', 'PERMANENT')).pendingReason).toEqual({
      code: 'PERMANENT',
      message: 'A permanent increase changes the allowance rule: the manager decides.',
    });
  });

  it('a request that waited at the cap keeps AUTO_APPROVAL_CAP_REACHED, with its figures, after HR raises the cap', async () => {
    // A company of its own: the cap changes here.
    const globex = await signUp(t, 'Globex', 'admin@globex.test');
    const team = await teamWithPool(t, globex, { name: 'Core', poolMicros: 500n * USD, overflow: false });
    const gus = await engineer(team.id, globex);
    await ask(gus, '50.00');
    await ask(gus, '50.00');
    const waited = await ask(gus, '50.00');
    const expected = {
      code: 'AUTO_APPROVAL_CAP_REACHED',
      message:
        'The per-period cap on auto-approved increases is reached: $100.00 of $100.00 already approved automatically this period, so the manager decides.',
    };
    expect(waited).toMatchObject({ status: 'PENDING_MANAGER', pendingReason: expected });

    const raised = await t.gql(
      LIMITS,
      {
        input: {
          autoApproveAmount: '50.00',
          autoApprovePerPeriodAmount: '500.00',
          hrApprovalAboveAmount: '1000.00',
          giftLimitBp: 2000,
        },
      },
      { token: globex.token },
    );
    expect(raised.errors).toBeUndefined();
    // The raise is in force: the next request of the same engineer is approved at once from the pool…
    expect((await ask(gus, '50.00')).status).toBe('APPROVED');
    // …and the one that waited still says why it waited then (judged now, it would read POOL_SHORT).
    for (const scope of ['MINE', 'ALL']) {
      const list = await t.gql<{ increaseRequests: Answer[] }>(
        LIST,
        { scope },
        { token: scope === 'MINE' ? gus.token : globex.token },
      );
      expect(list.data?.increaseRequests.find((request) => request.id === waited.id)).toEqual({
        id: waited.id,
        status: 'PENDING_MANAGER',
        pendingReason: expected,
      });
    }
    const [stored] = await t.adminQuery<{ pending_reason: string }>(
      `select pending_reason from increase_requests where id = $1`,
      [waited.id],
    );
    expect(stored.pending_reason).toBe('AUTO_APPROVAL_CAP_REACHED');
  });

  it("requests belong to the business day's allowance period: its cap counter, not the period before", async () => {
    const today = testToday();
    const [policy] = await t.adminQuery<{ month: number }>(
      `select fiscal_year_start_month as month from allowance_policy_versions
        where company_id = $1 order by effective_from desc limit 1`,
      [acme.companyId],
    );
    const period = fiscalYearContaining(today, policy?.month ?? 1);
    const team = await teamWithPool(t, acme, { name: 'Dated', poolMicros: 500n * USD, overflow: false });
    const dee = await engineer(team.id);
    // The period before is used up to the cap: it does not count in today's period.
    await t.adminQuery(
      `insert into engineer_period_totals (company_id, engineer_id, period_start, auto_approved_micros)
       values ($1, $2, $3, $4)`,
      [acme.companyId, dee.engineerId, addMonths(period.start, -12), String(100n * USD)],
    );
    const first = await ask(dee, '30.00');
    expect(first).toMatchObject({ status: 'APPROVED', requestedOn: today, pendingReason: null });
    const counters = await t.adminQuery<{ period_start: string; auto: string }>(
      `select to_char(period_start, 'YYYY-MM-DD') as period_start, auto_approved_micros::text as auto
         from engineer_period_totals where engineer_id = $1 order by period_start`,
      [dee.engineerId],
    );
    expect(counters).toEqual([
      { period_start: addMonths(period.start, -12), auto: String(100n * USD) },
      { period_start: period.start, auto: String(30n * USD) },
    ]);
    await ask(dee, '50.00');
    // 80.00 taken in this period: 30.00 more would pass the 100.00 cap.
    const third = await ask(dee, '30.00');
    expect(third).toMatchObject({
      status: 'PENDING_MANAGER',
      requestedOn: today,
      pendingReason: {
        code: 'AUTO_APPROVAL_CAP_REACHED',
        message:
          'The per-period cap on auto-approved increases is reached: $80.00 of $100.00 already approved automatically this period, so the manager decides.',
      },
    });
    const [row] = await t.adminQuery<{ requested_on: string }>(
      `select to_char(requested_on, 'YYYY-MM-DD') as requested_on from increase_requests where id = $1`,
      [third.id],
    );
    expect(row.requested_on).toBe(today);
  });

  it('the HR step keeps the HR threshold it was sent to HR under, after HR changes the thresholds', async () => {
    const initech = await signUp(t, 'Initech', 'admin@initech.test');
    const team = await teamWithPool(t, initech, { name: 'Ops', poolMicros: 0n, overflow: false });
    const ivy = await engineer(team.id, initech);
    const asked = await ask(ivy, '1500.00');
    expect(asked.pendingReason).toEqual({
      code: 'ABOVE_AUTO_APPROVAL',
      message: 'Above the auto-approval threshold of $50.00: the manager decides.',
    });
    const step = await t.gql<{ approveIncreaseRequest: Answer }>(
      `mutation A($id: ID!) { approveIncreaseRequest(id: $id) { id status pendingReason { code message } } }`,
      { id: asked.id },
      { token: initech.token },
    );
    const hrStep = {
      code: 'HR_STEP',
      message: 'Above the HR threshold of $1,000.00: HR decides after the manager.',
    };
    expect(step.data?.approveIncreaseRequest).toEqual({
      id: asked.id,
      status: 'PENDING_HR',
      pendingReason: hrStep,
    });
    const changed = await t.gql(
      LIMITS,
      {
        input: {
          autoApproveAmount: '100.00',
          autoApprovePerPeriodAmount: '200.00',
          hrApprovalAboveAmount: '2000.00',
          giftLimitBp: 2000,
        },
      },
      { token: initech.token },
    );
    expect(changed.errors).toBeUndefined();
    const all = await t.gql<{ increaseRequests: Answer[] }>(LIST, { scope: 'ALL' }, { token: initech.token });
    expect(all.data?.increaseRequests.find((request) => request.id === asked.id)?.pendingReason).toEqual(
      hrStep,
    );
  });
});
