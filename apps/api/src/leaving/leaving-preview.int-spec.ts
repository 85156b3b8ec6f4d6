import { addDays, addMonths, startOfMonth } from '@tokenroll/domain';
import { testToday } from '../test/business-date';
import { createKey } from '../test/metering-fixtures';
import { addMember, signUp, SignedUp, startTestApp, TestApp } from '../test/test-app';

const today = testToday();
const firstOf = (offset: number) => addMonths(startOfMonth(today), offset);
const month = (offset: number) => firstOf(offset).slice(0, 7);

const CREATE_TEAM = `mutation($input: CreateTeamInput!) { createTeam(input: $input) { id } }`;
const CREATE_ENGINEER = `mutation($input: CreateEngineerInput!) { createEngineer(input: $input) { id } }`;
const END = `mutation($input: SetEndDateInput!) { setEndDate(input: $input) { id endDate } }`;
const PREVIEW = `query($input: LeavingPreviewInput!) { leavingPreview(input: $input) {
  engineerId lastDayPaid forfeitOn currency balanceNowMicros grantsToComeMicros
  reversedGrants { month amountMicros } reversedMicros forfeitMicros overageMicros loginEmail apiKeysToRevoke
} }`;
const DETAIL = `query($id: ID!) { engineer(id: $id) {
  engineer { endDate }
  allowance { balanceMicros }
  ledgerEntries { kind amountMicros reference }
} }`;

interface Preview {
  engineerId: string;
  lastDayPaid: string;
  forfeitOn: string;
  currency: string;
  balanceNowMicros: string;
  grantsToComeMicros: string;
  reversedGrants: { month: string; amountMicros: string }[];
  reversedMicros: string;
  forfeitMicros: string;
  overageMicros: string;
  loginEmail: string | null;
  apiKeysToRevoke: number;
}
interface Detail {
  engineer: {
    engineer: { endDate: string | null };
    allowance: { balanceMicros: string };
    ledgerEntries: { kind: string; amountMicros: string; reference: string }[];
  };
}

describe('leaving preview: what an end date will do, shown before it is saved', () => {
  let t: TestApp;
  let admin: SignedUp;
  let hr: SignedUp;
  let teamId: string;

  const hire = async (email: string, startDate: string) => {
    const created = await t.gql<{ createEngineer: { id: string } }>(
      CREATE_ENGINEER,
      {
        input: { name: email.split('@')[0], email, teamId, startDate, annualPay: '120000', currency: 'USD' },
      },
      { token: hr.token },
    );
    if (!created.data) throw new Error(JSON.stringify(created.errors));
    return created.data.createEngineer.id;
  };
  const preview = (engineerId: string, endDate: string, token = hr.token) =>
    t.gql<{ leavingPreview: Preview }>(PREVIEW, { input: { engineerId, endDate } }, { token });
  const detail = async (id: string) =>
    (await t.gql<Detail>(DETAIL, { id }, { token: hr.token })).data!.engineer;
  const written = async (id: string) =>
    (
      await t.adminQuery<{ audits: number; entries: number }>(
        `select (select count(*)::int from audit_entries where entity_id = $1 and action = 'END_DATE_SET') as audits,
                (select count(*)::int from ledger_entries) as entries`,
        [id],
      )
    )[0];

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signUp(t, 'Leaving Ltd', 'admin@leaving.test');
    hr = await addMember(t, admin, 'hr@leaving.test', ['HR']);
    teamId = (
      await t.gql<{ createTeam: { id: string } }>(
        CREATE_TEAM,
        { input: { name: 'Core', costCentre: 'CC-1' } },
        { token: hr.token },
      )
    ).data!.createTeam.id;
  });

  afterAll(() => t.close());

  it('a backdated end date: grants after it reversed, the rest forfeited, the login and the keys — exactly what saving then does, and the preview writes nothing', async () => {
    const id = await hire('ria@leaving.test', firstOf(-2));
    // Her sign-in (the same work email) and her keys: two live, one already revoked.
    await addMember(t, admin, 'ria@leaving.test', ['ENGINEER']);
    await createKey(t, admin, { engineerId: id, name: 'laptop' });
    await createKey(t, admin, { engineerId: id, name: 'desktop' });
    const revoked = await t.gql<{ createApiKey: { apiKey: { id: string } } }>(
      `mutation { createApiKey(input: { name: "old", scopes: ["usage:write"], engineerId: "${id}" }) { apiKey { id } } }`,
      {},
      { token: admin.token },
    );
    await t.gql(
      `mutation($id: ID!) { revokeApiKey(id: $id) { id } }`,
      { id: revoked.data!.createApiKey.apiKey.id },
      {
        token: admin.token,
      },
    );
    const before = await detail(id);
    const untouched = await written(id);
    const lastDay = addDays(firstOf(-1), 9);

    const answer = await preview(id, lastDay);
    expect(answer.errors).toBeUndefined();
    const shown = answer.data!.leavingPreview;
    // 50% of 120,000 a year: 5,000 a month; this month's grant lies wholly after the last day.
    expect(shown).toMatchObject({
      engineerId: id,
      lastDayPaid: lastDay,
      forfeitOn: today,
      currency: 'USD',
      balanceNowMicros: before.allowance.balanceMicros,
      grantsToComeMicros: '0',
      overageMicros: '0',
      loginEmail: 'ria@leaving.test',
      apiKeysToRevoke: 2,
    });
    expect(shown.reversedGrants.map((grant) => grant.month)).toEqual([month(-1), month(0)]);
    expect(shown.reversedGrants[1].amountMicros).toBe('5000000000');
    expect(BigInt(shown.forfeitMicros)).toBeGreaterThan(5_000_000_000n);
    expect(BigInt(shown.forfeitMicros) + BigInt(shown.reversedMicros)).toBe(
      BigInt(before.allowance.balanceMicros),
    );

    // Nothing of the preview was kept.
    expect(await written(id)).toEqual(untouched);
    expect((await detail(id)).engineer.endDate).toBeNull();

    // Saving does what was shown: the same claw-backs by month, the same forfeit, nothing left.
    const saved = await t.gql(END, { input: { engineerId: id, endDate: lastDay } }, { token: hr.token });
    expect(saved.errors).toBeUndefined();
    const after = await detail(id);
    const known = new Set(before.ledgerEntries.map((entry) => entry.reference));
    const added = after.ledgerEntries.filter((entry) => !known.has(entry.reference));
    expect(
      added
        .filter((entry) => entry.kind === 'ADJUSTMENT')
        .map((entry) => [entry.reference.split(':')[2], String(-BigInt(entry.amountMicros))])
        .sort(),
    ).toEqual(shown.reversedGrants.map((grant) => [grant.month, grant.amountMicros]));
    expect(added.filter((entry) => entry.kind === 'FORFEIT').map((entry) => entry.amountMicros)).toEqual([
      `-${shown.forfeitMicros}`,
    ]);
    expect(after.allowance.balanceMicros).toBe('0');
  });

  it('an end date to come: forfeited the day after it, grants up to it still to come, no login to deactivate', async () => {
    // A hire who starts next month and leaves on its 15th: nothing granted yet, half a month to come.
    const id = await hire('sam@leaving.test', firstOf(1));
    const lastDay = addDays(firstOf(1), 14);
    const answer = await preview(id, lastDay);
    expect(answer.errors).toBeUndefined();
    const shown = answer.data!.leavingPreview;
    expect(shown).toMatchObject({
      lastDayPaid: lastDay,
      forfeitOn: addDays(lastDay, 1),
      balanceNowMicros: '0',
      reversedGrants: [],
      reversedMicros: '0',
      loginEmail: null,
      apiKeysToRevoke: 0,
    });
    expect(BigInt(shown.grantsToComeMicros)).toBeGreaterThan(0n);
    expect(BigInt(shown.grantsToComeMicros)).toBeLessThan(5_000_000_000n);
    // Unless it is spent, all of it is forfeited.
    expect(shown.forfeitMicros).toBe(shown.grantsToComeMicros);
    expect((await detail(id)).engineer.endDate).toBeNull();
  });

  it('bad input names the field; only HR and ADMIN may ask', async () => {
    const id = await hire('ola@leaving.test', firstOf(0));
    const early = await preview(id, addDays(firstOf(0), -1));
    expect(early.errors?.[0].extensions.fields).toEqual([
      { field: 'endDate', message: `must not be before the start date (${firstOf(0)})` },
    ]);
    const notADate = await preview(id, 'soon');
    expect(notADate.errors?.[0].extensions.fields).toEqual([
      { field: 'endDate', message: 'must be a date like 2026-04-01' },
    ]);
    const finance = await addMember(t, admin, 'fin@leaving.test', ['FINANCE']);
    const manager = await addMember(t, admin, 'boss@leaving.test', ['MANAGER']);
    for (const who of [finance, manager])
      expect((await preview(id, firstOf(1), who.token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await preview(id, firstOf(1), admin.token)).errors).toBeUndefined();
  });
});
