import { teamWithPool } from '../test/metering-fixtures';
import { addMember, signUp, SignedUp, startTestApp, TestApp } from '../test/test-app';

const POOLS = `query { teamPools { teamName balanceMicros heldMicros overflow } }`;

describe('team pools: balances read through the ledger, funding, overflow, roles', () => {
  let t: TestApp;
  let admin: SignedUp;
  let engineer: SignedUp;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signUp(t, 'Poolside', 'admin@poolside.test');
    engineer = await addMember(t, admin, 'eng@poolside.test', ['ENGINEER']);
    await teamWithPool(t, admin, { name: 'Data', poolMicros: 250_000_000n, overflow: true });
    await teamWithPool(t, admin, { name: 'Apps', poolMicros: 0n, overflow: false });
  });

  afterAll(() => t.close());

  it('lists every team with its pool balance (0 without money) and overflow switch', async () => {
    const result = await t.gql<{ teamPools: unknown[] }>(POOLS, {}, { token: admin.token });
    expect(result.errors).toBeUndefined();
    expect(result.data?.teamPools).toEqual([
      { teamName: 'Apps', balanceMicros: '0', heldMicros: '0', overflow: false },
      { teamName: 'Data', balanceMicros: '250000000', heldMicros: '0', overflow: true },
    ]);
  });

  it('is refused to an engineer', async () => {
    const result = await t.gql(POOLS, {}, { token: engineer.token });
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
