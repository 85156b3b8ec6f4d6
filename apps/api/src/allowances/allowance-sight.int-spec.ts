import { addMonths, startOfMonth } from '@tokenroll/domain';
import { testToday } from '../test/business-date';
import { addMember, signUp, SignedUp, startTestApp, TestApp } from '../test/test-app';

/*
 * Issue 13: an allowance is pay at a known ratio, so a manager who reads the policy's ratio and a report's
 * allowance knows the report's base pay. By default (the company setting off) a manager sees spend, burn and
 * run-out per person, allowance figures only summed over 5 people or more, never the ratio or overrides.
 */

const today = testToday();
const yearAgo = addMonths(startOfMonth(today), -12);

const ENGINEERS = `{ engineers { id email annualAllowanceMicros basePay { annualMicros } } }`;
const POLICY = `{ allowancePolicy { basisKind ratioBp } }`;
const DETAIL = `query($id: ID!) { engineer(id: $id) {
  engineer { id annualAllowanceMicros }
  allowance { annualMicros accruedMicros balanceMicros override { ratioBp } schedule { amountMicros } }
  ledgerEntries { kind amountMicros } } }`;
const BUDGET = `query($id: ID) { budget(engineerId: $id) {
  engineerId allowanceMicros accruedMicros spentMicros availableMicros overageMicros paceBp dailyBurnMicros runsOutOn } }`;
const USAGE = `query($id: ID) { usageSummary(engineerId: $id) { days { day costMicros accruedMicros remainingMicros spentToDateMicros } } }`;
const ROW = `engineerId allowanceMicros accruedMicros spentMicros availableMicros overageMicros burn30Micros runsOutOn inOverage`;
const TEAM_BURN = `query($teamId: ID!, $sort: BurnSort) { teamBurn(teamId: $teamId) {
  allowancePerPerson
  summary { engineers allowanceMicros accruedMicros availableMicros overageMicros spentMicros }
  points { date accruedMicros spentMicros }
  engineers(sort: $sort) { rows { ${ROW} } } } }`;
const MY_BURN = `{ myBurn { ${ROW} } }`;
const SIGHT = `{ allowanceSight { managersSeeAllowances groupMinimum consequence } }`;
const SET_SIGHT = `mutation($on: Boolean!) { setManagersSeeAllowances(enabled: $on) { managersSeeAllowances } }`;
const REQUESTS = `{ increaseRequests(scope: "TO_APPROVE") { engineerName engineerBudget { allowanceMicros availableMicros spentMicros dailyBurnMicros } } }`;

/** Annual base pay of each engineer (USD), Platform's four then Core's two. */
const PAY = {
  'ana@sight.test': 180_000,
  'bo@sight.test': 152_500,
  'cy@sight.test': 210_000,
  'di@sight.test': 99_000,
  'ed@sight.test': 131_250,
  'fay@sight.test': 240_000,
} as const;

describe('allowance sight: what a manager may see of a report’s allowance (pay at a known ratio)', () => {
  let t: TestApp;
  let admin: SignedUp;
  let hr: SignedUp;
  let manager: SignedUp;
  let ana: SignedUp;
  let platformId: string;
  let coreId: string;
  const ids = new Map<string, string>();

  beforeAll(async () => {
    t = await startTestApp({ JOBS_ENABLED: 'false' });
    admin = await signUp(t, 'Sight Inc', 'admin@sight.test');
    hr = await addMember(t, admin, 'hr@sight.test', ['HR']);
    manager = await addMember(t, admin, 'boss@sight.test', ['MANAGER']);
    ana = await addMember(t, admin, 'ana@sight.test', ['ENGINEER']);
    const team = async (input: Record<string, unknown>) =>
      (
        await t.gql<{ createTeam: { id: string } }>(
          `mutation($input: CreateTeamInput!) { createTeam(input: $input) { id } }`,
          { input },
          { token: hr.token },
        )
      ).data!.createTeam.id;
    platformId = await team({ name: 'Platform', costCentre: 'CC-1', managerUserId: manager.userId });
    coreId = await team({ name: 'Core', costCentre: 'CC-2', parentId: platformId });
    for (const [index, [email, pay]] of Object.entries(PAY).entries()) {
      const created = await t.gql<{ createEngineer: { id: string } }>(
        `mutation($input: CreateEngineerInput!) { createEngineer(input: $input) { id } }`,
        {
          input: {
            name: email.split('@')[0],
            email,
            annualPay: String(pay),
            currency: 'USD',
            startDate: yearAgo,
            teamId: index < 4 ? platformId : coreId,
          },
        },
        { token: hr.token },
      );
      expect(created.errors).toBeUndefined();
      ids.set(email, created.data!.createEngineer.id);
    }
    // Ana asks for more: the request waits for her manager's decision.
    const asked = await t.gql(
      `mutation($input: RequestIncreaseInput!) { requestIncrease(input: $input) { status } }`,
      { input: { amount: '5000.00', kind: 'PERMANENT', reason: 'a bigger project' } },
      { token: ana.token },
    );
    expect(asked.errors).toBeUndefined();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('the attack: a manager reads the ratio and each report’s annual allowance and works out their base pay — refused', async () => {
    const policy = await t.gql<{ allowancePolicy: { ratioBp: number | null } }>(
      POLICY,
      {},
      {
        token: manager.token,
      },
    );
    const list = await t.gql<{ engineers: { email: string; annualAllowanceMicros: string | null }[] }>(
      ENGINEERS,
      {},
      { token: manager.token },
    );
    expect(list.data!.engineers).toHaveLength(6);
    // What the attacker recovers: allowance × 10000 / ratio, compared with the real pay of each report.
    const ratio = policy.data?.allowancePolicy?.ratioBp ?? null;
    const recovered = list.data!.engineers.filter(
      (engineer) =>
        ratio !== null &&
        engineer.annualAllowanceMicros !== null &&
        (BigInt(engineer.annualAllowanceMicros) * 10_000n) / BigInt(ratio) ===
          BigInt(PAY[engineer.email as keyof typeof PAY]) * 1_000_000n,
    );
    expect(recovered.map((engineer) => engineer.email)).toEqual([]);
    expect(policy.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(list.data!.engineers.map((engineer) => engineer.annualAllowanceMicros)).toEqual(
      Array(6).fill(null),
    );
  });

  it('engineer page, budget and burn-down: spend and run-out, no allowance figure, schedule or ledger', async () => {
    const id = ids.get('ana@sight.test')!;
    const detail = await t.gql<{
      engineer: {
        engineer: { annualAllowanceMicros: string | null };
        allowance: unknown;
        ledgerEntries: unknown;
      };
    }>(DETAIL, { id }, { token: manager.token });
    expect(detail.errors).toBeUndefined();
    expect(detail.data!.engineer).toEqual({
      engineer: { id, annualAllowanceMicros: null },
      allowance: null,
      ledgerEntries: null,
    });
    const budget = await t.gql<{ budget: Record<string, unknown> }>(BUDGET, { id }, { token: manager.token });
    expect(budget.errors).toBeUndefined();
    expect(budget.data!.budget).toMatchObject({
      engineerId: id,
      allowanceMicros: null,
      accruedMicros: null,
      availableMicros: null,
      overageMicros: null,
      paceBp: null,
      spentMicros: '0',
      dailyBurnMicros: '0',
    });
    const usage = await t.gql<{ usageSummary: { days: Record<string, string | null>[] } }>(
      USAGE,
      { id },
      { token: manager.token },
    );
    expect(usage.errors).toBeUndefined();
    expect(usage.data!.usageSummary.days.length).toBeGreaterThan(0);
    for (const day of usage.data!.usageSummary.days) {
      expect(day.accruedMicros).toBeNull();
      expect(day.remainingMicros).toBeNull();
      expect(day.spentToDateMicros).toBe('0');
    }
    // HR sees it all; the engineer sees her own.
    for (const who of [hr, ana]) {
      const seen = await t.gql<{ budget: { allowanceMicros: string | null } }>(
        BUDGET,
        { id: who === ana ? null : id },
        { token: who.token },
      );
      expect(seen.data!.budget.allowanceMicros).toBe('90000000000');
    }
  });

  it('team burn: per person spend and burn only; allowance totals over 5 people or more; no sort by allowance', async () => {
    const platform = await t.gql<{
      teamBurn: {
        allowancePerPerson: boolean;
        summary: Record<string, string | number | null>;
        points: { accruedMicros: string | null; spentMicros: string }[];
        engineers: { rows: Record<string, string | boolean | null>[] };
      };
    }>(TEAM_BURN, { teamId: platformId }, { token: manager.token });
    expect(platform.errors).toBeUndefined();
    const burn = platform.data!.teamBurn;
    expect(burn.allowancePerPerson).toBe(false);
    expect(burn.engineers.rows).toHaveLength(6);
    for (const row of burn.engineers.rows) {
      expect(row).toMatchObject({
        allowanceMicros: null,
        accruedMicros: null,
        availableMicros: null,
        overageMicros: null,
        spentMicros: '0',
        burn30Micros: '0',
      });
    }
    // Six people: the sum of their allowances says nothing of one person's pay.
    const total = Object.values(PAY).reduce((sum, pay) => sum + BigInt(pay) * 500_000n, 0n);
    expect(burn.summary).toMatchObject({ engineers: 6, allowanceMicros: total.toString() });
    expect(burn.summary.accruedMicros).not.toBeNull();
    expect(burn.points.at(-1)!.accruedMicros).toBe(burn.summary.accruedMicros);

    // Core has two: its allowance total, accrual line and available are withheld.
    const core = await t.gql<typeof platform.data>(TEAM_BURN, { teamId: coreId }, { token: manager.token });
    expect(core.errors).toBeUndefined();
    expect(core.data!.teamBurn.summary).toMatchObject({
      engineers: 2,
      allowanceMicros: null,
      accruedMicros: null,
      availableMicros: null,
      overageMicros: null,
      spentMicros: '0',
    });
    expect(core.data!.teamBurn.points.every((point) => point.accruedMicros === null)).toBe(true);

    // An order by allowance would rank people by pay.
    for (const sort of ['ALLOWANCE', 'ACCRUED', 'AVAILABLE']) {
      const sorted = await t.gql(TEAM_BURN, { teamId: platformId, sort }, { token: manager.token });
      expect(sorted.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(sorted.errors?.[0].extensions.fields).toEqual([
        expect.objectContaining({ field: 'sort', message: expect.stringContaining('allowance') }),
      ]);
    }
    // HR may: every figure and every sort.
    const hrView = await t.gql<typeof platform.data>(
      TEAM_BURN,
      { teamId: coreId, sort: 'ALLOWANCE' },
      { token: hr.token },
    );
    expect(hrView.errors).toBeUndefined();
    expect(hrView.data!.teamBurn.allowancePerPerson).toBe(true);
    expect(hrView.data!.teamBurn.engineers.rows.map((row) => row.allowanceMicros)).toEqual([
      '65625000000',
      '120000000000',
    ]);
  });

  it('“what my manager sees” shows the engineer exactly that: no allowance figure', async () => {
    const mine = await t.gql<{ myBurn: Record<string, unknown> }>(MY_BURN, {}, { token: ana.token });
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.myBurn).toMatchObject({
      engineerId: ids.get('ana@sight.test'),
      allowanceMicros: null,
      accruedMicros: null,
      availableMicros: null,
      spentMicros: '0',
    });
  });

  it('approvals: the manager deciding a request sees spend and burn, not the allowance', async () => {
    const requests = await t.gql<{
      increaseRequests: { engineerName: string; engineerBudget: Record<string, string | null> }[];
    }>(REQUESTS, {}, { token: manager.token });
    expect(requests.errors).toBeUndefined();
    expect(requests.data!.increaseRequests).toEqual([
      {
        engineerName: 'ana',
        engineerBudget: {
          allowanceMicros: null,
          availableMicros: null,
          spentMicros: '0',
          dailyBurnMicros: '0',
        },
      },
    ]);
  });

  it('the setting: HR turns it on (audited, with its consequence), then managers see allowance figures', async () => {
    const sight = await t.gql<{
      allowanceSight: { managersSeeAllowances: boolean; groupMinimum: number; consequence: string };
    }>(SIGHT, {}, { token: manager.token });
    expect(sight.data!.allowanceSight).toMatchObject({ managersSeeAllowances: false, groupMinimum: 5 });
    expect(sight.data!.allowanceSight.consequence).toContain('work out that person’s pay');

    const refused = await t.gql(SET_SIGHT, { on: true }, { token: manager.token });
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const set = await t.gql<{ setManagersSeeAllowances: { managersSeeAllowances: boolean } }>(
      SET_SIGHT,
      { on: true },
      { token: hr.token },
    );
    expect(set.errors).toBeUndefined();
    expect(set.data!.setManagersSeeAllowances.managersSeeAllowances).toBe(true);
    const audit = await t.gql<{
      auditEntries: { action: string; before: string; after: string; actorEmail: string }[];
    }>(
      `{ auditEntries(filter: { action: "ALLOWANCE_SIGHT_CHANGED" }) { action before after actorEmail } }`,
      {},
      { token: admin.token },
    );
    expect(audit.data!.auditEntries).toEqual([
      {
        action: 'ALLOWANCE_SIGHT_CHANGED',
        before: JSON.stringify({ managersSeeAllowances: false }),
        after: JSON.stringify({ managersSeeAllowances: true }),
        actorEmail: 'hr@sight.test',
      },
    ]);

    // Now the manager sees what HR chose to show: the ratio, each allowance, the detail, the sorts.
    const policy = await t.gql<{ allowancePolicy: { ratioBp: number } }>(
      POLICY,
      {},
      { token: manager.token },
    );
    expect(policy.data!.allowancePolicy.ratioBp).toBe(5000);
    const list = await t.gql<{ engineers: { email: string; annualAllowanceMicros: string }[] }>(
      ENGINEERS,
      {},
      { token: manager.token },
    );
    expect(Object.fromEntries(list.data!.engineers.map((e) => [e.email, e.annualAllowanceMicros]))).toEqual(
      Object.fromEntries(Object.entries(PAY).map(([email, pay]) => [email, String(pay * 500_000)])),
    );
    const id = ids.get('ana@sight.test')!;
    const budget = await t.gql<{ budget: { allowanceMicros: string } }>(
      BUDGET,
      { id },
      { token: manager.token },
    );
    expect(budget.data!.budget.allowanceMicros).toBe('90000000000');
    const core = await t.gql<{
      teamBurn: { allowancePerPerson: boolean; summary: { allowanceMicros: string } };
    }>(TEAM_BURN, { teamId: coreId, sort: 'ALLOWANCE' }, { token: manager.token });
    expect(core.errors).toBeUndefined();
    expect(core.data!.teamBurn.allowancePerPerson).toBe(true);
    expect(core.data!.teamBurn.summary.allowanceMicros).toBe('185625000000');
    const mine = await t.gql<{ myBurn: { allowanceMicros: string } }>(MY_BURN, {}, { token: ana.token });
    expect(mine.data!.myBurn.allowanceMicros).toBe('90000000000');
    const requests = await t.gql<{ increaseRequests: { engineerBudget: { allowanceMicros: string } }[] }>(
      REQUESTS,
      {},
      { token: manager.token },
    );
    expect(requests.data!.increaseRequests[0].engineerBudget.allowanceMicros).toBe('90000000000');

    // Off again: hidden again.
    await t.gql(SET_SIGHT, { on: false }, { token: hr.token });
    const again = await t.gql(POLICY, {}, { token: manager.token });
    expect(again.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
