import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { addDays, Money } from '@tokenroll/domain';
import { AllowancesService } from '../allowances/allowances.service';
import { AuditService } from '../audit/audit.service';
import { Role } from '../auth/role';
import { AppError } from '../common/app-error';
import { CurrentUser, Roles, SessionUser } from '../common/decorators';
import { CompaniesService } from '../companies/companies.service';
import { LedgerService } from '../ledger/ledger.service';
import { User } from '../members/user.entity';
import { MembersService } from '../members/members.service';
import { TenancyService } from '../database/tenancy.service';
import {
  CreateEngineerInput,
  CreateTeamInput,
  MoveEngineerInput,
  RecordRaiseInput,
  SetEndDateInput,
  UpdateTeamInput,
} from './dto/people.inputs';
import {
  EngineerDetailObject,
  EngineerObject,
  EngineerStatusEnum,
  PayObject,
  TeamObject,
} from './dto/people.objects';
import { EngineerView, PeopleService } from './people.service';
import { Team } from './team.entity';

/** Parses a decimal amount of the company currency into micro-units; the field is named on failure. */
export function parseAmount(field: string, text: string, currency: string): bigint {
  try {
    const micros = Money.parse(text, currency).micros;
    if (micros < 0n) throw new Error('negative');
    if (micros > 1_000_000_000n * 1_000_000n)
      throw AppError.badInput([{ field, message: 'is not a believable annual amount (over 1,000,000,000)' }]);
    return micros;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw AppError.badInput([{ field, message: 'must be a positive amount like 185000' }]);
  }
}

@Resolver()
export class PeopleResolver {
  constructor(
    private readonly people: PeopleService,
    private readonly allowances: AllowancesService,
    private readonly companies: CompaniesService,
    private readonly ledger: LedgerService,
    private readonly tenancy: TenancyService,
    private readonly audit: AuditService,
    private readonly members: MembersService,
  ) {}

  @Roles(Role.ADMIN, Role.HR, Role.FINANCE, Role.MANAGER)
  @Query(() => [TeamObject], { description: 'The team tree (flat; follow parentId).' })
  async teams(): Promise<TeamObject[]> {
    const teams = await this.people.teams();
    const users = await this.tenancy.manager().getRepository(User).find();
    const names = new Map(users.map((user) => [user.id, user.name]));
    const counts = new Map<string, number>();
    for (const teamId of (await this.people.currentTeams()).values())
      counts.set(teamId, (counts.get(teamId) ?? 0) + 1);
    return teams.map((team) => this.teamObject(team, names, counts));
  }

  @Roles(Role.ADMIN, Role.HR)
  @Mutation(() => TeamObject)
  async createTeam(@Args('input') input: CreateTeamInput): Promise<TeamObject> {
    return this.teamObject(await this.people.createTeam(input), new Map(), new Map());
  }

  @Roles(Role.ADMIN, Role.HR)
  @Mutation(() => TeamObject)
  async updateTeam(@Args('input') input: UpdateTeamInput): Promise<TeamObject> {
    const { id, ...changes } = input;
    const team = await this.people.updateTeam(id, changes);
    // the whole row as the team tree shows it (manager's name, engineers now in the team)
    return (
      (await this.teams()).find((row) => row.id === team.id) ?? this.teamObject(team, new Map(), new Map())
    );
  }

  @Query(() => [EngineerObject], {
    description:
      'Engineers the viewer may see: everyone for ADMIN/HR/FINANCE, the managed subtree for a MANAGER, oneself for an ENGINEER.',
  })
  async engineers(@CurrentUser() user: SessionUser): Promise<EngineerObject[]> {
    const viewer = await this.people.viewer(user);
    const views = await this.people.visibleEngineers(viewer);
    // A list with other people's base pay is a read of their pay: one audit entry names whose.
    const others = views.filter((view) => view.visibility.basePay && view.engineer.id !== viewer.engineerId);
    if (others.length) {
      await this.audit.record('PAY_VIEWED', 'engineer', null, null, {
        view: 'engineers list',
        engineerIds: others.map((view) => view.engineer.id),
      });
    }
    const context = await this.rowContext();
    return views.map((view) => this.engineerObject(view, context));
  }

  @Query(() => EngineerDetailObject)
  async engineer(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: SessionUser,
  ): Promise<EngineerDetailObject> {
    const viewer = await this.people.viewer(user);
    const view = await this.people.engineerFor(viewer, id);
    const context = await this.rowContext();
    const engineer = this.engineerObject(view, context);
    const moves = await this.people.teamHistory(view.engineer.id);
    const teamHistory = moves.map((move, i) => ({
      teamId: move.teamId,
      teamName: context.teamNames.get(move.teamId) ?? '',
      effectiveFrom: move.effectiveFrom,
      effectiveTo: moves[i + 1] ? addDays(moves[i + 1].effectiveFrom, -1) : undefined,
    }));
    if (!view.visibility.allowance)
      return { engineer, teamHistory, payHistory: null, allowance: null, ledgerEntries: null };
    const summary = await this.allowances.summary(view.engineer);
    const currency = (await this.companies.current()).currency;
    const account = await this.ledger.account('ENGINEER_ALLOWANCE', view.engineer.id);
    const entries = await this.ledger.entries(account.id);
    const payHistory = view.visibility.basePay
      ? (await this.people.payHistory(view.engineer.id, viewer)).map(toPay)
      : null;
    return {
      engineer,
      teamHistory,
      payHistory,
      allowance: {
        periodStart: summary.period.start,
        periodEnd: summary.period.end,
        annualMicros: summary.annualAllowanceMicros.toString(),
        periodTotalMicros: summary.periodTotalMicros.toString(),
        accruedMicros: summary.accruedMicros.toString(),
        balanceMicros: summary.balanceMicros.toString(),
        currency,
        override: summary.override
          ? {
              effectiveFrom: summary.override.effectiveFrom,
              basisKind: summary.override.basisKind,
              ratioBp: summary.override.ratioBp,
              annualMicros: summary.override.annualMicros,
              topUpMicros: summary.override.topUpMicros,
              reason: summary.override.reason,
            }
          : null,
        schedule: summary.schedule.map((grant) => ({
          month: grant.month,
          grantDate: grant.grantDate,
          amountMicros: grant.amountMicros.toString(),
          daysCovered: grant.daysCovered,
          daysInMonth: grant.daysInMonth,
          posted: grant.posted,
          postedMicros: grant.postedMicros.toString(),
          adjustmentMicros: grant.adjustmentMicros.toString(),
        })),
      },
      ledgerEntries: entries.map((entry) => ({
        id: entry.id,
        kind: entry.kind,
        amountMicros: (entry.toAccountId === account.id
          ? BigInt(entry.amountMicros)
          : -BigInt(entry.amountMicros)
        ).toString(),
        effectiveAt: entry.effectiveAt,
        memo: entry.memo,
        reference: entry.reference,
      })),
    };
  }

  @Roles(Role.ADMIN, Role.HR)
  @Mutation(() => EngineerObject)
  async createEngineer(
    @Args('input') input: CreateEngineerInput,
    @CurrentUser() user: SessionUser,
  ): Promise<EngineerObject> {
    const company = await this.companies.current();
    if (input.currency !== company.currency) {
      throw AppError.badInput([
        { field: 'currency', message: `must be the company currency (${company.currency})` },
      ]);
    }
    const annualPayMicros = parseAmount('annualPay', input.annualPay, input.currency);
    if (annualPayMicros === 0n)
      throw AppError.badInput([{ field: 'annualPay', message: 'must be more than zero' }]);
    const engineer = await this.people.createEngineer({ ...input, annualPayMicros });
    // What is due is granted at once, in the same transaction (a hard budget can work today).
    await this.allowances.accrue({ engineerIds: [engineer.id] });
    // A leaver recorded after their end date is offboarded at once (their login and keys).
    await this.members.offboard(engineer.id, engineer.endDate);
    const viewer = await this.people.viewer(user);
    return this.engineerObject(
      (await this.people.visibleEngineers(viewer, engineer.id))[0],
      await this.rowContext(),
    );
  }

  @Roles(Role.ADMIN, Role.HR)
  @Mutation(() => PayObject, { description: 'A raise (or any pay change) from a date on; history is kept.' })
  async recordRaise(@Args('input') input: RecordRaiseInput): Promise<PayObject> {
    const currency = (await this.companies.current()).currency;
    const micros = parseAmount('annualPay', input.annualPay, currency);
    if (micros === 0n) throw AppError.badInput([{ field: 'annualPay', message: 'must be more than zero' }]);
    const pay = await this.people.recordRaise(input.engineerId, input.effectiveFrom, micros, currency);
    await this.allowances.accrue({
      engineerIds: [input.engineerId],
      change: `Pay change to ${input.annualPay} from ${input.effectiveFrom}`,
    });
    return toPay(pay);
  }

  @Roles(Role.ADMIN, Role.HR)
  @Mutation(() => Boolean, {
    description: 'Moves an engineer to another team from a date on. The allowance does not change.',
  })
  async moveEngineer(@Args('input') input: MoveEngineerInput): Promise<boolean> {
    await this.people.moveEngineer(input.engineerId, input.teamId, input.effectiveFrom);
    return true;
  }

  @Roles(Role.ADMIN, Role.HR)
  @Mutation(() => EngineerObject, {
    description: 'Sets (or clears) the last employed day; unused allowance is forfeited after it.',
  })
  async setEndDate(
    @Args('input') input: SetEndDateInput,
    @CurrentUser() user: SessionUser,
  ): Promise<EngineerObject> {
    await this.people.setEndDate(input.engineerId, input.endDate ?? null);
    await this.members.offboard(input.engineerId, input.endDate ?? null);
    await this.allowances.accrue({
      engineerIds: [input.engineerId],
      change: input.endDate ? `Last day ${input.endDate}` : 'End date cleared',
    });
    const viewer = await this.people.viewer(user);
    return this.engineerObject(
      (await this.people.visibleEngineers(viewer, input.engineerId))[0],
      await this.rowContext(),
    );
  }

  private teamObject(team: Team, names: Map<string, string>, counts: Map<string, number>): TeamObject {
    return {
      id: team.id,
      name: team.name,
      parentId: team.parentId,
      costCentre: team.costCentre,
      managerUserId: team.managerUserId,
      managerName: team.managerUserId ? (names.get(team.managerUserId) ?? null) : null,
      engineerCount: counts.get(team.id) ?? 0,
    };
  }

  /** Teams and current figures, loaded once per request for any number of rows. */
  private async rowContext(): Promise<RowContext> {
    const [teams, figures] = await Promise.all([this.people.teams(), this.allowances.currentFigures()]);
    return { teamNames: new Map(teams.map((team) => [team.id, team.name])), figures };
  }

  private engineerObject(view: EngineerView, context: RowContext): EngineerObject {
    const figures = context.figures.get(view.engineer.id);
    return {
      id: view.engineer.id,
      name: view.engineer.name,
      email: view.engineer.email,
      title: view.engineer.title,
      level: view.engineer.level,
      location: view.engineer.location,
      startDate: view.engineer.startDate,
      endDate: view.engineer.endDate,
      status: view.status as EngineerStatusEnum,
      teamId: view.teamId,
      teamName: view.teamId ? (context.teamNames.get(view.teamId) ?? null) : null,
      basePay: view.visibility.basePay && figures ? toPay(figures.pay) : null,
      annualAllowanceMicros:
        view.visibility.allowance && figures ? figures.annualAllowanceMicros.toString() : null,
    };
  }
}

interface RowContext {
  teamNames: Map<string, string>;
  figures: Map<
    string,
    { pay: { effectiveFrom: string; annualMicros: string; currency: string }; annualAllowanceMicros: bigint }
  >;
}

function toPay(row: { effectiveFrom: string; annualMicros: string; currency: string }): PayObject {
  return { effectiveFrom: row.effectiveFrom, annualMicros: row.annualMicros, currency: row.currency };
}
