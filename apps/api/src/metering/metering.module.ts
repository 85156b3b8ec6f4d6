import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { PricingModule } from '../pricing/pricing.module';
import { BudgetService } from './budget.service';
import { HoldsService } from './holds.service';
import { IdentitiesService } from './identities.service';
import { MeteringResolver } from './metering.resolver';
import { MeteringController } from './metering.controller';
import { OtlpController } from './otlp/otlp.controller';
import { OtlpService } from './otlp/otlp.service';
import { UsageService } from './usage.service';

@Module({
  imports: [PeopleModule, PricingModule],
  providers: [UsageService, HoldsService, BudgetService, IdentitiesService, MeteringResolver, OtlpService],
  controllers: [MeteringController, OtlpController],
  exports: [UsageService, BudgetService, IdentitiesService],
})
export class MeteringModule {}
