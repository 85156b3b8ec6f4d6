import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testNow, testToday } from '../../test/business-date';
import { startTestApp, TestApp } from '../../test/test-app';

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
 * usage after the business clock's now, and usage shaped like real Claude Code and Cursor use.
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

  it('two seeds at the same date give the same usage, costs and balances', async () => {
    const [a, b] = [await first.adminQuery<EventRow>(EVENTS), await second.adminQuery<EventRow>(EVENTS)];
    expect(a.length).toBeGreaterThan(1000);
    expect(b).toEqual(a);
    expect(await second.adminQuery(BALANCES)).toEqual(await first.adminQuery(BALANCES));
  });

  it('records no usage after the business clock’s now', async () => {
    const [row] = await first.adminQuery<{ last: string }>(
      `select to_json(max(occurred_at))#>>'{}' as last from usage_events`,
    );
    expect(Date.parse(row.last)).toBeLessThanOrEqual(testNow().getTime());
  });

  it('looks like real use: cache reads and output, busy weekdays, a few heavy users, Alice nearly out', async () => {
    const events = await first.adminQuery<EventRow>(EVENTS);
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
