import { Module } from '@nestjs/common';
import { CompaniesModule } from '../companies/companies.module';
import { PeopleService } from './people.service';

/**
 * The people records alone (engineers, teams, pay). Allowances build on them, and the people API builds on
 * allowances (a hire or a raise accrues at once), so the records sit below both: no module cycle.
 */
@Module({ imports: [CompaniesModule], providers: [PeopleService], exports: [PeopleService] })
export class PeopleRecordsModule {}
