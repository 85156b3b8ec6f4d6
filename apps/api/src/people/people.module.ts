import { Module } from '@nestjs/common';
import { AllowancesResolver } from '../allowances/allowances.resolver';
import { AllowancesService } from '../allowances/allowances.service';
import { AuditResolver } from '../audit/audit.resolver';
import { CompaniesModule } from '../companies/companies.module';
import { JobsService } from '../jobs/jobs.service';
import { PeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';
import { RosterController } from './roster.controller';
import { RosterService } from './roster.service';
import { OffersController } from '../offers/offers.controller';
import { OffersResolver } from '../offers/offers.resolver';
import { OffersService } from '../offers/offers.service';

/** People and pay, offers, the allowance rule applied to them, and the accrual job. */
@Module({
  imports: [CompaniesModule],
  providers: [
    PeopleService,
    PeopleResolver,
    AllowancesService,
    AllowancesResolver,
    AuditResolver,
    JobsService,
    OffersService,
    OffersResolver,
    RosterService,
  ],
  controllers: [OffersController, RosterController],
  exports: [PeopleService, AllowancesService],
})
export class PeopleModule {}
