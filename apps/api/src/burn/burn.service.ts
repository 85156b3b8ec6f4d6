import { Injectable } from '@nestjs/common';
import {
  addDays,
  addMonths,
  compareDates,
  fiscalYearContaining,
  forecastRunOut,
  Forecast,
  IsoDate,
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
    return this.burnOf(engineerIds, [...subtree], { teamId, teamName: team.name }, current, on);
  }

  /** Exactly the figures a manager's team view shows about one engineer. */
  async engineerBurn(engineerId: string, on = today()): Promise<EngineerBurn | undefined> {
    const current = await this.people.currentTeams();
    const burn = await this.burnOf(
      [engineerId],
      [],
      { teamId: current.get(engineerId) ?? '', teamName: '' },
      current,
      on,
    );
    return burn.engineers[0];
  }

  private async burnOf(
    ids: string[],
    teamIds: string[],
    team: { teamId: string; teamName: string },
    current: Map<string, string>,
    on: IsoDate,
  ): Promise<TeamBurn> {
    const manager = this.tenancy.manager();
    const { policy } = await this.allowances.policy();
    const period = fiscalYearContaining(on, policy.fiscalYearStartMonth);
    const month = startOfMonth(on);
    const windowStart = addDays(on, -29);
    const dailyFrom = compareDates(month, windowStart) < 0 ? month : windowStart;
    const figures = await this.allowances.currentFigures(on);
    // One statement per source, each set-based over the whole subtree; they queue on the request's connection.
    const [engineers, monthly, breakdown, daily, grants, accounts, held, [company]] = await Promise.all([
      manager.query(
        `select id, name, to_char(start_date, 'YYYY-MM-DD') as start_date, to_char(end_date, 'YYYY-MM-DD') as end_date
           from engineers where id = any($1) and start_date <= $2 and (end_date is null or end_date >= $3)
          order by name, id`,
        [ids, on, period.start],
      ) as Promise<{ id: string; name: string; start_date: string; end_date: string | null }[]>,
      // Period totals per engineer and per month from the engineer × month rollup.
      manager.query(
        `select engineer_id, to_char(month, 'YYYY-MM-DD') as month, sum(cost_micros)::text as micros
           from usage_monthly where engineer_id = any($1) and month between $2 and $3
          group by grouping sets ((engineer_id), (month))`,
        [ids, period.start, month],
      ) as Promise<{ engineer_id: string | null; month: string | null; micros: string }[]>,
      // By model and by tool: usage is counted in the team the engineer was in on the day.
      manager.query(
        `select provider || '/' || model as model, source, sum(cost_micros)::text as micros, sum(events)::text as events
           from usage_team_monthly where team_id = any($1) and month between $2 and $3
          group by grouping sets ((provider, model), (source))`,
        [teamIds, period.start, month],
      ) as Promise<{ model: string | null; source: string | null; micros: string; events: string }[]>,
      // Each engineer's daily spend since the start of the month or the 30-day window, as "day:micros" pairs.
      manager.query(
        `select engineer_id, string_agg(to_char(day, 'YYYY-MM-DD') || ':' || cost_micros, ',') as days
           from usage_engineer_days where engineer_id = any($1) and day between $2 and $3 group by engineer_id`,
        [ids, dailyFrom, on],
      ) as Promise<{ engineer_id: string; days: string }[]>,
      manager.query(
        // From each allowance account through the (company, to_account) index, never a scan of the whole
        // ledger (it grows with every usage batch); `offset 0` keeps the planner from flattening the lateral.
        `select a.owner_id as engineer_id, to_char(e.effective_at, 'YYYY-MM-DD') as day, sum(e.amount_micros)::text as micros
           from ledger_accounts a
           join lateral (
             select effective_at, amount_micros from ledger_entries e
              where e.company_id = a.company_id and e.to_account_id = a.id and e.kind = 'GRANT'
                and e.effective_at >= $2::timestamptz and e.effective_at < $3::timestamptz
             offset 0) e on true
          where a.kind = 'ENGINEER_ALLOWANCE' and a.owner_id = any($1)
          group by grouping sets ((a.owner_id), (2))`,
        // Bounds as timestamps, not dates: a date → timestamptz cast hides the range from the planner.
        [ids, period.start, addDays(on, 1)],
      ) as Promise<{ engineer_id: string | null; day: string | null; micros: string }[]>,
      manager.query(
        `select owner_id as engineer_id, balance_micros::text as balance, held_micros::text as held
           from ledger_accounts where kind = 'ENGINEER_ALLOWANCE' and owner_id = any($1)`,
        [ids],
      ) as Promise<{ engineer_id: string; balance: string; held: string }[]>,
      manager.query(
        `select engineer_id, sum(engineer_held_micros + pool_held_micros)::text as micros from holds
          where engineer_id = any($1) and status = 'HELD' group by engineer_id`,
        [ids],
      ) as Promise<{ engineer_id: string; micros: string }[]>,
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
      else if (row.day) accruedByDay.set(row.day, BigInt(row.micros));
    }
    const heldOf = new Map(held.map((row) => [row.engineer_id, BigInt(row.micros)]));
    const accountOf = new Map(accounts.map((row) => [row.engineer_id, row]));
    const dailyOf = new Map<string, { day: IsoDate; micros: bigint }[]>();
    const teamByDay = new Map<IsoDate, bigint>();
    for (const row of daily) {
      const series = row.days.split(',').map((pair) => {
        const [day, micros] = pair.split(':');
        const value = { day, micros: BigInt(micros) };
        teamByDay.set(day, (teamByDay.get(day) ?? 0n) + value.micros);
        return value;
      });
      dailyOf.set(row.engineer_id, series);
    }

    const grantDates: IsoDate[] = [];
    if (policy.accrual === 'MONTHLY')
      for (let next = addMonths(month, 1); compareDates(next, period.end) <= 0; next = addMonths(next, 1))
        grantDates.push(next);
    const burns: EngineerBurn[] = engineers.map((engineer) => {
      const annual = figures.get(engineer.id)?.annualAllowanceMicros ?? 0n;
      const account = accountOf.get(engineer.id);
      const balance = BigInt(account?.balance ?? '0');
      const available = balance - BigInt(account?.held ?? '0');
      // Accruals still to come: a twelfth of the annual allowance on the first of each remaining month.
      const upcomingGrants = grantDates.map((date) => ({ date, micros: annual / 12n }));
      return {
        engineerId: engineer.id,
        name: engineer.name,
        teamId: current.get(engineer.id) ?? team.teamId,
        annualAllowanceMicros: annual,
        accruedMicros: accruedOf.get(engineer.id) ?? 0n,
        spentMicros: spentOf.get(engineer.id) ?? 0n,
        heldMicros: heldOf.get(engineer.id) ?? 0n,
        availableMicros: available > 0n ? available : 0n,
        forecast: forecastRunOut({
          today: on,
          periodStart: period.start,
          periodEnd: period.end,
          availableMicros: available,
          accruedMicros: accruedOf.get(engineer.id) ?? 0n,
          spentMicros: spentOf.get(engineer.id) ?? 0n,
          dailySpend: (dailyOf.get(engineer.id) ?? []).filter(
            (entry) => compareDates(entry.day, windowStart) >= 0,
          ),
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
