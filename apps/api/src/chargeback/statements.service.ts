import { Injectable } from '@nestjs/common';
import {
  AccountingMonth,
  addAccountingMonths,
  AmountBy,
  CENTRAL_STATEMENT_KEY,
  ChargeTotal,
  EngineerAllowance,
  groupStatements,
  overageOf,
  parseStatementPeriod,
  Statement,
  StatementKind,
  StatementPeriod,
  StatementSet,
  summarize,
  teamKeyOf,
  totalOf,
  utilisationBp,
} from '@tokenroll/domain';
import { AllowancesService } from '../allowances/allowances.service';
import { BusinessClock } from '../clock/business-clock';
import { AppError } from '../common/app-error';
import { TenancyService } from '../database/tenancy.service';
import { LedgerReads } from '../ledger/ledger-reads.service';
import { UsageService } from '../metering/usage.service';
import { PeopleService } from '../people/people.service';
import { CENTRAL_TEAM_NAME, ChargeLinesService, MonthBounds, TotalsFilter } from './charge-lines.service';
import { ChargebackSettingsService } from './chargeback-settings.service';

/** One engineer's allowance figures of a month (frozen at close into `statement_allowances`). */
export interface MonthAllowance {
  engineerId: string;
  engineerName: string;
  /** The engineer's team on the month's last day (or their last day, for a leaver). */
  teamId: string | null;
  teamName: string;
  costCentre: string;
  leaver: boolean;
  grantedMicros: bigint;
  /** USAGE + ADJUSTMENT charged to the engineer in the month (all teams). */
  spentMicros: bigint;
  overageMicros: bigint;
}

/** Who reads a statement: whose allowance figures they may see (pay-privacy; the resolver decides). */
export interface StatementReader {
  seesAllowanceOf(engineerId: string, teamId: string | null): boolean;
}

/** Which engineers' allowance figures a statement shows (by their team and cost centre at the month's end). */
export type AllowanceScope = (allowance: Pick<MonthAllowance, 'teamId' | 'costCentre'>) => boolean;

export const EVERY_ALLOWANCE: StatementReader = { seesAllowanceOf: () => true };

const SUBTREE_LABEL = (name: string) =>
  `${name} and the teams below it: a view that sums several team statements (not part of the period's totals)`;

/**
 * Statements of a period (a month, a quarter, a fiscal year: the sum of its months): one per team (its own
 * engineers; the held-centrally lines are one more), one per cost centre, and subtree views. Figures are sums
 * of the months' charge totals (ChargeLinesService: aggregated in SQL for open months, frozen lines for closed
 * ones), so Σ teams = Σ cost centres = the period's total by construction.
 */
@Injectable()
export class StatementsService {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly clock: BusinessClock,
    private readonly chargeLines: ChargeLinesService,
    private readonly settings: ChargebackSettingsService,
    private readonly ledgerReads: LedgerReads,
    private readonly people: PeopleService,
    private readonly allowances: AllowancesService,
    private readonly usage: UsageService,
  ) {}

  /** The period's months; a malformed period or one that ends after this month is a 400 naming `period`. */
  async period(periodKey: string, field = 'period'): Promise<StatementPeriod> {
    const { policy } = await this.allowances.policy();
    const period = parseStatementPeriod(field, periodKey, policy.fiscalYearStartMonth);
    const thisMonth = (await this.clock.companyToday()).slice(0, 7);
    if (period.months[0] > thisMonth)
      throw AppError.badInput([{ field, message: `is in the future (this month is ${thisMonth})` }]);
    return period;
  }

  /** Every team and cost-centre statement of a period. `teamIds`: only these teams' statements (a manager). */
  async statements(
    periodKey: string,
    reader: StatementReader = EVERY_ALLOWANCE,
    onlyTeamIds: ReadonlySet<string> | null = null,
  ): Promise<StatementSet> {
    const period = await this.period(periodKey);
    const months = this.monthsToDate(period.months, (await this.clock.companyToday()).slice(0, 7));
    const perMonth = await this.monthTotals(months);
    const totals = [...perMonth.values()].flat();
    const allowances = await this.periodAllowances(months, perMonth);
    const previous = await this.previousTotals(period, months.length, { kind: 'ALL' });
    const grouped = groupStatements(totals);
    const previousGrouped = previous ? groupStatements(previous) : null;
    const previousOf = (list: 'teams' | 'costCentres', key: string) =>
      previousGrouped
        ? totalOf(previousGrouped[list].find((group) => group.key === key)?.totals ?? [])
        : null;
    let teams = grouped.teams.map((group) =>
      this.statementOf(
        'TEAM',
        group.key,
        group.name,
        null,
        group.totals,
        allowances.filter((allowance) => teamKeyOf(allowance) === group.key),
        reader,
        previousOf('teams', group.key),
      ),
    );
    let costCentres = grouped.costCentres.map((group) =>
      this.statementOf(
        'COST_CENTRE',
        group.key,
        group.name,
        null,
        group.totals,
        allowances.filter((allowance) => allowance.costCentre === group.key),
        reader,
        previousOf('costCentres', group.key),
      ),
    );
    let shown = totals;
    if (onlyTeamIds) {
      teams = teams.filter((statement) => onlyTeamIds.has(statement.key));
      costCentres = [];
      shown = totals.filter((total) => total.teamId !== null && onlyTeamIds.has(total.teamId));
    }
    const settings = await this.settings.settings();
    const byCategory = (category: ChargeTotal['category']) =>
      totalOf(shown.filter((total) => total.category === category));
    return {
      period: period.key,
      months: period.months,
      currency: await this.currency(),
      mode: settings.mode,
      closed: await this.allClosed(period.months),
      totalMicros: totalOf(shown),
      usageMicros: byCategory('USAGE'),
      adjustmentMicros: byCategory('ADJUSTMENT'),
      sharedMicros: byCategory('SHARED'),
      unabsorbedMicros: byCategory('UNABSORBED'),
      teams,
      costCentres,
    };
  }

  /**
   * One statement: a team's own engineers (key: team id, or CENTRAL), a cost centre's, or a team's subtree
   * (the team and every team below it, labelled as a view). An unknown key is a 404 naming `key`.
   */
  async statement(
    periodKey: string,
    kind: StatementKind,
    key: string,
    reader: StatementReader = EVERY_ALLOWANCE,
  ): Promise<Statement & { period: string; months: AccountingMonth[]; currency: string; closed: boolean }> {
    const period = await this.period(periodKey);
    const months = this.monthsToDate(period.months, (await this.clock.companyToday()).slice(0, 7));
    const { filter, name, label, teamIds } = await this.scopeOf(kind, key);
    // Only this statement's lines, filtered in SQL; the allowances' spent (over every team) summed apart.
    const totals: ChargeTotal[] = [];
    for (const month of months) totals.push(...(await this.chargeLines.totals(month, filter)));
    const inScope = (allowance: Pick<MonthAllowance, 'teamId' | 'costCentre'>) =>
      kind === 'COST_CENTRE'
        ? allowance.costCentre === key
        : allowance.teamId === null
          ? teamIds.has(CENTRAL_STATEMENT_KEY)
          : teamIds.has(allowance.teamId);
    // A month's statement reads the spend of its own engineers only; over several months the team at the
    // period's end decides, so every engineer's figures are read before filtering.
    const allowances = (
      await this.periodAllowances(months, undefined, months.length === 1 ? inScope : undefined)
    ).filter(inScope);
    const previous = await this.previousTotals(period, months.length, filter);
    return {
      ...this.statementOf(
        kind,
        key,
        name,
        label,
        totals,
        allowances,
        reader,
        previous ? totalOf(previous) : null,
      ),
      period: period.key,
      months: period.months,
      currency: await this.currency(),
      closed: await this.allClosed(period.months),
    };
  }

  /**
   * A statement's spend by tag (drill-down, not part of the statement's sums: an event may carry several tags, or
   * none): the tagged usage of its engineers on the days they were booked to it. Closed months read the events
   * as they are (tags are not frozen; their costs are).
   */
  async tagSpend(periodKey: string, kind: StatementKind, key: string): Promise<AmountBy[]> {
    const period = await this.period(periodKey);
    const months = this.monthsToDate(period.months, (await this.clock.companyToday()).slice(0, 7));
    if (!months.length) return [];
    const { teamIds } = await this.scopeOf(kind, key);
    const settings = await this.settings.settings();
    const timeZone = await this.tenancy.timeZone();
    const from = `${months[0]}-01`;
    const to = `${addAccountingMonths(months[months.length - 1], 1)}-01`;
    // The engineer-days booked to this statement: its engineers' team (and cost centre) on each day.
    const days: { engineer_id: string; day: string }[] = await this.tenancy.manager().query(
      `with memberships as (
         select engineer_id, team_id, effective_from, lead(effective_from) over w as until, row_number() over w as n
           from team_memberships window w as (partition by engineer_id order by effective_from, created_at, id))
       select u.engineer_id, to_char(u.day, 'YYYY-MM-DD') as day
         from (select distinct engineer_id, day from metering_usage_by_day where day >= $1::date and day < $2::date) u
         left join memberships m on m.engineer_id = u.engineer_id and (u.day >= m.effective_from or m.n = 1)
                                and (m.until is null or u.day < m.until)
         left join teams t on t.id = m.team_id
        where case when $3::text = 'COST_CENTRE' then coalesce(t.cost_centre, $4) = $5
                   when m.team_id is null then $6::boolean
                   else m.team_id = any($7::uuid[]) end`,
      [from, to, kind, settings.centralCostCentre, key, teamIds.has(CENTRAL_STATEMENT_KEY), [...teamIds]],
    );
    const booked = new Set(days.map((row) => `${row.engineer_id}|${row.day}`));
    const engineers = [...new Set(days.map((row) => row.engineer_id))];
    const rows = await this.usage.tagSpend(engineers, from, to, timeZone);
    const sums = new Map<string, bigint>();
    for (const row of rows)
      if (booked.has(`${row.engineerId}|${row.day}`))
        sums.set(row.tag, (sums.get(row.tag) ?? 0n) + row.costMicros);
    return [...sums.entries()]
      .map(([tag, costMicros]) => ({ key: tag, name: tag, costMicros }))
      .sort((a, b) =>
        a.costMicros === b.costMicros ? (a.key < b.key ? -1 : 1) : a.costMicros > b.costMicros ? -1 : 1,
      );
  }

  /** The months of a period up to this month (a quarter or year still running is summed to date). */
  private monthsToDate(months: AccountingMonth[], thisMonth: AccountingMonth): AccountingMonth[] {
    return months.filter((month) => month <= thisMonth);
  }

  /** The lines a statement covers, its name and label, and the team keys it covers. */
  private async scopeOf(
    kind: StatementKind,
    key: string,
  ): Promise<{ filter: TotalsFilter; name: string; label: string | null; teamIds: Set<string> }> {
    const settings = await this.settings.settings();
    if (kind === 'COST_CENTRE') {
      const teams = await this.people.teams();
      const known = new Set([...teams.map((team) => team.costCentre), settings.centralCostCentre]);
      if (!known.has(key) && !(await this.chargeLines.knownCostCentre(key)))
        throw new AppError('NOT_FOUND', 'No such cost centre', [
          { field: 'key', message: 'is not a cost centre of this company' },
        ]);
      return { filter: { kind: 'COST_CENTRE', costCentre: key }, name: key, label: null, teamIds: new Set() };
    }
    if (key === CENTRAL_STATEMENT_KEY) {
      if (kind === 'SUBTREE')
        throw AppError.badInput([{ field: 'key', message: 'the central holding has no subtree' }]);
      return {
        filter: { kind: 'TEAMS', teamIds: [], central: true },
        name: CENTRAL_TEAM_NAME,
        label: null,
        teamIds: new Set([CENTRAL_STATEMENT_KEY]),
      };
    }
    const teams = await this.people.teams();
    const team = teams.find((candidate) => candidate.id === key);
    if (!team)
      throw new AppError('NOT_FOUND', 'No such team', [
        { field: 'key', message: 'is not a team of this company' },
      ]);
    const teamIds = kind === 'SUBTREE' ? this.people.subtree(teams, [team.id]) : new Set([team.id]);
    return {
      filter: { kind: 'TEAMS', teamIds: [...teamIds], central: false },
      name: team.name,
      label: kind === 'SUBTREE' ? SUBTREE_LABEL(team.name) : null,
      teamIds,
    };
  }

  private statementOf(
    kind: StatementKind,
    key: string,
    name: string,
    label: string | null,
    totals: ChargeTotal[],
    allowances: MonthAllowance[],
    reader: StatementReader,
    previousTotalMicros: bigint | null,
  ): Statement {
    const summary = summarize(totals, { kind, key, name, label });
    const spentHere = new Map<string, bigint>();
    for (const total of totals)
      if (total.engineerId && (total.category === 'USAGE' || total.category === 'ADJUSTMENT'))
        spentHere.set(total.engineerId, (spentHere.get(total.engineerId) ?? 0n) + total.costMicros);
    const rows: EngineerAllowance[] = allowances
      .map((allowance) => {
        const sees = reader.seesAllowanceOf(allowance.engineerId, allowance.teamId);
        return {
          engineerId: allowance.engineerId,
          engineerName: allowance.engineerName,
          leaver: allowance.leaver,
          grantedMicros: sees ? allowance.grantedMicros : null,
          spentMicros: spentHere.get(allowance.engineerId) ?? 0n,
          utilisationBp: sees ? utilisationBp(allowance.spentMicros, allowance.grantedMicros) : null,
          overageMicros: sees ? allowance.overageMicros : null,
        };
      })
      .sort((a, b) => (a.engineerName < b.engineerName ? -1 : a.engineerName > b.engineerName ? 1 : 0));
    const hidden = rows.some((row) => row.overageMicros === null);
    return {
      ...summary,
      allowances: rows,
      overageMicros: hidden ? null : rows.reduce((sum, row) => sum + (row.overageMicros ?? 0n), 0n),
      previousTotalMicros,
    };
  }

  /** Every charge total of each month (one aggregate query per open month, the frozen lines' sums otherwise). */
  async monthTotals(months: AccountingMonth[]): Promise<Map<AccountingMonth, ChargeTotal[]>> {
    const totals = new Map<AccountingMonth, ChargeTotal[]>();
    for (const month of months) totals.set(month, await this.chargeLines.totals(month));
    return totals;
  }

  /** The period before (as many months, just before), or null when it precedes the books. */
  private async previousTotals(
    period: StatementPeriod,
    length: number,
    filter: TotalsFilter,
  ): Promise<ChargeTotal[] | null> {
    const first = period.months[0];
    const months = Array.from({ length: period.months.length }, (_, n) =>
      addAccountingMonths(first, n - period.months.length),
    ).slice(0, Math.max(length, 1));
    const [row]: { first: string | null }[] = await this.tenancy
      .manager()
      .query(`select to_char(min(day), 'YYYY-MM') as first from metering_usage_by_day`);
    if (!row.first || months[months.length - 1] < row.first) return null;
    // Only its total (per team and cost centre for the set) is shown: summed by team, filtered in SQL.
    const totals: ChargeTotal[] = [];
    for (const month of months) totals.push(...(await this.chargeLines.totals(month, filter, 'TEAM')));
    return totals;
  }

  /**
   * Each engineer's allowance over the months: granted summed, spent summed, overage and team at the last
   * month's end. Frozen figures for frozen months.
   */
  async periodAllowances(
    months: AccountingMonth[],
    perMonth?: Map<AccountingMonth, ChargeTotal[]>,
    scope?: AllowanceScope,
  ): Promise<MonthAllowance[]> {
    const byEngineer = new Map<string, MonthAllowance>();
    for (const month of months) {
      for (const allowance of await this.monthAllowances(month, perMonth?.get(month), scope)) {
        const before = byEngineer.get(allowance.engineerId);
        byEngineer.set(allowance.engineerId, {
          ...allowance,
          grantedMicros: (before?.grantedMicros ?? 0n) + allowance.grantedMicros,
          spentMicros: (before?.spentMicros ?? 0n) + allowance.spentMicros,
        });
      }
    }
    return [...byEngineer.values()];
  }

  /**
   * One month's allowance figures per engineer employed in it (leavers included): frozen at close, else
   * computed from the ledger (granted in the month, balance at its end) and the month's charge totals (all of
   * them, when given; else each engineer's spend summed in SQL).
   */
  async monthAllowances(
    month: AccountingMonth,
    monthTotals?: ChargeTotal[],
    scope?: AllowanceScope,
  ): Promise<MonthAllowance[]> {
    const manager = this.tenancy.manager();
    if (await this.chargeLines.isFrozen(month)) {
      const rows: {
        engineer_id: string;
        engineer_name: string;
        team_id: string | null;
        team_name: string;
        cost_centre: string;
        leaver: boolean;
        granted: string;
        spent: string;
        overage: string;
      }[] = await manager.query(
        `select engineer_id, engineer_name, team_id, team_name, cost_centre, leaver, granted_micros::text as granted,
                spent_micros::text as spent, overage_micros::text as overage
           from statement_allowances where month = $1::date order by engineer_name, engineer_id`,
        [`${month}-01`],
      );
      const frozen = rows.map((row) => ({
        engineerId: row.engineer_id,
        engineerName: row.engineer_name,
        teamId: row.team_id,
        teamName: row.team_name,
        costCentre: row.cost_centre,
        leaver: row.leaver,
        grantedMicros: BigInt(row.granted),
        spentMicros: BigInt(row.spent),
        overageMicros: BigInt(row.overage),
      }));
      return scope ? frozen.filter(scope) : frozen;
    }
    const bounds = await this.chargeLines.bounds(month);
    return this.liveAllowances(bounds, monthTotals, scope);
  }

  /** The month's allowance figures computed now (an open month, or the ones a close freezes). */
  async liveAllowances(
    bounds: MonthBounds,
    monthTotals?: ChargeTotal[],
    scope?: AllowanceScope,
  ): Promise<MonthAllowance[]> {
    const settings = await this.settings.settings();
    const ledger = await this.ledgerReads.allowanceAtMonthEnd(bounds.from, bounds.to, bounds.timeZone);
    // Each engineer's team on the month's last day (or their last day, for a leaver): the latest move on or
    // before it, else the first team; one pass over the memberships (distinct on), not a lookup per engineer.
    const rows: {
      id: string;
      name: string;
      team_id: string | null;
      team_name: string | null;
      cost_centre: string | null;
      leaver: boolean;
    }[] = await this.tenancy.manager().query(
      `with placed as (
         select distinct on (tm.engineer_id) tm.engineer_id, tm.team_id
           from team_memberships tm
           join engineers pe on pe.id = tm.engineer_id
          order by tm.engineer_id,
                   (tm.effective_from <= least($2::date, coalesce(pe.end_date, $2::date))) desc,
                   case when tm.effective_from <= least($2::date, coalesce(pe.end_date, $2::date))
                        then tm.effective_from end desc nulls last,
                   tm.effective_from, tm.created_at, tm.id)
       select e.id, e.name, t.id as team_id, t.name as team_name, t.cost_centre,
              (e.end_date is not null and e.end_date <= $2::date) as leaver
         from engineers e
         left join placed m on m.engineer_id = e.id
         left join teams t on t.id = m.team_id
        where e.start_date <= $2::date and (e.end_date is null or e.end_date >= $1::date)
        order by e.name, e.id`,
      [bounds.from, bounds.lastDay],
    );
    const people = rows
      .map((person) => ({
        ...person,
        teamId: person.team_id,
        costCentre: person.cost_centre ?? settings.centralCostCentre,
      }))
      .filter((person) => !scope || scope(person));
    let spent = new Map<string, bigint>();
    if (monthTotals) {
      for (const total of monthTotals)
        if (total.engineerId && (total.category === 'USAGE' || total.category === 'ADJUSTMENT'))
          spent.set(total.engineerId, (spent.get(total.engineerId) ?? 0n) + total.costMicros);
    } else
      spent = await this.chargeLines.engineerSpend(
        bounds.month,
        scope ? people.map((person) => person.id) : undefined,
      );
    return people.map((person) => {
      const figures = ledger.get(person.id);
      return {
        engineerId: person.id,
        engineerName: person.name,
        teamId: person.team_id,
        teamName: person.team_name ?? CENTRAL_TEAM_NAME,
        costCentre: person.costCentre,
        leaver: person.leaver,
        grantedMicros: figures?.grantedMicros ?? 0n,
        spentMicros: spent.get(person.id) ?? 0n,
        overageMicros: overageOf(figures?.balanceMicros ?? 0n),
      };
    });
  }

  private async allClosed(months: AccountingMonth[]): Promise<boolean> {
    const closedThrough = await this.ledgerReads.closedThrough();
    return closedThrough !== null && months[months.length - 1] <= closedThrough;
  }

  /** The company's currency (statements' money). */
  async currency(): Promise<string> {
    const [row]: { currency: string }[] = await this.tenancy
      .manager()
      .query(`select currency from companies where id = $1`, [this.tenancy.companyId()]);
    return row.currency.trim();
  }
}
