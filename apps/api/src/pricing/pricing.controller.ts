import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PricesResponse } from '../common/openapi';
import { Money } from '@tokenroll/domain';
import { MachineAuth } from '../common/decorators';
import { PricingService } from './pricing.service';

const perMillion = (micros: bigint | null, currency: string): string | null =>
  micros == null ? null : Money.of(micros, currency).toDecimalString();

@ApiTags('prices')
@ApiBearerAuth()
@Controller('v1/prices')
export class PricingController {
  constructor(private readonly pricing: PricingService) {}

  @MachineAuth()
  @Get()
  @ApiOperation({ summary: 'The prices in force for the key’s company, per 1M tokens, as decimal strings.' })
  @ApiOkResponse({ type: PricesResponse })
  async prices() {
    const prices = await this.pricing.pricesInForce();
    return {
      prices: prices.map(({ price, origin }) => ({
        provider: price.provider,
        model: price.model,
        currency: price.currency,
        inputPerMillion: perMillion(price.rates.input, price.currency),
        outputPerMillion: perMillion(price.rates.output, price.currency),
        cacheReadPerMillion: perMillion(price.rates.cacheRead, price.currency),
        cacheWritePerMillion: perMillion(price.rates.cacheWrite5m, price.currency),
        effectiveFrom: price.effectiveFrom,
        origin,
      })),
    };
  }
}
