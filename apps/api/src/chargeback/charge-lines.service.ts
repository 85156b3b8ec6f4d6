import { Injectable } from '@nestjs/common';
import {
  AccountingMonth,
  addAccountingMonths,
  addDays,
  allocatedTotals,
  AllocationBasis,
  AllocationTeam,
  assertAccountingMonth,
  ChargeCategory,
  ChargeLine,
  ChargeTotal,
  daysBetweenInclusive,
  IsoDate,
  lastDayOf,
  maxDate,
  minDate,
  roundHalfUp,
  unattributedSign,
} from '@tokenroll/domain';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { BusinessClock } from '../clock/business-clock';
import { TenancyService } from '../database/tenancy.service';
import { IdentitiesService } from '../metering/identities.service';
import { LedgerReads } from '../ledger/ledger-reads.service';
import { PricingService } from '../pricing/pricing.service';
import { ChargebackSettings, ChargebackSettingsService } from './chargeback-settings.service';

/** The statement name of what is held centrally (no team): engineers without a team, CENTRAL allocations. */
export const CENTRAL_TEAM_NAME = 'Central';

/** Sort memory of a whole month's attribution by line (set for its transaction only). */
const ATTRIBUTION_WORK_MEM = '64MB';

/** Lines fetched per round trip when streaming a month. */
const FETCH_SIZE = 2000;

/** A month's bounds: its first day, the first day of the next month, its last day, in the company's zone. */
export interface MonthBounds {
  month: AccountingMonth;
  from: IsoDate;
  to: IsoDate;
  lastDay: IsoDate;
  timeZone: string;
}

/** A filter of the month's totals to one statement's lines (SQL side). */
export type TotalsFilter =
  | { kind: 'ALL' }
  | { kind: 'TEAMS'; teamIds: string[]; central: boolean }
  | { kind: 'COST_CENTRE'; costCentre: string };

/** An amount to allocate (SHARED or UNABSORBED), before the policy splits it. */
export interface AllocatedAmount {
  category: Extract<ChargeCategory, 'SHARED' | 'UNABSORBED'>;
  provider: string | null;
  model: string | null;
  tool: string | null;
  description: string;
  amountMicros: bigint;
}

interface TotalRow {
  category: ChargeCategory;
  engineer_id: string | null;
  engineer_name: string | null;
  team_id: string | null;
  team_name: string;
  cost_centre: string;
  provider: string | null;
  model: string | null;
  tool: string | null;
  original_month: string | null;
  cost_micros: string;
}

interface LineRow extends TotalRow {
  day: IsoDate;
  input_tokens: string;
  output_tokens: string;
  cache_read_tokens: string;
  cache_write_tokens: string;
  list_cost_micros: string | null;
  description: string | null;
}

/** The lines' order, byte-wise (collation "C": the same on every database), ties broken to the last column. */
const ORDER = `day, cost_centre collate "C", team_name collate "C", engineer_name collate "C" nulls first,
  engineer_id nulls first, provider collate "C" nulls first, model collate "C" nulls first, tool collate "C" nulls first,
  category collate "C", original_month collate "C" nulls first, description collate "C" nulls first, team_id nulls first`;

/**
 * Each engineer's effective-dated team memberships as date ranges [valid_from, valid_until): a move counts from
 * its day to the next move; the first membership also covers the days before it (before the first move, the
 * first team). A range join on these is the attribution of a day to the engineer's team on that day.
 */
const MEMBERSHIPS = `
  memberships as (
    select engineer_id, team_id,
           case when row_number() over w = 1 then '-infinity'::date else effective_from end as valid_from,
           coalesce(lead(effective_from) over w, 'infinity'::date) as valid_until
      from team_memberships
    window w as (partition by engineer_id order by effective_from, created_at, id))`;

/**
 * The attribution of a month's usage and carried corrections: each row of the metering read
 * (`metering_usage_by_day`, the daily rollups metering publishes) and each correction the ledger carried in
 * (`$3`, LedgerReads.carriedCorrections, attributed on its original day) is booked to the team the engineer was
 * in on that day (the latest team move on or before it; before the first move, the first team) and that
 * team's cost centre; without a team, to the central cost centre ($4, named $5).
 */
const ATTRIBUTED = `
  with ${MEMBERSHIPS},
  charged as (
    select u.engineer_id, u.day, u.day as attributed_on, 'USAGE'::text as category, u.provider, u.model,
           u.source as tool, null::text as original_month, u.input_tokens, u.output_tokens, u.cache_read_tokens,
           u.cache_write_tokens, u.cost_micros
      from metering_usage_by_day u
     where u.day >= $1::date and u.day < $2::date and u.cost_micros <> 0
    union all
    select c.engineer_id, c.day, c.original_day, 'ADJUSTMENT', null, null, null, to_char(c.original_day, 'YYYY-MM'),
           0, 0, 0, 0, c.micros
      from json_to_recordset($3::json) as c(engineer_id uuid, day date, original_day date, micros bigint)),
  attributed as (
    select x.*, e.name as engineer_name, t.id as team_id, coalesce(t.name, $5) as team_name,
           coalesce(t.cost_centre, $4) as cost_centre
      from charged x
      join engineers e on e.id = x.engineer_id
      left join memberships m on m.engineer_id = x.engineer_id
                             and x.attributed_on >= m.valid_from and x.attributed_on < m.valid_until
      left join teams t on t.id = m.team_id)`;

/**
 * How fine a month's totals are: LINE, by engineer × team × cost centre × provider × model × tool (× original
 * month), what a statement shows; TEAM, by category × team × cost centre only (a previous period's total, an
 * allocation basis).
 */
export type TotalsGrain = 'LINE' | 'TEAM';

/**
 * The month's USAGE and ADJUSTMENT totals in one aggregate (the same attribution as ATTRIBUTED): the rollups
 * are summed per engineer × team of the day (a range join on the memberships) × provider × model × tool first,
 * by keys only (byte-wise, collation "C": the same groups, a cheaper sort), and named after (engineers, teams).
 * Parameters $1–$5 as ATTRIBUTED; a filter's parameter is $6, applied in SQL: the statement's teams or cost
 * centre, and before attributing, only the engineers who were ever in one of its teams (an engineer never in
 * them cannot be booked to them).
 */
function attributedTotalsSql(filter: TotalsFilter, grain: TotalsGrain, centralCostCentre: string): string {
  let scope = (_alias: string) => '';
  let where = '';
  if (filter.kind === 'TEAMS') {
    where = filter.central
      ? `where (t.id = any($6::uuid[]) or t.id is null)`
      : `where t.id = any($6::uuid[])`;
    if (!filter.central)
      scope = (alias) =>
        `and ${alias}.engineer_id in (select engineer_id from team_memberships where team_id = any($6::uuid[]))`;
  } else if (filter.kind === 'COST_CENTRE') {
    where = `where coalesce(t.cost_centre, $4) = $6`;
    if (filter.costCentre !== centralCostCentre)
      scope = (alias) =>
        `and ${alias}.engineer_id in (select tm.engineer_id from team_memberships tm
                                          join teams tt on tt.id = tm.team_id where tt.cost_centre = $6)`;
  }
  const detail = grain === 'LINE';
  const charged = `
  with ${MEMBERSHIPS},
  charged as (
    select u.engineer_id, m.team_id, 'USAGE'::text as category,
           ${detail ? `u.provider collate "C"` : `null::text collate "C"`} as provider,
           ${detail ? `u.model collate "C"` : `null::text collate "C"`} as model,
           ${detail ? `u.source collate "C"` : `null::text collate "C"`} as tool,
           null::text as original_month, sum(u.cost_micros) as cost_micros
      from metering_usage_by_day u
      left join memberships m on m.engineer_id = u.engineer_id and u.day >= m.valid_from and u.day < m.valid_until
     where u.day >= $1::date and u.day < $2::date and u.cost_micros <> 0 ${scope('u')}
     group by 1, 2, 4, 5, 6
    union all
    select c.engineer_id, m.team_id, 'ADJUSTMENT', null::text collate "C", null::text collate "C", null::text collate "C",
           ${detail ? `to_char(c.original_day, 'YYYY-MM')` : `null::text`}, sum(c.micros)
      from json_to_recordset($3::json) as c(engineer_id uuid, day date, original_day date, micros bigint)
      left join memberships m on m.engineer_id = c.engineer_id
                             and c.original_day >= m.valid_from and c.original_day < m.valid_until
     where true ${scope('c')}
     group by 1, 2, 7)`;
  if (detail)
    return `${charged}
  select x.category, x.engineer_id, e.name as engineer_name, t.id as team_id, coalesce(t.name, $5) as team_name,
         coalesce(t.cost_centre, $4) as cost_centre, x.provider, x.model, x.tool, x.original_month,
         x.cost_micros::text as cost_micros
    from charged x
    join engineers e on e.id = x.engineer_id
    left join teams t on t.id = x.team_id
  ${where}`;
  return `${charged}
  select x.category, null::uuid as engineer_id, null::text as engineer_name, t.id as team_id,
         coalesce(t.name, $5) as team_name, coalesce(t.cost_centre, $4) as cost_centre, null::text as provider,
         null::text as model, null::text as tool, null::text as original_month, sum(x.cost_micros)::text as cost_micros
    from charged x
    join engineers e on e.id = x.engineer_id
    left join teams t on t.id = x.team_id
  ${where}
   group by x.category, t.id, t.name, t.cost_centre`;
}

function toTotal(row: TotalRow): ChargeTotal {
  return {
    category: row.category,
    engineerId: row.engineer_id,
    engineerName: row.engineer_name,
    teamId: row.team_id,
    teamName: row.team_name,
    costCentre: row.cost_centre,
    provider: row.provider,
    model: row.model,
    tool: row.tool,
    originalMonth: row.original_month,
    costMicros: BigInt(row.cost_micros),
  };
}

/** What a line says, in words (FOCUS ChargeDescription, the CSV, the PDF). */
export function describeLine(line: Omit<ChargeLine, 'description' | 'listCostMicros'>): string {
  switch (line.category) {
    case 'USAGE':
      return `${line.provider}/${line.model} via ${line.tool} by ${line.engineerName}`;
    case 'ADJUSTMENT':
      return `Correction for ${line.originalMonth} carried in (${line.engineerName})`;
    case 'SHARED':
      return `Shared cost allocated to ${line.teamName}`;
    case 'UNABSORBED':
      return `Unabsorbed self-hosted capacity of ${line.provider}/${line.model} allocated to ${line.teamName}`;
  }
}

/**
 * A month's charge lines (libs/domain chargeback.ts), the one model every statement, CSV, PDF, FOCUS row and
 * GL line sums. An open month's lines are computed on read; a closed month's are read as frozen at close
 * (`statement_lines`), so they never change.
 */
@Injectable()
export class ChargeLinesService {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly ledgerReads: LedgerReads,
    private readonly settingsService: ChargebackSettingsService,
    private readonly pricing: PricingService,
    private readonly identities: IdentitiesService,
    private readonly clock: BusinessClock,
  ) {}

  /** The month's bounds in the company's time zone (bad month: 400 naming `month`). */
  async bounds(month: string): Promise<MonthBounds> {
    assertAccountingMonth('month', month);
    return {
      month,
      from: `${month}-01`,
      to: `${addAccountingMonths(month, 1)}-01`,
      lastDay: lastDayOf(month),
      timeZone: await this.tenancy.timeZone(),
    };
  }

  /** The month is closed in the books (the ledger's accounting periods). */
  async isClosed(month: string): Promise<boolean> {
    assertAccountingMonth('month', month);
    const closedThrough = await this.ledgerReads.closedThrough();
    return closedThrough !== null && month <= closedThrough;
  }

  /** A cost centre some frozen line names (a cost centre renamed or retired since). */
  async knownCostCentre(costCentre: string): Promise<boolean> {
    const [row]: { n: number }[] = await this.tenancy
      .manager()
      .query(
        `select count(*)::int as n from (select 1 from statement_lines where cost_centre = $1 limit 1) s`,
        [costCentre],
      );
    return row.n > 0;
  }

  /** The month's lines were frozen at its close (a month closed before chargeback existed has none). */
  async isFrozen(month: string, manager: EntityManager = this.tenancy.manager()): Promise<boolean> {
    const [row]: { n: number }[] = await manager.query(
      `select count(*)::int as n from period_closes where month = $1::date`,
      [`${month}-01`],
    );
    return row.n > 0;
  }

  /**
   * The month's charge lines, ordered by day, cost centre, team name, engineer name, provider, model, tool,
   * category (then original month): live for an open month, frozen for a closed one. Streamed through a
   * cursor of the current transaction, FETCH_SIZE lines at a time, so a year never sits in memory.
   */
  async *lines(month: string): AsyncIterable<ChargeLine> {
    const manager = this.tenancy.manager();
    const bounds = await this.bounds(month);
    const cursor = `charge_lines_${randomUUID().replace(/-/g, '')}`;
    if (await this.isFrozen(month, manager)) {
      await manager.query(
        `declare ${cursor} no scroll cursor for
           select to_char(day, 'YYYY-MM-DD') as day, category, engineer_id, engineer_name, team_id, team_name,
                  cost_centre, provider, model, tool, original_month, input_tokens::text, output_tokens::text,
                  cache_read_tokens::text, cache_write_tokens::text, cost_micros::text, list_cost_micros::text,
                  description
             from statement_lines where month = $1::date order by line_no`,
        [`${month}-01`],
      );
      yield* this.fetchAll(manager, cursor, false);
      return;
    }
    const settings = await this.settingsService.settings();
    const corrections = await this.corrections(bounds, manager);
    const allocated = await this.allocatedTotals(bounds, settings, manager, corrections);
    const allocatedLines = allocated.map((total) => ({
      day: bounds.lastDay,
      category: total.category,
      team_id: total.teamId,
      team_name: total.teamName,
      cost_centre: total.costCentre,
      provider: total.provider,
      model: total.model,
      tool: total.tool,
      cost_micros: total.costMicros.toString(),
      description: total.description,
    }));
    await manager.query(
      `declare ${cursor} no scroll cursor for
       ${ATTRIBUTED}
       select to_char(day, 'YYYY-MM-DD') as day, category, engineer_id, engineer_name, team_id, team_name, cost_centre,
              provider, model, tool, original_month, input_tokens::text, output_tokens::text, cache_read_tokens::text,
              cache_write_tokens::text, cost_micros::text, null::text as list_cost_micros, description
         from (
           select day, category, engineer_id, engineer_name, team_id, team_name, cost_centre, provider, model, tool,
                  original_month, sum(input_tokens) as input_tokens, sum(output_tokens) as output_tokens,
                  sum(cache_read_tokens) as cache_read_tokens, sum(cache_write_tokens) as cache_write_tokens,
                  sum(cost_micros) as cost_micros, null::text as description
             from attributed
            group by day, category, engineer_id, engineer_name, team_id, team_name, cost_centre, provider, model, tool,
                     original_month
           union all
           select a.day, a.category, null, null, a.team_id, a.team_name, a.cost_centre, a.provider, a.model, a.tool,
                  null, 0, 0, 0, 0, a.cost_micros, a.description
             from json_to_recordset($6::json) as a(day date, category text, team_id uuid, team_name text,
                  cost_centre text, provider text, model text, tool text, cost_micros bigint, description text)
         ) lines
        order by ${ORDER}`,
      [
        bounds.from,
        bounds.to,
        JSON.stringify(corrections),
        settings.centralCostCentre,
        CENTRAL_TEAM_NAME,
        JSON.stringify(allocatedLines),
      ],
    );
    yield* this.fetchAll(manager, cursor, true);
  }

  /** Every line of a cursor, then the cursor closed (also when the reader stops early). */
  private async *fetchAll(manager: EntityManager, cursor: string, live: boolean): AsyncIterable<ChargeLine> {
    const book = live ? await this.pricing.priceBook() : null;
    try {
      for (;;) {
        const rows: LineRow[] = await manager.query(`fetch ${FETCH_SIZE} from ${cursor}`);
        for (const row of rows) {
          const line: Omit<ChargeLine, 'description' | 'listCostMicros'> = {
            ...toTotal(row),
            day: row.day,
            inputTokens: BigInt(row.input_tokens),
            outputTokens: BigInt(row.output_tokens),
            cacheReadTokens: BigInt(row.cache_read_tokens),
            cacheWriteTokens: BigInt(row.cache_write_tokens),
          };
          const listCostMicros =
            row.list_cost_micros !== null
              ? BigInt(row.list_cost_micros)
              : book && line.category === 'USAGE'
                ? listCostOf(book, line)
                : line.costMicros;
          const description = row.description ?? describeLine(line);
          yield { ...line, listCostMicros, description };
        }
        if (rows.length < FETCH_SIZE) break;
      }
    } finally {
      await manager.query(`close ${cursor}`);
    }
  }

  /** The ledger's corrections carried into the month, as the attribution query takes them. */
  private async corrections(bounds: MonthBounds, manager: EntityManager) {
    const rows = await this.ledgerReads.carriedCorrections(bounds.from, bounds.to, bounds.timeZone, manager);
    return rows.map((row) => ({
      engineer_id: row.engineerId,
      day: row.day,
      original_day: row.originalDay,
      micros: row.micros.toString(),
    }));
  }

  /**
   * The month's charge totals (no day, no tokens) of one statement's lines or all: USAGE and ADJUSTMENT
   * aggregated in SQL (filtered there to the statement's teams or cost centre), SHARED and UNABSORBED allocated by
   * the policy (its basis is every team's spend, so it is summed whole when the totals are filtered). Frozen
   * months sum their frozen lines. `grain` TEAM: by category × team × cost centre only (engineer, provider, model,
   * tool and original month left out of USAGE/ADJUSTMENT), for a total or a per-team sum.
   */
  async totals(
    month: string,
    filter: TotalsFilter = { kind: 'ALL' },
    grain: TotalsGrain = 'LINE',
  ): Promise<ChargeTotal[]> {
    const manager = this.tenancy.manager();
    const bounds = await this.bounds(month);
    const [where, params] = filterSql(filter, 2);
    if (await this.isFrozen(month, manager)) {
      const columns =
        grain === 'LINE'
          ? `category, engineer_id, engineer_name, team_id, team_name, cost_centre, provider, model, tool, original_month`
          : `category, team_id, team_name, cost_centre`;
      const rows: TotalRow[] = await manager.query(
        `select ${
          grain === 'LINE'
            ? columns
            : `category, null::uuid as engineer_id, null::text as engineer_name, team_id, team_name, cost_centre,
               null::text as provider, null::text as model, null::text as tool, null::text as original_month`
        }, sum(cost_micros)::text as cost_micros
           from statement_lines where month = $1::date ${where ? `and ${where}` : ''}
          group by ${columns}`,
        [`${month}-01`, ...params],
      );
      return rows.map(toTotal);
    }
    const settings = await this.settingsService.settings();
    const corrections = await this.corrections(bounds, manager);
    const attributed = await this.attributedTotals(bounds, settings, corrections, manager, filter, grain);
    const allocated = await this.allocatedTotals(
      bounds,
      settings,
      manager,
      corrections,
      filter.kind === 'ALL' ? attributed : undefined,
    );
    return [...attributed, ...allocated.filter((total) => matches(total, filter))];
  }

  /**
   * Each engineer's USAGE + ADJUSTMENT of an open month over every team (the allowance's spent), summed in SQL
   * without attributing it: the rollups' cost per engineer plus the corrections carried in (of `engineerIds`
   * only, when given).
   */
  async engineerSpend(month: string, engineerIds?: string[]): Promise<Map<string, bigint>> {
    const manager = this.tenancy.manager();
    const bounds = await this.bounds(month);
    const rows: { engineer_id: string; micros: string }[] = await manager.query(
      `select u.engineer_id, sum(u.cost_micros)::text as micros
         from metering_usage_by_day u
         join engineers e on e.id = u.engineer_id
        where u.day >= $1::date and u.day < $2::date and u.cost_micros <> 0
          ${engineerIds ? `and u.engineer_id in (select unnest($3::uuid[]))` : ''}
        group by u.engineer_id`,
      engineerIds ? [bounds.from, bounds.to, engineerIds] : [bounds.from, bounds.to],
    );
    const spend = new Map(rows.map((row) => [row.engineer_id, BigInt(row.micros)]));
    for (const correction of await this.ledgerReads.carriedCorrections(
      bounds.from,
      bounds.to,
      bounds.timeZone,
      manager,
    ))
      if (!engineerIds || engineerIds.includes(correction.engineerId))
        spend.set(correction.engineerId, (spend.get(correction.engineerId) ?? 0n) + correction.micros);
    return spend;
  }

  /**
   * The month's total (Σ of its lines) without building them: the frozen total of a closed month; for an open one,
   * its usage + corrections carried in + every amount to allocate (allocation splits an amount, it never changes
   * it). For trends over many months.
   */
  async monthTotal(month: string): Promise<bigint> {
    const manager = this.tenancy.manager();
    const bounds = await this.bounds(month);
    const [frozen]: { total: string }[] = await manager.query(
      `select total_micros::text as total from period_closes where month = $1::date`,
      [bounds.from],
    );
    if (frozen) return BigInt(frozen.total);
    const [usage]: { micros: string }[] = await manager.query(
      `select coalesce(sum(cost_micros), 0)::text as micros from metering_usage_by_day where day >= $1::date and day < $2::date`,
      [bounds.from, bounds.to],
    );
    const corrections = await this.ledgerReads.carriedCorrections(
      bounds.from,
      bounds.to,
      bounds.timeZone,
      manager,
    );
    const allocated = await this.amountsToAllocate(bounds, manager);
    return (
      BigInt(usage.micros) +
      corrections.reduce((sum, row) => sum + row.micros, 0n) +
      allocated.reduce((sum, amount) => sum + amount.amountMicros, 0n)
    );
  }

  /**
   * USAGE and ADJUSTMENT totals of the month by engineer × team × cost centre × provider × model × tool (grain
   * LINE) or by team × cost centre (TEAM), of the lines the filter selects.
   */
  private async attributedTotals(
    bounds: MonthBounds,
    settings: ChargebackSettings,
    corrections: unknown[],
    manager: EntityManager,
    filter: TotalsFilter = { kind: 'ALL' },
    grain: TotalsGrain = 'LINE',
  ): Promise<ChargeTotal[]> {
    // The whole month by line sorts every rollup row of it: memory for that sort (this transaction only), so it
    // does not spill to disk.
    if (filter.kind === 'ALL' && grain === 'LINE')
      await manager.query(`select set_config('work_mem', $1, true)`, [ATTRIBUTION_WORK_MEM]);
    const rows: TotalRow[] = await manager.query(
      attributedTotalsSql(filter, grain, settings.centralCostCentre),
      [
        bounds.from,
        bounds.to,
        JSON.stringify(corrections),
        settings.centralCostCentre,
        CENTRAL_TEAM_NAME,
        ...(filter.kind === 'TEAMS'
          ? [filter.teamIds]
          : filter.kind === 'COST_CENTRE'
            ? [filter.costCentre]
            : []),
      ],
    );
    return rows.map(toTotal);
  }

  /**
   * The month's SHARED and UNABSORBED totals, each amount split over teams by the company's policy
   * (allocateShared, the one rule): PRO_RATA by the teams' attributed spend of the month, HEADCOUNT by their
   * engineers active on its last day, CENTRAL on the central cost centre.
   */
  async allocatedTotals(
    bounds: MonthBounds,
    settings: ChargebackSettings,
    manager: EntityManager,
    corrections: unknown[],
    attributed?: ChargeTotal[],
  ): Promise<(ChargeTotal & { description: string })[]> {
    const amounts = (await this.amountsToAllocate(bounds, manager)).filter(
      (amount) => amount.amountMicros !== 0n,
    );
    if (!amounts.length) return [];
    const teams = await this.allocationTeams(manager);
    let basis: AllocationBasis[] = [];
    if (settings.allocationPolicy !== 'CENTRAL') {
      const spend =
        attributed ??
        (await this.attributedTotals(bounds, settings, corrections, manager, { kind: 'ALL' }, 'TEAM'));
      basis = await this.allocationBasis(bounds, spend, teams, manager);
    }
    const central = { teamName: CENTRAL_TEAM_NAME, costCentre: settings.centralCostCentre };
    return amounts.flatMap((amount) =>
      allocatedTotals(
        amount.amountMicros,
        amount.category,
        settings.allocationPolicy,
        basis,
        teams,
        central,
        amount,
      ).map(({ share: _share, ...total }) => ({
        ...total,
        description: `${amount.description} → ${total.teamName}`,
      })),
    );
  }

  /**
   * What the month has to allocate:
   * - SHARED: shared-service costs FINANCE entered for the month; unattributed usage (the unmapped queue, a
   *   company key's usage without an engineer) priced at its day, per provider × model × tool, less what was
   *   mapped to an engineer after its month closed (see `unattributed`);
   * - UNABSORBED: per self-hosted company price in force in the month, its capacity cost (GPU cost per hour ×
   *   GPUs × the hours it was in force in the month, to today for the month under way) minus the usage cost
   *   priced on that model in those days (negative when usage exceeded the utilization the price assumed).
   */
  async amountsToAllocate(bounds: MonthBounds, manager: EntityManager): Promise<AllocatedAmount[]> {
    const shared: { description: string; amount: string }[] = await manager.query(
      `select description, amount_micros::text as amount from shared_costs where month = $1::date
        order by created_at, id`,
      [bounds.from],
    );
    const amounts: AllocatedAmount[] = shared.map((row) => ({
      category: 'SHARED',
      provider: null,
      model: null,
      tool: null,
      description: `Shared: ${row.description}`,
      amountMicros: BigInt(row.amount),
    }));
    amounts.push(...(await this.unattributed(bounds, manager)));
    amounts.push(...(await this.unabsorbed(bounds, manager)));
    return amounts;
  }

  /**
   * The month's unattributed usage (unmapped senders, a company key's usage without an engineer), per kind ×
   * provider × model × tool: what still counts in it (+), and what was mapped to an engineer after the month it
   * counted in had closed (−, its usage now in this month's adjustments): libs/domain's unattributedSign.
   */
  private async unattributed(bounds: MonthBounds, manager: EntityManager): Promise<AllocatedAmount[]> {
    const closes = await this.ledgerReads.closes(manager);
    const previous = closes.find((close) => close.month === addAccountingMonths(bounds.month, -1));
    const records = await this.identities.unattributedUsage(
      bounds.from,
      bounds.to,
      previous?.closedAt ?? null,
      bounds.timeZone,
    );
    const sums = new Map<string, AllocatedAmount & { records: number; sign: number; companyKey: boolean }>();
    for (const record of records) {
      const sign = unattributedSign(bounds.month, record, closes);
      if (sign === 0) continue;
      const key = [sign, record.companyKey, record.provider, record.model, record.source].join('\u0000');
      const into = sums.get(key) ?? {
        category: 'SHARED' as const,
        provider: record.provider,
        model: record.model,
        tool: record.source,
        description: '',
        amountMicros: 0n,
        records: 0,
        sign,
        companyKey: record.companyKey,
      };
      into.records += 1;
      into.amountMicros += BigInt(sign) * record.costMicros;
      sums.set(key, into);
    }
    return [...sums.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, { records, sign, companyKey, ...amount }]) => {
        const what = `${records} record(s) of ${amount.provider}/${amount.model} via ${amount.tool}`;
        return {
          ...amount,
          description:
            sign < 0
              ? `Unattributed usage of a closed month mapped to engineers since (now in their adjustments): ${what}`
              : `${companyKey ? 'Company-key usage without an engineer' : 'Unmapped usage'}: ${what}`,
        };
      });
  }

  /** The self-hosted models' unabsorbed capacity of the month (see amountsToAllocate). */
  private async unabsorbed(bounds: MonthBounds, manager: EntityManager): Promise<AllocatedAmount[]> {
    const prices = await this.pricing.selfHostedPrices(bounds.from, bounds.to);
    if (!prices.length) return [];
    const today = await this.clock.companyToday();
    // The month under way counts the days to today (inclusive); a month over counts all its days.
    const monthEnd = today < bounds.to ? addDays(today, 1) : bounds.to;
    const book = await this.pricing.priceBook();
    const amounts: AllocatedAmount[] = [];
    for (const price of prices) {
      const start = maxDate(price.effectiveFrom, bounds.from);
      const end = minDate(price.until ?? bounds.to, monthEnd);
      if (end <= start) continue;
      const hours = BigInt(daysBetweenInclusive(start, addDays(end, -1)) * 24);
      const capacity = PricingService.toCompanyCurrency(
        book,
        price.gpuHourMicros * BigInt(price.gpuCount) * hours,
        price.currency,
        start,
      );
      if (capacity === undefined) continue;
      const [used]: { micros: string }[] = await manager.query(
        `select coalesce(sum(cost_micros), 0)::text as micros from metering_usage_by_day
          where provider = $1 and model = $2 and day >= $3::date and day < $4::date`,
        [price.provider, price.model, start, end],
      );
      amounts.push({
        category: 'UNABSORBED',
        provider: price.provider,
        model: price.model,
        tool: null,
        description:
          `Unabsorbed self-hosted capacity of ${price.provider}/${price.model}: ${price.gpuCount} GPU × ${hours} h ` +
          `from ${start} less the usage priced on it`,
        amountMicros: capacity - BigInt(used.micros),
      });
    }
    return amounts;
  }

  /** Every team with its name and cost centre (as they are now: frozen at close). */
  private async allocationTeams(manager: EntityManager): Promise<Map<string, AllocationTeam>> {
    const rows: { id: string; name: string; cost_centre: string }[] = await manager.query(
      `select id, name, cost_centre from teams order by id`,
    );
    return new Map(
      rows.map((row) => [row.id, { teamId: row.id, teamName: row.name, costCentre: row.cost_centre }]),
    );
  }

  /** Each team's attributed spend of the month and its engineers active on the month's last day. */
  private async allocationBasis(
    bounds: MonthBounds,
    attributed: ChargeTotal[],
    teams: Map<string, AllocationTeam>,
    manager: EntityManager,
  ): Promise<AllocationBasis[]> {
    const spend = new Map<string, bigint>();
    for (const total of attributed)
      if (total.teamId) spend.set(total.teamId, (spend.get(total.teamId) ?? 0n) + total.costMicros);
    const heads: { team_id: string; n: number }[] = await manager.query(
      `select m.team_id, count(*)::int as n
         from engineers e
         join lateral (select team_id from team_memberships tm where tm.engineer_id = e.id
                        order by (tm.effective_from <= $1::date) desc,
                                 case when tm.effective_from <= $1::date then tm.effective_from end desc nulls last,
                                 tm.effective_from, tm.created_at, tm.id
                        limit 1) m on true
        where e.start_date <= $1::date and (e.end_date is null or e.end_date >= $1::date)
        group by m.team_id`,
      [bounds.lastDay],
    );
    const headcount = new Map(heads.map((row) => [row.team_id, row.n]));
    return [...teams.keys()].map((teamId) => ({
      teamId,
      attributedMicros: spend.get(teamId) ?? 0n,
      headcount: headcount.get(teamId) ?? 0,
    }));
  }
}

/** The filter's SQL over statement_lines' columns, parameters from `$${first}`. */
function filterSql(filter: TotalsFilter, first: number): [string, unknown[]] {
  switch (filter.kind) {
    case 'ALL':
      return ['', []];
    case 'TEAMS':
      return [
        `(team_id = any($${first}::uuid[])${filter.central ? ' or team_id is null' : ''})`,
        [filter.teamIds],
      ];
    case 'COST_CENTRE':
      return [`cost_centre = $${first}`, [filter.costCentre]];
  }
}

/** Whether a total belongs to the lines a filter selects (the same rule as `filterSql`). */
export function matches(total: ChargeTotal, filter: TotalsFilter): boolean {
  switch (filter.kind) {
    case 'ALL':
      return true;
    case 'TEAMS':
      return total.teamId === null ? filter.central : filter.teamIds.includes(total.teamId);
    case 'COST_CENTRE':
      return total.costCentre === filter.costCentre;
  }
}

/**
 * The same tokens at the catalog's list price of their day, in the company's currency. When the company pays
 * the list price (no price of its own for the model), that is the billed cost. Under a company price: Σ tokens ×
 * the list's base rate, one half-up rounding (a day's sum has no tier of its own; cache writes at the 5-minute
 * rate, as the rollups do not keep the TTL). The company cost when the catalog has no price for the model, a
 * needed rate is missing or no exchange rate applies.
 */
function listCostOf(
  book: Awaited<ReturnType<PricingService['priceBook']>>,
  line: Omit<ChargeLine, 'description' | 'listCostMicros'>,
): bigint {
  if (!line.provider || !line.model) return line.costMicros;
  const price = PricingService.listPriceFor(book, line.provider, line.model, line.day);
  // No list price, or the company pays the list price itself: the list cost is what was billed (tiers included:
  // a rollup line cannot tell which of its requests crossed a long-context tier, ingest priced each one).
  if (!price || PricingService.priceFor(book, line.provider, line.model, line.day) === price)
    return line.costMicros;
  const parts: [bigint, bigint | null][] = [
    [line.inputTokens, price.rates.input],
    [line.outputTokens, price.rates.output],
    [line.cacheReadTokens, price.rates.cacheRead],
    [line.cacheWriteTokens, price.rates.cacheWrite5m],
  ];
  let exact = 0n;
  for (const [tokens, rate] of parts) {
    if (tokens === 0n) continue;
    if (rate === null) return line.costMicros;
    exact += tokens * rate;
  }
  const micros = roundHalfUp(exact, 1_000_000n);
  return PricingService.toCompanyCurrency(book, micros, price.currency, line.day) ?? line.costMicros;
}
