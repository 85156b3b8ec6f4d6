import { Module } from '@nestjs/common';
import { PriceChanges } from './price-changes';
import { PricingController } from './pricing.controller';
import { PricingResolver } from './pricing.resolver';
import { PricingService } from './pricing.service';

/** Prices, model patterns and exchange rates; a change is announced on PriceChanges (metering reprices). */
@Module({
  providers: [PricingService, PricingResolver, PriceChanges],
  controllers: [PricingController],
  exports: [PricingService, PriceChanges],
})
export class PricingModule {}
