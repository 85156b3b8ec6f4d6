import { Module } from '@nestjs/common';
import { CompaniesModule } from '../companies/companies.module';
import { PeopleModule } from '../people/people.module';
import { OffersController } from './offers.controller';
import { OffersResolver } from './offers.resolver';
import { OffersService } from './offers.service';

/** Offers to candidates, their letter, and the hire an accepted offer becomes. */
@Module({
  imports: [CompaniesModule, PeopleModule],
  providers: [OffersService, OffersResolver],
  controllers: [OffersController],
})
export class OffersModule {}
