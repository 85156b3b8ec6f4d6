import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import { AllowancesService } from '../allowances/allowances.service';
import { APP_CONFIG, AppConfig } from '../config/config';
import { TenancyService } from '../database/tenancy.service';

/** Created by the PeopleAllowancesLedger migration (pg-boss queues are tables; the app role creates none). */
export const ACCRUAL_QUEUE = 'allowances.accrue';

/**
 * Scheduled work through pg-boss, so each run happens once across API instances: accruals every hour
 * (and once at start, to catch up after downtime). Postings are idempotent by reference, so a retried
 * or overlapping run grants nothing twice.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobsService.name);
  private boss: PgBoss | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly tenancy: TenancyService,
    private readonly allowances: AllowancesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.jobsEnabled) return;
    const url = (this.dataSource.options as { url?: string }).url;
    this.boss = new PgBoss({
      connectionString: url,
      schema: 'pgboss',
      migrate: false,
      max: 3,
      application_name: 'tokenroll-jobs',
    });
    this.boss.on('error', (error) => this.logger.error(error));
    await this.boss.start();
    await this.boss.schedule(ACCRUAL_QUEUE, '5 * * * *', {}, { tz: 'UTC' });
    await this.boss.work(ACCRUAL_QUEUE, async () => {
      await this.accrueAll();
    });
    // One catch-up per minute however many instances start together (the grants are idempotent anyway).
    await this.boss.send(ACCRUAL_QUEUE, {}, { singletonKey: 'startup-catch-up', singletonSeconds: 60 });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.boss?.stop({ graceful: true, wait: true, timeout: 5000 });
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
