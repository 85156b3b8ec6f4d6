import { Global, Module } from '@nestjs/common';
import { BusinessClock } from './business-clock';

/** The one business clock, for every module. */
@Global()
@Module({ providers: [BusinessClock], exports: [BusinessClock] })
export class ClockModule {}
