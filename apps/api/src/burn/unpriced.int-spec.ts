import { testInstant } from '../test/business-date';
import { fundedEngineer, FundedEngineer, machine, teamWithPool } from '../test/metering-fixtures';
import { addMember, signUp, SignedUp, startTestApp, TestApp } from '../test/test-app';

const USD = 1_000_000n;
const BY_KEY = `key costMicros events unpricedEvents unpricedTokens`;
const TEAM_BURN = `query B($teamId: ID!) { teamBurn(teamId: $teamId) { byModel { ${BY_KEY} } bySource { ${BY_KEY} } } }`;
const USAGE_SUMMARY = `query { usageSummary { byModel { ${BY_KEY} inputTokens outputTokens } bySource { ${BY_KEY} } } }`;

interface ByKey {
  key: string;
  costMicros: string;
  events: number;
  unpricedEvents: number;
  unpricedTokens: string;
}

/**
 * Usage of a model with no price is recorded with no cost: the totals that group it (My budget's Usage by
 * model, team burn's Spend by model and by tool, `GET /v1/usage/summary`) say how much of it is unpriced,
 * by events and tokens, so no surface shows it as $0.00.
 */
/** An instant a few minutes before the business clock's now (today, in the period, whatever the date). */
const minutesAgo = (minutes: number) => testInstant(-minutes * 60_000);

describe('unpriced usage in the totals', () => {
  let t: TestApp;
  let acme: SignedUp;
  let ann: SignedUp;
  let team: { id: string };
  let annEngineer: FundedEngineer;

  beforeAll(async () => {
    t = await startTestApp();
    acme = await signUp(t, 'Acme', 'admin@acme.test');
    ann = await addMember(t, acme, 'ann@acme.test', ['ENGINEER']);
    team = await teamWithPool(t, acme, { name: 'Platform', poolMicros: 0n, overflow: false });
    annEngineer = await fundedEngineer(t, acme, {
      email: 'ann@acme.test',
      allowanceMicros: 500n * USD,
      teamId: team.id,
    });
    const answer = await machine<{ results: { status: string }[] }>(t, annEngineer.key, 'POST', '/v1/usage', {
      events: [
        // $3 of Sonnet
        {
          source: 'cursor',
          provider: 'anthropic',
          model: 'claude-sonnet-4-6',
          inputTokens: 1_000_000,
          outputTokens: 0,
          occurredAt: minutesAgo(3),
          idempotencyKey: 'priced',
        },
        // a model with no price anywhere, twice
        ...[1, 2].map((n) => ({
          source: 'cursor',
          provider: 'acme',
          model: 'house-model-1',
          inputTokens: 20_000,
          outputTokens: 500,
          cacheReadTokens: 1_000,
          occurredAt: minutesAgo(n),
          idempotencyKey: `unpriced-${n}`,
        })),
      ],
    });
    expect(answer.body.results.map((result) => result.status)).toEqual(['accepted', 'accepted', 'accepted']);
  });

  afterAll(async () => {
    await t.close();
  });

  const house = {
    key: 'acme/house-model-1',
    costMicros: '0',
    events: 2,
    unpricedEvents: 2,
    unpricedTokens: '43000',
  };

  it("team burn's Spend by model and by tool count the unpriced part by events and tokens", async () => {
    const burn = await t.gql<{ teamBurn: { byModel: ByKey[]; bySource: ByKey[] } }>(
      TEAM_BURN,
      { teamId: team.id },
      { token: acme.token },
    );
    expect(burn.errors).toBeUndefined();
    expect(burn.data!.teamBurn.byModel).toEqual([
      {
        key: 'anthropic/claude-sonnet-4-6',
        costMicros: (3n * USD).toString(),
        events: 1,
        unpricedEvents: 0,
        unpricedTokens: '0',
      },
      house,
    ]);
    expect(burn.data!.teamBurn.bySource).toEqual([
      {
        key: 'cursor',
        costMicros: (3n * USD).toString(),
        events: 3,
        unpricedEvents: 2,
        unpricedTokens: '43000',
      },
    ]);
  });

  it("My budget's Usage by model counts it the same way", async () => {
    const summary = await t.gql<{ usageSummary: { byModel: ByKey[]; bySource: ByKey[] } }>(
      USAGE_SUMMARY,
      {},
      { token: ann.token },
    );
    expect(summary.errors).toBeUndefined();
    expect(summary.data!.usageSummary.byModel).toContainEqual({
      ...house,
      inputTokens: '40000',
      outputTokens: '1000',
    });
    expect(summary.data!.usageSummary.bySource).toEqual([
      {
        key: 'cursor',
        costMicros: (3n * USD).toString(),
        events: 3,
        unpricedEvents: 2,
        unpricedTokens: '43000',
      },
    ]);
  });

  it('GET /v1/usage/summary gives the unpriced part of each row and of the total', async () => {
    const answer = await machine<Record<string, unknown>>(
      t,
      annEngineer.key,
      'GET',
      '/v1/usage/summary?since=30d',
    );
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      total: '3.000000',
      events: 3,
      unpricedEvents: 2,
      unpricedTokens: 43_000,
    });
    expect(answer.body.byModel).toContainEqual(
      expect.objectContaining({
        key: 'acme/house-model-1',
        cost: '0.000000',
        unpricedEvents: 2,
        unpricedTokens: 43_000,
      }),
    );
  });
});
