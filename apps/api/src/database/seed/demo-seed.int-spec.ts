import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, addMonths, IsoDate } from '@tokenroll/domain';
import { testNow, testToday } from '../../test/business-date';
import { ledgerReconciles } from '../../test/metering-fixtures';
import { startTestApp, TestApp } from '../../test/test-app';
import { DEMO_PASSWORD } from './demo.seed';

interface EventRow {
  email: string;
  source: string;
  provider: string;
  model: string;
  input: string;
  output: string;
  cache_read: string;
  cache_write: string;
  cost: string;
  unpriced: boolean;
  occurred_at: string;
}

const EVENTS = `
  select e.email, u.source, u.provider, u.model, u.input_tokens::text as input, u.output_tokens::text as output,
         u.cache_read_tokens::text as cache_read, u.cache_write_tokens::text as cache_write,
         u.cost_micros::text as cost, u.unpriced, to_json(u.occurred_at)#>>'{}' as occurred_at
    from usage_events u join engineers e on e.id = u.engineer_id
   order by u.occurred_at, e.email, u.source, u.model, u.input_tokens`;
/** What finance reads: the rollups by month, the ledger's entries, the closed months. */
const ROLLUPS = `
  select e.email, d.day::text as day, d.provider, d.model, d.source, d.events, d.cost_micros::text as cost
    from usage_daily d join engineers e on e.id = d.engineer_id
   order by e.email, d.day, d.provider, d.model, d.source`;
const ENTRIES = `
  select a.kind as from_kind, coalesce(e.email, a.kind) as from_owner, b.kind as to_kind, l.kind,
         l.amount_micros::text as amount, to_char(l.effective_at at time zone 'UTC', 'YYYY-MM-DD') as effective_on,
         to_json(l.original_effective_at)#>>'{}' as original_effective_at
    from ledger_entries l
    join ledger_accounts a on a.id = l.from_account_id
    join ledger_accounts b on b.id = l.to_account_id
    left join engineers e on e.id = a.owner_id
   order by effective_on, from_owner, l.kind, l.amount_micros, to_kind, original_effective_at`;
const CLOSED = `select to_char(month, 'YYYY-MM') as month from accounting_periods order by month`;
const FROZEN = `
  select to_char(month, 'YYYY-MM') as month, line_no, day::text as day, category, engineer_name, team_name, cost_centre,
         provider, model, tool, original_month, cost_micros::text as cost
    from statement_lines order by month, line_no`;
const BALANCES = `
  select e.email, a.balance_micros::text as balance
    from ledger_accounts a join engineers e on e.id = a.owner_id
   where a.kind = 'ENGINEER_ALLOWANCE' order by e.email`;

const tokens = (row: EventRow) =>
  Number(row.input) + Number(row.output) + Number(row.cache_read) + Number(row.cache_write);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * The demo company seeded twice at the same business date (two servers, two databases): the same data, no
 * usage after the business clock's now, usage shaped like real Claude Code and Cursor use, and what the
 * finance desk needs: a finance login, 14 months or more of history over several cost centres, closed months
 * and a late event of the last closed one, with books that reconcile.
 */
describe('demo data: the same for the same business date, never after now, and realistic', () => {
  const date = testToday();
  const dirs: string[] = [];
  let first: TestApp;
  let second: TestApp;

  const seeded = async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tokenroll-demo-'));
    dirs.push(dir);
    return startTestApp({ SEED_DEMO: 'true', TOKENROLL_DATA_DIR: dir, BUSINESS_DATE: date });
  };

  beforeAll(async () => {
    first = await seeded();
    second = await seeded();
  }, 400_000);

  afterAll(async () => {
    await first?.close();
    await second?.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('two seeds at the same date give the same usage, costs, rollups, ledger, closed months and balances', async () => {
    const [a, b] = [await first.adminQuery<EventRow>(EVENTS), await second.adminQuery<EventRow>(EVENTS)];
    expect(a.length).toBeGreaterThan(1000);
    expect(b).toEqual(a);
    for (const sql of [ROLLUPS, ENTRIES, CLOSED, FROZEN, BALANCES])
      expect(await second.adminQuery(sql)).toEqual(await first.adminQuery(sql));
  });

  it('has a finance login that signs in with the demo password', async () => {
    const [user] = await first.adminQuery<{ roles: string[] }>(
      `select roles::text[] as roles from users where email = 'finance@demo.tokenroll.dev'`,
    );
    expect(user.roles).toEqual(['FINANCE']);
    const signedIn = await first.gql<{ login: { accessToken: string } }>(
      `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`,
      { i: { email: 'finance@demo.tokenroll.dev', password: DEMO_PASSWORD } },
    );
    expect(signedIn.errors).toBeUndefined();
    expect(signedIn.data?.login.accessToken).toEqual(expect.any(String));
  });

  it('has 14 months or more of usage that grows, across three cost centres or more, self-hosted and unmapped', async () => {
    const months = await first.adminQuery<{ month: string; cost: string; engineers: number }>(
      `select to_char(day, 'YYYY-MM') as month, sum(cost_micros)::text as cost, count(distinct engineer_id)::int as engineers
         from usage_daily group by 1 order by 1`,
    );
    expect(months.length).toBeGreaterThanOrEqual(14);
    // Growth: the last full month spends more than the first full month of history, with more engineers.
    const lastFull = addMonths(`${date.slice(0, 7)}-01` as IsoDate, -1).slice(0, 7);
    const last = months.find((month) => month.month === lastFull)!;
    const firstFull = months[1];
    expect(BigInt(last.cost)).toBeGreaterThan(3n * BigInt(firstFull.cost));
    expect(last.engineers).toBeGreaterThan(firstFull.engineers);
    // Usage by the cost centre of the engineer's team on its day (effective-dated memberships).
    const centres = await first.adminQuery<{ cost_centre: string; cost: string }>(
      `select t.cost_centre, sum(d.cost_micros)::text as cost
         from usage_daily d
         join lateral (select m.team_id from team_memberships m
                        where m.engineer_id = d.engineer_id and m.effective_from <= d.day
                        order by m.effective_from desc limit 1) m on true
         join teams t on t.id = m.team_id
        group by 1 order by 1`,
    );
    expect(centres.filter((centre) => BigInt(centre.cost) > 0n).length).toBeGreaterThanOrEqual(3);
    // A model, a provider and a tool mix, tagged by repo and project.
    const [mix] = await first.adminQuery<{
      providers: number;
      models: number;
      tools: number;
      tagged: number;
    }>(
      `select count(distinct provider)::int as providers, count(distinct model)::int as models,
              count(distinct source)::int as tools,
              count(*) filter (where tags ? 'repo' and tags ? 'project')::int as tagged from usage_events`,
    );
    expect(mix.providers).toBeGreaterThanOrEqual(4);
    expect(mix.models).toBeGreaterThanOrEqual(8);
    expect(mix.tools).toBeGreaterThanOrEqual(4);
    expect(mix.tagged).toBeGreaterThan(1000);
    // The self-hosted model has a GPU price and usage priced on it; a contractor's usage waits to be mapped.
    const [selfHosted] = await first.adminQuery<{ gpu: string; events: number; cost: string }>(
      `select p.gpu_hour_micros::text as gpu, count(u.*)::int as events, coalesce(sum(u.cost_micros), 0)::text as cost
         from company_model_prices p left join usage_events u on u.provider = p.provider and u.model = p.model
        where p.provider = 'self-hosted' group by p.gpu_hour_micros`,
    );
    expect(BigInt(selfHosted.gpu)).toBeGreaterThan(0n);
    expect(selfHosted.events).toBeGreaterThan(50);
    expect(BigInt(selfHosted.cost)).toBeGreaterThan(0n);
    // Both kinds of unattributed usage: a contractor nobody mapped, and a company key's own (a bot's).
    const unmapped = await first.adminQuery<{ kind: string; n: number }>(
      `select identity_kind as kind, count(*)::int as n from unmapped_usage
        where resolved_at is null and kind = 'usage' group by 1 order by 1`,
    );
    expect(unmapped.map((row) => row.kind)).toEqual(['api_key', 'email']);
    for (const row of unmapped) expect(row.n).toBeGreaterThan(5);
  });

  it('has every month up to two months ago closed, and a late event of the last one booked in the open month', async () => {
    const closed = (await first.adminQuery<{ month: string }>(CLOSED)).map((row) => row.month);
    const lastClosed = addMonths(`${date.slice(0, 7)}-01` as IsoDate, -2).slice(0, 7);
    expect(closed[closed.length - 1]).toBe(lastClosed);
    // In order, with no gap, from the first month of the books.
    const expected: string[] = [];
    for (
      let month = closed[0];
      month <= lastClosed;
      month = addMonths(`${month}-01` as IsoDate, 1).slice(0, 7)
    )
      expected.push(month);
    expect(closed).toEqual(expected);
    expect(closed.length).toBeGreaterThanOrEqual(12);
    // The late usage: spend effective in the first open month that names the last closed month.
    const openMonth = addMonths(`${lastClosed}-01` as IsoDate, 1).slice(0, 7);
    const late = await first.adminQuery<{ email: string; month: string; original: string; amount: string }>(
      `select e.email, to_char(l.effective_at at time zone 'UTC', 'YYYY-MM') as month,
              to_char(l.original_effective_at at time zone 'UTC', 'YYYY-MM') as original, l.amount_micros::text as amount
         from ledger_entries l join ledger_accounts a on a.id = l.from_account_id join engineers e on e.id = a.owner_id
        where l.kind = 'SPEND' and l.original_effective_at is not null`,
    );
    expect(late.map(({ email, month, original }) => ({ email, month, original }))).toEqual([
      { email: 'bob@demo.tokenroll.dev', month: openMonth, original: lastClosed },
    ]);
    expect(BigInt(late[0].amount)).toBeGreaterThan(0n);
    // Its usage is in the rollups at its own day, in the closed month.
    const [rollup] = await first.adminQuery<{ n: number }>(
      `select count(*)::int as n from usage_events u join engineers e on e.id = u.engineer_id
         join usage_event_keys k on k.event_id = u.id
        where e.email = 'bob@demo.tokenroll.dev' and k.idempotency_key like 'demo:late:%'
          and to_char(u.occurred_at at time zone 'UTC', 'YYYY-MM') = $1`,
      [lastClosed],
    );
    expect(rollup.n).toBe(1);
  });

  it('gives finance statements: the open month carries the late adjustment naming the closed month, and adds up', async () => {
    const login = await first.gql<{ login: { accessToken: string } }>(
      `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`,
      { i: { email: 'finance@demo.tokenroll.dev', password: DEMO_PASSWORD } },
    );
    const token = login.data!.login.accessToken;
    const lastClosed = addMonths(`${date.slice(0, 7)}-01` as IsoDate, -2).slice(0, 7);
    const openMonth = addMonths(`${lastClosed}-01` as IsoDate, 1).slice(0, 7);
    const read = async (period: string) => {
      const answer = await first.gql<{
        statements: {
          closed: boolean;
          totalMicros: string;
          adjustmentMicros: string;
          sharedMicros: string;
          teams: {
            name: string;
            totalMicros: string;
            adjustments: { engineerName: string; originalMonth: string }[];
          }[];
          costCentres: { key: string; totalMicros: string }[];
        };
      }>(
        `query($p: String!) { statements(period: $p) { closed totalMicros adjustmentMicros sharedMicros
           teams { name totalMicros adjustments { engineerName originalMonth } } costCentres { key totalMicros } } }`,
        { p: period },
        { token },
      );
      expect(answer.errors).toBeUndefined();
      return answer.data!.statements;
    };
    const open = await read(openMonth);
    expect(open.closed).toBe(false);
    expect(open.teams.flatMap((team) => team.adjustments)).toEqual([
      { engineerName: 'Bob Engineer', originalMonth: lastClosed },
    ]);
    expect(BigInt(open.adjustmentMicros)).toBeGreaterThan(0n);
    // Shared services and the self-hosted model's unabsorbed capacity are allocated (own lines, in the total).
    expect(BigInt(open.sharedMicros)).toBeGreaterThanOrEqual(1_200_000_000n);
    const sum = (list: { totalMicros: string }[]) =>
      list.reduce((total, s) => total + BigInt(s.totalMicros), 0n);
    expect(
      open.costCentres.filter((centre) => BigInt(centre.totalMicros) > 0n).length,
    ).toBeGreaterThanOrEqual(3);
    expect(sum(open.teams)).toBe(BigInt(open.totalMicros));
    expect(sum(open.costCentres)).toBe(BigInt(open.totalMicros));
    // The closed month reads as frozen at its close (the chargeback close: one close record per closed month).
    const closed = await read(lastClosed);
    expect(closed.closed).toBe(true);
    expect(BigInt(closed.totalMicros)).toBeGreaterThan(0n);
    const [frozen] = await first.adminQuery<{ closes: number; periods: number; lines: number }>(
      `select (select count(*) from period_closes)::int as closes, (select count(*) from accounting_periods)::int as periods,
              (select count(*) from statement_lines where month = $1::date)::int as lines`,
      [`${lastClosed}-01`],
    );
    expect(frozen.closes).toBe(frozen.periods);
    expect(frozen.lines).toBeGreaterThan(100);
    expect(sum(closed.teams)).toBe(BigInt(closed.totalMicros));
  });

  it('keeps the books: the ledger balances, and events, rollups and spend agree', async () => {
    expect(await ledgerReconciles(first)).toEqual({ violations: 0, total: '0' });
    const [books] = await first.adminQuery<{
      events: string;
      events_cost: string;
      daily: string;
      daily_cost: string;
      spend: string;
    }>(
      `select (select count(*) from usage_events)::text as events,
              (select sum(cost_micros) from usage_events)::text as events_cost,
              (select sum(events) from usage_daily)::text as daily,
              (select sum(cost_micros) from usage_daily)::text as daily_cost,
              (select sum(case when t.kind = 'SPEND' then l.amount_micros else -l.amount_micros end)
                 from ledger_entries l
                 join ledger_accounts f on f.id = l.from_account_id
                 join ledger_accounts t on t.id = l.to_account_id
                where l.kind = 'SPEND' and (t.kind = 'SPEND') <> (f.kind = 'SPEND'))::text as spend`,
    );
    expect(books.daily).toBe(books.events);
    expect(books.daily_cost).toBe(books.events_cost);
    expect(books.spend).toBe(books.events_cost);
  });

  it('records no usage after the business clock’s now', async () => {
    const [row] = await first.adminQuery<{ last: string }>(
      `select to_json(max(occurred_at))#>>'{}' as last from usage_events`,
    );
    expect(Date.parse(row.last)).toBeLessThanOrEqual(testNow().getTime());
  });

  it('looks like real use (last six weeks): cache reads and output, busy weekdays, a few heavy users, Alice nearly out', async () => {
    // Session by session in the last six weeks (older history is one event per tool and day).
    const since = addDays(date, -44);
    const events = (await first.adminQuery<EventRow>(EVENTS)).filter((event) => event.occurred_at >= since);
    const priced = events.filter((event) => !event.unpriced && event.provider !== 'self-hosted');
    // Every session writes some output; most of what a coding agent sends is read from the cache.
    expect(priced.filter((event) => Number(event.output) === 0)).toEqual([]);
    const sum = (pick: (row: EventRow) => number) => priced.reduce((total, row) => total + pick(row), 0);
    const all = sum(tokens);
    expect(sum((row) => Number(row.output)) / all).toBeGreaterThan(0.01);
    expect(sum((row) => Number(row.output)) / all).toBeLessThan(0.1);
    expect(sum((row) => Number(row.cache_read)) / all).toBeGreaterThan(0.5);

    // An engineer's day: a few hundred thousand to a few million tokens, never tens of millions.
    const days = new Map<string, number>();
    for (const event of priced) {
      const key = `${event.email} ${event.occurred_at.slice(0, 10)}`;
      days.set(key, (days.get(key) ?? 0) + tokens(event));
    }
    const perDay = [...days.values()];
    expect(median(perDay)).toBeGreaterThan(200_000);
    expect(median(perDay)).toBeLessThan(5_000_000);
    const busiest = [...days.entries()].reduce((most, day) => (day[1] > most[1] ? day : most));
    expect({ busiest: busiest[0], below20M: busiest[1] < 20_000_000 }).toEqual({
      busiest: busiest[0],
      below20M: true,
    });

    // Weekdays are busier than weekends.
    const byWeekday = { weekday: 0, weekend: 0 };
    for (const event of priced) {
      const day = new Date(event.occurred_at).getUTCDay();
      byWeekday[day === 0 || day === 6 ? 'weekend' : 'weekday'] += tokens(event);
    }
    expect(byWeekday.weekday / 5).toBeGreaterThan((byWeekday.weekend / 2) * 3);

    // A few heavy users: at least two engineers use three times the median engineer's tokens.
    const byEngineer = new Map<string, number>();
    for (const event of priced.filter((row) => row.email !== 'alice@demo.tokenroll.dev'))
      byEngineer.set(event.email, (byEngineer.get(event.email) ?? 0) + tokens(event));
    const totals = [...byEngineer.values()];
    expect(totals.filter((total) => total > 3 * median(totals)).length).toBeGreaterThanOrEqual(2);

    // Alice: a hard budget with a few dollars left; the admin's unpriced queue has the dated model.
    const [alice] = await first.adminQuery<{ balance: string; enforcement: string }>(
      `select a.balance_micros::text as balance, e.budget_enforcement as enforcement
         from engineers e join ledger_accounts a on a.owner_id = e.id and a.kind = 'ENGINEER_ALLOWANCE'
        where e.email = 'alice@demo.tokenroll.dev'`,
    );
    expect(alice.enforcement).toBe('HARD');
    expect(BigInt(alice.balance)).toBeGreaterThanOrEqual(1_000_000n);
    expect(BigInt(alice.balance)).toBeLessThanOrEqual(10_000_000n);
    expect(events.filter((event) => event.unpriced).map((event) => event.model)).toEqual(
      Array(3).fill('claude-opus-5-5-20261101'),
    );
  });
});
