import { Module } from '@nestjs/common';
import { AllowancesModule } from '../allowances/allowances.module';
import { JobsService } from './jobs.service';

/** Scheduled work through pg-boss. */
@Module({
  imports: [AllowancesModule],
  providers: [JobsService],
  exports: [JobsService],
})
export class JobsModule {}
