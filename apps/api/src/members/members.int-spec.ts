import { testDay, testToday } from '../test/business-date';
import {
  addMember,
  LOGIN,
  refreshCookie,
  signUp,
  SignedUp,
  startTestApp,
  TEST_PASSWORD,
  TestApp,
} from '../test/test-app';

const SET_ROLES = `mutation($input: SetMemberRolesInput!) { setMemberRoles(input: $input) { id roles status } }`;
const DEACTIVATE = `mutation($userId: ID!) { deactivateMember(userId: $userId) { id status } }`;
const REACTIVATE = `mutation($userId: ID!) { reactivateMember(userId: $userId) { id status } }`;
const REMOVE = `mutation($userId: ID!) { removeMember(userId: $userId) { id } }`;
const REFRESH = `mutation { refreshSession { accessToken } }`;
const CREATE_TEAM = `mutation($input: CreateTeamInput!) { createTeam(input: $input) { id } }`;
const CREATE_ENGINEER = `mutation($input: CreateEngineerInput!) { createEngineer(input: $input) { id } }`;
const SET_END_DATE = `mutation($input: SetEndDateInput!) { setEndDate(input: $input) { id status } }`;
const PAY = `{ engineers { email basePay { annualMicros } } }`;
const COMPANY_KEY = `mutation { createApiKey(input: { name: "ci", scopes: ["budget:read"], company: true }) { secret } }`;
const POLICY = `mutation { updateAllowancePolicy(input: { basisKind: "RATIO", ratioBp: 2500, fiscalYearStartMonth: 1, accrual: "MONTHLY", rolloverKind: "NONE" }) { basisKind } }`;
const AUDIT = `query($filter: AuditFilterInput) {
  auditEntries(filter: $filter) { action entityType entityId actorEmail changes { field before after } }
}`;

type Audit = {
  auditEntries: {
    action: string;
    entityType: string;
    entityId: string | null;
    actorEmail: string | null;
    changes: { field: string; before: string | null; after: string | null }[];
  }[];
};

function code(result: { errors?: { extensions: { code: string } }[] }): string | undefined {
  return result.errors?.[0]?.extensions.code;
}

describe('members: roles, deactivation, removal, sessions that end at once, offboarding, audit', () => {
  let t: TestApp;
  let admin: SignedUp;
  let teamId: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signUp(t, 'Hooli', 'gavin@hooli.test');
    const team = await t.gql<{ createTeam: { id: string } }>(
      CREATE_TEAM,
      { input: { name: 'Platform', costCentre: 'CC-1' } },
      { token: admin.token },
    );
    if (!team.data) throw new Error(JSON.stringify(team.errors) + t.output().slice(-3000));
    teamId = team.data.createTeam.id;
    await t.gql(
      CREATE_ENGINEER,
      {
        input: {
          name: 'Paid Person',
          email: 'paid@hooli.test',
          teamId,
          startDate: `${Number(testToday().slice(0, 4)) - 1}-01-01`,
          annualPay: '150000',
          currency: 'USD',
        },
      },
      { token: admin.token },
    );
  });

  afterAll(() => t.close());

  async function signIn(email: string): Promise<{ token: string; cookie: string }> {
    const login = await t.gql<{ login: { accessToken: string } }>(LOGIN, {
      input: { email, password: TEST_PASSWORD },
    });
    if (!login.data) throw new Error(`login failed: ${JSON.stringify(login.errors)}`);
    return { token: login.data.login.accessToken, cookie: refreshCookie(login.setCookie) ?? '' };
  }

  it('a deleted ADMIN’s live access token no longer reads pay, changes the policy or creates a company key', async () => {
    const gone = await addMember(t, admin, 'gone@hooli.test', ['ADMIN']);
    const before = await t.gql<{ engineers: { basePay: unknown }[] }>(PAY, {}, { token: gone.token });
    expect(before.errors).toBeUndefined();
    // The account is deleted outright (as an operator would): the 15-minute token must die with it.
    await t.adminQuery(`delete from users where id = $1`, [gone.userId]);
    const pay = await t.gql(PAY, {}, { token: gone.token });
    expect(code(pay)).toBe('UNAUTHENTICATED');
    expect(pay.data).toBeNull();
    expect(code(await t.gql(POLICY, {}, { token: gone.token }))).toBe('UNAUTHENTICATED');
    expect(code(await t.gql(COMPANY_KEY, {}, { token: gone.token }))).toBe('UNAUTHENTICATED');
    const keys = await t.adminQuery<{ n: number }>(
      `select count(*)::int as n from api_keys where name = 'ci'`,
    );
    expect(keys[0].n).toBe(0);
    const rest = await fetch(`${t.url}/v1/me`, { headers: { authorization: `Bearer ${gone.token}` } });
    expect(rest.status).toBe(401);
  });

  it('a removed ADMIN is refused on the next request, cannot refresh or sign in, and leaves the list', async () => {
    const ex = await addMember(t, admin, 'ex-admin@hooli.test', ['ADMIN']);
    expect((await t.gql(PAY, {}, { token: ex.token })).errors).toBeUndefined();
    const removed = await t.gql(REMOVE, { userId: ex.userId }, { token: admin.token });
    expect(removed.errors).toBeUndefined();
    expect(code(await t.gql(PAY, {}, { token: ex.token }))).toBe('UNAUTHENTICATED');
    expect(code(await t.gql(COMPANY_KEY, {}, { token: ex.token }))).toBe('UNAUTHENTICATED');
    expect(code(await t.gql(REFRESH, {}, { cookie: ex.cookie }))).toBe('UNAUTHENTICATED');
    const login = await t.gql(LOGIN, { input: { email: 'ex-admin@hooli.test', password: TEST_PASSWORD } });
    expect(code(login)).toBe('UNAUTHENTICATED');
    const live = await t.adminQuery<{ n: number }>(
      `select count(*)::int as n from refresh_tokens where user_id = $1 and revoked_at is null`,
      [ex.userId],
    );
    expect(live[0].n).toBe(0);
    const members = await t.gql<{ members: { email: string }[] }>(
      `{ members { email } }`,
      {},
      { token: admin.token },
    );
    expect(members.data!.members.map((m) => m.email)).not.toContain('ex-admin@hooli.test');
  });

  it('a role taken away applies on the next request, not when the access token expires', async () => {
    const demoted = await addMember(t, admin, 'demoted@hooli.test', ['ADMIN', 'HR']);
    expect((await t.gql(`{ members { email } }`, {}, { token: demoted.token })).errors).toBeUndefined();
    const set = await t.gql<{ setMemberRoles: { roles: string[] } }>(
      SET_ROLES,
      { input: { userId: demoted.userId, roles: ['HR'] } },
      { token: admin.token },
    );
    expect(set.data?.setMemberRoles.roles).toEqual(['HR']);
    expect(code(await t.gql(`{ members { email } }`, {}, { token: demoted.token }))).toBe('FORBIDDEN');
    expect(code(await t.gql(COMPANY_KEY, {}, { token: demoted.token }))).toBe('FORBIDDEN');
    const me = await t.gql<{ me: { roles: string[] } }>(`{ me { roles } }`, {}, { token: demoted.token });
    expect(me.data?.me.roles).toEqual(['HR']);
  });

  it('logout ends the access token too', async () => {
    const session = await signIn('gavin@hooli.test');
    expect((await t.gql(PAY, {}, { token: session.token })).errors).toBeUndefined();
    const out = await t.gql(`mutation { logout }`, {}, { token: session.token, cookie: session.cookie });
    expect(out.errors).toBeUndefined();
    expect(code(await t.gql(PAY, {}, { token: session.token }))).toBe('UNAUTHENTICATED');
    // Another sign-in of the same member is not affected.
    expect((await t.gql(PAY, {}, { token: admin.token })).errors).toBeUndefined();
  });

  it('the last active ADMIN cannot demote, deactivate or remove themselves; the reason is named', async () => {
    const solo = await signUp(t, 'Solo Ltd', 'solo@solo.test');
    const demote = await t.gql(
      SET_ROLES,
      { input: { userId: solo.userId, roles: ['HR'] } },
      { token: solo.token },
    );
    expect(code(demote)).toBe('CONFLICT');
    expect(demote.errors?.[0].message).toMatch(/last active ADMIN/);
    expect(demote.errors?.[0].extensions.fields).toEqual([
      { field: 'roles', message: 'would leave the company without an active ADMIN' },
    ]);
    const self = await t.gql(DEACTIVATE, { userId: solo.userId }, { token: solo.token });
    expect(code(self)).toBe('BAD_USER_INPUT');
    expect(self.errors?.[0].extensions.fields).toEqual([
      { field: 'userId', message: 'is you: another ADMIN must deactivate you' },
    ]);
    const [row] = await t.adminQuery<{ roles: string; deactivated_at: Date | null }>(
      `select roles::text as roles, deactivated_at from users where id = $1`,
      [solo.userId],
    );
    expect(row).toEqual({ roles: '{ADMIN}', deactivated_at: null });
    // With a second ADMIN, giving up one's own ADMIN role is fine.
    await addMember(t, solo, 'second@solo.test', ['ADMIN']);
    const ok = await t.gql<{ setMemberRoles: { roles: string[] } }>(
      SET_ROLES,
      { input: { userId: solo.userId, roles: ['HR', 'ADMIN', 'FINANCE'] } },
      { token: solo.token },
    );
    expect(ok.data?.setMemberRoles.roles).toEqual(['ADMIN', 'HR', 'FINANCE']);
  });

  it('two ADMINs demoting (or deactivating) each other at the same time leave exactly one active ADMIN', async () => {
    const a = await signUp(t, 'Pair Co', 'a@pair.test');
    const b = await addMember(t, a, 'b@pair.test', ['ADMIN']);
    for (let round = 0; round < 6; round++) {
      const [one, two] = await Promise.all(
        round % 2 === 0
          ? [
              t.gql(SET_ROLES, { input: { userId: b.userId, roles: ['ENGINEER'] } }, { token: a.token }),
              t.gql(SET_ROLES, { input: { userId: a.userId, roles: ['ENGINEER'] } }, { token: b.token }),
            ]
          : [
              t.gql(DEACTIVATE, { userId: b.userId }, { token: a.token }),
              t.gql(DEACTIVATE, { userId: a.userId }, { token: b.token }),
            ],
      );
      const admins = await t.adminQuery<{ n: number }>(
        `select count(*)::int as n from users where company_id = $1 and 'ADMIN' = any(roles) and deactivated_at is null`,
        [a.companyId],
      );
      expect(admins[0].n).toBe(1);
      const refused = [one, two].filter((result) => result.errors);
      expect(refused).toHaveLength(1);
      expect(['CONFLICT', 'FORBIDDEN', 'UNAUTHENTICATED']).toContain(code(refused[0]));
      // Back to two ADMINs with fresh sessions for the next round.
      await t.adminQuery(`update users set roles = '{ADMIN}', deactivated_at = null where company_id = $1`, [
        a.companyId,
      ]);
      a.token = (await signIn('a@pair.test')).token;
      b.token = (await signIn('b@pair.test')).token;
    }
  });

  it('a deactivated member is refused at once and cannot sign in; reactivated, they can again', async () => {
    const hr = await addMember(t, admin, 'hr@hooli.test', ['HR']);
    expect((await t.gql(PAY, {}, { token: hr.token })).errors).toBeUndefined();
    const off = await t.gql<{ deactivateMember: { status: string } }>(
      DEACTIVATE,
      { userId: hr.userId },
      { token: admin.token },
    );
    expect(off.data?.deactivateMember.status).toBe('DEACTIVATED');
    expect(code(await t.gql(PAY, {}, { token: hr.token }))).toBe('UNAUTHENTICATED');
    expect(code(await t.gql(REFRESH, {}, { cookie: hr.cookie }))).toBe('UNAUTHENTICATED');
    const login = await t.gql(LOGIN, { input: { email: 'hr@hooli.test', password: TEST_PASSWORD } });
    expect(code(login)).toBe('FORBIDDEN');
    expect(login.errors?.[0].message).toMatch(/deactivated/);
    const on = await t.gql<{ reactivateMember: { status: string } }>(
      REACTIVATE,
      { userId: hr.userId },
      { token: admin.token },
    );
    expect(on.data?.reactivateMember.status).toBe('ACTIVE');
    const again = await signIn('hr@hooli.test');
    expect((await t.gql(PAY, {}, { token: again.token })).errors).toBeUndefined();
  });

  it('only an ADMIN changes members', async () => {
    const hr = await addMember(t, admin, 'hr2@hooli.test', ['HR']);
    for (const [query, variables] of [
      [SET_ROLES, { input: { userId: admin.userId, roles: ['ENGINEER'] } }],
      [DEACTIVATE, { userId: admin.userId }],
      [REACTIVATE, { userId: admin.userId }],
      [REMOVE, { userId: admin.userId }],
    ] as const) {
      expect(code(await t.gql(query, variables, { token: hr.token }))).toBe('FORBIDDEN');
    }
    const unknown = await t.gql(
      DEACTIVATE,
      { userId: '00000000-0000-4000-8000-000000000000' },
      { token: admin.token },
    );
    expect(code(unknown)).toBe('NOT_FOUND');
    expect(unknown.errors?.[0].extensions.fields).toEqual([
      { field: 'userId', message: 'is not a member of this company' },
    ]);
    const bad = await t.gql(SET_ROLES, { input: { userId: hr.userId, roles: [] } }, { token: admin.token });
    expect(code(bad)).toBe('BAD_USER_INPUT');
  });

  it('the audit log names who changed what: roles, deactivation, reactivation, removal, invitations', async () => {
    const audited = await addMember(t, admin, 'audited@hooli.test', ['ENGINEER']);
    await t.gql(SET_ROLES, { input: { userId: audited.userId, roles: ['HR'] } }, { token: admin.token });
    await t.gql(DEACTIVATE, { userId: audited.userId }, { token: admin.token });
    await t.gql(REACTIVATE, { userId: audited.userId }, { token: admin.token });
    await t.gql(REMOVE, { userId: audited.userId }, { token: admin.token });
    const entries = await t.gql<Audit>(
      AUDIT,
      { filter: { entityType: 'user', entityId: audited.userId } },
      { token: admin.token },
    );
    const byAction = new Map(entries.data!.auditEntries.map((entry) => [entry.action, entry]));
    expect([...byAction.keys()].sort()).toEqual([
      'MEMBER_DEACTIVATED',
      'MEMBER_REACTIVATED',
      'MEMBER_REMOVED',
      'ROLE_GRANTED',
      'ROLE_REMOVED',
    ]);
    expect(byAction.get('ROLE_GRANTED')).toMatchObject({
      actorEmail: 'gavin@hooli.test',
      changes: [
        { field: 'roles', before: 'ENGINEER', after: 'HR' },
        { field: 'granted', before: null, after: 'HR' },
      ],
    });
    expect(byAction.get('ROLE_REMOVED')?.changes).toContainEqual({
      field: 'removed',
      before: null,
      after: 'ENGINEER',
    });
    expect(byAction.get('MEMBER_DEACTIVATED')?.changes).toEqual([
      { field: 'status', before: 'ACTIVE', after: 'DEACTIVATED' },
    ]);
    expect(byAction.get('MEMBER_REMOVED')?.changes).toContainEqual({
      field: 'status',
      before: 'ACTIVE',
      after: 'REMOVED',
    });
    const invitations = await t.gql<Audit>(
      AUDIT,
      { filter: { entityType: 'invitation' } },
      { token: admin.token },
    );
    const actions = new Set(invitations.data!.auditEntries.map((entry) => entry.action));
    expect(actions).toEqual(new Set(['INVITATION_SENT', 'INVITATION_ACCEPTED']));
    const revoke = await t.gql<{ inviteMember: { id: string } }>(
      `mutation { inviteMember(input: { email: "later@hooli.test", roles: [HR] }) { id } }`,
      {},
      { token: admin.token },
    );
    await t.gql(
      `mutation($id: ID!) { revokeInvitation(id: $id) { id } }`,
      { id: revoke.data!.inviteMember.id },
      {
        token: admin.token,
      },
    );
    const revoked = await t.gql<Audit>(
      AUDIT,
      { filter: { action: 'INVITATION_REVOKED', entityId: revoke.data!.inviteMember.id } },
      { token: admin.token },
    );
    expect(revoked.data!.auditEntries[0].changes).toEqual([
      { field: 'status', before: 'PENDING', after: 'REVOKED' },
    ]);
    const accepted = invitations.data!.auditEntries.find((entry) => entry.action === 'INVITATION_ACCEPTED');
    expect(accepted?.actorEmail).not.toBeNull();
  });

  it('pay changes read as named fields before and after', async () => {
    const entries = await t.gql<Audit>(
      AUDIT,
      { filter: { action: 'ENGINEER_CREATED' } },
      { token: admin.token },
    );
    const changes = entries.data!.auditEntries[0].changes;
    expect(changes).toContainEqual({ field: 'annualPayMicros', before: null, after: '150000000000' });
    expect(changes).toContainEqual({ field: 'email', before: null, after: 'paid@hooli.test' });
    expect(changes.map((change) => change.field)).not.toContain('companyId');
  });

  describe('offboarding at the end date', () => {
    async function leaver(
      email: string,
      roles: string[],
    ): Promise<{ user: SignedUp; engineerId: string; key: string }> {
      const user = await addMember(t, admin, email, roles);
      const engineer = await t.gql<{ createEngineer: { id: string } }>(
        CREATE_ENGINEER,
        {
          input: {
            name: email.split('@')[0],
            email,
            teamId,
            startDate: `${Number(testToday().slice(0, 4)) - 1}-01-01`,
            annualPay: '100000',
            currency: 'USD',
          },
        },
        { token: admin.token },
      );
      const engineerId = engineer.data!.createEngineer.id;
      const key = await t.gql<{ createApiKey: { secret: string } }>(
        `mutation($id: ID!) { createApiKey(input: { name: "laptop", scopes: ["budget:read"], engineerId: $id }) { secret } }`,
        { id: engineerId },
        { token: admin.token },
      );
      if (!key.data) throw new Error(JSON.stringify(key.errors));
      return { user, engineerId, key: key.data.createApiKey.secret };
    }

    it('an end date already passed (yesterday) deactivates the login, ends its sign-ins and revokes the engineer’s keys at once', async () => {
      const { user, engineerId, key } = await leaver('leaving@hooli.test', ['ENGINEER']);
      const keyBefore = await fetch(`${t.url}/v1/keys/current`, {
        headers: { authorization: `Bearer ${key}` },
      });
      expect(keyBefore.status).toBe(200);
      const set = await t.gql(
        SET_END_DATE,
        { input: { engineerId, endDate: testDay(-1) } },
        { token: admin.token },
      );
      expect(set.errors).toBeUndefined();
      expect(code(await t.gql(`{ me { email } }`, {}, { token: user.token }))).toBe('UNAUTHENTICATED');
      expect(code(await t.gql(REFRESH, {}, { cookie: user.cookie }))).toBe('UNAUTHENTICATED');
      const keyAfter = await fetch(`${t.url}/v1/keys/current`, {
        headers: { authorization: `Bearer ${key}` },
      });
      expect(keyAfter.status).toBe(401);
      const [row] = await t.adminQuery<{ deactivated: boolean }>(
        `select deactivated_at is not null as deactivated from users where id = $1`,
        [user.userId],
      );
      expect(row.deactivated).toBe(true);
      const audit = await t.gql<Audit>(
        AUDIT,
        { filter: { action: 'MEMBER_DEACTIVATED', entityId: user.userId } },
        { token: admin.token },
      );
      expect(audit.data!.auditEntries[0].changes).toContainEqual({
        field: 'reason',
        before: null,
        after: `left on ${testDay(-1)}`,
      });
    });

    it('a roster import that records an end date already passed offboards the leaver at once', async () => {
      const { user, engineerId } = await leaver('rostered@hooli.test', ['ENGINEER']);
      const start = `${Number(testToday().slice(0, 4)) - 1}-01-01`;
      const csv = [
        'Name,Email,Team,Start Date,End Date,Base Pay,Currency',
        `rostered,rostered@hooli.test,CC-1,${start},${testDay(-1)},100000,USD`,
      ].join('\n');
      const response = await fetch(`${t.url}/v1/roster/import?mode=apply`, {
        method: 'POST',
        headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'text/csv' },
        body: csv,
      });
      expect(response.status).toBe(200);
      expect(code(await t.gql(`{ me { email } }`, {}, { token: user.token }))).toBe('UNAUTHENTICATED');
      const keys = await t.adminQuery<{ revoked: boolean }>(
        `select revoked_at is not null as revoked from api_keys where engineer_id = $1`,
        [engineerId],
      );
      expect(keys).toEqual([{ revoked: true }]);
    });

    it('an end date of today (the last day) changes nothing that day; the next day the offboarding job does it', async () => {
      const { user, engineerId, key } = await leaver('later-leaver@hooli.test', ['ENGINEER']);
      const tomorrow = testDay(1);
      await t.gql(SET_END_DATE, { input: { engineerId, endDate: testToday() } }, { token: admin.token });
      expect((await t.gql(`{ me { email } }`, {}, { token: user.token })).errors).toBeUndefined();
      // The next day: an instance running jobs, on the same database, pinned to that day.
      const nextDay = await startTestApp({ JOBS_ENABLED: 'true', BUSINESS_DATE: tomorrow }, t.db);
      try {
        let deactivated = false;
        for (let waited = 0; waited < 30_000 && !deactivated; waited += 250) {
          const [row] = await t.adminQuery<{ deactivated: boolean }>(
            `select deactivated_at is not null as deactivated from users where id = $1`,
            [user.userId],
          );
          deactivated = row.deactivated;
          if (!deactivated) await new Promise((resolve) => setTimeout(resolve, 250));
        }
        expect(deactivated).toBe(true);
        expect(code(await t.gql(`{ me { email } }`, {}, { token: user.token }))).toBe('UNAUTHENTICATED');
        const keys = await t.adminQuery<{ revoked: boolean }>(
          `select revoked_at is not null as revoked from api_keys where engineer_id = $1`,
          [engineerId],
        );
        expect(keys).toEqual([{ revoked: true }]);
        const keyAfter = await fetch(`${nextDay.url}/v1/keys/current`, {
          headers: { authorization: `Bearer ${key}` },
        });
        expect(keyAfter.status).toBe(401);
      } finally {
        await nextDay.close();
      }
    });
  });
});
