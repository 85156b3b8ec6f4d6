import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { AppError } from '../common/app-error';
import { CurrentUser, SessionUser } from '../common/decorators';
import { PeopleService } from '../people/people.service';
import { BurnService, EngineerBurn, TeamBurn } from './burn.service';
import { EngineerBurnObject, TeamBurnObject } from './dto/burn.dto';

function engineerBurnObject(burn: EngineerBurn): EngineerBurnObject {
  return {
    engineerId: burn.engineerId,
    name: burn.name,
    teamId: burn.teamId || null,
    allowanceMicros: burn.annualAllowanceMicros.toString(),
    accruedMicros: burn.accruedMicros.toString(),
    spentMicros: burn.spentMicros.toString(),
    heldMicros: burn.heldMicros.toString(),
    availableMicros: burn.availableMicros.toString(),
    burn7Micros: burn.forecast.burn7Micros.toString(),
    burn30Micros: burn.forecast.burn30Micros.toString(),
    historyDays: burn.forecast.historyDays,
    runsOutOn: burn.forecast.runsOutOn,
    earliest: burn.forecast.earliest,
    latest: burn.forecast.latest,
    confidence: burn.forecast.confidence,
    horizon: burn.forecast.horizon,
    runsOutBeforeHorizon: burn.forecast.runsOutBeforeHorizon,
    underUse: burn.forecast.underUse,
  };
}

function teamBurnObject(burn: TeamBurn): TeamBurnObject {
  const total = (pick: (engineer: EngineerBurn) => bigint) =>
    burn.engineers.reduce((sum, engineer) => sum + pick(engineer), 0n).toString();
  const change =
    burn.weekBeforeMicros > 0n
      ? Number(((burn.lastWeekMicros - burn.weekBeforeMicros) * 10_000n) / burn.weekBeforeMicros)
      : null;
  return {
    teamId: burn.teamId,
    teamName: burn.teamName,
    currency: burn.currency,
    periodStart: burn.periodStart,
    periodEnd: burn.periodEnd,
    asOf: burn.asOf,
    summary: {
      engineers: burn.engineers.length,
      allowanceMicros: total((engineer) => engineer.annualAllowanceMicros),
      accruedMicros: total((engineer) => engineer.accruedMicros),
      spentMicros: total((engineer) => engineer.spentMicros),
      heldMicros: total((engineer) => engineer.heldMicros),
      availableMicros: total((engineer) => engineer.availableMicros),
      burn7Micros: total((engineer) => engineer.forecast.burn7Micros),
      burn30Micros: total((engineer) => engineer.forecast.burn30Micros),
      runningOut: burn.engineers.filter((engineer) => engineer.forecast.runsOutBeforeHorizon).length,
      underUse: burn.engineers.filter((engineer) => engineer.forecast.underUse).length,
      lastWeekMicros: burn.lastWeekMicros.toString(),
      weekBeforeMicros: burn.weekBeforeMicros.toString(),
      weekOverWeekBp: change,
    },
    engineers: burn.engineers.map(engineerBurnObject),
    points: burn.points.map((point) => ({
      date: point.date,
      accruedMicros: point.accruedMicros.toString(),
      spentMicros: point.spentMicros.toString(),
    })),
    byModel: burn.byModel.map((row) => ({ ...row, costMicros: row.costMicros.toString() })),
    bySource: burn.bySource.map((row) => ({ ...row, costMicros: row.costMicros.toString() })),
  };
}

/** Team burn for managers (their subtree) and ADMIN/HR/FINANCE (any team); “what my manager sees”. */
@Resolver()
export class BurnResolver {
  constructor(
    private readonly burn: BurnService,
    private readonly people: PeopleService,
  ) {}

  @Query(() => TeamBurnObject, {
    description:
      'Burn of a team and the teams below it for the current period: figures and a run-out forecast per engineer, the cumulative burn line, spend by model and tool. Managers see the teams they manage, ADMIN/HR/FINANCE any team.',
  })
  async teamBurn(
    @CurrentUser() user: SessionUser,
    @Args('teamId', { type: () => ID }) teamId: string,
  ): Promise<TeamBurnObject> {
    await this.burn.checkTeam(user, teamId);
    return teamBurnObject(await this.burn.teamBurn(teamId));
  }

  @Query(() => EngineerBurnObject, {
    description: 'What my manager sees: exactly the row about me that my manager’s team burn shows.',
  })
  async myBurn(@CurrentUser() user: SessionUser): Promise<EngineerBurnObject> {
    const viewer = await this.people.viewer(user);
    if (!viewer.engineerId) throw new AppError('NOT_FOUND', 'You have no engineer record in this company');
    const burn = await this.burn.engineerBurn(viewer.engineerId);
    if (!burn) throw new AppError('NOT_FOUND', 'You have no allowance in the current period');
    return engineerBurnObject(burn);
  }
}
