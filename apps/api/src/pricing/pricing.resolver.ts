import { forwardRef, Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { isIsoDate, Money } from '@tokenroll/domain';
import { Role } from '../auth/role';
import { AppError } from '../common/app-error';
import { Roles } from '../common/decorators';
import { ModelPriceObject, SetCompanyModelPriceInput } from './dto/pricing.dto';
import { UsageService } from '../metering/usage.service';
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
    @Inject(forwardRef(() => UsageService)) private readonly usage: UsageService,
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
    await this.usage.reprice({
      from: input.effectiveFrom,
      provider: price.price.provider,
      model: input.model.trim(),
    });
    return toObject(price);
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
