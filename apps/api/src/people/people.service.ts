import { BusinessClock } from '../clock/business-clock';
import { Injectable } from '@nestjs/common';
import {
  engineerStatus,
  EngineerStatus,
  AllowanceSightSetting,
  assertIsoDate,
  isIsoDate,
  payVisibility,
  PayVisibility,
  ViewerRole,
} from '@tokenroll/domain';
import { randomUUID } from 'node:crypto';
import { QueryFailedError } from 'typeorm';
import { AppError, FieldError } from '../common/app-error';
import { SessionUser } from '../common/decorators';
import { TenancyService } from '../database/tenancy.service';
import { AuditService } from '../audit/audit.service';
import { CompaniesService } from '../companies/companies.service';
import { User } from '../members/user.entity';
import { BasePay } from './base-pay.entity';
import { Engineer } from './engineer.entity';
import { TeamMembership } from './team-membership.entity';
import { Team } from './team.entity';

function uniqueViolation(error: unknown): string | undefined {
  if (error instanceof QueryFailedError && (error.driverError as { code?: string })?.code === '23505') {
    return (error.driverError as { constraint?: string }).constraint;
  }
  return undefined;
}

/** The signed-in user as a viewer of people: linked engineer and the team subtree they manage. */
export interface Viewer {
  user: SessionUser;
  engineerId: string | null;
  managedTeamIds: Set<string>;
  /** The company's setting: whether managers see their reports' own allowance figures. */
  allowanceSight: AllowanceSightSetting;
}

export interface EngineerView {
  engineer: Engineer;
  status: EngineerStatus;
  teamId: string | null;
  visibility: PayVisibility;
}

/** Teams (a tree), engineers, their team moves and base pay history. */
@Injectable()
export class PeopleService {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly clock: BusinessClock,
    private readonly audit: AuditService,
    private readonly companies: CompaniesService,
  ) {}

  // ---- teams ----

  teams(): Promise<Team[]> {
    return this.tenancy
      .manager()
      .getRepository(Team)
      .find({ order: { name: 'ASC' } });
  }

  async createTeam(input: {
    name: string;
    parentId?: string | null;
    costCentre: string;
    managerUserId?: string | null;
  }): Promise<Team> {
    await this.checkTeamLinks(input.parentId ?? null, input.managerUserId ?? null, null);
    const team = this.tenancy
      .manager()
      .getRepository(Team)
      .create({
        companyId: this.tenancy.companyId(),
        id: randomUUID(),
        name: input.name.trim(),
        parentId: input.parentId ?? null,
        costCentre: input.costCentre.trim(),
        managerUserId: input.managerUserId ?? null,
      });
    await this.saveTeam(team);
    await this.audit.record('TEAM_CREATED', 'team', team.id, null, team);
    return team;
  }

  async updateTeam(
    id: string,
    input: { name?: string; parentId?: string | null; costCentre?: string; managerUserId?: string | null },
  ): Promise<Team> {
    const repository = this.tenancy.manager().getRepository(Team);
    const team = await repository.findOneBy({ id });
    if (!team) throw new AppError('NOT_FOUND', 'No such team', [{ field: 'id', message: 'does not exist' }]);
    const before = { ...team };
    if (input.parentId !== undefined) team.parentId = input.parentId;
    if (input.managerUserId !== undefined) team.managerUserId = input.managerUserId;
    if (input.name !== undefined) team.name = input.name.trim();
    if (input.costCentre !== undefined) team.costCentre = input.costCentre.trim();
    await this.checkTeamLinks(team.parentId, team.managerUserId, team.id);
    await this.saveTeam(team);
    await this.audit.record('TEAM_UPDATED', 'team', team.id, before, team);
    return team;
  }

  private async saveTeam(team: Team): Promise<void> {
    try {
      await this.tenancy.manager().transaction((manager) => manager.getRepository(Team).save(team));
    } catch (error) {
      if (uniqueViolation(error)) {
        throw new AppError('CONFLICT', 'A team with this name already exists there', [
          { field: 'name', message: 'is already used under this parent' },
        ]);
      }
      throw error;
    }
  }

  private async checkTeamLinks(
    parentId: string | null,
    managerUserId: string | null,
    selfId: string | null,
  ): Promise<void> {
    const problems: FieldError[] = [];
    const teams = await this.teams();
    const byId = new Map(teams.map((team) => [team.id, team]));
    if (parentId) {
      if (!byId.has(parentId)) problems.push({ field: 'parentId', message: 'is not a team of this company' });
      // Walking up from the new parent must never reach the team itself.
      for (
        let cursor: string | null = parentId;
        cursor && selfId;
        cursor = byId.get(cursor)?.parentId ?? null
      ) {
        if (cursor === selfId) {
          problems.push({ field: 'parentId', message: 'would make the team its own ancestor' });
          break;
        }
      }
    }
    if (managerUserId) {
      const manager = await this.tenancy.manager().getRepository(User).findOneBy({ id: managerUserId });
      if (!manager) problems.push({ field: 'managerUserId', message: 'is not a member of this company' });
    }
    if (problems.length) throw AppError.badInput(problems);
  }

  /** The ids of a team and every team below it. */
  subtree(teams: Team[], rootIds: Iterable<string>): Set<string> {
    const children = new Map<string, string[]>();
    for (const team of teams) {
      if (team.parentId) children.set(team.parentId, [...(children.get(team.parentId) ?? []), team.id]);
    }
    const result = new Set<string>();
    const stack = [...rootIds];
    while (stack.length) {
      const id = stack.pop() as string;
      if (result.has(id)) continue;
      result.add(id);
      stack.push(...(children.get(id) ?? []));
    }
    return result;
  }

  /** The teams a user manages and every team below them. */
  managedSubtree(teams: Team[], userId: string): Set<string> {
    return this.subtree(
      teams,
      teams.filter((team) => team.managerUserId === userId).map((team) => team.id),
    );
  }

  // ---- viewers and visibility ----

  async viewer(user: SessionUser): Promise<Viewer> {
    const manager = this.tenancy.manager();
    // The engineer record of this user: linked explicitly, or sharing the work email.
    const linked = await manager.getRepository(Engineer).findOne({
      where: [{ userId: user.userId }, { email: user.email.toLowerCase() }],
    });
    const teams = await this.teams();
    return {
      user,
      engineerId: linked?.id ?? null,
      managedTeamIds: this.managedSubtree(teams, user.userId),
      allowanceSight: await this.companies.allowanceSight(),
    };
  }

  /** Current team of each engineer: the latest move on or before today, else the first one to come. */
  async currentTeams(): Promise<Map<string, string>> {
    const rows: { engineer_id: string; team_id: string }[] = await this.tenancy.manager().query(
      `select distinct on (engineer_id) engineer_id, team_id from team_memberships
        order by engineer_id, (effective_from <= $1) desc,
                 case when effective_from <= $1 then effective_from end desc nulls last, effective_from`,
      [await this.clock.companyToday()],
    );
    return new Map(rows.map((row) => [row.engineer_id, row.team_id]));
  }

  /** Engineers this viewer may see, each with what of their pay the viewer may see. */
  async visibleEngineers(viewer: Viewer, onlyId?: string): Promise<EngineerView[]> {
    const repository = this.tenancy.manager().getRepository(Engineer);
    const engineers = onlyId
      ? await repository.findBy({ id: onlyId })
      : await repository.find({ order: { name: 'ASC' } });
    const teams = await this.currentTeams();
    const now = await this.clock.companyToday();
    return engineers
      .map((engineer) => {
        const teamId = teams.get(engineer.id) ?? null;
        const visibility = this.visibilityOf(viewer, engineer.id, teamId);
        return {
          engineer,
          status: engineerStatus(engineer.startDate, engineer.endDate, now),
          teamId,
          visibility,
        };
      })
      .filter((view) => view.visibility.profile);
  }

  /** What of an engineer's pay and allowance this viewer may see (libs/domain `payVisibility`). */
  visibilityOf(viewer: Viewer, engineerId: string, teamId: string | null): PayVisibility {
    return payVisibility(
      viewer.user.roles as ViewerRole[],
      {
        isSelf: engineerId === viewer.engineerId,
        managesEngineer: teamId !== null && viewer.managedTeamIds.has(teamId),
      },
      viewer.allowanceSight,
    );
  }

  async engineerFor(viewer: Viewer, id: string): Promise<EngineerView> {
    const [view] = /^[0-9a-f-]{36}$/i.test(id) ? await this.visibleEngineers(viewer, id) : [];
    if (!view)
      throw new AppError('NOT_FOUND', 'No such engineer', [
        { field: 'id', message: 'does not exist or is not visible to you' },
      ]);
    return view;
  }

  /** Base pay history, oldest first. Reading someone else's pay is itself audited. */
  async payHistory(engineerId: string, viewer: Viewer): Promise<BasePay[]> {
    const rows = await this.tenancy
      .manager()
      .getRepository(BasePay)
      .find({ where: { engineerId }, order: { effectiveFrom: 'ASC' } });
    if (engineerId !== viewer.engineerId)
      await this.audit.record('PAY_VIEWED', 'engineer', engineerId, null, null);
    return rows;
  }

  /**
   * The engineers whose allowance the accrual run looks at, locked (FOR UPDATE, in id order) so a change
   * recorded meanwhile waits for the run, or the run for it: those given, or those due by `asOf`.
   */
  async engineersForAccrual(
    asOf: string,
    engineerIds?: readonly string[],
  ): Promise<{ id: string; startDate: string; endDate: string | null }[]> {
    const rows: { id: string; start_date: string; end_date: string | null }[] = await this.tenancy
      .manager()
      .query(
        `select id, to_char(start_date, 'YYYY-MM-DD') as start_date, to_char(end_date, 'YYYY-MM-DD') as end_date
         from engineers
        where ${engineerIds ? 'id = any($1::uuid[])' : '(accruals_due_on is null or accruals_due_on <= $1::date)'}
        order by id for update`,
        [engineerIds ?? asOf],
      );
    return rows.map((row) => ({ id: row.id, startDate: row.start_date, endDate: row.end_date }));
  }

  /** Records when the accrual run next has something to do for each engineer (one statement). */
  async setAccrualsDue(due: { engineerId: string; on: string }[]): Promise<void> {
    if (!due.length) return;
    await this.tenancy.manager().query(
      `update engineers e set accruals_due_on = d.due
         from unnest($1::uuid[], $2::date[]) as d(id, due) where e.id = d.id`,
      [due.map((row) => row.engineerId), due.map((row) => row.on)],
    );
  }

  /** The pay history of many engineers in one statement, by engineer, oldest first. */
  async payRatesOf(
    engineerIds: readonly string[],
  ): Promise<Map<string, { effectiveFrom: string; annualMicros: string }[]>> {
    const rows: { engineer_id: string; effective_from: string; annual_micros: string }[] = await this.tenancy
      .manager()
      .query(
        `select engineer_id, to_char(effective_from, 'YYYY-MM-DD') as effective_from, annual_micros::text as annual_micros
           from base_pay where engineer_id = any($1::uuid[]) order by engineer_id, effective_from`,
        [engineerIds],
      );
    const result = new Map<string, { effectiveFrom: string; annualMicros: string }[]>();
    for (const row of rows) {
      const list = result.get(row.engineer_id) ?? [];
      list.push({ effectiveFrom: row.effective_from, annualMicros: row.annual_micros });
      result.set(row.engineer_id, list);
    }
    return result;
  }

  payRates(engineerId: string): Promise<BasePay[]> {
    return this.tenancy
      .manager()
      .getRepository(BasePay)
      .find({ where: { engineerId }, order: { effectiveFrom: 'ASC' } });
  }

  // ---- changes ----

  async createEngineer(input: {
    name: string;
    email: string;
    title?: string | null;
    level?: string | null;
    location?: string | null;
    teamId: string;
    startDate: string;
    endDate?: string | null;
    annualPayMicros: bigint;
    currency: string;
    userId?: string | null;
  }): Promise<Engineer> {
    const manager = this.tenancy.manager();
    const problems: FieldError[] = [];
    if (!isIsoDate(input.startDate))
      problems.push({ field: 'startDate', message: 'must be a date like 2026-04-01' });
    if (input.endDate && !isIsoDate(input.endDate))
      problems.push({ field: 'endDate', message: 'must be a date like 2026-04-01' });
    if (
      input.endDate &&
      isIsoDate(input.startDate) &&
      isIsoDate(input.endDate) &&
      input.endDate < input.startDate
    ) {
      problems.push({ field: 'endDate', message: 'must not be before the start date' });
    }
    if (!(await manager.getRepository(Team).existsBy({ id: input.teamId })))
      problems.push({ field: 'teamId', message: 'is not a team of this company' });
    if (problems.length) throw AppError.badInput(problems);
    const engineer = manager.getRepository(Engineer).create({
      companyId: this.tenancy.companyId(),
      id: randomUUID(),
      name: input.name.trim(),
      email: input.email.trim().toLowerCase(),
      title: input.title?.trim() || null,
      level: input.level?.trim() || null,
      location: input.location?.trim() || null,
      startDate: input.startDate,
      endDate: input.endDate ?? null,
      userId: input.userId ?? null,
    });
    try {
      await manager.transaction((inner) => inner.getRepository(Engineer).insert(engineer));
    } catch (error) {
      if (uniqueViolation(error))
        throw new AppError('CONFLICT', 'An engineer with this email already exists', [
          { field: 'email', message: 'is already used by another engineer' },
        ]);
      throw error;
    }
    await manager.getRepository(TeamMembership).insert({
      companyId: engineer.companyId,
      id: randomUUID(),
      engineerId: engineer.id,
      teamId: input.teamId,
      effectiveFrom: input.startDate,
    });
    await manager.getRepository(BasePay).insert({
      companyId: engineer.companyId,
      id: randomUUID(),
      engineerId: engineer.id,
      effectiveFrom: input.startDate,
      annualMicros: input.annualPayMicros.toString(),
      currency: input.currency,
      createdBy: this.tenancy.actorUserId(),
    });
    await this.audit.record('ENGINEER_CREATED', 'engineer', engineer.id, null, {
      ...engineer,
      teamId: input.teamId,
      annualPayMicros: input.annualPayMicros,
      currency: input.currency,
    });
    return engineer;
  }

  async recordRaise(
    engineerId: string,
    effectiveFrom: string,
    annualPayMicros: bigint,
    currency: string,
  ): Promise<BasePay> {
    assertIsoDate('effectiveFrom', effectiveFrom);
    const engineer = await this.mustFind(engineerId);
    if (effectiveFrom < engineer.startDate)
      throw AppError.badInput([{ field: 'effectiveFrom', message: 'must not be before the start date' }]);
    const repository = this.tenancy.manager().getRepository(BasePay);
    const previous = await repository.findOne({ where: { engineerId }, order: { effectiveFrom: 'DESC' } });
    const row = repository.create({
      companyId: this.tenancy.companyId(),
      id: randomUUID(),
      engineerId,
      effectiveFrom,
      annualMicros: annualPayMicros.toString(),
      currency,
      createdBy: this.tenancy.actorUserId(),
    });
    try {
      await this.tenancy.manager().transaction((inner) => inner.getRepository(BasePay).insert(row));
    } catch (error) {
      if (uniqueViolation(error))
        throw new AppError('CONFLICT', 'A pay change already exists on that date', [
          { field: 'effectiveFrom', message: 'already has a pay change' },
        ]);
      throw error;
    }
    await this.audit.record('PAY_CHANGED', 'engineer', engineerId, previous, row);
    return row;
  }

  /**
   * Moves an engineer to another team from a date on (kept as a new row of their team history). The date is
   * today or later by the business clock: usage is booked to the team the engineer was in on its day when it
   * is recorded, so what was booked before stays with the old team, and a move cannot rewrite it.
   */
  async moveEngineer(engineerId: string, teamId: string, effectiveFrom: string): Promise<void> {
    assertIsoDate('effectiveFrom', effectiveFrom);
    const engineer = await this.mustFind(engineerId);
    if (!(await this.tenancy.manager().getRepository(Team).existsBy({ id: teamId }))) {
      throw AppError.badInput([{ field: 'teamId', message: 'is not a team of this company' }]);
    }
    const today = await this.clock.companyToday();
    const problems: FieldError[] = [];
    if (effectiveFrom < today)
      problems.push({
        field: 'effectiveFrom',
        message: `must be today (${today}) or later: usage before it stays with the team it was booked to`,
      });
    else if (effectiveFrom < engineer.startDate)
      problems.push({
        field: 'effectiveFrom',
        message: `must not be before the start date (${engineer.startDate})`,
      });
    if (problems.length) throw AppError.badInput(problems);
    const history = await this.teamHistory(engineerId);
    const inForce = history.filter((row) => row.effectiveFrom <= effectiveFrom).pop();
    if (inForce?.teamId === teamId && inForce.effectiveFrom !== effectiveFrom)
      throw AppError.badInput([{ field: 'teamId', message: 'is already their team on that date' }]);
    const before = (await this.currentTeams()).get(engineerId) ?? null;
    await this.tenancy.manager().query(
      `insert into team_memberships (company_id, id, engineer_id, team_id, effective_from) values ($1, $2, $3, $4, $5)
       on conflict (company_id, engineer_id, effective_from) do update set team_id = excluded.team_id`,
      [this.tenancy.companyId(), randomUUID(), engineerId, teamId, effectiveFrom],
    );
    await this.audit.record(
      'TEAM_MOVE',
      'engineer',
      engineerId,
      { teamId: before },
      { teamId, effectiveFrom },
    );
  }

  /** The teams an engineer belongs to, each from a date on, oldest first (moves to come included). */
  async teamHistory(engineerId: string): Promise<{ teamId: string; effectiveFrom: string }[]> {
    const rows: { team_id: string; effective_from: string }[] = await this.tenancy.manager().query(
      `select team_id, to_char(effective_from, 'YYYY-MM-DD') as effective_from from team_memberships
        where engineer_id = $1 order by effective_from`,
      [engineerId],
    );
    return rows.map((row) => ({ teamId: row.team_id, effectiveFrom: row.effective_from }));
  }

  async setEndDate(engineerId: string, endDate: string | null): Promise<Engineer> {
    if (endDate) assertIsoDate('endDate', endDate);
    const engineer = await this.mustFind(engineerId);
    if (endDate && endDate < engineer.startDate)
      throw AppError.badInput([{ field: 'endDate', message: 'must not be before the start date' }]);
    const before = { endDate: engineer.endDate };
    engineer.endDate = endDate;
    await this.tenancy.manager().getRepository(Engineer).update({ id: engineerId }, { endDate });
    await this.audit.record('END_DATE_SET', 'engineer', engineerId, before, { endDate });
    return engineer;
  }

  async mustFind(engineerId: string): Promise<Engineer> {
    const engineer = /^[0-9a-f-]{36}$/i.test(engineerId)
      ? await this.tenancy.manager().getRepository(Engineer).findOneBy({ id: engineerId })
      : null;
    if (!engineer)
      throw AppError.badInput([{ field: 'engineerId', message: 'is not an engineer of this company' }]);
    return engineer;
  }

  engineers(): Promise<Engineer[]> {
    return this.tenancy
      .manager()
      .getRepository(Engineer)
      .find({ order: { name: 'ASC' } });
  }
}
