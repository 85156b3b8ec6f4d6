import { BusinessClock } from '../clock/business-clock';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Money } from '@tokenroll/domain';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service';
import { Role } from '../auth/role';
import { AppError } from '../common/app-error';
import { CurrentUser, Roles, SessionUser } from '../common/decorators';
import { TenancyService } from '../database/tenancy.service';
import { LedgerService } from '../ledger/ledger.service';
import { PeopleService } from '../people/people.service';
import { PricingService } from '../pricing/pricing.service';
import { BudgetFigures, BudgetService } from './budget.service';
import {
  BudgetObject,
  CreateModelPatternInput,
  ExchangeRateObject,
  FundTeamPoolInput,
  MapIdentityInput,
  ModelPatternObject,
  SetExchangeRateInput,
  TeamPoolObject,
  UnmappedIdentityObject,
  UnpricedModelObject,
  UsageEventObject,
  UsageSummaryObject,
} from './dto/metering.dto';
import { IdentitiesService } from './identities.service';
import { UsageService } from './usage.service';

function budgetObject(figures: BudgetFigures): BudgetObject {
  return {
    engineerId: figures.engineerId,
    engineerName: figures.engineerName,
    currency: figures.currency,
    periodStart: figures.periodStart,
    periodEnd: figures.periodEnd,
    allowanceMicros: figures.allowanceMicros.toString(),
    accruedMicros: figures.accruedMicros.toString(),
    spentMicros: figures.spentMicros.toString(),
    heldMicros: figures.heldMicros.toString(),
    availableMicros: figures.availableMicros.toString(),
    poolAvailableMicros: figures.poolAvailableMicros.toString(),
    overageMicros: figures.overageMicros.toString(),
    enforcement: figures.enforcement,
    enforcementSource: figures.enforcementSource,
    dailyBurnMicros: figures.outlook.dailyBurnMicros.toString(),
    paceBp: figures.outlook.paceBp,
    runsOutOn: figures.outlook.runsOutOn,
  };
}

const ENFORCEMENTS = ['HARD', 'SOFT'];

/** Budgets, usage and the metering admin queues for the web app. */
@Resolver()
export class MeteringResolver {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly clock: BusinessClock,
    private readonly budgets: BudgetService,
    private readonly people: PeopleService,
    private readonly usage: UsageService,
    private readonly identities: IdentitiesService,
    private readonly pricing: PricingService,
    private readonly ledger: LedgerService,
    private readonly audit: AuditService,
  ) {}

  /** The engineer whose figures a viewer asks for: their own (no id), or one they may see. */
  private async engineerId(user: SessionUser, engineerId?: string | null): Promise<string> {
    const viewer = await this.people.viewer(user);
    if (!engineerId || engineerId === viewer.engineerId) {
      if (!viewer.engineerId)
        throw new AppError('NOT_FOUND', 'You have no engineer record in this company', [
          { field: 'engineerId', message: 'give the engineer to look at' },
        ]);
      return viewer.engineerId;
    }
    const view = await this.people.engineerFor(viewer, engineerId);
    const isManager = view.teamId !== null && viewer.managedTeamIds.has(view.teamId);
    const roles = user.roles;
    if (!isManager && ![Role.ADMIN, Role.HR, Role.FINANCE].some((role) => roles.includes(role)))
      throw new AppError('NOT_FOUND', 'No such engineer', [
        { field: 'engineerId', message: 'does not exist or is not visible to you' },
      ]);
    return view.engineer.id;
  }

  @Query(() => BudgetObject, {
    description:
      'An engineer’s budget: your own without an id; managers see their teams, ADMIN/HR/FINANCE everyone.',
  })
  async budget(
    @CurrentUser() user: SessionUser,
    @Args('engineerId', { type: () => ID, nullable: true }) engineerId?: string,
  ): Promise<BudgetObject> {
    return budgetObject(await this.budgets.figures(await this.engineerId(user, engineerId)));
  }

  @Query(() => UsageSummaryObject, {
    description: 'Daily spend and burn-down for the period, by model and tool.',
  })
  async usageSummary(
    @CurrentUser() user: SessionUser,
    @Args('engineerId', { type: () => ID, nullable: true }) engineerId?: string,
  ): Promise<UsageSummaryObject> {
    return this.budgets.usageSummary(await this.engineerId(user, engineerId));
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
    return budgetObject(await this.budgets.figures(engineer.id));
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
      records: number;
      input: string;
      output: string;
      last_seen: Date;
    }[] = await this.tenancy.manager().query(
      `select identity_kind, identity_value, count(*)::int as records,
              coalesce(sum((payload->'usage'->>'inputTokens')::bigint), 0)::text as input,
              coalesce(sum((payload->'usage'->>'outputTokens')::bigint), 0)::text as output,
              max(received_at) as last_seen
         from unmapped_usage where resolved_at is null
        group by identity_kind, identity_value order by max(received_at) desc`,
    );
    return rows.map((row) => ({
      identityKind: row.identity_kind,
      identityValue: row.identity_value,
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

  // ---- pricing extras ----

  @Roles(Role.ADMIN, Role.FINANCE)
  @Query(() => [ModelPatternObject])
  modelPatterns(): Promise<ModelPatternObject[]> {
    return this.tenancy
      .manager()
      .query(`select id, provider, pattern, model from model_patterns order by provider, pattern`);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ModelPatternObject, {
    description:
      'Prices dated variants (e.g. claude-opus-5-5-*) as a catalog model; unpriced usage is priced again.',
  })
  async createModelPattern(@Args('input') input: CreateModelPatternInput): Promise<ModelPatternObject> {
    const pattern = {
      id: randomUUID(),
      provider: input.provider.trim().toLowerCase(),
      pattern: input.pattern.trim(),
      model: input.model.trim(),
    };
    const book = await this.pricing.priceBook();
    const today = await this.clock.companyToday();
    if (!PricingService.priceFor(book, pattern.provider, pattern.model, today))
      throw AppError.badInput([{ field: 'model', message: `has no price for ${pattern.provider}` }]);
    const inserted: unknown[] = await this.tenancy.manager().query(
      `insert into model_patterns (company_id, id, provider, pattern, model, created_by) values ($1, $2, $3, $4, $5, $6)
       on conflict (company_id, provider, pattern) do nothing returning id`,
      [
        this.tenancy.companyId(),
        pattern.id,
        pattern.provider,
        pattern.pattern,
        pattern.model,
        this.tenancy.actorUserId(),
      ],
    );
    if (!inserted.length)
      throw new AppError('CONFLICT', 'This pattern already exists', [
        { field: 'pattern', message: 'already exists' },
      ]);
    await this.audit.record('MODEL_PATTERN_CREATED', 'model_pattern', pattern.id, null, pattern);
    await this.usage.repriceUnpriced();
    return pattern;
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Boolean)
  async deleteModelPattern(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    const deleted = /^[0-9a-f-]{36}$/i.test(id)
      ? await this.tenancy.manager().query(`delete from model_patterns where id = $1 returning id`, [id])
      : [[], 0];
    const rows = Array.isArray(deleted[0]) ? deleted[0] : deleted;
    if (!rows.length)
      throw new AppError('NOT_FOUND', 'No such pattern', [{ field: 'id', message: 'does not exist' }]);
    this.pricing.forgetPriceBook();
    await this.audit.record('MODEL_PATTERN_DELETED', 'model_pattern', id, null, null);
    return true;
  }

  @Roles(Role.ADMIN, Role.FINANCE)
  @Query(() => [ExchangeRateObject])
  exchangeRates(): Promise<ExchangeRateObject[]> {
    return this.tenancy.manager().query(
      `select currency, to_char(effective_from, 'YYYY-MM-DD') as "effectiveFrom", micros_per_usd::text as "microsPerUsd"
         from exchange_rates order by currency, effective_from`,
    );
  }

  @Roles(Role.ADMIN, Role.FINANCE)
  @Mutation(() => ExchangeRateObject, {
    description:
      'Units of the currency per 1 USD from a date on (list prices are in USD); unpriced usage is priced again.',
  })
  async setExchangeRate(@Args('input') input: SetExchangeRateInput): Promise<ExchangeRateObject> {
    const micros = Money.parse(input.rate, 'USD').micros;
    if (micros <= 0n) throw AppError.badInput([{ field: 'rate', message: 'must be more than 0' }]);
    await this.tenancy.manager().query(
      `insert into exchange_rates (company_id, currency, effective_from, micros_per_usd, created_by) values ($1, $2, $3, $4, $5)
       on conflict (company_id, currency, effective_from) do update set micros_per_usd = excluded.micros_per_usd`,
      [
        this.tenancy.companyId(),
        input.currency,
        input.effectiveFrom,
        micros.toString(),
        this.tenancy.actorUserId(),
      ],
    );
    await this.audit.record('EXCHANGE_RATE_SET', 'company', this.tenancy.companyId(), null, {
      currency: input.currency,
      effectiveFrom: input.effectiveFrom,
      microsPerUsd: micros.toString(),
    });
    // Usage from the rate's date on was converted at an older rate (or not at all): priced again, trued up.
    this.pricing.forgetPriceBook();
    if ((await this.pricing.priceBook()).currency === input.currency)
      await this.usage.reprice({ from: input.effectiveFrom });
    else await this.usage.repriceUnpriced();
    return { currency: input.currency, effectiveFrom: input.effectiveFrom, microsPerUsd: micros.toString() };
  }

  // ---- team pools ----

  @Roles(Role.ADMIN, Role.FINANCE, Role.HR)
  @Query(() => [TeamPoolObject])
  async teamPools(): Promise<TeamPoolObject[]> {
    const rows: {
      id: string;
      name: string;
      balance: string | null;
      held: string | null;
      pool_overflow: boolean;
    }[] = await this.tenancy.manager().query(
      `select t.id, t.name, a.balance_micros::text as balance, a.held_micros::text as held, t.pool_overflow
           from teams t left join ledger_accounts a on a.kind = 'TEAM_POOL' and a.owner_id = t.id
          order by t.name`,
    );
    return rows.map((row) => ({
      teamId: row.id,
      teamName: row.name,
      balanceMicros: row.balance ?? '0',
      heldMicros: row.held ?? '0',
      overflow: row.pool_overflow,
    }));
  }

  @Roles(Role.ADMIN, Role.FINANCE)
  @Mutation(() => TeamPoolObject, {
    description: 'Lets the team’s engineers draw on the pool when their allowance runs out.',
  })
  async setTeamPoolOverflow(
    @Args('teamId', { type: () => ID }) teamId: string,
    @Args('overflow') overflow: boolean,
  ): Promise<TeamPoolObject> {
    await this.mustFindTeam(teamId);
    await this.tenancy
      .manager()
      .query(`update teams set pool_overflow = $2 where id = $1`, [teamId, overflow]);
    await this.audit.record('TEAM_POOL_OVERFLOW_SET', 'team', teamId, null, { overflow });
    return this.pool(teamId);
  }

  @Roles(Role.ADMIN, Role.FINANCE)
  @Mutation(() => TeamPoolObject, { description: 'Moves company funding into a team pool (a ledger entry).' })
  async fundTeamPool(@Args('input') input: FundTeamPoolInput): Promise<TeamPoolObject> {
    await this.mustFindTeam(input.teamId);
    const [company]: { currency: string }[] = await this.tenancy
      .manager()
      .query(`select currency from companies`);
    const amount = Money.parse(input.amount, company.currency.trim()).micros;
    if (amount <= 0n) throw AppError.badInput([{ field: 'amount', message: 'must be more than 0' }]);
    if (amount > 10_000_000n * 1_000_000n)
      throw AppError.badInput([{ field: 'amount', message: 'must be at most 10,000,000' }]);
    await this.ledger.post({
      from: await this.ledger.companyAccount('COMPANY_FUNDING'),
      to: await this.ledger.account('TEAM_POOL', input.teamId),
      amountMicros: amount,
      kind: 'GRANT',
      reference: `team-pool:${input.teamId}:${randomUUID()}`,
      effectiveAt: this.clock.now(),
      memo: input.memo?.trim() || 'Team pool funding',
    });
    await this.audit.record('TEAM_POOL_FUNDED', 'team', input.teamId, null, {
      amountMicros: amount.toString(),
    });
    return this.pool(input.teamId);
  }

  private async mustFindTeam(teamId: string): Promise<void> {
    const rows = /^[0-9a-f-]{36}$/i.test(teamId)
      ? await this.tenancy.manager().query(`select id from teams where id = $1`, [teamId])
      : [];
    if (!rows.length)
      throw new AppError('NOT_FOUND', 'No such team', [{ field: 'teamId', message: 'does not exist' }]);
  }

  private async pool(teamId: string): Promise<TeamPoolObject> {
    const pools = await this.teamPools();
    return pools.find((pool) => pool.teamId === teamId)!;
  }
}
