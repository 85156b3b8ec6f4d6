import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { BurnResolver, TeamBurnEngineersResolver } from './burn.resolver';
import { BurnService } from './burn.service';

@Module({
  imports: [PeopleModule],
  providers: [BurnService, BurnResolver, TeamBurnEngineersResolver],
})
export class BurnModule {}
