import { Module } from '@nestjs/common';
import { CompaniesModule } from '../companies/companies.module';
import { PeopleRecordsModule } from '../people/people-records.module';
import { AllowancesResolver } from './allowances.resolver';
import { AllowancesService } from './allowances.service';

/** The allowance rule applied to people: policy, overrides, accruals and the schedule. */
@Module({
  imports: [CompaniesModule, PeopleRecordsModule],
  providers: [AllowancesService, AllowancesResolver],
  exports: [AllowancesService],
})
export class AllowancesModule {}
