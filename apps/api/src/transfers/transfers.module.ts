import { Module } from '@nestjs/common';
import { MeteringModule } from '../metering/metering.module';
import { PeopleModule } from '../people/people.module';
import { IncreaseRequestsController } from './increase-requests.controller';
import { IncreaseRequestsService } from './increase-requests.service';
import { TransfersResolver } from './transfers.resolver';
import { TransfersService } from './transfers.service';

@Module({
  imports: [PeopleModule, MeteringModule],
  providers: [IncreaseRequestsService, TransfersService, TransfersResolver],
  controllers: [IncreaseRequestsController],
  exports: [IncreaseRequestsService],
})
export class TransfersModule {}
