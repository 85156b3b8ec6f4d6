import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { PeopleModule } from '../people/people.module';
import { PricingModule } from '../pricing/pricing.module';
import { BudgetService } from './budget.service';
import { HoldsService } from './holds.service';
import { IdentitiesService } from './identities.service';
import { MeteringResolver } from './metering.resolver';
import { MeteringController } from './metering.controller';
import { OtlpController } from './otlp/otlp.controller';
import { OtlpService } from './otlp/otlp.service';
import { UsagePartitionsJob } from './partitions.jobs';
import { UsageReads } from './usage-reads.service';
import { UsageService } from './usage.service';

@Module({
  imports: [PeopleModule, PricingModule, JobsModule],
  providers: [
    UsageService,
    HoldsService,
    BudgetService,
    IdentitiesService,
    MeteringResolver,
    OtlpService,
    UsagePartitionsJob,
    UsageReads,
  ],
  controllers: [MeteringController, OtlpController],
  exports: [UsageService, BudgetService, IdentitiesService, UsageReads],
})
export class MeteringModule {}
