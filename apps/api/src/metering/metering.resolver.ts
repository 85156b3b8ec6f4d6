import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PayVisibility } from '@tokenroll/domain';
import { AuditService } from '../audit/audit.service';
import { Role } from '../auth/role';
import { AppError } from '../common/app-error';
import { CurrentUser, Roles, SessionUser } from '../common/decorators';
import { TenancyService } from '../database/tenancy.service';
import { PeopleService } from '../people/people.service';
import { BudgetFigures, BudgetService } from './budget.service';
import {
  BudgetObject,
  MapIdentityInput,
  UnmappedIdentityObject,
  UnpricedModelObject,
  UsageEventObject,
  UsageSummaryObject,
} from './dto/metering.dto';
import { IdentitiesService } from './identities.service';
import { UsageService } from './usage.service';

/** The budget as a viewer may see it: a manager who may not see allowances gets spend, burn and run-out only. */
function budgetObject(figures: BudgetFigures, visibility: Pick<PayVisibility, 'allowance'>): BudgetObject {
  const own = (value: bigint) => (visibility.allowance ? value.toString() : null);
  return {
    engineerId: figures.engineerId,
    engineerName: figures.engineerName,
    currency: figures.currency,
    periodStart: figures.periodStart,
    periodEnd: figures.periodEnd,
    allowanceMicros: own(figures.allowanceMicros),
    accruedMicros: own(figures.accruedMicros),
    spentMicros: figures.spentMicros.toString(),
    heldMicros: figures.heldMicros.toString(),
    availableMicros: own(figures.availableMicros),
    poolAvailableMicros: figures.poolAvailableMicros.toString(),
    overageMicros: own(figures.overageMicros),
    enforcement: figures.enforcement,
    enforcementSource: figures.enforcementSource,
    dailyBurnMicros: figures.outlook.dailyBurnMicros.toString(),
    paceBp: visibility.allowance ? figures.outlook.paceBp : null,
    runsOutOn: figures.outlook.runsOutOn,
  };
}

const ENFORCEMENTS = ['HARD', 'SOFT'];

/** Budgets, usage and the metering admin queues for the web app. */
@Resolver()
export class MeteringResolver {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly budgets: BudgetService,
    private readonly people: PeopleService,
    private readonly usage: UsageService,
    private readonly identities: IdentitiesService,
    private readonly audit: AuditService,
  ) {}

  /** The engineer whose figures a viewer asks for: their own (no id), or one they may see. */
  private async engineerId(user: SessionUser, engineerId?: string | null): Promise<string> {
    return (await this.engineerSeen(user, engineerId)).id;
  }

  /** The engineer a viewer asks for, with what of their allowance the viewer may see. */
  private async engineerSeen(
    user: SessionUser,
    engineerId?: string | null,
  ): Promise<{ id: string; visibility: PayVisibility }> {
    const viewer = await this.people.viewer(user);
    if (!engineerId || engineerId === viewer.engineerId) {
      if (!viewer.engineerId)
        throw new AppError('NOT_FOUND', 'You have no engineer record in this company', [
          { field: 'engineerId', message: 'give the engineer to look at' },
        ]);
      return { id: viewer.engineerId, visibility: this.people.visibilityOf(viewer, viewer.engineerId, null) };
    }
    const view = await this.people.engineerFor(viewer, engineerId);
    const isManager = view.teamId !== null && viewer.managedTeamIds.has(view.teamId);
    const roles = user.roles;
    if (!isManager && ![Role.ADMIN, Role.HR, Role.FINANCE].some((role) => roles.includes(role)))
      throw new AppError('NOT_FOUND', 'No such engineer', [
        { field: 'engineerId', message: 'does not exist or is not visible to you' },
      ]);
    return { id: view.engineer.id, visibility: view.visibility };
  }

  @Query(() => BudgetObject, {
    description:
      'An engineer’s budget: your own without an id; managers see their teams, ADMIN/HR/FINANCE everyone.',
  })
  async budget(
    @CurrentUser() user: SessionUser,
    @Args('engineerId', { type: () => ID, nullable: true }) engineerId?: string,
  ): Promise<BudgetObject> {
    const seen = await this.engineerSeen(user, engineerId);
    return budgetObject(await this.budgets.figures(seen.id), seen.visibility);
  }

  @Query(() => UsageSummaryObject, {
    description: 'Daily spend and burn-down for the period, by model and tool.',
  })
  async usageSummary(
    @CurrentUser() user: SessionUser,
    @Args('engineerId', { type: () => ID, nullable: true }) engineerId?: string,
  ): Promise<UsageSummaryObject> {
    const seen = await this.engineerSeen(user, engineerId);
    const summary = await this.budgets.usageSummary(seen.id);
    if (seen.visibility.allowance) return summary;
    return {
      ...summary,
      days: summary.days.map((day) => ({ ...day, accruedMicros: null, remainingMicros: null })),
    };
  }

  @Query(() => [UsageEventObject], { description: 'Latest usage events, newest first (at most 500).' })
  async recentUsage(
    @CurrentUser() user: SessionUser,
    @Args('engineerId', { type: () => ID, nullable: true }) engineerId?: string,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit = 50,
  ): Promise<UsageEventObject[]> {
    return this.budgets.recentUsage(await this.engineerId(user, engineerId), limit);
  }

  @Roles(Role.ADMIN, Role.HR)
  @Mutation(() => BudgetObject, {
    description:
      'HARD refuses authorizations beyond the budget, SOFT allows and flags them; null follows the policy.',
  })
  async setEngineerBudgetEnforcement(
    @Args('engineerId', { type: () => ID }) engineerId: string,
    @Args('enforcement', { type: () => String, nullable: true }) enforcement: string | null,
  ): Promise<BudgetObject> {
    if (enforcement !== null && !ENFORCEMENTS.includes(enforcement))
      throw AppError.badInput([{ field: 'enforcement', message: 'must be HARD, SOFT or null' }]);
    const engineer = await this.people.mustFind(engineerId);
    await this.tenancy
      .manager()
      .query(`update engineers set budget_enforcement = $2 where id = $1`, [engineer.id, enforcement]);
    await this.audit.record('BUDGET_ENFORCEMENT_SET', 'engineer', engineer.id, null, { enforcement });
    return budgetObject(await this.budgets.figures(engineer.id), { allowance: true });
  }

  @Roles(Role.ADMIN, Role.HR, Role.FINANCE)
  @Query(() => String, { description: 'The company default: HARD or SOFT.' })
  async defaultBudgetEnforcement(): Promise<string> {
    const [row]: { enforcement: string }[] = await this.tenancy
      .manager()
      .query(`select enforcement from allowance_policies`);
    return row?.enforcement ?? 'SOFT';
  }

  @Roles(Role.ADMIN)
  @Mutation(() => String, { description: 'Sets the company default budget enforcement (HARD or SOFT).' })
  async setDefaultBudgetEnforcement(@Args('enforcement') enforcement: string): Promise<string> {
    if (!ENFORCEMENTS.includes(enforcement))
      throw AppError.badInput([{ field: 'enforcement', message: 'must be HARD or SOFT' }]);
    await this.tenancy.manager().query(
      `insert into allowance_policies (company_id, enforcement) values ($1, $2)
       on conflict (company_id) do update set enforcement = excluded.enforcement`,
      [this.tenancy.companyId(), enforcement],
    );
    await this.audit.record('BUDGET_ENFORCEMENT_DEFAULT_SET', 'company', this.tenancy.companyId(), null, {
      enforcement,
    });
    return enforcement;
  }

  // ---- admin queues ----

  @Roles(Role.ADMIN, Role.FINANCE)
  @Query(() => [UnpricedModelObject], { description: 'Usage recorded for models with no price, by model.' })
  async unpricedUsage(): Promise<UnpricedModelObject[]> {
    const rows: {
      provider: string;
      model: string;
      events: number;
      engineers: number;
      input: string;
      output: string;
      first_seen: Date;
      last_seen: Date;
    }[] = await this.tenancy.manager().query(
      `select provider, model, count(*)::int as events, count(distinct engineer_id)::int as engineers,
              sum(input_tokens)::text as input, sum(output_tokens)::text as output,
              min(occurred_at) as first_seen, max(occurred_at) as last_seen
         from usage_events where unpriced group by provider, model order by count(*) desc, provider, model`,
    );
    return rows.map((row) => ({
      provider: row.provider,
      model: row.model,
      events: row.events,
      engineers: row.engineers,
      inputTokens: row.input,
      outputTokens: row.output,
      firstSeen: row.first_seen,
      lastSeen: row.last_seen,
    }));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Int, {
    description: 'Prices unpriced usage again with the current catalog; returns how many events.',
  })
  repriceUnpricedUsage(): Promise<number> {
    return this.usage.repriceUnpriced();
  }

  @Roles(Role.ADMIN)
  @Query(() => [UnmappedIdentityObject], {
    description: 'Telemetry kept aside until its sender is mapped to an engineer.',
  })
  async unmappedUsage(): Promise<UnmappedIdentityObject[]> {
    const rows: {
      identity_kind: string;
      identity_value: string;
      label: string;
      records: number;
      input: string;
      output: string;
      last_seen: Date;
    }[] = await this.tenancy.manager().query(
      `select u.identity_kind, u.identity_value, count(*)::int as records,
              coalesce(min(k.name), u.identity_value) as label,
              coalesce(sum((u.payload->'usage'->>'inputTokens')::bigint), 0)::text as input,
              coalesce(sum((u.payload->'usage'->>'outputTokens')::bigint), 0)::text as output,
              max(u.received_at) as last_seen
         from unmapped_usage u
         left join api_keys k on u.identity_kind = 'api_key' and k.id::text = u.identity_value
        where u.resolved_at is null
        group by u.identity_kind, u.identity_value order by max(u.received_at) desc`,
    );
    return rows.map((row) => ({
      identityKind: row.identity_kind,
      identityValue: row.identity_value,
      label: row.label,
      records: row.records,
      inputTokens: row.input,
      outputTokens: row.output,
      lastSeen: row.last_seen,
    }));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Int, {
    description:
      'Maps a telemetry identity to an engineer and records what was kept aside; returns how many records.',
  })
  mapIdentity(@Args('input') input: MapIdentityInput): Promise<number> {
    return this.identities.map(input.identityKind, input.identityValue, input.engineerId);
  }
}
