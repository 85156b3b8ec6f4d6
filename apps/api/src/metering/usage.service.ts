import { BusinessClock } from '../clock/business-clock';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { chargeOverages, IsoDate, isoDateInZone, ModelPrice, usageCharge } from '@tokenroll/domain';
import { randomUUID } from 'node:crypto';
import { TenancyService } from '../database/tenancy.service';
import { LedgerAccountKind } from '../ledger/ledger-account.entity';
import { BatchPosting, LedgerService } from '../ledger/ledger.service';
import { references } from '../ledger/references';
import { DebitedAccount, SpendPostings } from '../ledger/spend-postings';
import { PriceChanges } from '../pricing/price-changes';
import { PriceBook, PricingService } from '../pricing/pricing.service';

/** One usage event, validated, for one engineer. */
export interface UsageInput {
  engineerId: string;
  source: string;
  provider: string;
  model: string;
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
  occurredAt: Date;
  idempotencyKey: string;
  tags?: Record<string, string> | null;
  /** The tool's own cost estimate in USD micros (Claude Code reports one), kept beside ours. */
  reportedCostMicros?: bigint | null;
  holdId?: string | null;
}

export interface PricedEvent {
  costMicros: bigint;
  pricedAs: string | null;
  unpriced: boolean;
}

export interface RecordedUsage extends PricedEvent {
  status: 'accepted' | 'duplicate';
  eventId: string | null;
  /** Of this event's charge, what took the engineer's allowance below zero (0 when it stayed within). */
  overageMicros: bigint;
}

/** Usage that went over budget: an engineer's events of one batch (or one settle), from the first over. */
export interface OverageRecord {
  engineerId: string;
  occurredAt: Date;
  eventId: string | null;
  holdId: string | null;
  events: number;
  overageMicros: bigint;
}

/** Which usage to price again: events from a day on, of one model (by name or priced as it) or all. */
export interface RepriceScope {
  from: IsoDate;
  provider?: string;
  model?: string;
}

/**
 * What a batch charges one engineer in one month of the books (the month, in the company's time zone, of its
 * events' `occurredAt`): the sum of their costs (negative: a charge trued down), effective at the latest of
 * those events (never later than now). An entry effective in a closed month is posted by the ledger in the
 * first open month, its own date kept (accounting periods).
 */
export interface MonthlySpend {
  engineerId: string;
  month: string;
  amountMicros: bigint;
  effectiveAt: Date;
}

/** Sums usage into one charge per engineer × month (`MonthlySpend`). */
class MonthlySpends {
  private readonly byKey = new Map<string, MonthlySpend>();

  constructor(private readonly now: Date) {}

  add(engineerId: string, day: IsoDate, amountMicros: bigint, occurredAt: Date): void {
    const month = day.slice(0, 7);
    const key = `${engineerId}\u0000${month}`;
    const at = occurredAt < this.now ? occurredAt : this.now;
    const into = this.byKey.get(key);
    if (!into) this.byKey.set(key, { engineerId, month, amountMicros, effectiveAt: at });
    else {
      into.amountMicros += amountMicros;
      if (at > into.effectiveAt) into.effectiveAt = at;
    }
  }

  /** The charges that move money, by engineer then month. */
  list(): MonthlySpend[] {
    return [...this.byKey.values()]
      .filter((spend) => spend.amountMicros !== 0n)
      .sort((a, b) =>
        a.engineerId !== b.engineerId ? (a.engineerId < b.engineerId ? -1 : 1) : a.month < b.month ? -1 : 1,
      );
  }
}

/** The provider's fallback price by day, per price book (finding one scans every price of the book). */
const fallbacks = new WeakMap<PriceBook, Map<string, ModelPrice | undefined>>();
function fallbackFor(book: PriceBook, provider: string, day: IsoDate): ModelPrice | undefined {
  let known = fallbacks.get(book);
  if (!known) fallbacks.set(book, (known = new Map()));
  const key = `${provider}\u0000${day}`;
  if (!known.has(key)) known.set(key, PricingService.fallbackFor(book, provider, day));
  return known.get(key);
}

/**
 * The price of each model and day a batch names, found once per batch (a batch of 1,000 events names a few
 * models on a few days; finding a price scans the book's prices of that provider).
 */
export class PriceLookups {
  private readonly prices = new Map<string, ModelPrice | undefined>();

  constructor(private readonly book: PriceBook) {}

  priceFor(provider: string, model: string, day: IsoDate): ModelPrice | undefined {
    const key = `${provider}\u0000${model}\u0000${day}`;
    let price = this.prices.get(key);
    if (price === undefined && !this.prices.has(key)) {
      price = PricingService.priceFor(this.book, provider, model, day);
      this.prices.set(key, price);
    }
    return price;
  }
}

/**
 * A batch of usage in one statement ($3: a JSON array of events, each with the day it was priced at):
 * claims each (source, idempotency key) never seen, stores the events whose key it claimed, and adds exactly
 * those to the daily rollups per engineer × day × model × source, in key order (bytewise, as
 * `addToRollups` sorts: concurrent writers lock rollup rows in one order and never deadlock). Returns the
 * ids of the events stored.
 */
const RECORD_BATCH = `
  with batch as materialized (
    select * from json_to_recordset($3::json) as t(i uuid, e uuid, s text, k text, p text, m text, pa text,
        it bigint, ot bigint, cr bigint, cw bigint, c bigint, u boolean, r bigint, tg jsonb, h uuid,
        at timestamptz, d date)),
  claimed as (
    insert into usage_event_keys (company_id, source, idempotency_key, event_id)
    select $1, s, k, i from batch
    on conflict do nothing
    returning event_id),
  accepted as materialized (
    select * from batch where i in (select event_id from claimed)),
  stored as (
    insert into usage_events (company_id, id, engineer_id, source, provider, model, priced_as, input_tokens,
        output_tokens, cache_read_tokens, cache_write_tokens, cost_micros, currency, unpriced, reported_cost_micros,
        tags, hold_id, occurred_at)
    select $1, i, e, s, p, m, pa, it, ot, cr, cw, c, $2, u, r, tg, h, at from accepted),
  rolled as (
    insert into usage_daily (company_id, engineer_id, day, provider, model, source, events, input_tokens,
        output_tokens, cache_read_tokens, cache_write_tokens, cost_micros, unpriced_events, reported_cost_micros)
    select $1, e, d, p, m, s, count(*), sum(it), sum(ot), sum(cr), sum(cw), sum(c), count(*) filter (where u),
           coalesce(sum(r), 0)
      from accepted
     group by e, d, p, m, s
     order by e, d, p collate "C", m collate "C", s collate "C"
    on conflict (company_id, engineer_id, day, provider, model, source) do update set
      events = usage_daily.events + excluded.events,
      input_tokens = usage_daily.input_tokens + excluded.input_tokens,
      output_tokens = usage_daily.output_tokens + excluded.output_tokens,
      cache_read_tokens = usage_daily.cache_read_tokens + excluded.cache_read_tokens,
      cache_write_tokens = usage_daily.cache_write_tokens + excluded.cache_write_tokens,
      cost_micros = usage_daily.cost_micros + excluded.cost_micros,
      unpriced_events = usage_daily.unpriced_events + excluded.unpriced_events,
      reported_cost_micros = usage_daily.reported_cost_micros + excluded.reported_cost_micros)
  select i as event_id from accepted`;

/**
 * Records usage: prices each event at its day, stores it once per (source, idempotency key), keeps the
 * daily rollups current and charges each engineer's allowance in the ledger, all in the caller's
 * transaction and in a fixed number of statements per batch.
 */
@Injectable()
export class UsageService implements OnModuleInit {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly clock: BusinessClock,
    private readonly ledger: LedgerService,
    private readonly spend: SpendPostings,
    private readonly pricing: PricingService,
    private readonly priceChanges: PriceChanges,
  ) {}

  /**
   * Tagged spend of some engineers over [from, to) (days in the company's `timeZone`): per engineer × day ×
   * tag (`key=value` of the events' tags, e.g. `repo=billing`), the cost of the events carrying it. For a
   * statement's drill-down (chargeback attributes each engineer-day to its team); events without tags are absent.
   */
  async tagSpend(
    engineerIds: readonly string[],
    from: IsoDate,
    to: IsoDate,
    timeZone: string,
  ): Promise<{ engineerId: string; day: IsoDate; tag: string; costMicros: bigint }[]> {
    if (!engineerIds.length) return [];
    const rows: { engineer_id: string; day: IsoDate; tag: string; micros: string }[] = await this.tenancy
      .manager()
      .query(
        `select e.engineer_id, to_char(e.occurred_at at time zone $4, 'YYYY-MM-DD') as day, t.key || '=' || t.value as tag,
                sum(e.cost_micros)::text as micros
           from usage_events e
           cross join lateral jsonb_each_text(e.tags) t
          where e.engineer_id = any($1::uuid[]) and e.tags is not null and jsonb_typeof(e.tags) = 'object'
            and e.occurred_at >= ($2::timestamp at time zone $4) and e.occurred_at < ($3::timestamp at time zone $4)
          group by 1, 2, 3`,
        [[...engineerIds], from, to, timeZone],
      );
    return rows.map((row) => ({
      engineerId: row.engineer_id,
      day: row.day,
      tag: row.tag,
      costMicros: BigInt(row.micros),
    }));
  }

  /** A price, pattern or exchange rate changed: the usage it concerns is priced again. */
  onModuleInit(): void {
    this.priceChanges.subscribe((change) =>
      change.from
        ? this.reprice({ from: change.from, provider: change.provider, model: change.model })
        : this.repriceUnpriced(),
    );
  }

  /**
   * The charge of usage at its day in the company currency (`usageCharge`): its model's price, else the
   * provider's fallback price (what its hold was taken at), flagged unpriced until a price arrives. 0 and
   * unpriced only when the provider has no price at all, or the company currency no rate that day.
   */
  static price(
    book: PriceBook,
    event: Pick<
      UsageInput,
      | 'provider'
      | 'model'
      | 'occurredAt'
      | 'inputTokens'
      | 'outputTokens'
      | 'cacheReadTokens'
      | 'cacheWriteTokens'
    >,
    timeZone = 'UTC',
    day: IsoDate = isoDateInZone(event.occurredAt, timeZone),
    lookups?: PriceLookups,
  ): PricedEvent {
    const price = lookups
      ? lookups.priceFor(event.provider, event.model, day)
      : PricingService.priceFor(book, event.provider, event.model, day);
    const usage = {
      inputTokens: event.inputTokens,
      outputTokens: event.outputTokens,
      cacheReadTokens: event.cacheReadTokens,
      cacheWrite5mTokens: event.cacheWriteTokens,
    };
    // The fallback (a scan of the provider's prices) only for usage its own price does not cover.
    let charge = usageCharge(price, undefined, usage);
    if (!charge || charge.unpriced)
      charge = usageCharge(price, fallbackFor(book, event.provider, day), usage);
    const pricedAs = price?.model ?? null;
    if (!charge) return { costMicros: 0n, pricedAs, unpriced: true };
    const converted = PricingService.toCompanyCurrency(book, charge.costMicros, charge.currency, day);
    if (converted === undefined) return { costMicros: 0n, pricedAs, unpriced: true };
    return { costMicros: converted, pricedAs, unpriced: charge.unpriced };
  }

  /**
   * Records a batch. An event whose (source, idempotency key) was seen before, in an earlier batch or
   * earlier in this one, changes nothing and comes back as a duplicate. With `charge: false` the caller
   * posts the ledger entries itself (a settled hold splits its charge with the team pool).
   */
  async record(events: UsageInput[], options: { charge?: boolean } = {}): Promise<RecordedUsage[]> {
    if (!events.length) return [];
    const manager = this.tenancy.manager();
    const companyId = this.tenancy.companyId();
    const book = await this.pricing.priceBook();
    const timeZone = await this.tenancy.timeZone();
    const lookups = new PriceLookups(book);
    const results: RecordedUsage[] = new Array(events.length);
    const fresh: { event: UsageInput; result: RecordedUsage; day: IsoDate }[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < events.length; i++) {
      const event = events[i];
      const day = isoDateInZone(event.occurredAt, timeZone);
      const priced = UsageService.price(book, event, timeZone, day, lookups);
      const result: RecordedUsage = {
        costMicros: priced.costMicros,
        pricedAs: priced.pricedAs,
        unpriced: priced.unpriced,
        status: 'duplicate',
        eventId: null,
        overageMicros: 0n,
      };
      results[i] = result;
      const key = `${event.source}\u0000${event.idempotencyKey}`;
      if (seen.has(key)) continue;
      seen.add(key);
      result.eventId = randomUUID();
      fresh.push({ event, result, day });
    }
    if (!fresh.length) return results;

    // The ledger accounts are looked up before any row is locked (known ones come from memory).
    const accounts =
      options.charge !== false
        ? await this.ledger.accountIds(
            ['ENGINEER_ALLOWANCE', 'SPEND'],
            fresh.map(({ event }) => event.engineerId),
          )
        : undefined;

    // One statement claims the idempotency keys, stores the events whose key it claimed and adds exactly
    // those to the daily rollups. The batch travels as one JSON parameter (one parse in PostgreSQL instead of
    // seventeen arrays to encode and decode); the day of each event is the one it was priced at.
    const payload = JSON.stringify(
      fresh.map(({ event, result, day }) => ({
        i: result.eventId,
        e: event.engineerId,
        s: event.source,
        k: event.idempotencyKey,
        p: event.provider,
        m: event.model,
        pa: result.pricedAs,
        it: event.inputTokens,
        ot: event.outputTokens,
        cr: event.cacheReadTokens,
        cw: event.cacheWriteTokens,
        c: result.costMicros.toString(),
        u: result.unpriced,
        r: event.reportedCostMicros == null ? null : event.reportedCostMicros.toString(),
        tg: event.tags ?? null,
        h: event.holdId ?? null,
        at: event.occurredAt.toISOString(),
        d: day,
      })),
    );
    const claimed: { event_id: string }[] = await manager.query(RECORD_BATCH, [
      companyId,
      book.currency,
      payload,
    ]);
    const claimedIds = new Set(claimed.map((row) => row.event_id));
    const accepted: { event: UsageInput; result: RecordedUsage }[] = [];
    const spends = new MonthlySpends(this.clock.now());
    for (const { event, result, day } of fresh) {
      if (result.eventId !== null && claimedIds.has(result.eventId)) {
        result.status = 'accepted';
        accepted.push({ event, result });
        spends.add(event.engineerId, day, result.costMicros, event.occurredAt);
      } else result.eventId = null;
    }
    if (!accepted.length) return results;

    // The ledger last, just before the COMMIT: the global lock order is rollup rows (sorted), then ledger
    // accounts (settle records its usage before it locks the allowance too), and the allowances stay
    // locked for one statement and the COMMIT only.
    if (accounts) {
      const batch = randomUUID();
      const debited = await this.charge(
        spends.list(),
        (engineerId, month) => references.usage(batch, engineerId, month),
        `${accepted.length} usage events`,
        accounts,
      );
      await this.recordOverages(accepted, debited);
    }
    return results;
  }

  /** Claims idempotency keys of a source: returns the ones never seen before (now taken). */
  async claimKeys(source: string, keys: string[]): Promise<Set<string>> {
    const unique = [...new Set(keys)];
    if (!unique.length) return new Set();
    const claimed: { idempotency_key: string }[] = await this.tenancy.manager().query(
      `insert into usage_event_keys (company_id, source, idempotency_key)
       select $1, $2, key from unnest($3::text[]) as key
       on conflict do nothing returning idempotency_key`,
      [this.tenancy.companyId(), source, unique],
    );
    return new Set(claimed.map((row) => row.idempotency_key));
  }

  /**
   * Says which events went over budget: per engineer, the batch's events in order against the allowance's
   * balance before the charge (`chargeOverages`); each engineer who went over gets one record of it
   * (`usage_overages`). Nothing more is written when no event went over.
   */
  private async recordOverages(
    accepted: { event: UsageInput; result: RecordedUsage }[],
    debited: Map<string, DebitedAccount>,
  ): Promise<void> {
    const byEngineer = new Map<string, RecordedUsage[]>();
    for (const { event, result } of accepted) {
      const list = byEngineer.get(event.engineerId) ?? [];
      list.push(result);
      byEngineer.set(event.engineerId, list);
    }
    for (const [engineerId, list] of byEngineer) {
      const account = debited.get(engineerId);
      if (!account) continue;
      chargeOverages(
        account.balanceBeforeMicros,
        list.map((result) => result.costMicros),
      ).forEach((overage, i) => (list[i].overageMicros = overage));
    }
    // One record per engineer of the batch that went over: from its first event over budget.
    const over = new Map<string, OverageRecord>();
    for (const { event, result } of accepted) {
      if (result.overageMicros === 0n) continue;
      const into = over.get(event.engineerId);
      if (into) {
        into.events += 1;
        into.overageMicros += result.overageMicros;
      } else
        over.set(event.engineerId, {
          engineerId: event.engineerId,
          occurredAt: event.occurredAt,
          eventId: result.eventId,
          holdId: event.holdId ?? null,
          events: 1,
          overageMicros: result.overageMicros,
        });
    }
    await this.keepOverages([...over.values()]);
  }

  /** Keeps which usage went over budget and by how much (`usage_overages`, insert-only), in one statement. */
  async keepOverages(rows: OverageRecord[]): Promise<void> {
    if (!rows.length) return;
    await this.tenancy.manager().query(
      `insert into usage_overages (company_id, id, engineer_id, occurred_at, usage_event_id, hold_id, events, overage_micros)
       select $1, gen_random_uuid(), * from unnest($2::uuid[], $3::timestamptz[], $4::uuid[], $5::uuid[], $6::int[], $7::bigint[])`,
      [
        this.tenancy.companyId(),
        rows.map((row) => row.engineerId),
        rows.map((row) => row.occurredAt.toISOString()),
        rows.map((row) => row.eventId),
        rows.map((row) => row.holdId),
        rows.map((row) => row.events),
        rows.map((row) => row.overageMicros.toString()),
      ],
    );
  }

  /**
   * Posts each engineer's spend of each month (allowance → their spend account) as one set-based batch,
   * effective at the usage's own date (`MonthlySpend`; a closed month's goes to the first open month): the
   * accounts in one read, the entries and balances in one statement that locks the allowances (by engineer),
   * then the spend accounts, in the ledger's global lock order. A negative amount (a charge trued down)
   * moves back from spend to the allowance. Returns each debited allowance's balance before and after, by
   * engineer.
   */
  async charge(
    spends: MonthlySpend[],
    reference: (engineerId: string, month: string) => string,
    memo: string,
    known?: Map<LedgerAccountKind, Map<string, string>>,
  ): Promise<Map<string, DebitedAccount>> {
    const charged = spends.filter((spend) => spend.amountMicros !== 0n);
    if (!charged.length) return new Map();
    const engineers = [...new Set(charged.map((spend) => spend.engineerId))].sort();
    const accounts = known ?? (await this.ledger.accountIds(['ENGINEER_ALLOWANCE', 'SPEND'], engineers));
    const postings: BatchPosting[] = charged.map(
      ({ engineerId, month, amountMicros: amount, effectiveAt }) => {
        const allowance = accounts.get('ENGINEER_ALLOWANCE')?.get(engineerId);
        const spend = accounts.get('SPEND')?.get(engineerId);
        if (!allowance || !spend) throw new Error(`ledger accounts missing for engineer ${engineerId}`);
        return {
          fromAccountId: amount > 0n ? allowance : spend,
          toAccountId: amount > 0n ? spend : allowance,
          amountMicros: amount > 0n ? amount : -amount,
          kind: 'SPEND' as const,
          reference: reference(engineerId, month),
          effectiveAt,
          memo,
        };
      },
    );
    const debited = await this.spend.charge(postings);
    const byEngineer = new Map<string, DebitedAccount>();
    for (const engineerId of engineers) {
      const account = debited.get(accounts.get('ENGINEER_ALLOWANCE')?.get(engineerId) ?? '');
      if (account) byEngineer.set(engineerId, account);
    }
    return byEngineer;
  }

  /** Adds to the daily rollups per engineer × day × model × source (sorted, so concurrent batches never deadlock). */
  async addToRollups(
    rows: {
      engineerId: string;
      day: string;
      provider: string;
      model: string;
      source: string;
      events: number;
      inputTokens: bigint;
      outputTokens: bigint;
      cacheReadTokens: bigint;
      cacheWriteTokens: bigint;
      costMicros: bigint;
      unpricedEvents: number;
      reportedCostMicros: bigint;
    }[],
  ): Promise<void> {
    const merged = new Map<string, (typeof rows)[number]>();
    for (const row of rows) {
      const key = [row.engineerId, row.day, row.provider, row.model, row.source].join('\u0000');
      const into = merged.get(key);
      if (!into) {
        merged.set(key, { ...row });
        continue;
      }
      into.events += row.events;
      into.inputTokens += row.inputTokens;
      into.outputTokens += row.outputTokens;
      into.cacheReadTokens += row.cacheReadTokens;
      into.cacheWriteTokens += row.cacheWriteTokens;
      into.costMicros += row.costMicros;
      into.unpricedEvents += row.unpricedEvents;
      into.reportedCostMicros += row.reportedCostMicros;
    }
    const sorted = [...merged.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, row]) => row);
    if (!sorted.length) return;
    await this.tenancy.manager().query(
      `insert into usage_daily (company_id, engineer_id, day, provider, model, source, events, input_tokens, output_tokens,
          cache_read_tokens, cache_write_tokens, cost_micros, unpriced_events, reported_cost_micros)
       select $1, * from unnest($2::uuid[], $3::date[], $4::text[], $5::text[], $6::text[], $7::int[], $8::bigint[],
                                $9::bigint[], $10::bigint[], $11::bigint[], $12::bigint[], $13::int[], $14::bigint[])
       on conflict (company_id, engineer_id, day, provider, model, source) do update set
         events = usage_daily.events + excluded.events,
         input_tokens = usage_daily.input_tokens + excluded.input_tokens,
         output_tokens = usage_daily.output_tokens + excluded.output_tokens,
         cache_read_tokens = usage_daily.cache_read_tokens + excluded.cache_read_tokens,
         cache_write_tokens = usage_daily.cache_write_tokens + excluded.cache_write_tokens,
         cost_micros = usage_daily.cost_micros + excluded.cost_micros,
         unpriced_events = usage_daily.unpriced_events + excluded.unpriced_events,
         reported_cost_micros = usage_daily.reported_cost_micros + excluded.reported_cost_micros`,
      [
        this.tenancy.companyId(),
        sorted.map((row) => row.engineerId),
        sorted.map((row) => row.day),
        sorted.map((row) => row.provider),
        sorted.map((row) => row.model),
        sorted.map((row) => row.source),
        sorted.map((row) => row.events),
        sorted.map((row) => row.inputTokens.toString()),
        sorted.map((row) => row.outputTokens.toString()),
        sorted.map((row) => row.cacheReadTokens.toString()),
        sorted.map((row) => row.cacheWriteTokens.toString()),
        sorted.map((row) => row.costMicros.toString()),
        sorted.map((row) => row.unpricedEvents),
        sorted.map((row) => row.reportedCostMicros.toString()),
      ],
    );
  }

  /**
   * Prices the company's unpriced usage again (after a price, pattern or exchange rate was added): each
   * event that now has its own price gets it. Returns how many events changed.
   */
  repriceUnpriced(): Promise<number> {
    return this.reprice();
  }

  /**
   * Prices usage again and trues up what was charged: every unpriced event (charged at the fallback price
   * meanwhile), and with a scope every event of that model (or of every model) from a day on, for a price
   * or exchange rate that arrived for past dates. An event whose price changed gets its new cost, its
   * rollups move with it and each engineer's difference is posted as one adjustment (more spend, or spend
   * given back to the allowance). Idempotent: a second run finds nothing changed and posts nothing.
   * Returns how many events changed.
   */
  async reprice(scope?: RepriceScope): Promise<number> {
    const manager = this.tenancy.manager();
    this.pricing.forgetPriceBook();
    const book = await this.pricing.priceBook();
    const timeZone = await this.tenancy.timeZone();
    const chunk = 20_000;
    let changed = 0;
    let after: { occurredAt: string; id: string } | null = null;
    for (;;) {
      const params: unknown[] = [chunk, after?.occurredAt ?? null, after?.id ?? null];
      let inScope = 'false';
      if (scope) {
        // From the first instant of that day in the company's time zone (the day a price is effective from).
        params.push(scope.from, timeZone);
        inScope = `occurred_at >= ($4::date::timestamp at time zone $5::text)`;
        if (scope.provider && scope.model) {
          params.push(scope.provider, scope.model);
          inScope += ` and provider = $6 and (model = $7 or priced_as = $7)`;
        }
      }
      const rows: {
        id: string;
        occurred_at: Date;
        at: string;
        engineer_id: string;
        source: string;
        provider: string;
        model: string;
        priced_as: string | null;
        unpriced: boolean;
        input_tokens: string;
        output_tokens: string;
        cache_read_tokens: string;
        cache_write_tokens: string;
        cost_micros: string;
      }[] = await manager.query(
        `select id, occurred_at, occurred_at::text as at, engineer_id, source, provider, model, priced_as, unpriced,
                input_tokens, output_tokens, cache_read_tokens, cache_write_tokens, cost_micros
           from usage_events
          where (unpriced or (${inScope}))
            and ($2::timestamptz is null or (occurred_at, id) > ($2::timestamptz, $3::uuid))
          order by occurred_at, id limit $1 for update`,
        params,
      );
      if (!rows.length) break;
      const last = rows[rows.length - 1];
      after = { occurredAt: last.at, id: last.id };
      changed += await this.repriceRows(book, timeZone, rows);
      if (rows.length < chunk) break;
    }
    return changed;
  }

  private async repriceRows(
    book: PriceBook,
    timeZone: string,
    rows: {
      id: string;
      occurred_at: Date;
      engineer_id: string;
      source: string;
      provider: string;
      model: string;
      priced_as: string | null;
      unpriced: boolean;
      input_tokens: string;
      output_tokens: string;
      cache_read_tokens: string;
      cache_write_tokens: string;
      cost_micros: string;
    }[],
  ): Promise<number> {
    const manager = this.tenancy.manager();
    const repriced: { row: (typeof rows)[number]; priced: PricedEvent; day: IsoDate }[] = [];
    for (const row of rows) {
      const priced = UsageService.price(
        book,
        {
          provider: row.provider,
          model: row.model,
          occurredAt: row.occurred_at,
          inputTokens: Number(row.input_tokens),
          outputTokens: Number(row.output_tokens),
          cacheReadTokens: Number(row.cache_read_tokens),
          cacheWriteTokens: Number(row.cache_write_tokens),
        },
        timeZone,
      );
      // Still unpriced: it stays charged as it is (at the fallback price of its day) until a price arrives.
      if (priced.unpriced && row.unpriced) continue;
      if (
        priced.costMicros === BigInt(row.cost_micros) &&
        priced.unpriced === row.unpriced &&
        priced.pricedAs === row.priced_as
      )
        continue;
      repriced.push({ row, priced, day: isoDateInZone(row.occurred_at, timeZone) });
    }
    if (!repriced.length) return 0;
    await manager.query(
      `update usage_events e set cost_micros = t.cost, priced_as = t.priced_as, unpriced = t.unpriced
         from unnest($1::uuid[], $2::timestamptz[], $3::bigint[], $4::text[], $5::boolean[])
           as t(id, occurred_at, cost, priced_as, unpriced)
        where e.id = t.id and e.occurred_at = t.occurred_at`,
      [
        repriced.map(({ row }) => row.id),
        repriced.map(({ row }) => row.occurred_at.toISOString()),
        repriced.map(({ priced }) => priced.costMicros.toString()),
        repriced.map(({ priced }) => priced.pricedAs),
        repriced.map(({ priced }) => priced.unpriced),
      ],
    );
    await this.addToRollups(
      repriced.map(({ row, priced, day }) => ({
        engineerId: row.engineer_id,
        day,
        provider: row.provider,
        model: row.model,
        source: row.source,
        events: 0,
        inputTokens: 0n,
        outputTokens: 0n,
        cacheReadTokens: 0n,
        cacheWriteTokens: 0n,
        costMicros: priced.costMicros - BigInt(row.cost_micros),
        unpricedEvents: (priced.unpriced ? 1 : 0) - (row.unpriced ? 1 : 0),
        reportedCostMicros: 0n,
      })),
    );
    // The ledger after the rollups (the lock order of `record`): one adjustment per engineer and month of the
    // usage, either way, effective at that usage's date (a closed month's goes to the first open month).
    const spends = new MonthlySpends(this.clock.now());
    for (const { row, priced, day } of repriced)
      spends.add(row.engineer_id, day, priced.costMicros - BigInt(row.cost_micros), row.occurred_at);
    const batch = randomUUID();
    await this.charge(
      spends.list(),
      (engineerId, month) => references.reprice(batch, engineerId, month),
      `${repriced.length} usage events priced again (a price, pattern or exchange rate arrived)`,
    );
    return repriced.length;
  }
}
