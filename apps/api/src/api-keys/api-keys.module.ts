import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { ApiKeysController } from './api-keys.controller';
import { ApiKeysResolver } from './api-keys.resolver';
import { ApiKeysService } from './api-keys.service';

@Module({
  imports: [PeopleModule],
  providers: [ApiKeysService, ApiKeysResolver],
  controllers: [ApiKeysController],
  exports: [ApiKeysService],
})
export class ApiKeysModule {}
