import { Module } from '@nestjs/common';
import { CompaniesModule } from '../companies/companies.module';
import { MeController } from './me.controller';
import { MembersResolver } from './members.resolver';
import { MembersService } from './members.service';

@Module({
  imports: [CompaniesModule],
  providers: [MembersService, MembersResolver],
  controllers: [MeController],
  exports: [MembersService],
})
export class MembersModule {}
