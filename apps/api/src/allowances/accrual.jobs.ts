import { Injectable, OnModuleInit } from '@nestjs/common';
import { ACCRUAL_QUEUE } from '../database/migrations/1795416936760-PeopleAllowancesLedger';
import { TenancyService } from '../database/tenancy.service';
import { JobsService } from '../jobs/jobs.service';
import { AllowancesService } from './allowances.service';

/**
 * Accruals every hour (and once at start, to catch up after downtime) through the jobs runner. Postings
 * are idempotent by reference, so a retried or overlapping run grants nothing twice.
 */
@Injectable()
export class AccrualJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly tenancy: TenancyService,
    private readonly allowances: AllowancesService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      queue: ACCRUAL_QUEUE,
      schedule: '5 * * * *',
      catchUpAtStart: true,
      retryLimit: 3,
      handler: async () => {
        await this.accrueAll();
      },
    });
  }

  /** Accruals for every company, each in its own tenant transaction. */
  async accrueAll(asOf?: string): Promise<number> {
    let granted = 0;
    for (const companyId of await this.tenancy.companyIds()) {
      const run = await this.tenancy.run(companyId, () => this.allowances.postAccruals(asOf));
      granted += run.granted;
    }
    return granted;
  }
}
