import { BusinessClock } from '../../clock/business-clock';
import { INestApplicationContext } from '@nestjs/common';
import { addDays, endOfMonth, fiscalYearContaining, IsoDate, maxDate, minDate } from '@tokenroll/domain';
import { demoYear } from './demo-people.seed';
import { AllowancesService } from '../../allowances/allowances.service';
import { ApiKeysService } from '../../api-keys/api-keys.service';
import { LedgerService } from '../../ledger/ledger.service';
import { IdentitiesService } from '../../metering/identities.service';
import { UsageInput, UsageService } from '../../metering/usage.service';
import { PricingService } from '../../pricing/pricing.service';
import { TenancyService } from '../tenancy.service';
import { between, seededRandom } from './demo-random';

export interface DemoApiKeys {
  company: string;
  engineers: { email: string; key: string }[];
}

type Tool = 'claude-code' | 'cursor' | 'api';
/** A model line: its provider and its versions, newest first (each day uses the newest priced that day). */
type Model = [provider: string, versions: string[]];

// Older versions last: history before a release uses the version of its day.
const SONNET: Model = ['anthropic', ['claude-sonnet-4-6', 'claude-sonnet-4-5', 'claude-sonnet-4-0']];
const OPUS: Model = [
  'anthropic',
  ['claude-opus-4-8', 'claude-opus-4-7', 'claude-opus-4-6', 'claude-opus-4-5', 'claude-opus-4-1'],
];
const HAIKU: Model = ['anthropic', ['claude-haiku-4-5', 'claude-sonnet-4-0']];
const GPT: Model = ['openai', ['gpt-5.4', 'gpt-5.2', 'gpt-5.1', 'gpt-5', 'gpt-4.1']];
const GEMINI: Model = ['google', ['gemini-2.5-pro']];
/** Which models each tool sends to, with weights (Claude Code is Anthropic's; Cursor mixes vendors). */
const MODELS_BY_TOOL: Record<Tool, [Model, number][]> = {
  'claude-code': [
    [SONNET, 65],
    [OPUS, 25],
    [HAIKU, 10],
  ],
  cursor: [
    [SONNET, 40],
    [GPT, 30],
    [GEMINI, 20],
    [OPUS, 10],
  ],
  api: [
    [HAIKU, 50],
    [GPT, 30],
    [SONNET, 20],
  ],
};
const REPOS = ['tokenroll/api', 'tokenroll/web', 'tokenroll/infra'];
/** The project tag each engineer's usage carries (a statement can be split by tag). */
const PROJECTS = ['checkout', 'search', 'platform-migration', 'data-lake', 'mobile'];
/** Events per `UsageService.record` call. */
const BATCH = 5000;
/** List prices (USD per 1M tokens: input, output, cache read, cache write) used only to size Alice's usage. */
const ESTIMATE_RATES: Record<string, [number, number, number, number]> = {
  'claude-sonnet-4-6': [3, 15, 0.3, 3.75],
  'claude-sonnet-4-5': [3, 15, 0.3, 3.75],
  'claude-opus-4-8': [5, 25, 0.5, 6.25],
  'claude-opus-4-7': [5, 25, 0.5, 6.25],
  'claude-opus-4-6': [5, 25, 0.5, 6.25],
  'claude-opus-4-5': [5, 25, 0.5, 6.25],
};
/** Alice is left with this much of her hard budget. */
const ALICE_LEFT_MICROS = 4_370_000n;
/** A light user the browser tests rely on (far below the 50% alert before they start). */
const LIGHT_USERS = ['ken.hopper@demo.tokenroll.dev'];
/** Days of usage shown session by session (older history is one event per tool × model × day). */
const HISTORY_DAYS = 44;

/** Whether a model has a price on a day. */
type PricedOn = (provider: string, model: string, date: string) => boolean;

type Profile = {
  kind: 'light' | 'typical' | 'heavy';
  dailyTokens: number;
  tools: [Tool, number][];
  /** Models by tool when not the company's usual mix. */
  models?: Partial<Record<Tool, [Model, number][]>>;
};

/** Someone trying the tools now and then. */
const LIGHT_PROFILE: Profile = {
  kind: 'light',
  dailyTokens: 120_000,
  tools: [
    ['claude-code', 50],
    ['cursor', 50],
  ],
};

function pick<T>(next: () => number, weighted: [T, number][]): T {
  const total = weighted.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = next() * total;
  for (const [value, weight] of weighted) if ((roll -= weight) < 0) return value;
  return weighted[weighted.length - 1][0];
}

function isWeekend(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

/** One coding session's tokens, split as Claude Code and Cursor report them: mostly cache reads. */
function session(
  next: () => number,
  provider: string,
  total: number,
): Pick<UsageInput, 'inputTokens' | 'outputTokens' | 'cacheReadTokens' | 'cacheWriteTokens'> {
  const outputTokens = Math.round(total * (0.02 + next() * 0.03));
  // Only Anthropic reports cache writes separately; the others bill them as input.
  const cacheWriteTokens = provider === 'anthropic' ? Math.round(total * (0.04 + next() * 0.05)) : 0;
  const cacheReadTokens = Math.round(
    total * (provider === 'anthropic' ? 0.7 + next() * 0.15 : 0.55 + next() * 0.2),
  );
  const inputTokens = Math.max(1, total - outputTokens - cacheWriteTokens - cacheReadTokens);
  return { inputTokens, outputTokens, cacheReadTokens, cacheWriteTokens };
}

/** An instant on a day, in working hours (UTC), from the generator. */
function during(next: () => number, date: string, fromHour = 7, toHour = 20): Date {
  const minute = Math.floor(next() * (toHour - fromHour) * 60);
  return new Date(
    Date.parse(`${date}T00:00:00Z`) + (fromHour * 60 + minute) * 60_000 + between(next, 0, 59) * 1000,
  );
}

/**
 * A day of one engineer's usage: a few sessions in working hours. Weekdays are busy, weekends mostly quiet;
 * the same engineer and day give the same usage whatever the seed's date (the generator is keyed by both).
 */
function dayOfUsage(
  engineer: { id: string; email: string },
  profile: Profile,
  date: string,
  repo: string,
  priced: PricedOn,
  uptake = 1,
): UsageInput[] {
  const next = seededRandom(`demo-usage:${engineer.email}:${date}`);
  const weekend = isWeekend(date);
  const activeChance =
    (weekend ? (profile.kind === 'heavy' ? 0.35 : 0.12) : profile.kind === 'light' ? 0.35 : 0.9) *
    (0.5 + uptake / 2);
  if (next() >= activeChance) return [];
  const volume = profile.dailyTokens * uptake * (weekend ? 0.2 + next() * 0.4 : 0.5 + next() * 1.0);
  const sessions = between(next, 1, profile.kind === 'heavy' ? 6 : 3);
  // Agents came later: before the company took the tools up, Claude Code is a smaller share.
  const tools = profile.tools.map(([tool, weight]): [Tool, number] => [
    tool,
    tool === 'claude-code' ? weight * uptake : weight,
  ]);
  const events: UsageInput[] = [];
  for (let n = 0; n < sessions; n++) {
    const tool = pick(next, tools);
    // The newest version priced that day (a model is not used before its release).
    const [provider, versions] = pick(next, profile.models?.[tool] ?? MODELS_BY_TOOL[tool]);
    const model = versions.find((version) => priced(provider, version, date));
    if (!model) continue;
    events.push({
      engineerId: engineer.id,
      source: tool,
      provider,
      model,
      ...session(next, provider, Math.max(2_000, Math.round((volume / sessions) * (0.6 + next() * 0.8)))),
      occurredAt: during(next, date),
      idempotencyKey: `demo:${engineer.email}:${date}:${n}`,
      tags: { repo },
    });
  }
  return events;
}

/**
 * Each engineer's habits, from a generator keyed by the business date: a few heavy agent users, a few who
 * barely use theirs (under-use is a signal too), the rest a few hundred thousand to a few million tokens
 * on a working day, mostly cache reads.
 */
function profiles(today: string, engineers: { email: string }[]): Map<string, Profile> {
  const next = seededRandom(`demo-profiles:${today}`);
  const drawn = engineers.map((engineer) => ({
    email: engineer.email,
    rank: next(),
    size: next(),
    tool: next(),
  }));
  const ranked = [...drawn].sort((a, b) => a.rank - b.rank);
  const heavy = new Set(ranked.slice(-3).map((d) => d.email));
  const light = new Set([...ranked.slice(0, 4).map((d) => d.email), ...LIGHT_USERS]);
  const result = new Map<string, Profile>();
  for (const d of drawn) {
    const kind = light.has(d.email) ? 'light' : heavy.has(d.email) ? 'heavy' : 'typical';
    const dailyTokens =
      kind === 'light'
        ? 60_000 + d.size * 140_000
        : kind === 'heavy'
          ? 4_000_000 + d.size * 4_000_000
          : 400_000 + d.size * 2_200_000;
    const claudeCode = 30 + Math.round(d.tool * 50);
    result.set(d.email, {
      kind,
      dailyTokens,
      tools: [
        ['claude-code', claudeCode],
        ['cursor', 90 - claudeCode],
        ['api', 10],
      ],
    });
  }
  return result;
}

/**
 * The stretches of history the accruals are posted for, oldest first: quarters, cut at each fiscal year's
 * end and each leaver's last day (see `seedDemoMetering`).
 */
function historyChunks(
  from: string,
  to: string,
  fiscalYearStartMonth: number,
  cuts: string[],
): { from: string; to: string }[] {
  const ends = new Set<string>();
  for (let day = endOfMonth(from as IsoDate); day < to; day = endOfMonth(addDays(day, 1))) {
    const month = Number(day.slice(5, 7));
    if (month % 3 === 0 || month % 12 === (fiscalYearStartMonth + 11) % 12) ends.add(day);
  }
  for (const cut of cuts) if (cut >= from && cut < to) ends.add(cut);
  ends.add(to);
  const chunks: { from: string; to: string }[] = [];
  let start = from;
  for (const end of [...ends].sort()) {
    chunks.push({ from: start, to: end });
    start = addDays(end, 1);
  }
  return chunks;
}

/** How far the company had taken up AI tools on a day: 0.3 when history starts, everyone by 18 months in. */
function adoption(historyStart: string, date: string): number {
  const months = (Date.parse(date) - Date.parse(historyStart)) / (30.4 * 86_400_000);
  return Math.min(1, 0.3 + (0.7 * months) / 18);
}

/**
 * A day's sessions as one event per tool × model (the daily aggregate a tool's admin export reports): the
 * tokens of one model only, so each aggregate is priced by its own model's rates (a cache write of Claude
 * never lands on a model without a cache-write price).
 */
function dailyAggregates(events: UsageInput[], email: string, date: string): UsageInput[] {
  const byModel = new Map<string, UsageInput>();
  for (const event of events) {
    const key = `${event.source}:${event.provider}:${event.model}`;
    const into = byModel.get(key);
    if (!into) {
      byModel.set(key, { ...event, idempotencyKey: `demo:${email}:${date}:${key}` });
      continue;
    }
    into.inputTokens += event.inputTokens;
    into.outputTokens += event.outputTokens;
    into.cacheReadTokens += event.cacheReadTokens;
    into.cacheWriteTokens += event.cacheWriteTokens;
    if (event.occurredAt < into.occurredAt) into.occurredAt = event.occurredAt;
  }
  return [...byModel.values()];
}

/**
 * Demo usage and budgets (inside the demo company's tenant transaction), deterministic for a business date
 * (generators keyed by it) and never after its now (whole days before today): every engineer's usage from
 * their first day (January of last year at the earliest) to their last, growing as the company takes the
 * tools up; the last six weeks session by session, older days as one event per tool × model × day. The
 * accruals are posted month by month just before each month's usage (so a year's expiry and a leaver's
 * forfeit see that year's spend, and nobody spends before their grant). Also: a self-hosted model priced by
 * its GPUs with gateway usage, a little unpriced usage for the admin's queue, usage of an identity nobody
 * mapped yet, a funded team pool that overflows (Product), and Alice, a heavy Claude Code user on a small
 * hard budget with only a few dollars left.
 */
export async function seedDemoMetering(
  app: INestApplicationContext,
  today: string,
): Promise<{ events: number; granted: number; unmapped: number }> {
  const tenancy = app.get(TenancyService);
  const manager = tenancy.manager();
  const usage = app.get(UsageService);
  const ledger = app.get(LedgerService);
  const allowances = app.get(AllowancesService);
  const engineers: { id: string; email: string; start_date: string; end_date: string | null }[] =
    await manager.query(
      `select id, email, to_char(start_date, 'YYYY-MM-DD') as start_date, to_char(end_date, 'YYYY-MM-DD') as end_date
         from engineers where start_date < $1 order by email`,
      [today],
    );
  const year = demoYear(today);
  // January of the demo's last year (at least 15 months back: demoYear is the year of three months ago).
  const historyStart = `${year - 1}-01-01`;
  const selfHostedFrom = `${year}-06-01` < addDays(today, -90) ? `${year}-06-01` : addDays(today, -90);
  await app.get(PricingService).setCompanyPrice({
    provider: 'self-hosted',
    model: 'llama-4-70b',
    effectiveFrom: selfHostedFrom,
    // Priced at 40 % utilization of one GPU: what the month's usage leaves of its capacity is unabsorbed.
    selfHosted: { gpuHourMicros: 800_000n, tokensPerSecond: 300, utilizationBp: 4000 },
    note: 'One L40S in our own cluster',
  });

  const book = await app.get(PricingService).priceBook();
  const known = new Map<string, boolean>();
  const priced: PricedOn = (provider, model, date) => {
    const key = `${provider}\u0000${model}\u0000${date}`;
    let found = known.get(key);
    if (found === undefined)
      known.set(key, (found = PricingService.priceFor(book, provider, model, date as IsoDate) !== undefined));
    return found;
  };
  const yesterday = addDays(today, -1);
  const detailFrom = addDays(today, -HISTORY_DAYS);
  const events: UsageInput[] = [];
  const alice = engineers.find((engineer) => engineer.email === 'alice@demo.tokenroll.dev');
  const others = engineers.filter((engineer) => engineer !== alice);
  const habits = profiles(today, others);
  const { policy } = await allowances.policy();
  const alicePeriodStart = fiscalYearContaining(today, policy.fiscalYearStartMonth).start;
  const history = (
    engineer: (typeof engineers)[number],
    profile: Profile,
    repo: string,
    project: string,
    until: string,
  ) => {
    const from = maxDate(engineer.start_date, historyStart);
    const last = engineer.end_date && engineer.end_date < until ? engineer.end_date : until;
    for (let date = from; date <= last; date = addDays(date, 1)) {
      const day = dayOfUsage(engineer, profile, date, repo, priced, adoption(historyStart, date));
      for (const event of day) event.tags = { ...event.tags, project };
      events.push(...(date >= detailFrom ? day : dailyAggregates(day, engineer.email, date)));
    }
  };
  others.forEach((engineer, index) => {
    const profile = habits.get(engineer.email)!;
    history(engineer, profile, REPOS[index % REPOS.length], PROJECTS[index % PROJECTS.length], yesterday);
    // The first of them runs a nightly summarisation pipeline on it (working days, mostly input).
    if (index === 1) {
      for (let date = maxDate(selfHostedFrom, engineer.start_date); date < today; date = addDays(date, 1)) {
        if ((engineer.end_date && date > engineer.end_date) || isWeekend(date)) continue;
        const next = seededRandom(`demo-pipeline:${engineer.email}:${date}`);
        events.push({
          engineerId: engineer.id,
          source: 'api',
          provider: 'self-hosted',
          model: 'llama-4-70b',
          inputTokens: between(next, 6_000_000, 10_000_000),
          outputTokens: between(next, 300_000, 600_000),
          cacheReadTokens: 0,
          cacheWriteTokens: 0,
          occurredAt: new Date(`${date}T02:${String(between(next, 0, 59)).padStart(2, '0')}:00Z`),
          idempotencyKey: `demo:pipeline:${date}`,
          tags: { project: 'data-lake', repo: 'tokenroll/pipelines' },
        });
      }
    }
    // A few engineers use the self-hosted model through the gateway on working days, once it runs.
    if (index % 5 === 1) {
      for (let date = maxDate(selfHostedFrom, engineer.start_date); date < today; date = addDays(date, 1)) {
        if (engineer.end_date && date > engineer.end_date) break;
        const next = seededRandom(`demo-self-hosted:${engineer.email}:${date}`);
        if (isWeekend(date) || next() >= 0.45) continue;
        events.push({
          engineerId: engineer.id,
          source: 'gateway',
          provider: 'self-hosted',
          model: 'llama-4-70b',
          inputTokens: between(next, 300_000, 900_000),
          outputTokens: between(next, 40_000, 120_000),
          cacheReadTokens: 0,
          cacheWriteTokens: 0,
          occurredAt: during(next, date),
          idempotencyKey: `demo:${engineer.email}:${date}:self-hosted`,
          tags: { project: 'internal-agents' },
        });
      }
    }
  });
  // Alice before her current period: she tried the tools lightly, well within her budget.
  if (alice) history(alice, LIGHT_PROFILE, 'tokenroll/agents', 'agents', addDays(alicePeriodStart, -1));
  // A dated model variant the catalog does not know: unpriced until an admin maps it with a pattern.
  for (const [n, engineer] of others.slice(2, 5).entries()) {
    const next = seededRandom(`demo-unpriced:${engineer.email}:${today}`);
    events.push({
      engineerId: engineer.id,
      source: 'claude-code',
      provider: 'anthropic',
      model: 'claude-opus-5-5-20261101',
      ...session(next, 'anthropic', 400_000 + n * 150_000),
      occurredAt: during(next, yesterday),
      idempotencyKey: `demo:unpriced:${n}`,
    });
  }

  // Quarter by quarter (cut at each year's end and each leaver's last day): the accruals due by the end of the
  // stretch, then its usage.
  const chunks = historyChunks(
    events.reduce((first, event) => minDate(first, event.occurredAt.toISOString().slice(0, 10)), yesterday),
    yesterday,
    policy.fiscalYearStartMonth,
    engineers.flatMap((engineer) => (engineer.end_date ? [engineer.end_date] : [])),
  );
  // Every event is before today, so in a chunk (the last one ends yesterday).
  const batches = chunks.map((chunk) => ({ ...chunk, events: [] as UsageInput[] }));
  for (const event of events) {
    const day = event.occurredAt.toISOString().slice(0, 10);
    batches.find((chunk) => day <= chunk.to)?.events.push(event);
  }
  let granted = 0;
  for (const { to, events: batch } of batches) {
    granted += (await allowances.postAccruals(to)).granted;
    batch.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
    for (let start = 0; start < batch.length; start += BATCH)
      await usage.record(batch.slice(start, start + BATCH));
  }
  granted += (await allowances.postAccruals(today)).granted;
  let count = events.length;

  // Alice: a heavy Claude Code user (Opus and Sonnet) over her whole period on a small hard budget, sized so
  // that only a few dollars are left; when the period is young, her last two weeks (posted after the period's
  // grants, as late usage is) count too.
  if (alice) {
    await manager.query(`update engineers set budget_enforcement = 'HARD' where id = $1`, [alice.id]);
    count += await seedAliceUsage(app, alice, today, priced);
  }

  // Claude Code telemetry of a contractor nobody mapped to an engineer yet: the admin's unmapped queue.
  const unmapped = await seedUnmappedUsage(app, today);

  // Product's pool tops up its engineers when their own allowance runs out.
  const product: { id: string }[] = await manager.query(`select id from teams where name = 'Product'`);
  if (product[0]) {
    await manager.query(`update teams set pool_overflow = true where id = $1`, [product[0].id]);
    await ledger.post({
      from: await ledger.companyAccount('COMPANY_FUNDING'),
      to: await ledger.account('TEAM_POOL', product[0].id),
      amountMicros: 500_000_000n,
      kind: 'GRANT',
      reference: `team-pool:${product[0].id}:demo`,
      effectiveAt: app.get(BusinessClock).now(),
      memo: 'Product team pool for the quarter',
    });
  }
  return { events: count, granted, unmapped };
}

/** Usage kept aside under an identity no engineer has (a contractor's Claude Code), on recent working days. */
async function seedUnmappedUsage(app: INestApplicationContext, today: string): Promise<number> {
  const records: Parameters<IdentitiesService['keepAside']>[0] = [];
  const identity = { email: 'sam.contractor@partner-agency.example' };
  for (let back = 40; back >= 1; back--) {
    const date = addDays(today, -back);
    const next = seededRandom(`demo-unmapped:${date}`);
    if (isWeekend(date) || next() >= 0.5) continue;
    const idempotencyKey = `demo:unmapped:${date}`;
    records.push({
      identity,
      source: 'claude-code',
      idempotencyKey,
      record: {
        kind: 'usage',
        usage: {
          source: 'claude-code',
          provider: 'anthropic',
          model: 'claude-sonnet-4-6',
          ...session(next, 'anthropic', between(next, 300_000, 1_500_000)),
          occurredAt: during(next, date).toISOString(),
          idempotencyKey,
          tags: { repo: 'tokenroll/web', project: 'checkout' },
        },
      },
    });
  }
  const kept = await app.get(IdentitiesService).keepAside(records);
  return kept + (await seedCompanyKeyUsage(app, today));
}

/**
 * A company key's usage without an engineer (a docs bot that drafts release notes with Haiku): the company's
 * own spend, allocated as shared at each close, listed in the queue should it turn out to be someone's.
 */
async function seedCompanyKeyUsage(app: INestApplicationContext, today: string): Promise<number> {
  const { key } = await app
    .get(ApiKeysService)
    .create({ name: 'Release notes bot', scopes: ['usage:write'], engineerId: null });
  const records: Parameters<IdentitiesService['keepUnattributed']>[1] = [];
  for (let back = 45; back >= 1; back--) {
    const date = addDays(today, -back);
    const next = seededRandom(`demo-company-key:${date}`);
    if (isWeekend(date) || next() >= 0.6) continue;
    const idempotencyKey = `demo:release-notes:${date}`;
    records.push({
      source: 'api',
      idempotencyKey,
      record: {
        kind: 'usage',
        usage: {
          source: 'api',
          provider: 'anthropic',
          model: 'claude-haiku-4-5',
          ...session(next, 'anthropic', between(next, 400_000, 2_000_000)),
          occurredAt: during(next, date).toISOString(),
          idempotencyKey,
          tags: { repo: 'tokenroll/docs', project: 'release-notes' },
        },
      },
    });
  }
  const fresh = await app.get(IdentitiesService).keepUnattributed(key.id, records);
  return fresh.filter(Boolean).length;
}

/**
 * Alice's usage: realistic sessions for about 99% of what she can spend (sized with list prices), then the
 * rest to the micro-unit over her last working days.
 */
async function seedAliceUsage(
  app: INestApplicationContext,
  alice: { id: string; email: string; start_date: string },
  today: string,
  priced: PricedOn,
): Promise<number> {
  const usage = app.get(UsageService);
  const ledger = app.get(LedgerService);
  const { policy } = await app.get(AllowancesService).policy();
  const periodStart = fiscalYearContaining(today, policy.fiscalYearStartMonth).start;
  const from = maxDate(minDate(periodStart, addDays(today, -14)), alice.start_date);
  const balance = async () => BigInt((await ledger.account('ENGINEER_ALLOWANCE', alice.id)).balanceMicros);
  const target = (await balance()) - ALICE_LEFT_MICROS;
  if (target <= 0n) return 0;

  const profile: Profile = {
    kind: 'heavy',
    dailyTokens: 4_000_000,
    tools: [['claude-code', 1]],
    // Agent work on Opus, quicker edits on Sonnet.
    models: {
      'claude-code': [
        [OPUS, 70],
        [SONNET, 30],
      ],
    },
  };
  const planned: UsageInput[] = [];
  for (let date = from; date < today; date = addDays(date, 1))
    for (const event of dayOfUsage(alice, profile, date, 'tokenroll/agents', priced))
      if (event.provider === 'anthropic' && ESTIMATE_RATES[event.model]) planned.push(event);
  const estimate = (event: UsageInput) => {
    const [input, output, cacheRead, cacheWrite] = ESTIMATE_RATES[event.model];
    return (
      event.inputTokens * input +
      event.outputTokens * output +
      event.cacheReadTokens * cacheRead +
      event.cacheWriteTokens * cacheWrite
    );
  };
  const estimated = planned.reduce((sum, event) => sum + estimate(event), 0); // micros
  const scale = estimated > 0 ? (Number(target) * 0.99) / estimated : 0;
  const scaled = planned.map((event) => ({
    ...event,
    inputTokens: Math.max(1, Math.floor(event.inputTokens * scale)),
    outputTokens: Math.floor(event.outputTokens * scale),
    cacheReadTokens: Math.floor(event.cacheReadTokens * scale),
    cacheWriteTokens: Math.floor(event.cacheWriteTokens * scale),
  }));
  for (let start = 0; start < scaled.length; start += 1000)
    await usage.record(scaled.slice(start, start + 1000));

  // The rest, exactly: Sonnet sessions on her last working days, priced 3 micros an input token and 15 an
  // output token (Sonnet 4.5 and 4.6 alike), so the balance lands on ALICE_LEFT_MICROS (less at most 2 micros).
  let rest = (await balance()) - ALICE_LEFT_MICROS;
  const lastDays = [...new Set(scaled.map((event) => event.occurredAt.toISOString().slice(0, 10)))].slice(
    -10,
  );
  if (!lastDays.length) lastDays.push(addDays(today, -1));
  const next = seededRandom(`demo-alice-rest:${today}`);
  const closing: UsageInput[] = [];
  lastDays.forEach((date, n) => {
    const share = n === lastDays.length - 1 ? rest : rest / BigInt(lastDays.length - n);
    if (share <= 0n) return;
    const outputTokens = share / 5n / 15n; // a fifth of the cost is output
    const inputTokens = (share - outputTokens * 15n) / 3n;
    rest -= inputTokens * 3n + outputTokens * 15n;
    closing.push({
      engineerId: alice.id,
      source: 'claude-code',
      provider: SONNET[0],
      model: SONNET[1].find((version) => priced(SONNET[0], version, date)) ?? SONNET[1][0],
      inputTokens: Number(inputTokens),
      outputTokens: Number(outputTokens),
      cacheReadTokens: 0,
      cacheWriteTokens: 0,
      occurredAt: during(next, date, 17, 19),
      idempotencyKey: `demo:alice:${date}:closing`,
      tags: { repo: 'tokenroll/agents' },
    });
  });
  await usage.record(closing);
  return scaled.length + closing.length;
}

/** API keys for the demo: a company key (a gateway) and keys for four engineers, Alice first. */
export async function createDemoApiKeys(app: INestApplicationContext): Promise<DemoApiKeys> {
  const manager = app.get(TenancyService).manager();
  const today = await app.get(BusinessClock).companyToday();
  const keys = app.get(ApiKeysService);
  const scopes = ['usage:write', 'authorize', 'budget:read'] as const;
  const company = await keys.create({ name: 'Demo gateway', scopes: [...scopes], engineerId: null });
  const engineers: { id: string; email: string }[] = await manager.query(
    `select id, email from engineers
      where start_date <= $1 and (end_date is null or end_date >= $1)
      order by (email = 'alice@demo.tokenroll.dev') desc, (email = 'bob@demo.tokenroll.dev') desc, email
      limit 4`,
    [today],
  );
  const result: DemoApiKeys = { company: company.secret, engineers: [] };
  for (const engineer of engineers) {
    const created = await keys.create({
      name: 'Demo terminal',
      scopes: [...scopes],
      engineerId: engineer.id,
    });
    result.engineers.push({ email: engineer.email, key: created.secret });
  }
  return result;
}
