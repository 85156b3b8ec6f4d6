import { BusinessClock } from '../clock/business-clock';
import { Injectable } from '@nestjs/common';
import {
  AllowancePolicy,
  addDays,
  addMonths,
  compareDates,
  DatedGrant,
  daysBetweenInclusive,
  fiscalYearContaining,
  forecastRunOut,
  Forecast,
  grantsAfter,
  IsoDate,
  nameOrder,
  SpendSums,
  spendWindows,
  startOfMonth,
  UnpricedRow,
  unpricedByKey,
} from '@tokenroll/domain';
import { AllowancesService } from '../allowances/allowances.service';
import { Role } from '../auth/role';
import { AppError } from '../common/app-error';
import { SessionUser } from '../common/decorators';
import { TenancyService } from '../database/tenancy.service';
import { LedgerReads } from '../ledger/ledger-reads.service';
import { PeopleService } from '../people/people.service';

export interface EngineerBurn {
  engineerId: string;
  name: string;
  teamId: string;
  /** The name of that team (null where the caller did not ask for names). */
  teamName: string | null;
  annualAllowanceMicros: bigint;
  accruedMicros: bigint;
  spentMicros: bigint;
  heldMicros: bigint;
  availableMicros: bigint;
  /**
   * How far the balance is below zero (0 when it is not): usage recorded beyond a hold or a hard budget, a
   * claw-back. Later grants, a transfer or an approved increase cover it first.
   */
  overageMicros: bigint;
  forecast: Forecast;
  /** Rank by name among the company's engineers (libs/domain nameOrder): the table sorts without collating. */
  nameOrder?: number;
}

export interface TeamBurn {
  teamId: string;
  teamName: string;
  currency: string;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  /** In no particular order: the per-engineer table sorts (libs/domain burnTableRows). */
  engineers: EngineerBurn[];
  asOf: IsoDate;
  /** The team's cumulative accrual and spend at each month end of the period, then each day of this month. */
  points: { date: IsoDate; accruedMicros: bigint; spentMicros: bigint }[];
  /** Spend by model and by tool; `unpricedEvents`/`unpricedTokens`: the part with no price yet (no cost). */
  byModel: UsageByKey[];
  bySource: UsageByKey[];
  lastWeekMicros: bigint;
  weekBeforeMicros: bigint;
}

export interface UsageByKey {
  key: string;
  costMicros: bigint;
  events: number;
  unpricedEvents: number;
  unpricedTokens: bigint;
}

/** Team series of the closed part: spend and grants of each month before this one, spend of each closed day. */
interface ClosedSeries {
  /** By month from the period start, up to the month before this one. */
  months: bigint[];
  grants: bigint[];
  /** By day from the first day of the team's daily series, up to yesterday. */
  days: bigint[];
}

/** One engineer's closed part: the series, their totals, and the forecast sums of the window's days before today. */
interface ClosedEngineer extends ClosedSeries {
  spentMicros: bigint;
  accruedMicros: bigint;
  sums: SpendSums;
}

/**
 * What is closed of the team burn of a day, for every engineer of the company: the period's months before
 * this one and the forecast window's days before today. Only late data changes it (burn_changes).
 */
interface ClosedBurn {
  engineers: Map<string, ClosedEngineer>;
  /** The series summed over every engineer: the company view. */
  company: ClosedSeries;
  /**
   * What the rule pays each engineer employed in the period up to the day (pay, overrides, the dated policy,
   * start and end dates): a change to any of them records a change (burn_changes), like late data.
   */
  pay: Map<string, EngineerPay>;
  /** Their ranks by name (libs/domain nameOrder). */
  nameOrder: Map<string, number>;
}

/** What the rule pays an engineer: the forecast's upcoming grants after the day, the annual allowance on it. */
interface EngineerPay {
  upcomingGrants: DatedGrant[];
  annualAllowanceMicros: bigint;
}

interface ListedEngineer {
  id: string;
  startDate: IsoDate;
  endDate: IsoDate | null;
}

function emptySeries(like: ClosedSeries): ClosedSeries {
  return {
    months: like.months.map(() => 0n),
    grants: like.grants.map(() => 0n),
    days: like.days.map(() => 0n),
  };
}

function addSeries(into: ClosedSeries, from: ClosedSeries): void {
  for (let i = 0; i < into.months.length; i++) into.months[i] += from.months[i];
  for (let i = 0; i < into.grants.length; i++) into.grants[i] += from.grants[i];
  for (let i = 0; i < into.days.length; i++) into.days[i] += from.days[i];
}

/**
 * The days of a team burn: today, its period (and the policy in force), this month's first day, the first
 * day of the daily series.
 */
interface BurnDays {
  on: IsoDate;
  period: { start: IsoDate; end: IsoDate };
  policy: AllowancePolicy;
  month: IsoDate;
  teamDaysFrom: IsoDate;
}

/** Roles that review any team's burn; a manager reviews their own subtrees. */
const ANY_TEAM_REVIEWERS = [Role.ADMIN, Role.HR, Role.FINANCE];

/** How many companies' closed parts the API keeps (each a few MB at 2,000 engineers). */
const KEPT_COMPANIES = 16;

/** How long (real time) a kept closed part may be used: well within the two days changes are kept. */
const KEPT_FOR_MS = 6 * 3_600_000;

/** ⌊√(2⁶³ − 1)⌋: the largest daily spend in micro-units whose square still fits a bigint. */
const MAX_BIGINT_SQUARE_ROOT = 3_037_000_499n;

/**
 * Team burn: for a team subtree and the current period, each engineer's figures and run-out forecast
 * (libs/domain `forecastRunOut`), the team's cumulative burn against its accrual line, spend by model and
 * by tool, and the week-over-week change — all from the daily rollups and the ledger, in a fixed number
 * of set-based queries whatever the team size. What is closed (months before this one, days before today)
 * is read once a day for the whole company and kept until late data changes it; each request reads only
 * the live part of its subtree. Nothing here ranks people by spend.
 */
@Injectable()
export class BurnService {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly clock: BusinessClock,
    private readonly people: PeopleService,
    private readonly allowances: AllowancesService,
    private readonly ledgerReads: LedgerReads,
  ) {}

  /** The closed part of today's team burn by company, with the snapshot it was read in (least recent first). */
  private readonly closedByCompany = new Map<
    string,
    { key: string; snapshot: string; readAt: number; closed: ClosedBurn }
  >();

  /**
   * The burn of a team subtree, for a user who may review it: a manager their own subtrees (the teams they
   * manage and every team below), ADMIN/HR/FINANCE any team.
   */
  async teamBurn(user: SessionUser, teamId: string, on?: string): Promise<TeamBurn> {
    on ??= await this.clock.companyToday();
    const [teams, current, [{ count }]] = await Promise.all([
      this.people.teams(),
      this.people.currentTeams(),
      this.tenancy.manager().query(`select count(*)::int as count from engineers`) as Promise<
        { count: number }[]
      >,
    ]);
    const team = teams.find((candidate) => candidate.id === teamId);
    if (!team)
      throw new AppError('NOT_FOUND', 'No such team', [{ field: 'teamId', message: 'does not exist' }]);
    if (
      !ANY_TEAM_REVIEWERS.some((role) => user.roles.includes(role)) &&
      !this.people.managedSubtree(teams, user.userId).has(teamId)
    )
      throw new AppError('FORBIDDEN', 'You review the burn of the teams you manage');
    const subtree = this.people.subtree(teams, [teamId]);
    const engineerIds = [...current.entries()]
      .filter(([, id]) => subtree.has(id))
      .map(([engineer]) => engineer);
    const everyone = engineerIds.length === count;
    const teamNames = new Map(teams.map((each) => [each.id, each.name]));
    return this.burnOf(
      engineerIds,
      everyone,
      [...subtree],
      { teamId, teamName: team.name },
      current,
      on,
      teamNames,
    );
  }

  /** Exactly the figures a manager's team view shows about one engineer. */
  async engineerBurn(engineerId: string, on?: string): Promise<EngineerBurn | undefined> {
    on ??= await this.clock.companyToday();
    const current = await this.people.currentTeams();
    const burn = await this.burnOf(
      [engineerId],
      false,
      [],
      { teamId: current.get(engineerId) ?? '', teamName: '' },
      current,
      on,
    );
    return burn.engineers[0];
  }

  /**
   * The closed part of the team burn of `on` (the business date), for every engineer of the company. It is
   * kept between requests with the database snapshot it was read in, and used again while no transaction
   * that snapshot did not see has changed closed data: a day before `on`, a grant, or an engineer
   * (burn_changes, written by triggers). The snapshot is taken before the reads, so a change committed while
   * they ran is judged unseen: the next request reads again. The triggers record changes to days before the
   * company's real today (in its time zone), so the part is kept only when `on` is not after that day (a
   * business clock pinned ahead of the real day reads afresh), and for at most a few hours of real time
   * (changes are cleaned up after two days).
   */
  private async closedBurn(geometry: BurnDays): Promise<ClosedBurn> {
    const { on, period } = geometry;
    const companyId = this.tenancy.companyId();
    const key = `${on}/${period.start}`;
    let kept = this.closedByCompany.get(companyId);
    if (kept && (kept.key !== key || Date.now() - kept.readAt > KEPT_FOR_MS)) kept = undefined;
    const [check]: { judged: boolean; snapshot: string; unchanged: boolean | null }[] = await this.tenancy
      .manager()
      .query(
        `select (select (now() at time zone c.time_zone)::date >= $1::date from companies c where c.id = $3) as judged,
                pg_current_snapshot()::text as snapshot,
                not exists (select 1 from burn_changes c where c.xid >= pg_snapshot_xmin($2::pg_snapshot)
                                and not pg_visible_in_snapshot(c.xid, $2::pg_snapshot)
                                and (c.day is null or c.day < $1::date)) as unchanged`,
        [on, kept?.snapshot ?? null, companyId],
      );
    if (check.judged && kept && check.unchanged) {
      this.closedByCompany.delete(companyId);
      this.closedByCompany.set(companyId, kept);
      return kept.closed;
    }
    const closed = await this.readClosed(geometry);
    if (check.judged) {
      this.closedByCompany.delete(companyId);
      this.closedByCompany.set(companyId, { key, snapshot: check.snapshot, readAt: Date.now(), closed });
      for (const oldest of this.closedByCompany.keys()) {
        if (this.closedByCompany.size <= KEPT_COMPANIES) break;
        this.closedByCompany.delete(oldest);
      }
      // No snapshot kept now is older than KEPT_FOR_MS: older changes can go (rows another request is
      // deleting are skipped, never waited for).
      await this.tenancy.manager().query(
        `delete from burn_changes where (company_id, id) in (
           select company_id, id from burn_changes where recorded_at < now() - interval '2 days' for update skip locked)`,
      );
    }
    return closed;
  }

  /** Reads the closed part, each source once for the whole company, over three connections. */
  private async readClosed(geometry: BurnDays): Promise<ClosedBurn> {
    const { on, period, policy, month, teamDaysFrom } = geometry;
    const yesterday = addDays(on, -1);
    // The forecast's windows (libs/domain spendWindows) from the period start; the sums below leave out the
    // days before an engineer's start date (u.day >= e.start_date), as spendWindows does.
    const { last7, last30 } = spendWindows(on, period.start, period.start);
    const [{ pay, nameOrder: names }, sums, [monthRows, dayRows], accrualRows] = await Promise.all([
      // What the rule pays every engineer employed in the period so far: their schedules are the costliest
      // part of the forecast to compute, and change only with pay, overrides, the policy or the engineers.
      // And their ranks by name, so the table sorts without collating names on every request.
      (
        this.tenancy.manager().query(
          `select id, name, to_char(start_date, 'YYYY-MM-DD') as start_date, to_char(end_date, 'YYYY-MM-DD') as end_date
               from engineers where start_date <= $1 and (end_date is null or end_date >= $2)`,
          [on, period.start],
        ) as Promise<{ id: string; name: string; start_date: IsoDate; end_date: IsoDate | null }[]>
      ).then(async (rows) => ({
        pay: await this.payOf(
          on,
          period,
          policy,
          rows.map((row) => ({ id: row.id, startDate: row.start_date, endDate: row.end_date })),
          true,
        ),
        nameOrder: nameOrder(rows.map((row) => ({ name: row.name, engineerId: row.id }))),
      })),
      // Per engineer, the forecast's sums (libs/domain spendSums) of the window's days before today. The
      // heaviest read. Squares are summed as bigint while a day's spend is at most ⌊√(2⁶³−1)⌋ micro-units
      // ($3,037 a day) and as numeric above, so the common case stays in 64-bit arithmetic and no square can
      // overflow.
      this.tenancy.readAside((aside) =>
        aside.query(
          `select u.engineer_id, sum(u.cost_micros) filter (where u.day >= $3::date)::text as sum7,
                  sum(u.cost_micros)::text as sum30,
                  sum(u.cost_micros * u.cost_micros) filter (where u.cost_micros <= ${MAX_BIGINT_SQUARE_ROOT})::text as squares,
                  sum(u.cost_micros::numeric * u.cost_micros) filter (where u.cost_micros > ${MAX_BIGINT_SQUARE_ROOT})::text as big_squares
             from usage_engineer_days u
             join engineers e on e.id = u.engineer_id and u.day >= e.start_date
            where u.day between $1 and $2
            group by u.engineer_id`,
          [last30.from, yesterday, last7.from],
        ),
      ) as Promise<
        {
          engineer_id: string;
          sum7: string | null;
          sum30: string;
          squares: string | null;
          big_squares: string | null;
        }[]
      >,
      // Each engineer's spend in the months before this one, and on each closed day of the team series.
      this.tenancy.readAside(async (aside) => {
        const months: { engineer_id: string; month: string; micros: string }[] = await aside.query(
          `select engineer_id, to_char(month, 'YYYY-MM') as month, cost_micros::text as micros
             from usage_monthly where month >= $1 and month < $2`,
          [period.start, month],
        );
        const days: { engineer_id: string; index: number; micros: string }[] = await aside.query(
          `select engineer_id, day - $1::date as index, cost_micros::text as micros
             from usage_engineer_days where day between $1 and $2`,
          [teamDaysFrom, yesterday],
        );
        return [months, days] as const;
      }),
      // Each engineer's accrual (grants and true-ups) in the months before this one.
      this.ledgerReads.accrualsByEngineerMonth(period.start, month),
    ]);

    const monthIndex = new Map<string, number>();
    for (let start = period.start; compareDates(start, month) < 0; start = addMonths(start, 1))
      monthIndex.set(start.slice(0, 7), monthIndex.size);
    const company: ClosedSeries = {
      months: [...monthIndex.keys()].map(() => 0n),
      grants: [...monthIndex.keys()].map(() => 0n),
      days: Array.from({ length: daysBetweenInclusive(teamDaysFrom, yesterday) }, () => 0n),
    };
    const engineers = new Map<string, ClosedEngineer>();
    const engineerOf = (id: string): ClosedEngineer => {
      let engineer = engineers.get(id);
      if (!engineer) {
        engineer = {
          ...emptySeries(company),
          spentMicros: 0n,
          accruedMicros: 0n,
          sums: { sum7Micros: 0n, sum30Micros: 0n, sumSquares30: 0n },
        };
        engineers.set(id, engineer);
      }
      return engineer;
    };
    const addByMonth = (
      rows: { engineer_id: string; month: string; micros: string | bigint }[],
      series: 'months' | 'grants',
      total: 'spentMicros' | 'accruedMicros',
    ) => {
      for (const row of rows) {
        const index = monthIndex.get(row.month);
        if (index === undefined) continue;
        const engineer = engineerOf(row.engineer_id);
        const micros = BigInt(row.micros);
        engineer[series][index] += micros;
        engineer[total] += micros;
        company[series][index] += micros;
      }
    };
    addByMonth(monthRows, 'months', 'spentMicros');
    addByMonth(
      accrualRows.map((row) => ({ engineer_id: row.engineerId, month: row.month, micros: row.micros })),
      'grants',
      'accruedMicros',
    );
    for (const row of dayRows) {
      const micros = BigInt(row.micros);
      engineerOf(row.engineer_id).days[row.index] += micros;
      company.days[row.index] += micros;
    }
    for (const row of sums)
      engineerOf(row.engineer_id).sums = {
        sum7Micros: BigInt(row.sum7 ?? '0'),
        sum30Micros: BigInt(row.sum30),
        sumSquares30: BigInt(row.squares ?? '0') + BigInt(row.big_squares ?? '0'),
      };
    return { engineers, company, pay, nameOrder: names };
  }

  /**
   * What the rule pays these engineers (`everyone`: every engineer of the company): their accrual schedules
   * of the period (raises, overrides, end dates) after `on`, and their annual allowance on `on`.
   */
  private async payOf(
    on: IsoDate,
    period: { start: IsoDate; end: IsoDate },
    policy: AllowancePolicy,
    engineers: ListedEngineer[],
    everyone: boolean,
  ): Promise<Map<string, EngineerPay>> {
    const [schedules, figures] = await Promise.all([
      this.allowances.periodSchedules(period, policy, engineers),
      this.allowances.currentFigures(
        on,
        everyone ? undefined : engineers.map((engineer) => engineer.id),
        policy,
      ),
    ]);
    return new Map(
      engineers.map((engineer) => [
        engineer.id,
        {
          upcomingGrants: grantsAfter(schedules.get(engineer.id) ?? [], on),
          annualAllowanceMicros: figures.get(engineer.id)?.annualAllowanceMicros ?? 0n,
        },
      ]),
    );
  }

  private async burnOf(
    ids: string[],
    everyone: boolean,
    teamIds: string[],
    team: { teamId: string; teamName: string },
    current: Map<string, string>,
    on: IsoDate,
    teamNames?: Map<string, string>,
  ): Promise<TeamBurn> {
    const manager = this.tenancy.manager();
    const { policy } = await this.allowances.policy();
    const period = fiscalYearContaining(on, policy.fiscalYearStartMonth);
    const month = startOfMonth(on);
    const weekBefore = addDays(on, -13);
    const teamDaysFrom = compareDates(weekBefore, month) < 0 ? weekBefore : month;
    // The subtree's engineers as one array parameter, or null when the subtree holds every engineer of the
    // company (the company view): then the reads need no member filter at all (with a null parameter the
    // planner drops the `is null or` branch).
    const members = everyone ? null : ids;
    // The closed part (every engineer's months before this one and window days before today), kept between
    // requests; beside it, the live part of the subtree: today, this month, balances and holds, pay.
    // Each engineer with this month's spend (future-dated days of the month included, as in the period
    // total), beside the request; and beside it, from the ledger, their balances, holds and this month's
    // accrual.
    const listed = this.tenancy.readAside((aside) =>
      aside.query(
        `select e.id, e.name, to_char(e.start_date, 'YYYY-MM-DD') as start_date, to_char(e.end_date, 'YYYY-MM-DD') as end_date,
                m.cost_micros::text as month_spent
           from engineers e
           left join usage_monthly m on m.engineer_id = e.id and m.month = $4
          where ($1::uuid[] is null or e.id = any($1::uuid[])) and e.start_date <= $2 and (e.end_date is null or e.end_date >= $3)`,
        [members, on, period.start, month],
      ),
    ) as Promise<
      {
        id: string;
        name: string;
        start_date: string;
        end_date: string | null;
        month_spent: string | null;
      }[]
    >;
    const allowances = this.tenancy.readAside((aside) =>
      this.ledgerReads.allowancesOf(members, month, addDays(on, 1), aside),
    );
    const [closed, engineers, ledger, live, breakdown, [company], unpricedRows] = await Promise.all([
      this.closedBurn({ on, period, policy, month, teamDaysFrom }),
      listed,
      allowances,
      // The subtree's spend today (by engineer: the forecast spends the rest of today at the pace) and
      // accrual this month by day, for its series (whoever is listed above),
      // beside the request.
      this.tenancy.readAside(async (aside) => {
        const today: { engineer_id: string; micros: string }[] = await aside.query(
          `select engineer_id, sum(cost_micros)::text as micros from usage_engineer_days
            where ($1::uuid[] is null or engineer_id = any($1::uuid[])) and day = $2 group by engineer_id`,
          [members, on],
        );
        const grantedByDay = await this.ledgerReads.accrualsByDay(members, month, addDays(on, 1), aside);
        const spentToday = new Map(today.map((row) => [row.engineer_id, BigInt(row.micros)]));
        let spentMicros = 0n;
        for (const micros of spentToday.values()) spentMicros += micros;
        return { spentMicros, spentToday, grantedByDay };
      }),
      // By model and by tool: usage is counted in the team the engineer was in on the day.
      manager.query(
        `select provider || '/' || model as model, source, sum(cost_micros)::text as micros, sum(events)::text as events
           from usage_team_monthly where team_id = any($1) and month between $2 and $3
          group by grouping sets ((provider, model), (source))`,
        [teamIds, period.start, month],
      ) as Promise<{ model: string | null; source: string | null; micros: string; events: string }[]>,
      manager.query(`select currency from companies`) as Promise<{ currency: string }[]>,
      // The unpriced part of the same spend (few events: through the partial index of unpriced events), in
      // the team the engineer was in on the day.
      manager.query(
        `select u.provider || '/' || u.model as model, u.source, count(*)::int as events,
                sum(u.input_tokens + u.output_tokens + u.cache_read_tokens + u.cache_write_tokens)::text as tokens
           from usage_events u
          where u.unpriced and u.occurred_at >= $2::timestamptz and u.occurred_at < $3::timestamptz
            and (select m.team_id from team_memberships m
                  where m.engineer_id = u.engineer_id and m.effective_from <= (u.occurred_at at time zone 'UTC')::date
                  order by m.effective_from desc limit 1) = any($1)
          group by grouping sets ((u.provider, u.model), (u.source))`,
        [teamIds, period.start, addMonths(month, 1)],
      ) as Promise<UnpricedRow[]>,
    ]);

    const unpriced = unpricedByKey(unpricedRows);
    const byModel: TeamBurn['byModel'] = [];
    const bySource: TeamBurn['bySource'] = [];
    for (const row of breakdown) {
      const entry = { costMicros: BigInt(row.micros), events: Number(row.events) };
      const key = row.model ?? row.source;
      const part = (row.model ? unpriced.byModel : unpriced.bySource).get(key ?? '');
      const unpricedPart = { unpricedEvents: part?.events ?? 0, unpricedTokens: BigInt(part?.tokens ?? '0') };
      if (row.model) byModel.push({ key: row.model, ...entry, ...unpricedPart });
      else if (row.source) bySource.push({ key: row.source, ...entry, ...unpricedPart });
    }
    const bySpend = (a: { key: string; costMicros: bigint }, b: { key: string; costMicros: bigint }) =>
      a.costMicros === b.costMicros ? (a.key < b.key ? -1 : 1) : a.costMicros > b.costMicros ? -1 : 1;
    byModel.sort(bySpend);
    bySource.sort(bySpend);

    // What the rule pays them, as kept in the closed part (computed here only for an engineer it lacks).
    const unpaid = engineers.filter((engineer) => !closed.pay.has(engineer.id));
    const pay = unpaid.length
      ? new Map([
          ...closed.pay,
          ...(await this.payOf(
            on,
            period,
            policy,
            unpaid.map((row) => ({ id: row.id, startDate: row.start_date, endDate: row.end_date })),
            false,
          )),
        ])
      : closed.pay;
    const burns: EngineerBurn[] = engineers.map((engineer) => {
      const annual = pay.get(engineer.id)?.annualAllowanceMicros ?? 0n;
      const account = ledger.get(engineer.id);
      const balance = account?.balanceMicros ?? 0n;
      const available = balance - (account?.heldMicros ?? 0n);
      const before = closed.engineers.get(engineer.id);
      const accrued = (before?.accruedMicros ?? 0n) + (account?.accruedMicros ?? 0n);
      const spent = (before?.spentMicros ?? 0n) + BigInt(engineer.month_spent ?? '0');
      const teamId = current.get(engineer.id) ?? team.teamId;
      return {
        engineerId: engineer.id,
        name: engineer.name,
        teamId,
        teamName: teamNames?.get(teamId) ?? null,
        annualAllowanceMicros: annual,
        accruedMicros: accrued,
        spentMicros: spent,
        heldMicros: account?.pendingHoldsMicros ?? 0n,
        availableMicros: available > 0n ? available : 0n,
        overageMicros: balance < 0n ? -balance : 0n,
        nameOrder: closed.nameOrder.get(engineer.id),
        forecast: forecastRunOut({
          today: on,
          periodStart: period.start,
          periodEnd: period.end,
          availableMicros: available,
          accruedMicros: accrued,
          spentMicros: spent,
          // The window's whole days, all closed, and today's spend so far (today is not a whole day yet).
          spend: {
            ...(before?.sums ?? { sum7Micros: 0n, sum30Micros: 0n, sumSquares30: 0n }),
            todayMicros: live.spentToday.get(engineer.id) ?? 0n,
          },
          upcomingGrants: pay.get(engineer.id)?.upcomingGrants ?? [],
          startDate: engineer.start_date,
          endDate: engineer.end_date,
        }),
      };
    });

    // The subtree's closed series: the company's as kept, or its members' summed.
    let series = closed.company;
    if (!everyone) {
      series = emptySeries(closed.company);
      for (const id of ids) {
        const engineer = closed.engineers.get(id);
        if (engineer) addSeries(series, engineer);
      }
    }
    const spentOn = (day: IsoDate): bigint => {
      if (day === on) return live.spentMicros;
      const index = daysBetweenInclusive(teamDaysFrom, day) - 1;
      return index >= 0 ? (series.days[index] ?? 0n) : 0n;
    };

    // The cumulative burn line against the accrual line: month ends before this month, then each day of it.
    const points: TeamBurn['points'] = [];
    let cumulativeSpent = 0n;
    let cumulativeAccrued = 0n;
    series.months.forEach((spentInMonth, index) => {
      cumulativeSpent += spentInMonth;
      cumulativeAccrued += series.grants[index];
      const end = addDays(addMonths(period.start, index + 1), -1);
      points.push({ date: end, accruedMicros: cumulativeAccrued, spentMicros: cumulativeSpent });
    });
    for (let day = month; compareDates(day, on) <= 0; day = addDays(day, 1)) {
      cumulativeSpent += spentOn(day);
      cumulativeAccrued += live.grantedByDay.get(day) ?? 0n;
      points.push({ date: day, accruedMicros: cumulativeAccrued, spentMicros: cumulativeSpent });
    }
    const weekSum = (fromOffset: number, toOffset: number) => {
      let total = 0n;
      for (let offset = fromOffset; offset <= toOffset; offset++) total += spentOn(addDays(on, -offset));
      return total;
    };
    return {
      ...team,
      currency: company?.currency?.trim() || 'USD',
      periodStart: period.start,
      periodEnd: period.end,
      asOf: on,
      engineers: burns,
      points,
      byModel,
      bySource,
      lastWeekMicros: weekSum(0, 6),
      weekBeforeMicros: weekSum(7, 13),
    };
  }
}
