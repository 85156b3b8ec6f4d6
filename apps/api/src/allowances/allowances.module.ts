import { Module } from '@nestjs/common';
import { CompaniesModule } from '../companies/companies.module';
import { JobsModule } from '../jobs/jobs.module';
import { PeopleRecordsModule } from '../people/people-records.module';
import { AccrualJobs } from './accrual.jobs';
import { AllowancesResolver } from './allowances.resolver';
import { AllowancesService } from './allowances.service';

/** The allowance rule applied to people: policy, overrides, accruals and the schedule. */
@Module({
  imports: [CompaniesModule, PeopleRecordsModule, JobsModule],
  providers: [AllowancesService, AllowancesResolver, AccrualJobs],
  exports: [AllowancesService],
})
export class AllowancesModule {}
