import {
  createKey,
  FundedEngineer,
  fundedEngineer,
  ledgerReconciles,
  machine,
  teamWithPool,
} from '../test/metering-fixtures';
import { addMember, signUp, SignedUp, startTestApp, TestApp } from '../test/test-app';

const USD = 1_000_000n;

const REQUEST = `mutation R($input: RequestIncreaseInput!) { requestIncrease(input: $input) { id status approvedBy source needsHr amountMicros } }`;
const APPROVE = `mutation A($id: ID!, $comment: String) { approveIncreaseRequest(id: $id, comment: $comment) { id status approvedBy source } }`;
const REJECT = `mutation X($id: ID!, $comment: String!) { rejectIncreaseRequest(id: $id, comment: $comment) { id status decisionComment } }`;
const GIVE = `mutation G($input: TransferAllowanceInput!) { transferAllowance(input: $input) { id amountMicros fromKind toKind } }`;
const MOVE = `mutation M($input: MoveAllowanceInput!) { moveAllowance(input: $input) { id amountMicros fromKind toKind } }`;

interface Increase {
  id: string;
  status: string;
  approvedBy: string | null;
  source: string | null;
  needsHr: boolean;
}

describe('increase requests, approvals and transfers', () => {
  let t: TestApp;
  let acme: SignedUp;
  let boss: SignedUp;
  let hr: SignedUp;
  let ann: SignedUp;
  let annEngineer: FundedEngineer;
  let ben: FundedEngineer;
  let outsider: FundedEngineer;
  let team: { id: string; poolAccountId: string };

  const balance = async (accountId: string) => {
    const [row] = await t.adminQuery<{ balance: string }>(
      `select balance_micros::text as balance from ledger_accounts where id = $1`,
      [accountId],
    );
    return BigInt(row.balance);
  };
  const ask = (who: SignedUp, amount: string, kind = 'TEMPORARY') =>
    t.gql<{ requestIncrease: Increase }>(
      REQUEST,
      { input: { amount, kind, reason: 'A migration sprint' } },
      { token: who.token },
    );

  beforeAll(async () => {
    t = await startTestApp();
    acme = await signUp(t, 'Acme', 'admin@acme.test');
    boss = await addMember(t, acme, 'boss@acme.test', ['MANAGER']);
    hr = await addMember(t, acme, 'hr@acme.test', ['HR']);
    ann = await addMember(t, acme, 'ann@acme.test', ['ENGINEER']);
    team = await teamWithPool(t, acme, { name: 'Platform', poolMicros: 100n * USD, overflow: false });
    await t.adminQuery(`update teams set manager_user_id = $2 where id = $1`, [team.id, boss.userId]);
    annEngineer = await fundedEngineer(t, acme, {
      email: 'ann@acme.test',
      allowanceMicros: 50n * USD,
      teamId: team.id,
    });
    ben = await fundedEngineer(t, acme, {
      email: 'ben@acme.test',
      allowanceMicros: 10n * USD,
      teamId: team.id,
    });
    outsider = await fundedEngineer(t, acme, { email: 'out@acme.test', allowanceMicros: 10n * USD });
  });

  afterAll(async () => {
    await t.close();
  });

  it('a small temporary request is approved at once from the team pool', async () => {
    const before = await balance(annEngineer.allowanceAccountId);
    const answer = await ask(ann, '20.00');
    expect(answer.data?.requestIncrease).toMatchObject({
      status: 'APPROVED',
      approvedBy: 'auto',
      source: 'POOL',
    });
    expect((await balance(annEngineer.allowanceAccountId)) - before).toBe(20n * USD);
    expect(await balance(team.poolAccountId)).toBe(80n * USD);
    expect(await ledgerReconciles(t)).toEqual({ violations: 0, total: '0' });
  });

  it('a larger one waits for the manager; nobody approves their own; the manager’s approval moves the money', async () => {
    const asked = await ask(ann, '60.00');
    const request = asked.data!.requestIncrease;
    expect(request).toMatchObject({ status: 'PENDING_MANAGER', needsHr: false });
    const own = await t.gql(APPROVE, { id: request.id }, { token: ann.token });
    expect(own.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const queue = await t.gql<{ increaseRequests: { id: string }[] }>(
      `{ increaseRequests(scope: "TO_APPROVE") { id } }`,
      {},
      { token: boss.token },
    );
    expect(queue.data?.increaseRequests.map((r) => r.id)).toEqual([request.id]);
    const before = await balance(annEngineer.allowanceAccountId);
    const approved = await t.gql<{ approveIncreaseRequest: Increase }>(
      APPROVE,
      { id: request.id, comment: 'ok' },
      { token: boss.token },
    );
    // The pool has 80: it pays.
    expect(approved.data?.approveIncreaseRequest).toMatchObject({
      status: 'APPROVED',
      approvedBy: 'manager',
      source: 'POOL',
    });
    expect((await balance(annEngineer.allowanceAccountId)) - before).toBe(60n * USD);
    const twice = await t.gql(APPROVE, { id: request.id }, { token: boss.token });
    expect(twice.errors?.[0].extensions.code).toBe('CONFLICT');
  });

  it('above the HR threshold: the manager, then HR; the company pays when the pool cannot', async () => {
    const asked = await ask(ann, '1500.00');
    const id = asked.data!.requestIncrease.id;
    expect(asked.data?.requestIncrease.needsHr).toBe(true);
    expect(
      (await t.gql<{ approveIncreaseRequest: Increase }>(APPROVE, { id }, { token: hr.token })).errors?.[0]
        .extensions.code,
    ).toBe('FORBIDDEN');
    const step = await t.gql<{ approveIncreaseRequest: Increase }>(APPROVE, { id }, { token: boss.token });
    expect(step.data?.approveIncreaseRequest.status).toBe('PENDING_HR');
    expect((await t.gql(APPROVE, { id }, { token: boss.token })).errors?.[0].extensions.code).toBe(
      'FORBIDDEN',
    );
    const done = await t.gql<{ approveIncreaseRequest: Increase }>(APPROVE, { id }, { token: hr.token });
    expect(done.data?.approveIncreaseRequest).toMatchObject({
      status: 'APPROVED',
      approvedBy: 'hr',
      source: 'COMPANY',
    });
    expect(await ledgerReconciles(t)).toEqual({ violations: 0, total: '0' });
  });

  it('a rejection needs a reason; a permanent increase raises the annual allowance from next month', async () => {
    const asked = await ask(ann, '100.00');
    const id = asked.data!.requestIncrease.id;
    expect(
      (await t.gql(REJECT, { id, comment: ' ' }, { token: boss.token })).errors?.[0].extensions.fields,
    ).toEqual([{ field: 'comment', message: 'say why the request is rejected' }]);
    const rejected = await t.gql<{ rejectIncreaseRequest: { status: string; decisionComment: string } }>(
      REJECT,
      { id, comment: 'Use the pool next sprint' },
      { token: boss.token },
    );
    expect(rejected.data?.rejectIncreaseRequest).toMatchObject({
      status: 'REJECTED',
      decisionComment: 'Use the pool next sprint',
    });

    const permanent = await ask(ann, '800.00', 'PERMANENT');
    const approved = await t.gql<{ approveIncreaseRequest: Increase }>(
      APPROVE,
      { id: permanent.data!.requestIncrease.id },
      { token: boss.token },
    );
    expect(approved.data?.approveIncreaseRequest).toMatchObject({ status: 'APPROVED', source: 'POLICY' });
    // A change of the rule: a top-up on top of the policy's 50% of base pay, so later raises flow through it.
    const [override] = await t.adminQuery<{ basis_kind: string | null; top_up: string; from: string }>(
      `select basis_kind, top_up_micros::text as top_up, to_char(effective_from, 'YYYY-MM-DD') as from
         from allowance_overrides where engineer_id = $1`,
      [annEngineer.id],
    );
    expect(override.basis_kind).toBeNull();
    expect(BigInt(override.top_up)).toBe(800n * USD);
    expect(override.from.endsWith('-01')).toBe(true);
  });

  it('refuses negative, absurd or malformed amounts, naming the field', async () => {
    for (const amount of ['-5', '0', '2000000', 'lots']) {
      const answer = await ask(ann, amount);
      expect({ amount, fields: answer.errors?.[0].extensions.fields?.map((f) => f.field) }).toEqual({
        amount,
        fields: ['amount'],
      });
    }
  });

  it('an engineer key asks over REST; a company key cannot', async () => {
    const answer = await machine<Record<string, unknown>>(
      t,
      annEngineer.key,
      'POST',
      '/v1/increase-requests',
      {
        amount: '5.00',
        reason: 'Late night debugging',
      },
    );
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      status: 'APPROVED',
      amount: '5.000000',
      currency: 'USD',
      approver: 'auto',
      kind: 'TEMPORARY',
    });
    const company = await machine(
      t,
      await createKey(t, acme, { company: true }),
      'POST',
      '/v1/increase-requests',
      {
        amount: '5.00',
        reason: 'x',
      },
    );
    expect(company.status).toBe(403);
    const bad = await machine<{ fields: { field: string }[] }>(
      t,
      annEngineer.key,
      'POST',
      '/v1/increase-requests',
      {
        amount: 'five',
        reason: 'x',
      },
    );
    expect([bad.status, bad.body.fields[0].field]).toEqual([422, 'amount']);
  });

  it('gives to a teammate within the limit and what is available; never to a stranger or another company', async () => {
    const annBefore = await balance(annEngineer.allowanceAccountId);
    const gift = await t.gql<{ transferAllowance: { amountMicros: string } }>(
      GIVE,
      { input: { toEngineerId: ben.id, amount: '10.00', note: 'for the demo' } },
      { token: ann.token },
    );
    expect(gift.data?.transferAllowance.amountMicros).toBe(String(10n * USD));
    expect(annBefore - (await balance(annEngineer.allowanceAccountId))).toBe(10n * USD);
    expect(await balance(ben.allowanceAccountId)).toBe(20n * USD);

    const stranger = await t.gql(
      GIVE,
      { input: { toEngineerId: outsider.id, amount: '1.00' } },
      { token: ann.token },
    );
    expect(stranger.errors?.[0].extensions.fields).toEqual([
      { field: 'toEngineerId', message: 'must be a teammate (the same team)' },
    ]);
    const globex = await signUp(t, 'Globex', 'admin@globex.test');
    const foreign = await fundedEngineer(t, globex, { email: 'far@globex.test', allowanceMicros: USD });
    const abroad = await t.gql(
      GIVE,
      { input: { toEngineerId: foreign.id, amount: '1.00' } },
      { token: ann.token },
    );
    expect(abroad.errors?.[0].extensions.code).toBe('NOT_FOUND');
    // Ann's permanent increase trued her allowance up to the rule (a year of grants): a limit of 10× the
    // period allowance lets a gift reach what she has available.
    await t.adminQuery(
      `insert into allowance_policies (company_id, transfer_limit_bp) values ($1, 100000)
                        on conflict (company_id) do update set transfer_limit_bp = 100000`,
      [acme.companyId],
    );
    const tooMuch = await t.gql(
      GIVE,
      { input: { toEngineerId: ben.id, amount: '900000.00' } },
      { token: ann.token },
    );
    expect(tooMuch.errors?.[0].extensions.fields).toEqual([
      { field: 'amount', message: 'is more than what is available to move' },
    ]);
    await t.adminQuery(
      `insert into allowance_policies (company_id, transfer_limit_bp) values ($1, 1)
                        on conflict (company_id) do update set transfer_limit_bp = 1`,
      [acme.companyId],
    );
    const overLimit = await t.gql(
      GIVE,
      { input: { toEngineerId: ben.id, amount: '5.00' } },
      { token: ann.token },
    );
    expect(overLimit.errors?.[0].extensions.fields?.[0].field).toBe('amount');
    // 0.01% of the period's allowance (a little over $100,000: pay since the start of the period).
    expect(overLimit.errors?.[0].extensions.fields?.[0].message).toMatch(
      /^is above what you may still give this period: \$0\.\d\d \(the limit is \$10\.\d\d, 0\.01% of your period allowance; you gave \$10\.00\)$/,
    );
    // What the page shows before anyone types: the limit, what was given and what is left to give.
    const limit = await t.gql<{ transferLimit: Record<string, unknown> }>(
      `{ transferLimit { currency limitBp limitMicros givenMicros remainingMicros availableMicros } }`,
      {},
      { token: ann.token },
    );
    expect(limit.data?.transferLimit).toMatchObject({
      currency: 'USD',
      limitBp: 1,
      givenMicros: String(10n * USD),
    });
    const figures = limit.data!.transferLimit as { limitMicros: string; remainingMicros: string };
    expect(BigInt(figures.remainingMicros)).toBe(BigInt(figures.limitMicros) - 10n * USD);
    const mates = await t.gql<{ teammates: { email: string }[] }>(
      `{ teammates { id name email } }`,
      {},
      { token: ann.token },
    );
    expect(mates.data?.teammates.map((mate) => mate.email)).toEqual(['ben@acme.test']);
    const adminLimit = await t.gql<{ transferLimit: unknown }>(
      `{ transferLimit { limitBp } }`,
      {},
      {
        token: acme.token,
      },
    );
    expect(adminLimit.data?.transferLimit).toBeNull();
    expect(await ledgerReconciles(t)).toEqual({ violations: 0, total: '0' });
  });

  it('a manager moves between the pool and engineers of their subtree only', async () => {
    const poolBefore = await balance(team.poolAccountId);
    const moved = await t.gql<{ moveAllowance: { fromKind: string; toKind: string } }>(
      MOVE,
      { input: { from: { teamId: team.id }, to: { engineerId: ben.id }, amount: '3.00' } },
      { token: boss.token },
    );
    expect(moved.data?.moveAllowance).toMatchObject({
      fromKind: 'TEAM_POOL',
      toKind: 'ENGINEER_ALLOWANCE',
      amountMicros: String(3n * USD),
    });
    expect(poolBefore - (await balance(team.poolAccountId))).toBe(3n * USD);
    const outside = await t.gql(
      MOVE,
      { input: { from: { engineerId: outsider.id }, to: { teamId: team.id }, amount: '1.00' } },
      { token: boss.token },
    );
    expect(outside.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const engineer = await t.gql(
      MOVE,
      { input: { from: { teamId: team.id }, to: { engineerId: ben.id }, amount: '1.00' } },
      { token: ann.token },
    );
    expect(engineer.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const both = await t.gql(
      MOVE,
      {
        input: { from: { teamId: team.id, engineerId: ben.id }, to: { engineerId: ben.id }, amount: '1.00' },
      },
      { token: boss.token },
    );
    expect(both.errors?.[0].extensions.fields).toEqual([
      { field: 'from', message: 'name either an engineer or a team' },
    ]);
    const history = await t.gql<{ transfers: { amountMicros: string; fromName: string; toName: string }[] }>(
      `{ transfers { amountMicros fromName toName } }`,
      {},
      { token: ann.token },
    );
    expect(history.data?.transfers).toEqual([
      { amountMicros: String(10n * USD), fromName: 'ann', toName: 'ben' },
    ]);
    const benHistory = await t.gql<{ transfers: { fromName: string; toName: string }[] }>(
      `query($id: ID) { transfers(engineerId: $id) { fromName toName } }`,
      { id: ben.id },
      { token: boss.token },
    );
    expect(benHistory.data?.transfers).toEqual([
      { fromName: 'Platform', toName: 'ben' },
      { fromName: 'ann', toName: 'ben' },
    ]);
    // A manager cannot move allowance to themselves: refused naming the field.
    const bossEngineer = await fundedEngineer(t, acme, {
      email: 'boss@acme.test',
      allowanceMicros: USD,
      teamId: team.id,
    });
    const toSelf = await t.gql(
      MOVE,
      { input: { from: { teamId: team.id }, to: { engineerId: bossEngineer.id }, amount: '1.00' } },
      { token: boss.token },
    );
    expect(toSelf.errors?.[0].extensions.fields).toEqual([
      { field: 'to.engineerId', message: 'must not be you' },
    ]);
  });
});
