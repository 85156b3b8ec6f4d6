import { Module } from '@nestjs/common';
import { PricingController } from './pricing.controller';
import { PricingResolver } from './pricing.resolver';
import { PricingService } from './pricing.service';

@Module({
  providers: [PricingService, PricingResolver],
  controllers: [PricingController],
  exports: [PricingService],
})
export class PricingModule {}
