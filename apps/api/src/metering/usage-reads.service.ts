import { Injectable } from '@nestjs/common';
import { AccountingMonth, addAccountingMonths, isoDateInZone } from '@tokenroll/domain';
import { TenancyService } from '../database/tenancy.service';
import { PricingService } from '../pricing/pricing.service';
import { AsideRecord } from './identities.service';
import { UsageService } from './usage.service';

/** A month's usage of one provider × model, as reconciliation (chargeback) reads it. */
export interface ProviderModelMonth {
  provider: string;
  model: string;
  /** Σ cost of the usage that occurred in the month (the daily rollups), company currency micros. */
  costMicros: bigint;
  events: number;
  /** Events of the month received at or after `lateAfter`, and their cost (part of `costMicros`). */
  lateEvents: number;
  lateCostMicros: bigint;
  /** Events of the month without a price of their own (cost 0 or a stand-in price, flagged unpriced). */
  unpricedEvents: number;
  /** What the unpriced events that reported a cost of their own are booked at now (part of `costMicros`). */
  unpricedCostMicros: bigint;
  /** The tools' own estimate of those same events (reported cost in USD, converted at each event's day). */
  unpricedReportedMicros: bigint;
  /** Unpriced events that reported no cost of their own (their value is unknown). */
  unpricedWithoutReport: number;
  /** Usage of the month still in the unmapped queue (no engineer yet: in no rollup), priced at its day. */
  unmappedEvents: number;
  unmappedCostMicros: bigint;
  /** Unmapped events without a price at their day (counted, priced 0). */
  unmappedUnpriced: number;
}

const empty = (provider: string, model: string): ProviderModelMonth => ({
  provider,
  model,
  costMicros: 0n,
  events: 0,
  lateEvents: 0,
  lateCostMicros: 0n,
  unpricedEvents: 0,
  unpricedCostMicros: 0n,
  unpricedReportedMicros: 0n,
  unpricedWithoutReport: 0,
  unmappedEvents: 0,
  unmappedCostMicros: 0n,
  unmappedUnpriced: 0,
});

/**
 * Reads of metering's usage for other modules (chargeback reconciliation): they ask here instead of naming
 * usage_daily, usage_events or unmapped_usage. A month is the company's month (its time zone).
 */
@Injectable()
export class UsageReads {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly pricing: PricingService,
  ) {}

  /** The month's usage per provider × model: rollup cost, late, unpriced and unmapped figures. */
  async providerModelMonth(month: AccountingMonth, lateAfter: Date): Promise<ProviderModelMonth[]> {
    const manager = this.tenancy.manager();
    const timeZone = await this.tenancy.timeZone();
    const from = `${month}-01`;
    const to = `${addAccountingMonths(month, 1)}-01`;
    const rows = new Map<string, ProviderModelMonth>();
    const row = (provider: string, model: string) => {
      const key = `${provider}\u0000${model}`;
      let found = rows.get(key);
      if (!found) rows.set(key, (found = empty(provider, model)));
      return found;
    };

    const rollups: { provider: string; model: string; cost: string; events: string }[] = await manager.query(
      `select provider, model, sum(cost_micros)::text as cost, sum(events)::text as events
         from usage_daily where day >= $1::date and day < $2::date group by provider, model`,
      [from, to],
    );
    for (const r of rollups) {
      const target = row(r.provider, r.model);
      target.costMicros += BigInt(r.cost);
      target.events += Number(r.events);
    }

    const events: {
      provider: string;
      model: string;
      day: string;
      late_events: number;
      late_cost: string;
      unpriced_events: number;
      unpriced_cost: string;
      unpriced_reported: string;
      unpriced_without_report: number;
    }[] = await manager.query(
      `select provider, model, to_char((occurred_at at time zone $3)::date, 'YYYY-MM-DD') as day,
              count(*) filter (where received_at >= $4)::int as late_events,
              coalesce(sum(cost_micros) filter (where received_at >= $4), 0)::text as late_cost,
              count(*) filter (where unpriced)::int as unpriced_events,
              coalesce(sum(cost_micros) filter (where unpriced and reported_cost_micros is not null), 0)::text as unpriced_cost,
              coalesce(sum(reported_cost_micros) filter (where unpriced), 0)::text as unpriced_reported,
              count(*) filter (where unpriced and reported_cost_micros is null)::int as unpriced_without_report
         from usage_events
        where occurred_at >= ($1::timestamp at time zone $3) and occurred_at < ($2::timestamp at time zone $3)
          and (unpriced or received_at >= $4)
        group by 1, 2, 3`,
      [from, to, timeZone, lateAfter],
    );
    const book = events.length ? await this.pricing.priceBook() : undefined;
    for (const e of events) {
      const target = row(e.provider, e.model);
      target.lateEvents += e.late_events;
      target.lateCostMicros += BigInt(e.late_cost);
      target.unpricedEvents += e.unpriced_events;
      target.unpricedCostMicros += BigInt(e.unpriced_cost);
      target.unpricedWithoutReport += e.unpriced_without_report;
      const reported = BigInt(e.unpriced_reported);
      if (reported > 0n && book)
        target.unpricedReportedMicros += PricingService.toCompanyCurrency(book, reported, 'USD', e.day) ?? 0n;
    }

    const unmapped: { payload: AsideRecord }[] = await manager.query(
      `select payload from unmapped_usage
        where kind = 'usage' and resolved_at is null
          and (payload->'usage'->>'occurredAt')::timestamptz >= ($1::timestamp at time zone $3)
          and (payload->'usage'->>'occurredAt')::timestamptz < ($2::timestamp at time zone $3)`,
      [from, to, timeZone],
    );
    if (unmapped.length) {
      const priceBook = await this.pricing.priceBook();
      for (const { payload } of unmapped) {
        if (payload.kind !== 'usage') continue;
        const usage = payload.usage;
        const occurredAt = new Date(usage.occurredAt);
        const priced = UsageService.price(
          priceBook,
          {
            provider: usage.provider,
            model: usage.model,
            occurredAt,
            inputTokens: Number(usage.inputTokens ?? 0),
            outputTokens: Number(usage.outputTokens ?? 0),
            cacheReadTokens: Number(usage.cacheReadTokens ?? 0),
            cacheWriteTokens: Number(usage.cacheWriteTokens ?? 0),
          },
          timeZone,
          isoDateInZone(occurredAt, timeZone),
        );
        const target = row(usage.provider, usage.model);
        target.unmappedEvents += 1;
        target.unmappedCostMicros += priced.costMicros;
        if (priced.unpriced) target.unmappedUnpriced += 1;
      }
    }
    return [...rows.values()].sort(
      (a, b) => a.provider.localeCompare(b.provider) || a.model.localeCompare(b.model),
    );
  }
}
