import { Module } from '@nestjs/common';
import { JobsService } from './jobs.service';

/** The one pg-boss instance: modules import this and register their handlers (JobsService.register). */
@Module({ providers: [JobsService], exports: [JobsService] })
export class JobsModule {}
