import { Injectable, OnModuleInit } from '@nestjs/common';
import { OFFBOARDING_QUEUE } from '../database/migrations/1795650000000-MembersAndSessions';
import { TenancyService } from '../database/tenancy.service';
import { JobsService } from '../jobs/jobs.service';
import { MembersService } from './members.service';

/**
 * Offboarding at the end date, through the jobs runner: every hour (and once at start, to catch up after
 * downtime) each company's leavers whose end date has come (by the business clock) are offboarded.
 * Offboarding is idempotent, so a retried or overlapping run does nothing twice.
 */
@Injectable()
export class OffboardingJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly tenancy: TenancyService,
    private readonly members: MembersService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      queue: OFFBOARDING_QUEUE,
      schedule: '7 * * * *',
      catchUpAtStart: true,
      retryLimit: 3,
      handler: async () => {
        await this.offboardAll();
      },
    });
  }

  /** Offboards the due leavers of every company, each in its own tenant transaction. */
  async offboardAll(): Promise<number> {
    let done = 0;
    for (const companyId of await this.tenancy.companyIds())
      done += await this.tenancy.run(companyId, () => this.members.offboardDue());
    return done;
  }
}
