import { fundedEngineer, teamWithPool } from '../test/metering-fixtures';
import { addMember, signUp, SignedUp, startTestApp, TestApp } from '../test/test-app';

const USD = 1_000_000n;

const REQUEST = `mutation R($input: RequestIncreaseInput!) {
  requestIncrease(input: $input) { id status pendingReason { code message } } }`;
const LIST = `query L($scope: String!) { increaseRequests(scope: $scope) { id status pendingReason { code message } } }`;

interface Answer {
  id: string;
  status: string;
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

  const engineer = async (teamId: string) => {
    const email = `eng${++people}@acme.test`;
    const member = await addMember(t, acme, email, ['ENGINEER']);
    await fundedEngineer(t, acme, { email, allowanceMicros: 10n * USD, teamId });
    return member;
  };

  const ask = async (who: SignedUp, amount: string, kind = 'TEMPORARY') => {
    const answer = await t.gql<{ requestIncrease: Answer }>(
      REQUEST,
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
});
