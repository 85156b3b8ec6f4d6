import { Module } from '@nestjs/common';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { CompaniesModule } from '../companies/companies.module';
import { PeopleModule } from '../people/people.module';
import { LeavingResolver } from './leaving.resolver';
import { LeavingService } from './leaving.service';

/** What leaving does, shown before an end date is saved (the leaving preview). */
@Module({
  imports: [CompaniesModule, PeopleModule, ApiKeysModule],
  providers: [LeavingService, LeavingResolver],
})
export class LeavingModule {}
