import { Module } from '@nestjs/common';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { CompaniesModule } from '../companies/companies.module';
import { JobsModule } from '../jobs/jobs.module';
import { PeopleRecordsModule } from '../people/people-records.module';
import { OffboardingJobs } from './offboarding.jobs';
import { MeController } from './me.controller';
import { MembersResolver } from './members.resolver';
import { MembersService } from './members.service';

@Module({
  imports: [CompaniesModule, PeopleRecordsModule, ApiKeysModule, JobsModule],
  providers: [MembersService, MembersResolver, OffboardingJobs],
  controllers: [MeController],
  exports: [MembersService],
})
export class MembersModule {}
