import { testDay, testInstant } from '../test/business-date';
import { createKey, machine } from '../test/metering-fixtures';
import { addMember, signUp, SignedUp, startTestApp, TestApp } from '../test/test-app';

const CREATE_TEAM = `mutation($input: CreateTeamInput!) { createTeam(input: $input) { id name } }`;
const UPDATE_TEAM = `mutation($input: UpdateTeamInput!) { updateTeam(input: $input) { id name parentId costCentre managerUserId managerName } }`;
const TEAMS = `{ teams { id name parentId costCentre managerUserId managerName engineerCount } }`;
const CREATE_ENGINEER = `mutation($input: CreateEngineerInput!) { createEngineer(input: $input) { id teamName } }`;
const MOVE = `mutation($input: MoveEngineerInput!) { moveEngineer(input: $input) }`;
const DETAIL = `query($id: ID!) { engineer(id: $id) {
  engineer { teamId teamName }
  teamHistory { teamId teamName effectiveFrom effectiveTo }
} }`;

type Team = {
  id: string;
  name: string;
  parentId: string | null;
  costCentre: string;
  managerUserId: string | null;
  managerName: string | null;
  engineerCount: number;
};
type Detail = {
  engineer: {
    engineer: { teamId: string; teamName: string };
    teamHistory: { teamId: string; teamName: string; effectiveFrom: string; effectiveTo: string | null }[];
  };
};

describe('teams change from the API: rename, move in the tree (no cycles), manager and cost centre; engineers move team from a date', () => {
  let t: TestApp;
  let admin: SignedUp;
  let hr: SignedUp;
  let finance: SignedUp;
  let manager: SignedUp;
  const ids: Record<string, string> = {};

  const team = async (name: string, parentId: string | null = null) => {
    const created = await t.gql<{ createTeam: { id: string } }>(
      CREATE_TEAM,
      { input: { name, costCentre: `CC-${name}`, parentId } },
      { token: hr.token },
    );
    if (!created.data) throw new Error(JSON.stringify(created.errors));
    ids[name] = created.data.createTeam.id;
    return ids[name];
  };
  const teams = async () =>
    new Map(
      (await t.gql<{ teams: Team[] }>(TEAMS, {}, { token: hr.token })).data!.teams.map((x) => [x.id, x]),
    );
  const audits = (action: string, entityId: string) =>
    t.adminQuery<{ before: Record<string, unknown>; after: Record<string, unknown> }>(
      `select before, after from audit_entries where action = $1 and entity_id = $2 order by created_at`,
      [action, entityId],
    );
  const hire = async (email: string, teamId: string) => {
    const created = await t.gql<{ createEngineer: { id: string } }>(
      CREATE_ENGINEER,
      {
        input: {
          name: email.split('@')[0],
          email,
          teamId,
          startDate: testDay(-40),
          annualPay: '120000',
          currency: 'USD',
        },
      },
      { token: hr.token },
    );
    if (!created.data) throw new Error(JSON.stringify(created.errors));
    return created.data.createEngineer.id;
  };
  const detail = async (id: string) =>
    (await t.gql<Detail>(DETAIL, { id }, { token: hr.token })).data!.engineer;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signUp(t, 'Treeco', 'admin@tree.test');
    hr = await addMember(t, admin, 'hr@tree.test', ['HR']);
    finance = await addMember(t, admin, 'finance@tree.test', ['FINANCE']);
    manager = await addMember(t, admin, 'manager@tree.test', ['MANAGER']);
    await team('Engineering');
    await team('Platform', ids.Engineering);
    await team('Data');
  });

  afterAll(() => t.close());

  it('HR renames a team, moves it under another parent, gives it a manager and another cost centre; each change is audited', async () => {
    const before = await t.gql(
      `query($id: ID!) { teamBurn(teamId: $id) { teamName } }`,
      { id: ids.Data },
      { token: manager.token },
    );
    expect(before.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const changed = await t.gql<{ updateTeam: Omit<Team, 'managerName' | 'engineerCount'> }>(
      UPDATE_TEAM,
      {
        input: {
          id: ids.Data,
          name: 'Data Platform',
          parentId: ids.Engineering,
          managerUserId: manager.userId,
          costCentre: 'CC-4200',
        },
      },
      { token: hr.token },
    );
    expect(changed.errors).toBeUndefined();
    // the answer is the row as the tree shows it, the manager's name included
    expect(changed.data?.updateTeam).toMatchObject({
      managerUserId: manager.userId,
      managerName: expect.any(String),
    });
    expect((await teams()).get(ids.Data)).toMatchObject({
      name: 'Data Platform',
      parentId: ids.Engineering,
      costCentre: 'CC-4200',
      managerUserId: manager.userId,
      managerName: expect.any(String),
    });
    const [audit] = await audits('TEAM_UPDATED', ids.Data);
    expect(audit.before).toMatchObject({
      name: 'Data',
      parentId: null,
      costCentre: 'CC-Data',
      managerUserId: null,
    });
    expect(audit.after).toMatchObject({
      name: 'Data Platform',
      parentId: ids.Engineering,
      costCentre: 'CC-4200',
    });
    // The new manager now reviews the team's burn (they could not before).
    const burn = `query($id: ID!) { teamBurn(teamId: $id) { teamName } }`;
    const theirs = await t.gql<{ teamBurn: { teamName: string } }>(
      burn,
      { id: ids.Data },
      { token: manager.token },
    );
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data?.teamBurn.teamName).toBe('Data Platform');

    // Back to the top level, and no manager.
    const top = await t.gql<{ updateTeam: Team }>(
      UPDATE_TEAM,
      { input: { id: ids.Data, parentId: null, managerUserId: null } },
      { token: admin.token },
    );
    expect(top.data?.updateTeam).toMatchObject({
      parentId: null,
      managerUserId: null,
      name: 'Data Platform',
    });
  });

  it('a move that makes a cycle is a 400 naming parentId, and changes nothing', async () => {
    for (const parentId of [ids.Platform, ids.Engineering]) {
      const refused = await t.gql(
        UPDATE_TEAM,
        { input: { id: ids.Engineering, parentId, name: 'Renamed on the way' } },
        { token: hr.token },
      );
      expect(refused.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'parentId', message: 'would make the team its own ancestor' }],
      });
    }
    const after = await teams();
    expect(after.get(ids.Engineering)).toMatchObject({ name: 'Engineering', parentId: null });
    expect(after.get(ids.Platform)).toMatchObject({ parentId: ids.Engineering });
    const unknown = await t.gql(
      UPDATE_TEAM,
      { input: { id: ids.Platform, managerUserId: '00000000-0000-4000-8000-000000000000' } },
      { token: hr.token },
    );
    expect(unknown.errors?.[0].extensions.fields).toEqual([
      { field: 'managerUserId', message: 'is not a member of this company' },
    ]);
  });

  it('only HR and ADMIN change teams and move engineers', async () => {
    for (const who of [finance, manager]) {
      const refused = await t.gql(
        UPDATE_TEAM,
        { input: { id: ids.Platform, name: 'Mine now' } },
        { token: who.token },
      );
      expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    expect((await teams()).get(ids.Platform)?.name).toBe('Platform');
  });

  it('an engineer moves team from a date: usage before it stays booked to the old team, from it to the new one; history kept and audited', async () => {
    const id = await hire('mover@tree.test', ids.Platform);
    const key = await createKey(t, admin, { engineerId: id, scopes: ['usage:write'] });
    const moved = await t.gql(
      MOVE,
      { input: { engineerId: id, teamId: ids.Data, effectiveFrom: testDay(0) } },
      { token: hr.token },
    );
    expect(moved.errors).toBeUndefined();
    // Usage reported after the move: yesterday's belongs to the old team, today's to the new one.
    const usage = await machine<{ results: { status: string; cost: string }[] }>(
      t,
      key,
      'POST',
      '/v1/usage',
      {
        events: [
          {
            occurredAt: testInstant(-86_400_000),
            idempotencyKey: 'yesterday',
            inputTokens: 1_000_000,
            outputTokens: 0,
          },
          {
            occurredAt: testInstant(-60_000),
            idempotencyKey: 'today',
            inputTokens: 0,
            outputTokens: 1_000_000,
          },
        ].map((event) => ({ source: 'cli', provider: 'anthropic', model: 'claude-sonnet-4-6', ...event })),
      },
    );
    expect(usage.body.results.map((result) => [result.status, result.cost])).toEqual([
      ['accepted', '3.000000'],
      ['accepted', '15.000000'],
    ]);
    const booked = await t.adminQuery<{ team_id: string; cost: string }>(
      `select team_id, sum(cost_micros)::text as cost from usage_team_monthly
        where team_id = any($1::uuid[]) group by team_id order by sum(cost_micros)`,
      [[ids.Platform, ids.Data]],
    );
    expect(booked).toEqual([
      { team_id: ids.Platform, cost: '3000000' },
      { team_id: ids.Data, cost: '15000000' },
    ]);
    const after = await detail(id);
    expect(after.engineer).toMatchObject({ teamId: ids.Data, teamName: 'Data Platform' });
    expect(after.teamHistory).toEqual([
      { teamId: ids.Platform, teamName: 'Platform', effectiveFrom: testDay(-40), effectiveTo: testDay(-1) },
      { teamId: ids.Data, teamName: 'Data Platform', effectiveFrom: testDay(0), effectiveTo: null },
    ]);
    expect((await audits('TEAM_MOVE', id)).map((row) => [row.before, row.after])).toEqual([
      [{ teamId: ids.Platform }, { teamId: ids.Data, effectiveFrom: testDay(0) }],
    ]);
  });

  it('a move to come keeps today’s team until its date; a move in the past, before the start or to the same team is a 400 naming the field', async () => {
    const id = await hire('planned@tree.test', ids.Platform);
    const planned = await t.gql(
      MOVE,
      { input: { engineerId: id, teamId: ids.Engineering, effectiveFrom: testDay(10) } },
      { token: admin.token },
    );
    expect(planned.errors).toBeUndefined();
    const now = await detail(id);
    expect(now.engineer.teamId).toBe(ids.Platform);
    expect(now.teamHistory.map((row) => [row.teamName, row.effectiveFrom, row.effectiveTo])).toEqual([
      ['Platform', testDay(-40), testDay(9)],
      ['Engineering', testDay(10), null],
    ]);

    const refusals: [Record<string, string>, string, RegExp][] = [
      [{ teamId: ids.Data, effectiveFrom: testDay(-1) }, 'effectiveFrom', /^must be today \(.+\) or later/],
      [{ teamId: ids.Data, effectiveFrom: '2026-02-30' }, 'effectiveFrom', /date/],
      [{ teamId: ids.Platform, effectiveFrom: testDay(3) }, 'teamId', /^is already their team on that date$/],
      [{ teamId: '00000000-0000-4000-8000-000000000000', effectiveFrom: testDay(3) }, 'teamId', /not a team/],
    ];
    for (const [input, field, message] of refusals) {
      const refused = await t.gql(MOVE, { input: { engineerId: id, ...input } }, { token: hr.token });
      expect(refused.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      const fields = refused.errors?.[0].extensions.fields as { field: string; message: string }[];
      expect(fields.map((f) => f.field)).toEqual([field]);
      expect(fields[0].message).toMatch(message);
    }
    expect((await detail(id)).teamHistory).toHaveLength(2);
  });
});
