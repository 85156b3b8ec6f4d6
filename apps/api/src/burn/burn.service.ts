import { Injectable } from '@nestjs/common';
import {
  addDays,
  addMonths,
  compareDates,
  fiscalYearContaining,
  forecastRunOut,
  Forecast,
  IsoDate,
  SpendSums,
  spendWindows,
  startOfMonth,
} from '@tokenroll/domain';
import { AllowancesService } from '../allowances/allowances.service';
import { Role } from '../auth/role';
import { AppError } from '../common/app-error';
import { SessionUser } from '../common/decorators';
import { TenancyService } from '../database/tenancy.service';
import { PeopleService, today } from '../people/people.service';

export interface EngineerBurn {
  engineerId: string;
  name: string;
  teamId: string;
  annualAllowanceMicros: bigint;
  accruedMicros: bigint;
  spentMicros: bigint;
  heldMicros: bigint;
  availableMicros: bigint;
  forecast: Forecast;
}

export interface TeamBurn {
  teamId: string;
  teamName: string;
  currency: string;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  engineers: EngineerBurn[];
  asOf: IsoDate;
  /** The team's cumulative accrual and spend at each month end of the period, then each day of this month. */
  points: { date: IsoDate; accruedMicros: bigint; spentMicros: bigint }[];
  byModel: { key: string; costMicros: bigint; events: number }[];
  bySource: { key: string; costMicros: bigint; events: number }[];
  lastWeekMicros: bigint;
  weekBeforeMicros: bigint;
}

/** ⌊√(2⁶³ − 1)⌋: the largest daily spend in micro-units whose square still fits a bigint. */
const MAX_BIGINT_SQUARE_ROOT = 3_037_000_499n;

/**
 * Team burn: for a team subtree and the current period, each engineer's figures and run-out forecast
 * (libs/domain `forecastRunOut`), the team's cumulative burn against its accrual line, spend by model and
 * by tool, and the week-over-week change — all from the daily rollups and the ledger, in a fixed number
 * of set-based queries whatever the team size. Nothing here ranks people by spend.
 */
@Injectable()
export class BurnService {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly people: PeopleService,
    private readonly allowances: AllowancesService,
  ) {}

  /** The teams (root and below) a user may review: their own subtree, or any team for ADMIN/HR/FINANCE. */
  async checkTeam(user: SessionUser, teamId: string): Promise<void> {
    const teams = await this.people.teams();
    if (!teams.some((team) => team.id === teamId))
      throw new AppError('NOT_FOUND', 'No such team', [{ field: 'teamId', message: 'does not exist' }]);
    if ([Role.ADMIN, Role.HR, Role.FINANCE].some((role) => user.roles.includes(role))) return;
    const viewer = await this.people.viewer(user);
    if (!viewer.managedTeamIds.has(teamId))
      throw new AppError('FORBIDDEN', 'You review the burn of the teams you manage');
  }

  async teamBurn(teamId: string, on = today()): Promise<TeamBurn> {
    const teams = await this.people.teams();
    const team = teams.find((candidate) => candidate.id === teamId);
    if (!team)
      throw new AppError('NOT_FOUND', 'No such team', [{ field: 'teamId', message: 'does not exist' }]);
    const subtree = this.people.subtree(teams, [teamId]);
    const current = await this.people.currentTeams();
    const engineerIds = [...current.entries()]
      .filter(([, id]) => subtree.has(id))
      .map(([engineer]) => engineer);
    const [{ count }]: { count: number }[] = await this.tenancy
      .manager()
      .query(`select count(*)::int as count from engineers`);
    const everyone = engineerIds.length === count;
    return this.burnOf(engineerIds, everyone, [...subtree], { teamId, teamName: team.name }, current, on);
  }

  /** Exactly the figures a manager's team view shows about one engineer. */
  async engineerBurn(engineerId: string, on = today()): Promise<EngineerBurn | undefined> {
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

  private async burnOf(
    ids: string[],
    everyone: boolean,
    teamIds: string[],
    team: { teamId: string; teamName: string },
    current: Map<string, string>,
    on: IsoDate,
  ): Promise<TeamBurn> {
    const manager = this.tenancy.manager();
    const { policy } = await this.allowances.policy();
    const period = fiscalYearContaining(on, policy.fiscalYearStartMonth);
    const month = startOfMonth(on);
    // The forecast's windows (libs/domain spendWindows) from the period start; the sums below leave out the
    // days before an engineer's start date (u.day >= e.start_date), as spendWindows does.
    const { last7, last30 } = spendWindows(on, period.start, period.start);
    const weekBefore = addDays(on, -13);
    const teamDaysFrom = compareDates(weekBefore, month) < 0 ? weekBefore : month;
    // The subtree's engineers as one array parameter, or null when the subtree holds every engineer of the
    // company (the company view): then the reads need no member filter at all (with a null parameter the
    // planner drops the `is null or` branch).
    const members = everyone ? null : ids;
    // One statement per source, each set-based over the whole subtree and each source read once, split over
    // three connections (the request's, and two beside it) so both cores work while the API waits.
    const [engineers, figures, monthly, breakdown, sums, [days, grants], [company]] = await Promise.all([
      manager.query(
        `select e.id, e.name, to_char(e.start_date, 'YYYY-MM-DD') as start_date, to_char(e.end_date, 'YYYY-MM-DD') as end_date,
                a.balance_micros::text as balance, a.held_micros::text as account_held, coalesce(h.micros, 0)::text as held
           from engineers e
           left join ledger_accounts a on a.kind = 'ENGINEER_ALLOWANCE' and a.owner_id = e.id
           left join (select engineer_id, sum(engineer_held_micros + pool_held_micros) as micros from holds
                       where status = 'HELD' group by engineer_id) h on h.engineer_id = e.id
          where ($1::uuid[] is null or e.id = any($1::uuid[])) and e.start_date <= $2 and (e.end_date is null or e.end_date >= $3)
          order by e.name, e.id`,
        [members, on, period.start],
      ) as Promise<
        {
          id: string;
          name: string;
          start_date: string;
          end_date: string | null;
          balance: string | null;
          account_held: string | null;
          held: string;
        }[]
      >,
      this.allowances.currentFigures(on, members ?? undefined),
      // Period totals per engineer and per month from the engineer × month rollup.
      manager.query(
        `select m.engineer_id, to_char(m.month, 'YYYY-MM-DD') as month, sum(m.cost_micros)::text as micros
           from usage_monthly m
          where ($1::uuid[] is null or m.engineer_id = any($1::uuid[])) and m.month between $2 and $3
          group by grouping sets ((m.engineer_id), (m.month))`,
        [members, period.start, month],
      ) as Promise<{ engineer_id: string | null; month: string | null; micros: string }[]>,
      // By model and by tool: usage is counted in the team the engineer was in on the day.
      manager.query(
        `select provider || '/' || model as model, source, sum(cost_micros)::text as micros, sum(events)::text as events
           from usage_team_monthly where team_id = any($1) and month between $2 and $3
          group by grouping sets ((provider, model), (source))`,
        [teamIds, period.start, month],
      ) as Promise<{ model: string | null; source: string | null; micros: string; events: string }[]>,
      // Per engineer, the forecast's sums (libs/domain spendSums) of the last 7 and 30 days, never before their
      // start date. The heaviest read: on the second connection. Squares are summed as bigint while a day's
      // spend is at most ⌊√(2⁶³−1)⌋ micro-units ($3,037 a day) and as numeric above, so the common case
      // stays in 64-bit arithmetic and no square can overflow.
      this.tenancy.readAside((aside) =>
        aside.query(
          `select u.engineer_id, sum(u.cost_micros) filter (where u.day >= $4::date)::text as sum7,
                  sum(u.cost_micros)::text as sum30,
                  sum(u.cost_micros * u.cost_micros) filter (where u.cost_micros <= ${MAX_BIGINT_SQUARE_ROOT})::text as squares,
                  sum(u.cost_micros::numeric * u.cost_micros) filter (where u.cost_micros > ${MAX_BIGINT_SQUARE_ROOT})::text as big_squares
             from usage_engineer_days u
             join engineers e on e.id = u.engineer_id and u.day >= e.start_date
            where ($1::uuid[] is null or u.engineer_id = any($1::uuid[])) and u.day between $2 and $3
            group by u.engineer_id`,
          [members, last30.from, on, last7.from],
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
      // The team's spend per day (this month and the last two weeks), then the period's grants: on a third
      // connection.
      this.tenancy.readAside(async (aside) => {
        const days: { day: string; micros: string }[] = await aside.query(
          `select to_char(u.day, 'YYYY-MM-DD') as day, sum(u.cost_micros)::text as micros
           from usage_engineer_days u
          where ($1::uuid[] is null or u.engineer_id = any($1::uuid[])) and u.day between $2 and $3
          group by u.day`,
          [members, teamDaysFrom, on],
        );
        const grants: { engineer_id: string | null; day: string | null; micros: string }[] =
          await aside.query(
            // The period's grants through the partial index of GRANT entries by date (never a scan of the whole
            // ledger, which grows with every usage batch).
            `select a.owner_id as engineer_id, to_char(e.effective_at, 'YYYY-MM-DD') as day, sum(e.amount_micros)::text as micros
           from ledger_entries e
           join ledger_accounts a on a.id = e.to_account_id and a.kind = 'ENGINEER_ALLOWANCE'
          where ($1::uuid[] is null or a.owner_id = any($1::uuid[]))
            and e.kind = 'GRANT' and e.effective_at >= $2::timestamptz and e.effective_at < $3::timestamptz
          group by grouping sets ((a.owner_id), (e.effective_at))`,
            // Bounds as timestamps, not dates: a date → timestamptz cast hides the range from the planner.
            [members, period.start, addDays(on, 1)],
          );
        return [days, grants] as const;
      }),
      manager.query(`select currency from companies`) as Promise<{ currency: string }[]>,
    ]);

    const spentOf = new Map<string, bigint>();
    const spentByMonth = new Map<string, bigint>();
    const byModel: TeamBurn['byModel'] = [];
    const bySource: TeamBurn['bySource'] = [];
    for (const row of monthly) {
      if (row.engineer_id) spentOf.set(row.engineer_id, BigInt(row.micros));
      else if (row.month) spentByMonth.set(row.month, BigInt(row.micros));
    }
    for (const row of breakdown) {
      const entry = { costMicros: BigInt(row.micros), events: Number(row.events) };
      if (row.model) byModel.push({ key: row.model, ...entry });
      else if (row.source) bySource.push({ key: row.source, ...entry });
    }
    const bySpend = (a: { key: string; costMicros: bigint }, b: { key: string; costMicros: bigint }) =>
      a.costMicros === b.costMicros ? (a.key < b.key ? -1 : 1) : a.costMicros > b.costMicros ? -1 : 1;
    byModel.sort(bySpend);
    bySource.sort(bySpend);

    const accruedOf = new Map<string, bigint>();
    const accruedByDay = new Map<IsoDate, bigint>();
    for (const row of grants) {
      if (row.engineer_id) accruedOf.set(row.engineer_id, BigInt(row.micros));
      else if (row.day) accruedByDay.set(row.day, (accruedByDay.get(row.day) ?? 0n) + BigInt(row.micros));
    }
    const sumsOf = new Map<string, SpendSums>();
    for (const row of sums)
      sumsOf.set(row.engineer_id, {
        sum7Micros: BigInt(row.sum7 ?? '0'),
        sum30Micros: BigInt(row.sum30),
        sumSquares30: BigInt(row.squares ?? '0') + BigInt(row.big_squares ?? '0'),
      });
    const teamByDay = new Map<IsoDate, bigint>(days.map((row) => [row.day, BigInt(row.micros)]));

    const grantDates: IsoDate[] = [];
    if (policy.accrual === 'MONTHLY')
      for (let next = addMonths(month, 1); compareDates(next, period.end) <= 0; next = addMonths(next, 1))
        grantDates.push(next);
    const noSpend: SpendSums = { sum7Micros: 0n, sum30Micros: 0n, sumSquares30: 0n };
    const burns: EngineerBurn[] = engineers.map((engineer) => {
      const annual = figures.get(engineer.id)?.annualAllowanceMicros ?? 0n;
      const available = BigInt(engineer.balance ?? '0') - BigInt(engineer.account_held ?? '0');
      // Accruals still to come: a twelfth of the annual allowance on the first of each remaining month.
      const upcomingGrants = grantDates.map((date) => ({ date, micros: annual / 12n }));
      return {
        engineerId: engineer.id,
        name: engineer.name,
        teamId: current.get(engineer.id) ?? team.teamId,
        annualAllowanceMicros: annual,
        accruedMicros: accruedOf.get(engineer.id) ?? 0n,
        spentMicros: spentOf.get(engineer.id) ?? 0n,
        heldMicros: BigInt(engineer.held),
        availableMicros: available > 0n ? available : 0n,
        forecast: forecastRunOut({
          today: on,
          periodStart: period.start,
          periodEnd: period.end,
          availableMicros: available,
          accruedMicros: accruedOf.get(engineer.id) ?? 0n,
          spentMicros: spentOf.get(engineer.id) ?? 0n,
          spend: sumsOf.get(engineer.id) ?? noSpend,
          upcomingGrants,
          startDate: engineer.start_date,
          endDate: engineer.end_date,
        }),
      };
    });

    // The cumulative burn line against the accrual line: month ends before this month, then each day of it.
    const points: TeamBurn['points'] = [];
    let cumulativeSpent = 0n;
    let cumulativeAccrued = 0n;
    let accruedDays = [...accruedByDay.entries()].sort(([a], [b]) => compareDates(a, b));
    const accrueUntil = (date: IsoDate) => {
      while (accruedDays.length && compareDates(accruedDays[0][0], date) <= 0) {
        cumulativeAccrued += accruedDays[0][1];
        accruedDays = accruedDays.slice(1);
      }
    };
    for (let start = period.start; compareDates(start, month) < 0; start = addMonths(start, 1)) {
      const end = addDays(addMonths(start, 1), -1);
      cumulativeSpent += spentByMonth.get(start) ?? 0n;
      accrueUntil(end);
      points.push({ date: end, accruedMicros: cumulativeAccrued, spentMicros: cumulativeSpent });
    }
    for (let day = month; compareDates(day, on) <= 0; day = addDays(day, 1)) {
      cumulativeSpent += teamByDay.get(day) ?? 0n;
      accrueUntil(day);
      points.push({ date: day, accruedMicros: cumulativeAccrued, spentMicros: cumulativeSpent });
    }
    const weekSum = (fromOffset: number, toOffset: number) => {
      let total = 0n;
      for (let offset = fromOffset; offset <= toOffset; offset++)
        total += teamByDay.get(addDays(on, -offset)) ?? 0n;
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
