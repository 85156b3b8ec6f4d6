import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { isIsoDate, Money } from '@tokenroll/domain';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service';
import { BusinessClock } from '../clock/business-clock';
import { TenancyService } from '../database/tenancy.service';
import { Role } from '../auth/role';
import { AppError } from '../common/app-error';
import { Roles } from '../common/decorators';
import { ModelPriceObject, SetCompanyModelPriceInput } from './dto/pricing.dto';
import {
  CreateModelPatternInput,
  ExchangeRateObject,
  ModelPatternObject,
  SetExchangeRateInput,
} from './dto/pricing-admin.dto';
import { PriceChanges } from './price-changes';
import { PriceInForce, PricingService } from './pricing.service';

const micros = (field: string, text: string | undefined): bigint | null => {
  if (!text) return null;
  try {
    return Money.parse(text, 'USD').micros;
  } catch {
    throw AppError.badInput([{ field, message: 'must be an amount like 2.70' }]);
  }
};

@Resolver()
export class PricingResolver {
  constructor(
    private readonly pricing: PricingService,
    private readonly priceChanges: PriceChanges,
    private readonly tenancy: TenancyService,
    private readonly clock: BusinessClock,
    private readonly audit: AuditService,
  ) {}

  @Roles(Role.ADMIN, Role.FINANCE)
  @Query(() => [ModelPriceObject], {
    description: 'Prices in force today: the company’s own where it has one, else the public list price.',
  })
  async modelPrices(): Promise<ModelPriceObject[]> {
    return (await this.pricing.pricesInForce()).map(toObject);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ModelPriceObject, {
    description:
      'A negotiated price, a missing model, or a self-hosted model priced from GPU cost, throughput and utilization.',
  })
  async setCompanyModelPrice(@Args('input') input: SetCompanyModelPriceInput): Promise<ModelPriceObject> {
    if (!isIsoDate(input.effectiveFrom))
      throw AppError.badInput([{ field: 'effectiveFrom', message: 'must be a date like 2026-04-01' }]);
    await this.pricing.setCompanyPrice({
      provider: input.provider,
      model: input.model,
      effectiveFrom: input.effectiveFrom,
      rates: {
        input: micros('inputPerMillion', input.inputPerMillion),
        output: micros('outputPerMillion', input.outputPerMillion),
        cacheRead: micros('cacheReadPerMillion', input.cacheReadPerMillion),
        cacheWrite5m: micros('cacheWritePerMillion', input.cacheWritePerMillion),
        cacheWrite1h: null,
      },
      selfHosted: input.selfHosted
        ? {
            gpuHourMicros: micros('selfHosted.gpuHourCost', input.selfHosted.gpuHourCost) ?? 0n,
            tokensPerSecond: input.selfHosted.tokensPerSecond,
            utilizationBp: input.selfHosted.utilizationBp,
            gpuCount: input.selfHosted.gpuCount ?? 1,
          }
        : null,
      note: input.note,
    });
    const price = await this.pricing.inForce(
      input.provider.trim().toLowerCase(),
      input.model.trim(),
      input.effectiveFrom,
    );
    if (!price) throw new AppError('NOT_FOUND', 'The price was saved but is not in force on its own date');
    // Usage of the model from the price's date on (and usage charged at a fallback meanwhile) is priced
    // again now, each engineer's difference posted as an adjustment.
    await this.priceChanges.changed({
      from: input.effectiveFrom,
      provider: price.price.provider,
      model: input.model.trim(),
    });
    return toObject(price);
  }

  // ---- model patterns and exchange rates ----

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
    await this.priceChanges.changed({});
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
      await this.priceChanges.changed({ from: input.effectiveFrom });
    else await this.priceChanges.changed({});
    return { currency: input.currency, effectiveFrom: input.effectiveFrom, microsPerUsd: micros.toString() };
  }
}

function toObject({ price, origin, source }: PriceInForce): ModelPriceObject {
  return {
    provider: price.provider,
    model: price.model,
    effectiveFrom: price.effectiveFrom,
    currency: price.currency,
    inputMicros: price.rates.input?.toString() ?? null,
    outputMicros: price.rates.output?.toString() ?? null,
    cacheReadMicros: price.rates.cacheRead?.toString() ?? null,
    cacheWrite5mMicros: price.rates.cacheWrite5m?.toString() ?? null,
    cacheWrite1hMicros: price.rates.cacheWrite1h?.toString() ?? null,
    tierCount: price.tiers.length,
    origin,
    source,
  };
}
