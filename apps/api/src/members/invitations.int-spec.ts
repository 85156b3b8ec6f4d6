import {
  ACCEPT,
  addMember,
  INVITE,
  LOGIN,
  signUp,
  SignedUp,
  startTestApp,
  TEST_PASSWORD,
  TestApp,
  tokenFromAcceptUrl,
} from '../test/test-app';

const PREVIEW = `query Preview($token: String!) { invitationPreview(token: $token) { email companyName roles } }`;

describe('invitations: invite, preview, accept once, expiry, revocation, roles', () => {
  let t: TestApp;
  let admin: SignedUp;

  beforeAll(async () => {
    t = await startTestApp({ LOG_LEVEL: 'info' });
    admin = await signUp(t, 'Umbrella', 'admin@umbrella.test');
  });

  afterAll(() => t.close());

  async function invite(email: string, roles: string[]): Promise<{ id: string; token: string }> {
    const result = await t.gql<{ inviteMember: { id: string; acceptUrl: string } }>(
      INVITE,
      { input: { email, roles } },
      { token: admin.token },
    );
    expect(result.errors).toBeUndefined();
    return {
      id: result.data!.inviteMember.id,
      token: tokenFromAcceptUrl(result.data!.inviteMember.acceptUrl),
    };
  }

  it('an invited member shows as INVITED, previews, accepts, then signs in with the invited roles', async () => {
    const { token } = await invite('Hr.Person@Umbrella.test', ['HR', 'FINANCE']);
    const members = await t.gql<{ members: { email: string; status: string; roles: string[] }[] }>(
      `{ members { email status roles } }`,
      {},
      { token: admin.token },
    );
    expect(members.data?.members).toContainEqual({
      email: 'hr.person@umbrella.test',
      status: 'INVITED',
      roles: ['HR', 'FINANCE'],
    });
    const preview = await t.gql(PREVIEW, { token });
    expect(preview.data).toEqual({
      invitationPreview: {
        email: 'hr.person@umbrella.test',
        companyName: 'Umbrella',
        roles: ['HR', 'FINANCE'],
      },
    });
    const accepted = await t.gql<{
      acceptInvitation: { user: { roles: string[]; company: { id: string } } };
    }>(ACCEPT, {
      input: { token, name: 'Hannah', password: TEST_PASSWORD },
    });
    expect(accepted.data?.acceptInvitation.user.roles).toEqual(['HR', 'FINANCE']);
    expect(accepted.data?.acceptInvitation.user.company.id).toBe(admin.companyId);
    const login = await t.gql(LOGIN, {
      input: { email: 'hr.person@umbrella.test', password: TEST_PASSWORD },
    });
    expect(login.errors).toBeUndefined();
    const after = await t.gql<{ members: { email: string; status: string }[] }>(
      `{ members { email status } }`,
      {},
      { token: admin.token },
    );
    expect(after.data?.members.filter((m) => m.email === 'hr.person@umbrella.test')).toEqual([
      { email: 'hr.person@umbrella.test', status: 'ACTIVE' },
    ]);
  });

  it('an invitation link works once', async () => {
    const { token } = await invite('once@umbrella.test', ['ENGINEER']);
    const first = await t.gql(ACCEPT, { input: { token, name: 'Once', password: TEST_PASSWORD } });
    expect(first.errors).toBeUndefined();
    const second = await t.gql(ACCEPT, { input: { token, name: 'Twice', password: TEST_PASSWORD } });
    expect(second.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(second.errors?.[0].extensions.fields).toEqual([
      { field: 'token', message: 'has already been used' },
    ]);
    const users = await t.adminQuery<{ n: number }>(
      `select count(*)::int as n from users where email = 'once@umbrella.test'`,
    );
    expect(users[0].n).toBe(1);
  });

  it('two simultaneous accepts of one link create one user', async () => {
    const { token } = await invite('race@umbrella.test', ['ENGINEER']);
    const results = await Promise.all(
      [1, 2, 3].map((i) => t.gql(ACCEPT, { input: { token, name: `Racer ${i}`, password: TEST_PASSWORD } })),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    const users = await t.adminQuery<{ n: number }>(
      `select count(*)::int as n from users where email = 'race@umbrella.test'`,
    );
    expect(users[0].n).toBe(1);
  });

  it('an expired link is refused with the reason and creates nothing', async () => {
    const { id, token } = await invite('late@umbrella.test', ['ENGINEER']);
    await t.adminQuery(`update invitations set expires_at = now() - interval '1 minute' where id = $1`, [id]);
    const preview = await t.gql(PREVIEW, { token });
    expect(preview.errors?.[0].extensions.fields).toEqual([{ field: 'token', message: 'has expired' }]);
    const accept = await t.gql(ACCEPT, { input: { token, name: 'Late', password: TEST_PASSWORD } });
    expect(accept.errors?.[0].extensions.fields).toEqual([{ field: 'token', message: 'has expired' }]);
    const users = await t.adminQuery<{ n: number }>(
      `select count(*)::int as n from users where email = 'late@umbrella.test'`,
    );
    expect(users[0].n).toBe(0);
  });

  it('a revoked link is refused; re-inviting replaces the pending invitation', async () => {
    const first = await invite('again@umbrella.test', ['ENGINEER']);
    const second = await invite('again@umbrella.test', ['MANAGER']);
    const old = await t.gql(ACCEPT, { input: { token: first.token, name: 'Old', password: TEST_PASSWORD } });
    expect(old.errors?.[0].extensions.fields).toEqual([{ field: 'token', message: 'was revoked' }]);
    const revoked = await t.gql<{ revokeInvitation: { status: string } }>(
      `mutation($id: ID!) { revokeInvitation(id: $id) { status } }`,
      { id: second.id },
      { token: admin.token },
    );
    expect(revoked.data?.revokeInvitation.status).toBe('REVOKED');
    const accept = await t.gql(ACCEPT, {
      input: { token: second.token, name: 'New', password: TEST_PASSWORD },
    });
    expect(accept.errors?.[0].extensions.fields).toEqual([{ field: 'token', message: 'was revoked' }]);
  });

  it('a tampered or malformed link is refused without saying more', async () => {
    const { token } = await invite('tamper@umbrella.test', ['ENGINEER']);
    const tampered = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
    for (const bad of [tampered, 'not-a-token', `${admin.companyId}.nope.secret`]) {
      const result = await t.gql(PREVIEW, { token: bad });
      expect(result.errors?.[0].extensions.fields).toEqual([{ field: 'token', message: 'is not valid' }]);
    }
  });

  it('inviting someone who is already a member is a conflict on email', async () => {
    const result = await t.gql(
      INVITE,
      { input: { email: 'ADMIN@umbrella.test', roles: ['HR'] } },
      { token: admin.token },
    );
    expect(result.errors?.[0].extensions.code).toBe('CONFLICT');
    expect(result.errors?.[0].extensions.fields).toEqual([
      { field: 'email', message: 'is already a member' },
    ]);
  });

  it('only an ADMIN may invite or list members; an engineer gets FORBIDDEN', async () => {
    const engineer = await addMember(t, admin, 'eng@umbrella.test', ['ENGINEER']);
    const invite = await t.gql(
      INVITE,
      { input: { email: 'x@umbrella.test', roles: ['ADMIN'] } },
      { token: engineer.token },
    );
    expect(invite.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const list = await t.gql(`{ members { email } }`, {}, { token: engineer.token });
    expect(list.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const me = await t.gql<{ me: { roles: string[] } }>(`{ me { roles } }`, {}, { token: engineer.token });
    expect(me.data?.me.roles).toEqual(['ENGINEER']);
    const pending = await t.adminQuery<{ n: number }>(
      `select count(*)::int as n from invitations where email = 'x@umbrella.test'`,
    );
    expect(pending[0].n).toBe(0);
  });

  it('an invitation is logged by its id, never by its link (the token joins the company)', () => {
    expect(t.output()).toMatch(/"msg":"invitation [0-9a-f-]{36} queued"/);
    expect(t.output()).not.toMatch(/accept-invite\?token=/);
  });
});
