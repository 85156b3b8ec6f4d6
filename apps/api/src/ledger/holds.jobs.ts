import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/config';
import { HOLD_EXPIRY_QUEUE } from '../database/migrations/1795641000000-HoldsFrontDoor';
import { JobsService } from '../jobs/jobs.service';
import { LedgerHolds } from './ledger-holds';

/**
 * Hold expiry on the jobs runner: once per HOLD_SWEEP_SECONDS across instances, every pending hold past its
 * TTL is expired and what it reserved released (each company in its own tenant transaction). A retried or
 * overlapping run is harmless: a hold leaves pending once (one conditional UPDATE).
 */
@Injectable()
export class HoldExpiryJob implements OnModuleInit {
  private readonly logger = new Logger(HoldExpiryJob.name);

  constructor(
    private readonly jobs: JobsService,
    private readonly holds: LedgerHolds,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      queue: HOLD_EXPIRY_QUEUE,
      singletonSeconds: this.config.holdSweepSeconds,
      retryLimit: 2,
      handler: async () => {
        const expired = await this.holds.expireAll();
        if (expired) this.logger.log(`released ${expired} expired holds`);
      },
    });
  }
}
