import { Module } from '@nestjs/common';
import { PeopleRecordsModule } from '../people/people-records.module';
import { ApiKeysController } from './api-keys.controller';
import { ApiKeysResolver } from './api-keys.resolver';
import { ApiKeysService } from './api-keys.service';

@Module({
  imports: [PeopleRecordsModule],
  providers: [ApiKeysService, ApiKeysResolver],
  controllers: [ApiKeysController],
  exports: [ApiKeysService],
})
export class ApiKeysModule {}
