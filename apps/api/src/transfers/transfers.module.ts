import { Module } from '@nestjs/common';
import { CompaniesModule } from '../companies/companies.module';
import { MeteringModule } from '../metering/metering.module';
import { PeopleModule } from '../people/people.module';
import { IncreaseRequestsController } from './increase-requests.controller';
import { IncreaseRequestsService } from './increase-requests.service';
import { PeriodTotalsService } from './period-totals.service';
import { RequestLimitsResolver } from './request-limits.resolver';
import { TeamPoolsResolver } from './team-pools.resolver';
import { TransfersResolver } from './transfers.resolver';
import { TransfersService } from './transfers.service';

@Module({
  imports: [PeopleModule, MeteringModule, CompaniesModule],
  providers: [
    IncreaseRequestsService,
    PeriodTotalsService,
    TransfersService,
    TransfersResolver,
    RequestLimitsResolver,
    TeamPoolsResolver,
  ],
  controllers: [IncreaseRequestsController],
  exports: [IncreaseRequestsService],
})
export class TransfersModule {}
