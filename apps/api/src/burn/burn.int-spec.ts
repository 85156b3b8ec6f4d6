import { addDays, compareDates, forecastRunOut, IsoDate, spendSums } from '@tokenroll/domain';
import { testInstant, testNow, testToday } from '../test/business-date';
import {
  fundedEngineer,
  FundedEngineer,
  machine,
  midPeriodPolicy,
  teamWithPool,
} from '../test/metering-fixtures';
import { addMember, signUp, SignedUp, startTestApp, TestApp } from '../test/test-app';

const USD = 1_000_000n;
const SONNET = { provider: 'anthropic', model: 'claude-sonnet-4-6' }; // $3 in, $15 out per 1M tokens

const ENGINEER_FIELDS = `engineerId name teamId allowanceMicros accruedMicros spentMicros heldMicros availableMicros
  burn7Micros burn30Micros historyDays runsOutOn earliest latest confidence horizon runsOutBeforeHorizon underUse`;
const TEAM_BURN = `query B($teamId: ID!) { teamBurn(teamId: $teamId) {
  teamId teamName currency periodStart periodEnd asOf
  summary { engineers allowanceMicros accruedMicros spentMicros heldMicros availableMicros burn7Micros burn30Micros
            runningOut underUse lastWeekMicros weekBeforeMicros weekOverWeekBp }
  engineers { matching offset rows { ${ENGINEER_FIELDS} } }
  points { date accruedMicros spentMicros }
  byModel { key costMicros events }
  bySource { key costMicros events } } }`;
const MY_BURN = `query { myBurn { ${ENGINEER_FIELDS} } }`;

interface EngineerBurn {
  engineerId: string;
  historyDays: number;
  confidence: string;
  name: string;
  allowanceMicros: string;
  accruedMicros: string;
  spentMicros: string;
  availableMicros: string;
  burn7Micros: string;
  burn30Micros: string;
  runsOutOn: string | null;
  earliest: string | null;
  latest: string | null;
  horizon: string;
  runsOutBeforeHorizon: boolean;
  underUse: boolean;
}
interface TeamBurn {
  periodStart: string;
  periodEnd: string;
  asOf: string;
  summary: Record<string, string | number | null>;
  engineers: EngineerBurn[];
  points: { date: string; accruedMicros: string; spentMicros: string }[];
  byModel: { key: string; costMicros: string; events: number }[];
  bySource: { key: string; costMicros: string; events: number }[];
}

describe('team burn', () => {
  let t: TestApp;
  let acme: SignedUp;
  let boss: SignedUp;
  let otherBoss: SignedUp;
  let ann: SignedUp;
  let finance: SignedUp;
  let platform: { id: string };
  let infra: { id: string };
  let other: { id: string };
  let annEngineer: FundedEngineer;
  let ben: FundedEngineer;
  let cat: FundedEngineer;
  const today = testToday();
  /** A time on a day, never in the future (usage from the future is refused). */
  const at = (day: string, time: string) => {
    const iso = `${day}T${time}Z`;
    return Date.parse(iso) < testNow().getTime() ? iso : testInstant(-60_000);
  };

  /** A twelfth of the allowance on the first of each month after this one, to the period end. */
  const upcomingGrants = (periodEnd: string, micros: bigint) => {
    const grants = [];
    for (let month = 1; ; month++) {
      const first = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
      first.setUTCMonth(first.getUTCMonth() + month);
      const date = first.toISOString().slice(0, 10);
      if (compareDates(date, periodEnd) > 0) return grants;
      grants.push({ date, micros });
    }
  };
  /**
   * The domain rule (forecastRunOut) over an engineer's raw usage events, summed by the domain's spendSums:
   * the forecast fields the rollup queries must give for their row. The engineer started a year ago
   * (fundedEngineer).
   */
  const domainForecast = async (burn: TeamBurn, engineer: EngineerBurn, monthlyGrantMicros: bigint) => {
    const rows = await t.adminQuery<{ day: IsoDate; micros: string }>(
      `select to_char(occurred_at, 'YYYY-MM-DD') as day, sum(cost_micros)::text as micros from usage_events
        where engineer_id = $1 group by 1`,
      [engineer.engineerId],
    );
    const daily = rows.map((row) => ({ day: row.day, micros: BigInt(row.micros) }));
    const [account] = await t.adminQuery<{ available: string }>(
      `select (balance_micros - held_micros)::text as available from ledger_accounts
        where kind = 'ENGINEER_ALLOWANCE' and owner_id = $1`,
      [engineer.engineerId],
    );
    const window = { today, periodStart: burn.periodStart, startDate: addDays(today, -365) };
    const expected = forecastRunOut({
      ...window,
      periodEnd: burn.periodEnd,
      availableMicros: BigInt(account.available),
      accruedMicros: BigInt(engineer.accruedMicros),
      spentMicros: BigInt(engineer.spentMicros),
      spend: spendSums(window, daily),
      upcomingGrants: upcomingGrants(burn.periodEnd, monthlyGrantMicros),
    });
    const row = {
      burn7Micros: expected.burn7Micros.toString(),
      burn30Micros: expected.burn30Micros.toString(),
      historyDays: expected.historyDays,
      runsOutOn: expected.runsOutOn,
      earliest: expected.earliest,
      latest: expected.latest,
      confidence: expected.confidence,
      runsOutBeforeHorizon: expected.runsOutBeforeHorizon,
      underUse: expected.underUse,
    };
    return { daily, row };
  };
  /** The team burn with every engineer (by name, the default order), `engineers` as the rows. */
  const burnOf = async (who: SignedUp, teamId: string) => {
    const result = await t.gql<{
      teamBurn: Omit<TeamBurn, 'engineers'> & {
        engineers: { matching: number; offset: number; rows: EngineerBurn[] };
      };
    }>(TEAM_BURN, { teamId }, { token: who.token });
    const page = result.data?.teamBurn.engineers;
    if (page) {
      expect(page.matching).toBe(page.rows.length);
      expect(page.offset).toBe(0);
    }
    return {
      ...result,
      data: result.data && { teamBurn: { ...result.data.teamBurn, engineers: page!.rows } as TeamBurn },
    };
  };
  const post = async (engineer: FundedEngineer, events: Record<string, unknown>[]) => {
    const answer = await machine<{ results: { status: string }[] }>(t, engineer.key, 'POST', '/v1/usage', {
      events,
    });
    expect(answer.status).toBe(200);
    expect(answer.body.results.filter((result) => result.status !== 'accepted')).toEqual([]);
  };

  beforeAll(async () => {
    t = await startTestApp();
    acme = await signUp(t, 'Acme', 'admin@acme.test');
    await midPeriodPolicy(t, acme); // today mid-period on every pinned date
    boss = await addMember(t, acme, 'boss@acme.test', ['MANAGER']);
    otherBoss = await addMember(t, acme, 'other@acme.test', ['MANAGER']);
    // These figures are checked as a manager sees them when the company lets managers see allowances (the
    // default hides them: allowance-sight.int-spec.ts).
    await t.gql(
      `mutation { setManagersSeeAllowances(enabled: true) { managersSeeAllowances } }`,
      {},
      {
        token: acme.token,
      },
    );
    finance = await addMember(t, acme, 'fin@acme.test', ['FINANCE']);
    ann = await addMember(t, acme, 'ann@acme.test', ['ENGINEER']);
    platform = await teamWithPool(t, acme, { name: 'Platform', poolMicros: 0n, overflow: false });
    infra = await teamWithPool(t, acme, { name: 'Infra', poolMicros: 0n, overflow: false });
    other = await teamWithPool(t, acme, { name: 'Sales tools', poolMicros: 0n, overflow: false });
    await t.adminQuery(`update teams set parent_id = $2 where id = $1`, [infra.id, platform.id]);
    await t.adminQuery(`update teams set manager_user_id = $2 where id = $1`, [platform.id, boss.userId]);
    await t.adminQuery(`update teams set manager_user_id = $2 where id = $1`, [other.id, otherBoss.userId]);
    annEngineer = await fundedEngineer(t, acme, {
      email: 'ann@acme.test',
      allowanceMicros: 600n * USD,
      teamId: platform.id,
    });
    ben = await fundedEngineer(t, acme, {
      email: 'ben@acme.test',
      allowanceMicros: 300n * USD,
      teamId: infra.id,
    });
    cat = await fundedEngineer(t, acme, {
      email: 'cat@acme.test',
      allowanceMicros: 300n * USD,
      teamId: other.id,
    });
    // Annual pay of $2,400 → a $1,200 allowance at the default 50%: $100 a month still to accrue.
    await t.adminQuery(`update base_pay set annual_micros = 2400000000 where engineer_id = any($1)`, [
      [annEngineer.id, ben.id, cat.id],
    ]);
    // Ann: $50 a day (Sonnet input and output through Claude Code) on each of the last 10 days; Ben uses a little
    // through Cursor; Cat, in another team, spends too (never in Platform's figures).
    const events: Record<string, unknown>[] = [];
    for (let back = 0; back < 10; back++) {
      const day = addDays(today, -back);
      events.push({
        ...SONNET,
        source: 'claude-code',
        inputTokens: 5_000_000,
        outputTokens: 0,
        occurredAt: at(day, '09:00:00'),
        idempotencyKey: `ann-in-${back}`,
      });
      events.push({
        ...SONNET,
        source: 'claude-code',
        inputTokens: 0,
        outputTokens: 2_333_333,
        occurredAt: at(day, '10:00:00'),
        idempotencyKey: `ann-out-${back}`,
      });
    }
    await post(annEngineer, events);
    await post(ben, [
      {
        ...SONNET,
        source: 'cursor',
        inputTokens: 1_000_000,
        outputTokens: 0,
        occurredAt: at(addDays(today, -3), '12:00:00'),
        idempotencyKey: 'ben-1',
      },
    ]);
    await post(cat, [
      {
        ...SONNET,
        source: 'claude-code',
        inputTokens: 10_000_000,
        outputTokens: 0,
        occurredAt: at(today, '08:00:00'),
        idempotencyKey: 'cat-1',
      },
    ]);
  });

  afterAll(async () => {
    await t.close();
  });

  it('a manager sees their subtree: figures from the rollups equal the raw events and the ledger', async () => {
    const result = await burnOf(boss, platform.id);
    expect(result.errors).toBeUndefined();
    const burn = result.data!.teamBurn;
    expect(burn.asOf).toBe(today);
    // Name order by default, child team included, the other team's engineer not.
    expect(burn.engineers.map((engineer) => engineer.name)).toEqual(['ann', 'ben']);

    for (const engineer of burn.engineers) {
      const [raw] = await t.adminQuery<{ spent: string }>(
        `select coalesce(sum(cost_micros), 0)::text as spent from usage_events
          where engineer_id = $1 and occurred_at >= $2::date`,
        [engineer.engineerId, burn.periodStart],
      );
      expect(engineer.spentMicros).toBe(raw.spent);
      const [account] = await t.adminQuery<{ available: string }>(
        `select (balance_micros - held_micros)::text as available from ledger_accounts
          where kind = 'ENGINEER_ALLOWANCE' and owner_id = $1`,
        [engineer.engineerId],
      );
      expect(engineer.availableMicros).toBe(BigInt(account.available) > 0n ? account.available : '0');
      expect(engineer.allowanceMicros).toBe((1200n * USD).toString());
    }
    const ann = burn.engineers[0];
    expect(BigInt(ann.spentMicros)).toBeGreaterThan(400n * USD);

    // The summary adds up the rows; the burn line ends at the period's total spend.
    const sum = (pick: (engineer: EngineerBurn) => string) =>
      burn.engineers.reduce((total, engineer) => total + BigInt(pick(engineer)), 0n).toString();
    expect(burn.summary.engineers).toBe(2);
    expect(burn.summary.spentMicros).toBe(sum((engineer) => engineer.spentMicros));
    expect(burn.summary.accruedMicros).toBe(sum((engineer) => engineer.accruedMicros));
    expect(burn.summary.availableMicros).toBe(sum((engineer) => engineer.availableMicros));
    const last = burn.points[burn.points.length - 1];
    expect(last.date).toBe(today);
    expect(last.spentMicros).toBe(burn.summary.spentMicros);
    expect(last.accruedMicros).toBe(burn.summary.accruedMicros);
    for (let i = 1; i < burn.points.length; i++) {
      expect(compareDates(burn.points[i - 1].date, burn.points[i].date)).toBeLessThan(0);
      expect(BigInt(burn.points[i].spentMicros)).toBeGreaterThanOrEqual(
        BigInt(burn.points[i - 1].spentMicros),
      );
    }
    // By model and by tool add up to the same total, largest first.
    const total = (rows: { costMicros: string }[]) =>
      rows.reduce((acc, row) => acc + BigInt(row.costMicros), 0n).toString();
    expect(total(burn.byModel)).toBe(burn.summary.spentMicros);
    expect(total(burn.bySource)).toBe(burn.summary.spentMicros);
    expect(burn.bySource.map((row) => row.key)).toEqual(['claude-code', 'cursor']);
    expect(burn.byModel[0]).toMatchObject({ key: 'anthropic/claude-sonnet-4-6' });
  });

  it('forecasts each engineer with the domain rule over the raw daily spend: Ann runs out, Ben barely uses his', async () => {
    const burn = (await burnOf(boss, platform.id)).data!.teamBurn;
    for (const engineer of burn.engineers) {
      const { row } = await domainForecast(burn, engineer, 100n * USD);
      expect(engineer).toMatchObject(row);
    }
    const [ann, ben] = burn.engineers;
    expect(ann.runsOutOn).not.toBeNull();
    expect(ben.underUse).toBe(true);
    expect(ben.runsOutOn).toBeNull();
    expect(burn.summary.underUse).toBe(1);
  });

  it('filters, sorts and pages the per-engineer table on the server, with clear errors for bad views', async () => {
    const view = async (args: string) =>
      t.gql<{
        teamBurn: {
          summary: { engineers: number };
          engineers: { matching: number; offset: number; rows: { name: string }[] };
        };
      }>(
        `query V($teamId: ID!) { teamBurn(teamId: $teamId) { summary { engineers }
           engineers${args} { matching offset rows { name } } } }`,
        { teamId: platform.id },
        { token: boss.token },
      );
    const names = async (args: string) => {
      const result = await view(args);
      expect(result.errors).toBeUndefined();
      return result.data!.teamBurn.engineers.rows.map((row) => row.name);
    };
    // Ann (Platform) runs out, Ben (Infra, below it) barely uses his.
    expect(await names('(sort: RUNS_OUT)')).toEqual(['ann', 'ben']);
    expect(await names('(sort: RUNS_OUT, descending: true)')).toEqual(['ann', 'ben']);
    expect(await names('(sort: NAME, descending: true)')).toEqual(['ben', 'ann']);
    expect(await names('(sort: SIGNAL)')).toEqual(['ann', 'ben']);
    expect(await names('(show: RUNS_OUT)')).toEqual(['ann']);
    expect(await names('(show: UNDER_USE)')).toEqual(['ben']);
    expect(await names('(search: "INFRA")')).toEqual(['ben']);
    expect(await names('(search: "an platform")')).toEqual(['ann']);
    expect(await names('(search: "nobody")')).toEqual([]);
    // Every column sorts (the GraphQL enum and the domain rule name the same columns).
    for (const sort of [
      'NAME',
      'TEAM',
      'ALLOWANCE',
      'ACCRUED',
      'SPENT',
      'HELD',
      'AVAILABLE',
      'BURN7',
      'BURN30',
      'RUNS_OUT',
      'BAND',
      'CONFIDENCE',
      'SIGNAL',
    ])
      expect((await names(`(sort: ${sort})`)).sort()).toEqual(['ann', 'ben']);
    // A page: the summary still covers everyone, `matching` every page.
    const page = await view('(sort: NAME, offset: 1, limit: 1)');
    expect(page.data!.teamBurn.summary.engineers).toBe(2);
    expect(page.data!.teamBurn.engineers).toEqual({ matching: 2, offset: 1, rows: [{ name: 'ben' }] });
    expect(await names('(offset: 5, limit: 10)')).toEqual([]);

    for (const [args, field] of [
      ['(offset: -1)', 'offset'],
      ['(limit: 0)', 'limit'],
      [`(search: "${'x'.repeat(201)}")`, 'search'],
    ]) {
      const bad = await view(args);
      expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(bad.errors?.[0].extensions.fields?.map((f: { field: string }) => f.field)).toEqual([field]);
    }
    const unknownSort = await view('(sort: SPEND_RANK)');
    expect(unknownSort.errors?.[0].message).toMatch(/SPEND_RANK/);
  });

  it('a new starter’s forecast sums begin on their start date, in SQL as in the domain rule', async () => {
    const [{ start }] = await t.adminQuery<{ start: string }>(
      `select to_char(start_date, 'YYYY-MM-DD') as start from engineers where id = $1`,
      [annEngineer.id],
    );
    // Ann's spend of the last 10 days stays in the rollups; she is now said to have started 4 days ago.
    const startDate = addDays(today, -4);
    await t.adminQuery(`update engineers set start_date = $2 where id = $1`, [annEngineer.id, startDate]);
    try {
      const { data } = await burnOf(boss, platform.id);
      const row = data!.teamBurn.engineers.find((engineer) => engineer.engineerId === annEngineer.id)!;
      const daily = await t.adminQuery<{ day: IsoDate; micros: string }>(
        `select to_char(occurred_at, 'YYYY-MM-DD') as day, sum(cost_micros)::text as micros from usage_events
          where engineer_id = $1 group by 1`,
        [annEngineer.id],
      );
      const sums = spendSums(
        { today, periodStart: data!.teamBurn.periodStart, startDate },
        daily.map((entry) => ({ day: entry.day, micros: BigInt(entry.micros) })),
      );
      expect(row).toMatchObject({
        historyDays: 4, // whole days: the four before today
        burn7Micros: ((sums.sum7Micros * 2n + 4n) / 8n).toString(),
        burn30Micros: ((sums.sum30Micros * 2n + 4n) / 8n).toString(),
        confidence: 'low',
      });
      // What the start date cut off (the earlier of her ten days) is not in the pace.
      const total = daily.reduce((sum, entry) => sum + BigInt(entry.micros), 0n);
      expect(sums.sum30Micros).toBeLessThan(total);
    } finally {
      await t.adminQuery(`update engineers set start_date = $2 where id = $1`, [annEngineer.id, start]);
    }
  });

  it('the company view (every engineer in the subtree) sums big days exactly, as the domain rule does', async () => {
    // A company whose one team holds every engineer: its burn is read without a member filter.
    const solo = await signUp(t, 'Solo', 'admin@solo.test');
    const team = await teamWithPool(t, solo, { name: 'Everyone', poolMicros: 0n, overflow: false });
    const [big, small] = await Promise.all(
      ['big@solo.test', 'small@solo.test'].map((email) =>
        fundedEngineer(t, solo, { email, allowanceMicros: 20_000n * USD, teamId: team.id }),
      ),
    );
    // $6,000 today and $9 three days ago: today's square does not fit a bigint ($3,037 a day is the most
    // that does), so it is summed as numeric.
    const events = [
      ...[1, 2, 3, 4].map((part) => ({ back: 0, part, outputTokens: 100_000_000 })),
      { back: 3, part: 1, outputTokens: 600_000 },
    ];
    for (const [engineer, scale] of [
      [big, 1],
      [small, 0.01],
    ] as const)
      await post(
        engineer,
        events.map(({ back, part, outputTokens }) => ({
          ...SONNET,
          source: 'claude-code',
          inputTokens: 0,
          outputTokens: Math.round(outputTokens * scale),
          occurredAt: at(addDays(today, -back), `0${part}:00:00`),
          idempotencyKey: `${engineer.email}-${back}-${part}`,
        })),
      );
    const { data, errors } = await burnOf(solo, team.id);
    expect(errors).toBeUndefined();
    const burn = data!.teamBurn;
    expect(burn.engineers.map((engineer) => engineer.engineerId).sort()).toEqual([big.id, small.id].sort());
    for (const engineer of burn.engineers) {
      const { daily, row } = await domainForecast(burn, engineer, BigInt(engineer.allowanceMicros) / 12n);
      const biggest = daily.reduce((most, row) => (row.micros > most ? row.micros : most), 0n);
      if (engineer.engineerId === big.id) expect(biggest).toBeGreaterThan(3_037_000_499n);
      // The band comes from the sum of squares: it matches only if the big day's square was summed exactly.
      expect(engineer).toMatchObject(row);
    }
    // The team line and the summary cover exactly these two engineers.
    const spent = burn.engineers.reduce((sum, engineer) => sum + BigInt(engineer.spentMicros), 0n);
    expect(burn.summary.spentMicros).toBe(spent.toString());
    expect(burn.points[burn.points.length - 1].spentMicros).toBe(spent.toString());
  });

  it('answers 100 team burns at once: the reads beside each request never wait on the request pool', async () => {
    // Each team burn holds its request's connection and reads beside it on two more. Taken from the request
    // pool (20), 100 requests at once would fill it with connections each waiting for a second, for ever
    // (it did: this test timed out that way).
    const answers = await Promise.all(Array.from({ length: 100 }, () => burnOf(finance, platform.id)));
    for (const answer of answers) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.teamBurn.summary.engineers).toBe(2);
    }
  }, 30_000);

  it('reports the week-over-week change from the last 14 days', async () => {
    const burn = (await burnOf(finance, platform.id)).data!.teamBurn;
    const [raw] = await t.adminQuery<{ last: string; before: string }>(
      `select coalesce(sum(cost_micros) filter (where occurred_at >= $2::date - 6), 0)::text as last,
              coalesce(sum(cost_micros) filter (where occurred_at < $2::date - 6), 0)::text as before
         from usage_events where engineer_id = any($1) and occurred_at >= $2::date - 13 and occurred_at < $2::date + 1`,
      [burn.engineers.map((engineer) => engineer.engineerId), today],
    );
    expect(burn.summary.lastWeekMicros).toBe(raw.last);
    expect(burn.summary.weekBeforeMicros).toBe(raw.before);
    expect(burn.summary.weekOverWeekBp).toBe(
      Number(((BigInt(raw.last) - BigInt(raw.before)) * 10_000n) / BigInt(raw.before)),
    );
  });

  it('what my manager sees is exactly my row of the team burn', async () => {
    const mine = await t.gql<{ myBurn: EngineerBurn }>(MY_BURN, {}, { token: ann.token });
    expect(mine.errors).toBeUndefined();
    const burn = (await burnOf(boss, platform.id)).data!.teamBurn;
    expect(mine.data!.myBurn).toEqual(
      burn.engineers.find((engineer) => engineer.engineerId === annEngineer.id),
    );
  });

  it('refuses teams outside the viewer’s reach with a clear error', async () => {
    const outside = await burnOf(otherBoss, platform.id);
    expect(outside.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const engineer = await burnOf(ann, platform.id);
    expect(engineer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const unknown = await burnOf(finance, '00000000-0000-4000-8000-000000000000');
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(unknown.errors?.[0].extensions)).toContain('teamId');
    const own = await burnOf(otherBoss, other.id);
    expect(own.data?.teamBurn.engineers.map((engineer) => engineer.name)).toEqual(['cat']);
  });

  it('keeps the burn rollups equal to usage_daily, on inserts and on updates of a day', async () => {
    // A second batch on days already rolled up: usage_daily rows are updated, the triggers add the change.
    await post(annEngineer, [
      {
        ...SONNET,
        source: 'claude-code',
        inputTokens: 1_000_000,
        outputTokens: 0,
        occurredAt: at(today, '11:00:00'),
        idempotencyKey: 'ann-again-1',
      },
      {
        ...SONNET,
        source: 'cursor',
        inputTokens: 1_000_000,
        outputTokens: 0,
        occurredAt: at(today, '11:30:00'),
        idempotencyKey: 'ann-again-2',
      },
    ]);
    const [check] = await t.adminQuery<{
      daily: string;
      days: string;
      monthly: string;
      teams: string;
      raw: string;
    }>(
      `select (select sum(cost_micros) from usage_daily)::text as daily,
              (select sum(cost_micros) from usage_engineer_days)::text as days,
              (select sum(cost_micros) from usage_monthly)::text as monthly,
              (select sum(cost_micros) from usage_team_monthly)::text as teams,
              (select sum(cost_micros) from usage_events)::text as raw`,
    );
    expect(check).toEqual({
      daily: check.raw,
      days: check.raw,
      monthly: check.raw,
      teams: check.raw,
      raw: check.raw,
    });
    const mismatched = await t.adminQuery(
      `select d.engineer_id, d.day from (select engineer_id, day, sum(cost_micros) c, sum(events) e from usage_daily group by 1, 2) d
         full join usage_engineer_days r using (engineer_id, day)
        where d.c is distinct from r.cost_micros or d.e is distinct from r.events`,
    );
    expect(mismatched).toEqual([]);
    const byTeam = await t.adminQuery<{ team_id: string; micros: string }>(
      `select team_id, sum(cost_micros)::text as micros from usage_team_monthly group by 1 order by 2`,
    );
    const [catSpend] = await t.adminQuery<{ micros: string }>(
      `select sum(cost_micros)::text as micros from usage_events where engineer_id = $1`,
      [cat.id],
    );
    expect(byTeam.find((row) => row.team_id === other.id)?.micros).toBe(catSpend.micros);
  });

  it('counts spend by model and tool in the team the engineer was in on the day', async () => {
    // Ben moves from Infra to Sales tools today: his earlier usage stays with Infra (inside Platform).
    await t.adminQuery(
      `insert into team_memberships (company_id, id, engineer_id, team_id, effective_from) values ($1, gen_random_uuid(), $2, $3, $4)`,
      [acme.companyId, ben.id, other.id, today],
    );
    await post(ben, [
      {
        ...SONNET,
        source: 'api',
        inputTokens: 1_000_000,
        outputTokens: 0,
        occurredAt: at(today, '13:00:00'),
        idempotencyKey: 'ben-moved',
      },
    ]);
    const platformBurn = (await burnOf(boss, platform.id)).data!.teamBurn;
    expect(platformBurn.engineers.map((engineer) => engineer.name)).toEqual(['ann']);
    expect(platformBurn.bySource.map((row) => row.key)).toContain('cursor');
    expect(platformBurn.bySource.map((row) => row.key)).not.toContain('api');
    const salesBurn = (await burnOf(otherBoss, other.id)).data!.teamBurn;
    expect(salesBurn.engineers.map((engineer) => engineer.name)).toEqual(['ben', 'cat']);
    expect(salesBurn.bySource).toContainEqual({ key: 'api', costMicros: '3000000', events: 1 });
  });

  it('keeps the closed days between requests and reads them again when late usage or a backdated grant lands', async () => {
    const changes = async () =>
      (
        await t.adminQuery<{ count: number }>(
          `select count(*)::int as count from burn_changes where company_id = $1`,
          [acme.companyId],
        )
      )[0].count;
    // Ben is in Sales tools since the test before.
    const benOf = async () => {
      const burn = (await burnOf(otherBoss, other.id)).data!.teamBurn;
      return { burn, ben: burn.engineers.find((engineer) => engineer.engineerId === ben.id)! };
    };
    const threeDollars = (key: string, day: string) => ({
      ...SONNET,
      source: 'cursor',
      inputTokens: 1_000_000,
      outputTokens: 0,
      occurredAt: at(day, '06:00:00'),
      idempotencyKey: key,
    });
    const first = await benOf();
    const logged = await changes();

    // Today's usage changes no closed day: nothing is logged, and the live part shows it.
    await post(ben, [threeDollars('ben-today-kept', today)]);
    expect(await changes()).toBe(logged);
    const afterToday = await benOf();
    expect(BigInt(afterToday.ben.spentMicros) - BigInt(first.ben.spentMicros)).toBe(3n * USD);

    // Usage of five days ago arrives late: logged, and the closed days are read again. The triggers judge a
    // day closed by the database's real day: on a run pinned ahead of it (BUSINESS_DATE) that day is not
    // closed yet for them, nothing is logged, and the API reads the closed part afresh on every request.
    const realToday = new Date().toISOString().slice(0, 10);
    const lateLogged = addDays(today, -5) < realToday ? 1 : 0;
    await post(ben, [threeDollars('ben-late-kept', addDays(today, -5))]);
    expect(await changes()).toBe(logged + lateLogged);
    const afterLate = await benOf();
    expect(BigInt(afterLate.ben.spentMicros) - BigInt(afterToday.ben.spentMicros)).toBe(3n * USD);
    const { row } = await domainForecast(afterLate.burn, afterLate.ben, 100n * USD);
    expect(afterLate.ben).toMatchObject(row);
    expect(BigInt(afterLate.ben.burn30Micros)).toBeGreaterThan(BigInt(afterToday.ben.burn30Micros));
    const spentLine = (burn: TeamBurn) => BigInt(burn.points[burn.points.length - 1].spentMicros);
    expect(spentLine(afterLate.burn) - spentLine(afterToday.burn)).toBe(3n * USD);

    // A grant dated at the period start, posted now (a catch-up accrual): accrued and the accrual line grow.
    const [{ funding, allowance }] = await t.adminQuery<{ funding: string; allowance: string }>(
      `select (select id from ledger_accounts where kind = 'COMPANY_FUNDING' and company_id = $1) as funding,
              (select id from ledger_accounts where kind = 'ENGINEER_ALLOWANCE' and owner_id = $2) as allowance`,
      [acme.companyId, ben.id],
    );
    await t.adminQuery(
      `insert into ledger_entries (company_id, id, from_account_id, to_account_id, amount_micros, kind, reference, effective_at)
       values ($1, gen_random_uuid(), $2, $3, $4, 'GRANT', 'catch-up', $5::date)`,
      [acme.companyId, funding, allowance, (7n * USD).toString(), afterLate.burn.periodStart],
    );
    await t.adminQuery(`update ledger_accounts set balance_micros = balance_micros - $2 where id = $1`, [
      funding,
      (7n * USD).toString(),
    ]);
    await t.adminQuery(`update ledger_accounts set balance_micros = balance_micros + $2 where id = $1`, [
      allowance,
      (7n * USD).toString(),
    ]);
    // Logged with its day (the API counts it when that day is before its business date).
    expect(await changes()).toBe(logged + lateLogged + 1);
    const afterGrant = await benOf();
    expect(BigInt(afterGrant.ben.accruedMicros) - BigInt(afterLate.ben.accruedMicros)).toBe(7n * USD);
    expect(BigInt(afterGrant.ben.availableMicros) - BigInt(afterLate.ben.availableMicros)).toBe(7n * USD);
    const accruedLine = (burn: TeamBurn) => BigInt(burn.points[burn.points.length - 1].accruedMicros);
    expect(accruedLine(afterGrant.burn) - accruedLine(afterLate.burn)).toBe(7n * USD);
    expect(
      BigInt(afterGrant.burn.points[0].accruedMicros) - BigInt(afterLate.burn.points[0].accruedMicros),
    ).toBe(7n * USD);

    // A change logged days ago is of no use to any kept snapshot: reading the closed days again clears it.
    await t.adminQuery(
      `insert into burn_changes (company_id, recorded_at) values ($1, now() - interval '3 days')`,
      [acme.companyId],
    );
    await benOf();
    const [{ old }] = await t.adminQuery<{ old: number }>(
      `select count(*)::int as old from burn_changes where company_id = $1 and recorded_at < now() - interval '2 days'`,
      [acme.companyId],
    );
    // Only the path that keeps the closed part cleans up; a run pinned ahead of the real day reads afresh.
    expect(old).toBe(today <= realToday ? 0 : 1);
  });
});
