import { Module } from '@nestjs/common';
import { AllowancesModule } from '../allowances/allowances.module';
import { CompaniesModule } from '../companies/companies.module';
import { MembersModule } from '../members/members.module';
import { PeopleRecordsModule } from './people-records.module';
import { PeopleResolver } from './people.resolver';
import { RosterController } from './roster.controller';
import { RosterService } from './roster.service';

/** People and pay: the team tree, engineers, raises and moves, the roster import. */
@Module({
  imports: [CompaniesModule, PeopleRecordsModule, AllowancesModule, MembersModule],
  providers: [PeopleResolver, RosterService],
  controllers: [RosterController],
  exports: [PeopleRecordsModule, AllowancesModule],
})
export class PeopleModule {}
