import { forwardRef, Module } from '@nestjs/common';
import { MeteringModule } from '../metering/metering.module';
import { PricingController } from './pricing.controller';
import { PricingResolver } from './pricing.resolver';
import { PricingService } from './pricing.service';

@Module({
  imports: [forwardRef(() => MeteringModule)],
  providers: [PricingService, PricingResolver],
  controllers: [PricingController],
  exports: [PricingService],
})
export class PricingModule {}
