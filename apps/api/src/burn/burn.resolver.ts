import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { BurnSort, BurnShow, burnTableRows, groupAllowanceVisible, payVisibility } from '@tokenroll/domain';
import { AppError } from '../common/app-error';
import { CurrentUser, SessionUser } from '../common/decorators';
import { PeopleService } from '../people/people.service';
import { BurnService, EngineerBurn, TeamBurn, UsageByKey } from './burn.service';
import {
  BurnShowEnum,
  BurnSortEnum,
  EngineerBurnObject,
  EngineerBurnPageObject,
  TeamBurnObject,
} from './dto/burn.dto';

/** The longest search of the per-engineer table. */
const MAX_SEARCH = 200;

/** Columns that order people by their allowance: refused to a viewer who may not see it. */
const ALLOWANCE_SORTS: readonly BurnSortEnum[] = [
  BurnSortEnum.ALLOWANCE,
  BurnSortEnum.ACCRUED,
  BurnSortEnum.AVAILABLE,
];

/** One engineer's row; the allowance figures only when the viewer may see them (libs/domain payVisibility). */
function engineerBurnObject(burn: EngineerBurn, seesAllowance: boolean): EngineerBurnObject {
  const own = (value: bigint) => (seesAllowance ? value.toString() : null);
  return {
    engineerId: burn.engineerId,
    name: burn.name,
    teamId: burn.teamId || null,
    allowanceMicros: own(burn.annualAllowanceMicros),
    accruedMicros: own(burn.accruedMicros),
    spentMicros: burn.spentMicros.toString(),
    heldMicros: burn.heldMicros.toString(),
    availableMicros: own(burn.availableMicros),
    overageMicros: own(burn.overageMicros),
    inOverage: burn.overageMicros > 0n,
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

function teamBurnObject(burn: TeamBurn, seesAllowanceOf: ReadonlySet<string>): TeamBurnObject {
  const total = (pick: (engineer: EngineerBurn) => bigint) =>
    burn.engineers.reduce((sum, engineer) => sum + pick(engineer), 0n).toString();
  // Allowance figures summed over the team: only over 5 people or more unless the viewer sees each one.
  const group = groupAllowanceVisible(
    burn.engineers.map((engineer) => ({ allowance: seesAllowanceOf.has(engineer.engineerId) })),
  );
  const groupTotal = (pick: (engineer: EngineerBurn) => bigint) => (group ? total(pick) : null);
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
      allowanceMicros: groupTotal((engineer) => engineer.annualAllowanceMicros),
      accruedMicros: groupTotal((engineer) => engineer.accruedMicros),
      spentMicros: total((engineer) => engineer.spentMicros),
      heldMicros: total((engineer) => engineer.heldMicros),
      availableMicros: groupTotal((engineer) => engineer.availableMicros),
      burn7Micros: total((engineer) => engineer.forecast.burn7Micros),
      burn30Micros: total((engineer) => engineer.forecast.burn30Micros),
      runningOut: burn.engineers.filter((engineer) => engineer.forecast.runsOutBeforeHorizon).length,
      underUse: burn.engineers.filter((engineer) => engineer.forecast.underUse).length,
      inOverage: burn.engineers.filter((engineer) => engineer.overageMicros > 0n).length,
      overageMicros: groupTotal((engineer) => engineer.overageMicros),
      lastWeekMicros: burn.lastWeekMicros.toString(),
      weekBeforeMicros: burn.weekBeforeMicros.toString(),
      weekOverWeekBp: change,
    },
    burns: burn.engineers,
    seesAllowanceOf,
    allowancePerPerson: burn.engineers.every((engineer) => seesAllowanceOf.has(engineer.engineerId)),
    points: burn.points.map((point) => ({
      date: point.date,
      accruedMicros: group ? point.accruedMicros.toString() : null,
      spentMicros: point.spentMicros.toString(),
    })),
    byModel: burn.byModel.map(byKeyObject),
    bySource: burn.bySource.map(byKeyObject),
  };
}

function byKeyObject(row: UsageByKey) {
  return { ...row, costMicros: row.costMicros.toString(), unpricedTokens: row.unpricedTokens.toString() };
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
    const burn = await this.burn.teamBurn(user, teamId);
    const viewer = await this.people.viewer(user);
    const seesAllowanceOf = new Set(
      burn.engineers
        .filter(
          (engineer) => this.people.visibilityOf(viewer, engineer.engineerId, engineer.teamId).allowance,
        )
        .map((engineer) => engineer.engineerId),
    );
    return teamBurnObject(burn, seesAllowanceOf);
  }

  @Query(() => EngineerBurnObject, {
    description: 'What my manager sees: exactly the row about me that my manager’s team burn shows.',
  })
  async myBurn(@CurrentUser() user: SessionUser): Promise<EngineerBurnObject> {
    const viewer = await this.people.viewer(user);
    if (!viewer.engineerId) throw new AppError('NOT_FOUND', 'You have no engineer record in this company');
    const burn = await this.burn.engineerBurn(viewer.engineerId);
    if (!burn) throw new AppError('NOT_FOUND', 'You have no allowance in the current period');
    // Exactly what a manager of this engineer may see, by the company setting.
    const manager = payVisibility(
      ['MANAGER'],
      { isSelf: false, managesEngineer: true },
      viewer.allowanceSight,
    );
    return engineerBurnObject(burn, manager.allowance);
  }
}

/**
 * The per-engineer table of a team burn: filtered, sorted and paged here from the rows the root field
 * computed (in memory, no database), so a page of a large team costs no more to send than its rows.
 */
@Resolver(() => TeamBurnObject)
export class TeamBurnEngineersResolver {
  @ResolveField(() => EngineerBurnPageObject, {
    description:
      'The engineers of the subtree: filtered by signal and by words of the name or team, sorted by one column (ties by name; rows without a value last), from `offset`, at most `limit` (all when null). The sort is the viewer’s choice; the default is by name.',
  })
  engineers(
    @Parent() burn: TeamBurnObject,
    @Args('sort', { type: () => BurnSortEnum, defaultValue: BurnSortEnum.NAME }) sort: BurnSortEnum,
    @Args('descending', { defaultValue: false }) descending: boolean,
    @Args('search', { defaultValue: '' }) search: string,
    @Args('show', { type: () => BurnShowEnum, defaultValue: BurnShowEnum.ALL }) show: BurnShowEnum,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
    @Args('limit', { type: () => Int, nullable: true }) limit: number | null,
  ): EngineerBurnPageObject {
    const problems = [
      ...(offset < 0 ? [{ field: 'offset', message: 'must be 0 or more' }] : []),
      ...(limit !== null && limit !== undefined && limit < 1
        ? [{ field: 'limit', message: 'must be 1 or more (or null for every row)' }]
        : []),
      ...(search.length > MAX_SEARCH
        ? [{ field: 'search', message: `must be at most ${MAX_SEARCH} characters` }]
        : []),
    ];
    if (!burn.allowancePerPerson && ALLOWANCE_SORTS.includes(sort))
      problems.push({
        field: 'sort',
        message: `${sort} orders people by their allowance, which you may not see (a company setting); sort by spend, burn or run-out`,
      });
    if (problems.length > 0) throw AppError.badInput(problems);
    const shown = burnTableRows(burn.burns, {
      sort: sort as string as BurnSort,
      descending,
      search,
      show: show as string as BurnShow,
    });
    const end = limit === null || limit === undefined ? shown.length : offset + limit;
    return {
      matching: shown.length,
      offset,
      rows: shown
        .slice(offset, end)
        .map((row) => engineerBurnObject(row, burn.seesAllowanceOf.has(row.engineerId))),
    };
  }
}
