import { Args, Query, Resolver } from '@nestjs/graphql';
import { AmountBy, Statement, StatementSet } from '@tokenroll/domain';
import { Role } from '../auth/role';
import { AppError } from '../common/app-error';
import { CurrentUser, Roles, SessionUser } from '../common/decorators';
import { PeopleService, Viewer } from '../people/people.service';
import {
  AmountByObject,
  ChargebackModeEnum,
  StatementKindEnum,
  StatementObject,
  StatementSetObject,
} from './dto/statements.dto';
import { StatementReader, StatementsService } from './statements.service';

const SEES_EVERY_STATEMENT: readonly Role[] = [Role.ADMIN, Role.FINANCE, Role.HR];

const amounts = (list: AmountBy[]): AmountByObject[] =>
  list.map((amount) => ({ ...amount, costMicros: amount.costMicros.toString() }));

/** A statement in the API's shape (money as strings of micro-units). */
export function statementObject(
  statement: Statement,
  context: { period: string; months: string[]; currency: string; closed: boolean },
): StatementObject {
  return {
    kind: statement.kind as StatementKindEnum,
    key: statement.key,
    name: statement.name,
    label: statement.label,
    ...context,
    totalMicros: statement.totalMicros.toString(),
    previousTotalMicros: statement.previousTotalMicros?.toString() ?? null,
    changeMicros:
      statement.previousTotalMicros === null
        ? null
        : (statement.totalMicros - statement.previousTotalMicros).toString(),
    byCategory: amounts(statement.byCategory),
    byEngineer: amounts(statement.byEngineer),
    byModel: amounts(statement.byModel),
    byProvider: amounts(statement.byProvider),
    byTool: amounts(statement.byTool),
    adjustments: statement.adjustments.map((adjustment) => ({
      ...adjustment,
      costMicros: adjustment.costMicros.toString(),
    })),
    allowances: statement.allowances.map((allowance) => ({
      engineerId: allowance.engineerId,
      engineerName: allowance.engineerName,
      leaver: allowance.leaver,
      grantedMicros: allowance.grantedMicros?.toString() ?? null,
      spentMicros: allowance.spentMicros.toString(),
      utilisationBp: allowance.utilisationBp,
      overageMicros: allowance.overageMicros?.toString() ?? null,
    })),
    overageMicros: statement.overageMicros?.toString() ?? null,
  };
}

export function statementSetObject(set: StatementSet): StatementSetObject {
  const context = { period: set.period, months: set.months, currency: set.currency, closed: set.closed };
  return {
    period: set.period,
    months: set.months,
    currency: set.currency,
    mode: set.mode as ChargebackModeEnum,
    closed: set.closed,
    totalMicros: set.totalMicros.toString(),
    usageMicros: set.usageMicros.toString(),
    adjustmentMicros: set.adjustmentMicros.toString(),
    sharedMicros: set.sharedMicros.toString(),
    unabsorbedMicros: set.unabsorbedMicros.toString(),
    teams: set.teams.map((statement) => statementObject(statement, context)),
    costCentres: set.costCentres.map((statement) => statementObject(statement, context)),
  };
}

/**
 * Statements for FINANCE, ADMIN and HR (every team and cost centre, every allowance figure) and managers (the
 * teams they manage; allowance figures per the company's manager-visibility setting).
 */
@Resolver()
export class StatementsResolver {
  constructor(
    private readonly statementsService: StatementsService,
    private readonly people: PeopleService,
  ) {}

  @Roles(Role.ADMIN, Role.FINANCE, Role.HR, Role.MANAGER)
  @Query(() => StatementSetObject, {
    description:
      'Every team and cost-centre statement of a period: a month (YYYY-MM), a quarter (YYYY-Qn) or a fiscal year ' +
      '(FYyyyy), the sum of its months (to date). Open months are computed; closed months read as frozen at close. ' +
      'A manager gets the statements of the teams they manage only (and no cost centres).',
  })
  async statements(
    @CurrentUser() user: SessionUser,
    @Args('period') period: string,
  ): Promise<StatementSetObject> {
    const viewer = await this.people.viewer(user);
    const everything = seesEveryStatement(user);
    const set = await this.statementsService.statements(
      period,
      this.reader(viewer),
      everything ? null : viewer.managedTeamIds,
    );
    return statementSetObject(set);
  }

  @Roles(Role.ADMIN, Role.FINANCE, Role.HR, Role.MANAGER)
  @Query(() => StatementObject, {
    description:
      'One statement of a period: TEAM (key: team id, or CENTRAL), COST_CENTRE (key: its code) or SUBTREE (key: ' +
      'team id; a labelled view). Managers read TEAM and SUBTREE statements of the teams they manage.',
  })
  async statement(
    @CurrentUser() user: SessionUser,
    @Args('period') period: string,
    @Args('kind', { type: () => StatementKindEnum }) kind: StatementKindEnum,
    @Args('key') key: string,
  ): Promise<StatementObject> {
    const viewer = await this.people.viewer(user);
    if (!seesEveryStatement(user)) {
      const own = kind !== StatementKindEnum.COST_CENTRE && viewer.managedTeamIds.has(key);
      if (!own)
        throw new AppError('FORBIDDEN', 'You may read the statements of the teams you manage only', [
          { field: 'key', message: 'is not a team you manage' },
        ]);
    }
    const statement = await this.statementsService.statement(period, kind, key, this.reader(viewer));
    return statementObject(statement, statement);
  }

  @Roles(Role.ADMIN, Role.FINANCE, Role.HR, Role.MANAGER)
  @Query(() => [AmountByObject], {
    description:
      'Drill-down of one statement: its usage by tag (key=value of the events’ tags, e.g. repo=billing), on the days ' +
      'its engineers were booked to it. Not part of the statement’s sums (an event may carry several tags or none).',
  })
  async statementTags(
    @CurrentUser() user: SessionUser,
    @Args('period') period: string,
    @Args('kind', { type: () => StatementKindEnum }) kind: StatementKindEnum,
    @Args('key') key: string,
  ): Promise<AmountByObject[]> {
    const viewer = await this.people.viewer(user);
    if (
      !seesEveryStatement(user) &&
      !(kind !== StatementKindEnum.COST_CENTRE && viewer.managedTeamIds.has(key))
    )
      throw new AppError('FORBIDDEN', 'You may read the statements of the teams you manage only', [
        { field: 'key', message: 'is not a team you manage' },
      ]);
    return amounts(await this.statementsService.tagSpend(period, kind, key));
  }

  /** Whose allowance figures this viewer may see (libs/domain payVisibility, through PeopleService). */
  private reader(viewer: Viewer): StatementReader {
    return {
      seesAllowanceOf: (engineerId, teamId) => this.people.visibilityOf(viewer, engineerId, teamId).allowance,
    };
  }
}

function seesEveryStatement(user: SessionUser): boolean {
  return user.roles.some((role) => SEES_EVERY_STATEMENT.includes(role));
}
