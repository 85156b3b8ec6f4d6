import { BusinessClock } from '../clock/business-clock';
import { Injectable } from '@nestjs/common';
import {
  addDays,
  budgetOutlook,
  BudgetOutlook,
  compareDates,
  grantsAfter,
  IsoDate,
  spendSums,
  UnpricedRow,
  unpricedByKey,
} from '@tokenroll/domain';
import { AllowancesService } from '../allowances/allowances.service';
import { AppError } from '../common/app-error';
import { TenancyService } from '../database/tenancy.service';
import { LedgerReads, spendable } from '../ledger/ledger-reads.service';
import { PeopleService } from '../people/people.service';

/** The tokens of an event (or of summed events): what unpriced usage is shown by. */
const UNPRICED_TOKENS = 'input_tokens + output_tokens + cache_read_tokens + cache_write_tokens';

/** What enforcement needs to know about an engineer, in one query. */
export interface BudgetContext {
  engineerId: string;
  name: string;
  email: string;
  startDate: string;
  endDate: string | null;
  enforcement: 'HARD' | 'SOFT';
  /** Whether the engineer's own setting or the company default decides. */
  enforcementSource: 'ENGINEER' | 'COMPANY';
  teamId: string | null;
  poolOverflow: boolean;
  /** The team whose pool overflows to the engineer (their current team, when its pool overflows). */
  poolTeamId: string | null;
}

export interface BudgetFigures {
  engineerId: string;
  engineerName: string;
  currency: string;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  allowanceMicros: bigint;
  accruedMicros: bigint;
  spentMicros: bigint;
  heldMicros: bigint;
  availableMicros: bigint;
  /** Of `available`, what the team pool adds. */
  poolAvailableMicros: bigint;
  overageMicros: bigint;
  enforcement: 'HARD' | 'SOFT';
  enforcementSource: 'ENGINEER' | 'COMPANY';
  outlook: BudgetOutlook;
}

/** The budget of an engineer: enforcement context and the figures of `GET /v1/budget` and "My budget". */
@Injectable()
export class BudgetService {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly clock: BusinessClock,
    private readonly allowances: AllowancesService,
    private readonly people: PeopleService,
    private readonly ledger: LedgerReads,
  ) {}

  /** The engineer by id or by email (case-insensitive), with enforcement and the team pool that overflows. */
  async context(by: { engineerId: string } | { email: string }): Promise<BudgetContext | undefined> {
    const [row]: {
      id: string;
      name: string;
      email: string;
      start_date: string;
      engineer_enforcement: string | null;
      end_date: string | null;
      enforcement: 'HARD' | 'SOFT';
      team_id: string | null;
      pool_overflow: boolean | null;
    }[] = await this.tenancy.manager().query(
      `select e.id, e.name, e.email, e.budget_enforcement as engineer_enforcement, to_char(e.start_date, 'YYYY-MM-DD') as start_date, to_char(e.end_date, 'YYYY-MM-DD') as end_date,
              coalesce(e.budget_enforcement, p.enforcement, 'SOFT') as enforcement,
              t.id as team_id, t.pool_overflow
         from engineers e
         left join allowance_policies p on p.company_id = e.company_id
         left join lateral (
           select m.team_id from team_memberships m
            where m.engineer_id = e.id and m.effective_from <= $2::date
            order by m.effective_from desc limit 1) m on true
         left join teams t on t.id = m.team_id
        where ${'engineerId' in by ? 'e.id = $1' : 'e.email = lower($1)'}`,
      ['engineerId' in by ? by.engineerId : by.email, await this.clock.companyToday()],
    );
    if (!row) return undefined;
    return {
      engineerId: row.id,
      name: row.name,
      email: row.email,
      startDate: row.start_date,
      endDate: row.end_date,
      enforcement: row.enforcement,
      enforcementSource: row.engineer_enforcement ? 'ENGINEER' : 'COMPANY',
      teamId: row.team_id,
      poolOverflow: row.pool_overflow === true,
      poolTeamId: row.pool_overflow ? row.team_id : null,
    };
  }

  /** The budget figures of an engineer today. */
  async figures(engineerId: string, on?: string): Promise<BudgetFigures> {
    on ??= await this.clock.companyToday();
    const context = await this.context({ engineerId });
    if (!context)
      throw new AppError('NOT_FOUND', 'No such engineer', [
        { field: 'engineerId', message: 'does not exist' },
      ]);
    const engineer = await this.people.mustFind(engineerId);
    const summary = await this.allowances.summary(engineer, on);
    const manager = this.tenancy.manager();
    const [balances, holds, [spent], daily, [company]] = await Promise.all([
      this.ledger.engineerBalances(engineerId, context.poolTeamId),
      this.ledger.heldBy(engineerId),
      manager.query(
        `select coalesce(sum(cost_micros), 0)::text as spent from usage_daily
          where engineer_id = $1 and day between $2 and $3`,
        [engineerId, summary.period.start, summary.period.end],
      ) as Promise<{ spent: string }[]>,
      manager.query(
        `select to_char(day, 'YYYY-MM-DD') as day, sum(cost_micros)::text as micros from usage_daily
          where engineer_id = $1 and day between $2 and $3 group by day`,
        [engineerId, addDays(on, -40), on],
      ) as Promise<{ day: string; micros: string }[]>,
      manager.query(`select currency from companies`) as Promise<{ currency: string }[]>,
    ]);
    const balance = balances.allowance?.balanceMicros ?? 0n;
    const ownHeld = balances.allowance?.heldMicros ?? 0n;
    // The pool adds nothing while the engineer is in overage (the reservation's rule: LedgerReads.spendable).
    const { ownMicros: ownAvailable, poolMicros: poolAvailable } = spendable(balances);
    const available = ownAvailable + poolAvailable;
    const spentMicros = BigInt(spent.spent);
    // The one forecast rule (libs/domain forecastRunOut), fed as team burn feeds it: the engineer's own
    // available amount (balance less their holds, negative in overage; the team pool is shared, not theirs),
    // whole days of spend and the grants still to come of the accrual schedule.
    const forecastInput = {
      today: on,
      periodStart: summary.period.start,
      periodEnd: summary.period.end,
      startDate: context.startDate,
      endDate: context.endDate,
    };
    const outlook = budgetOutlook({
      ...forecastInput,
      periodAllowanceMicros: summary.periodTotalMicros,
      availableMicros: balance - ownHeld,
      accruedMicros: summary.accruedMicros,
      spentMicros,
      spend: spendSums(
        forecastInput,
        daily.map((row) => ({ day: row.day, micros: BigInt(row.micros) })),
      ),
      upcomingGrants: grantsAfter(summary.schedule, on),
    });
    return {
      engineerId,
      engineerName: context.name,
      currency: company?.currency?.trim() || 'USD',
      periodStart: summary.period.start,
      periodEnd: summary.period.end,
      allowanceMicros: summary.periodTotalMicros,
      accruedMicros: summary.accruedMicros,
      spentMicros,
      heldMicros: holds.heldMicros,
      availableMicros: available,
      poolAvailableMicros: poolAvailable,
      overageMicros: balance < 0n ? -balance : 0n,
      enforcement: context.enforcement,
      enforcementSource: context.enforcementSource,
      outlook,
    };
  }

  /** Daily spend with the burn-down (accrued − spent) over the period up to today, and spend by model and tool. */
  async usageSummary(engineerId: string, on?: string) {
    on ??= await this.clock.companyToday();
    const engineer = await this.people.mustFind(engineerId);
    const summary = await this.allowances.summary(engineer, on);
    const from = summary.period.start;
    const to = compareDates(on, summary.period.end) < 0 ? on : summary.period.end;
    const manager = this.tenancy.manager();
    const [daily, byModel, bySource, [company], unpricedRows] = await Promise.all([
      manager.query(
        `select to_char(day, 'YYYY-MM-DD') as day, sum(cost_micros)::text as cost, sum(events)::int as events
           from usage_daily where engineer_id = $1 and day between $2 and $3 group by day order by day`,
        [engineerId, from, to],
      ) as Promise<{ day: string; cost: string; events: number }[]>,
      manager.query(
        `select provider || '/' || model as key, sum(cost_micros)::text as cost, sum(events)::int as events,
                sum(input_tokens)::text as input, sum(output_tokens)::text as output
           from usage_daily where engineer_id = $1 and day between $2 and $3
          group by provider, model order by sum(cost_micros) desc, key`,
        [engineerId, from, to],
      ) as Promise<{ key: string; cost: string; events: number; input: string; output: string }[]>,
      manager.query(
        `select source as key, sum(cost_micros)::text as cost, sum(events)::int as events,
                sum(input_tokens)::text as input, sum(output_tokens)::text as output
           from usage_daily where engineer_id = $1 and day between $2 and $3
          group by source order by sum(cost_micros) desc, key`,
        [engineerId, from, to],
      ) as Promise<{ key: string; cost: string; events: number; input: string; output: string }[]>,
      manager.query(`select currency from companies`) as Promise<{ currency: string }[]>,
      // The unpriced part (few events: through the partial index of unpriced events), by model and by tool.
      manager.query(
        `select provider || '/' || model as model, source, count(*)::int as events,
                sum(${UNPRICED_TOKENS})::text as tokens
           from usage_events where unpriced and engineer_id = $1
            and occurred_at >= $2::date and occurred_at < $3::date + 1
          group by grouping sets ((provider, model), (source))`,
        [engineerId, from, to],
      ) as Promise<UnpricedRow[]>,
    ]);
    const unpriced = unpricedByKey(unpricedRows);
    const spentOn = new Map(daily.map((row) => [row.day, row]));
    const grants = summary.schedule.filter((grant) => grant.posted);
    const days = [];
    let spent = 0n;
    for (let day = from; compareDates(day, to) <= 0; day = addDays(day, 1)) {
      const row = spentOn.get(day);
      spent += BigInt(row?.cost ?? '0');
      const accrued = grants
        .filter((grant) => compareDates(grant.grantDate, day) <= 0)
        .reduce((sum, grant) => sum + grant.amountMicros, 0n);
      days.push({
        day,
        costMicros: row?.cost ?? '0',
        events: row?.events ?? 0,
        accruedMicros: accrued.toString(),
        spentToDateMicros: spent.toString(),
        remainingMicros: (accrued - spent).toString(),
      });
    }
    const byKey = (
      rows: { key: string; cost: string; events: number; input: string; output: string }[],
      unpricedOf: Map<string, { events: number; tokens: string }>,
    ) =>
      rows.map((row) => ({
        key: row.key,
        costMicros: row.cost,
        events: row.events,
        inputTokens: row.input,
        outputTokens: row.output,
        unpricedEvents: unpricedOf.get(row.key)?.events ?? 0,
        unpricedTokens: unpricedOf.get(row.key)?.tokens ?? '0',
      }));
    return {
      currency: company?.currency?.trim() || 'USD',
      from,
      to,
      days,
      byModel: byKey(byModel, unpriced.byModel),
      bySource: byKey(bySource, unpriced.bySource),
    };
  }

  /** The engineer's latest usage events, newest first. */
  async recentUsage(engineerId: string, limit: number) {
    const rows: {
      id: string;
      occurred_at: Date;
      source: string;
      provider: string;
      model: string;
      input_tokens: string;
      output_tokens: string;
      cache_read_tokens: string;
      cache_write_tokens: string;
      cost_micros: string;
      currency: string;
      unpriced: boolean;
    }[] = await this.tenancy.manager().query(
      `select id, occurred_at, source, provider, model, input_tokens, output_tokens, cache_read_tokens, cache_write_tokens,
              cost_micros, currency, unpriced
         from usage_events where engineer_id = $1 order by occurred_at desc limit $2`,
      [engineerId, Math.min(Math.max(limit, 1), 500)],
    );
    return rows.map((row) => ({
      id: row.id,
      occurredAt: row.occurred_at,
      source: row.source,
      provider: row.provider,
      model: row.model,
      inputTokens: row.input_tokens,
      outputTokens: row.output_tokens,
      cacheReadTokens: row.cache_read_tokens,
      cacheWriteTokens: row.cache_write_tokens,
      costMicros: row.cost_micros,
      currency: row.currency.trim(),
      unpriced: row.unpriced,
    }));
  }

  /** Usage since a moment (from the events themselves: exact to the second), by model and by tool. */
  async usageSince(engineerId: string, from: Date) {
    const manager = this.tenancy.manager();
    const grouped = (column: string) =>
      manager.query(
        `select ${column} as key, sum(cost_micros)::text as "costMicros", count(*)::int as events,
                sum(input_tokens)::text as "inputTokens", sum(output_tokens)::text as "outputTokens",
                count(*) filter (where unpriced)::int as "unpricedEvents",
                coalesce(sum(${UNPRICED_TOKENS}) filter (where unpriced), 0)::text as "unpricedTokens"
           from usage_events where engineer_id = $1 and occurred_at >= $2
          group by 1 order by sum(cost_micros) desc, 1`,
        [engineerId, from],
      ) as Promise<
        {
          key: string;
          costMicros: string;
          events: number;
          inputTokens: string;
          outputTokens: string;
          unpricedEvents: number;
          unpricedTokens: string;
        }[]
      >;
    const [byModel, bySource, [company]] = await Promise.all([
      grouped(`provider || '/' || model`),
      grouped('source'),
      manager.query(`select currency from companies`) as Promise<{ currency: string }[]>,
    ]);
    return {
      currency: company?.currency?.trim() || 'USD',
      totalMicros: byModel.reduce((sum, row) => sum + BigInt(row.costMicros), 0n).toString(),
      events: byModel.reduce((sum, row) => sum + row.events, 0),
      unpricedEvents: byModel.reduce((sum, row) => sum + row.unpricedEvents, 0),
      unpricedTokens: byModel.reduce((sum, row) => sum + BigInt(row.unpricedTokens), 0n).toString(),
      byModel,
      bySource,
    };
  }
}
