import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { USAGE_PARTITIONS_QUEUE } from '../database/migrations/1795641000000-HoldsFrontDoor';
import { TenancyService } from '../database/tenancy.service';
import { JobsService } from '../jobs/jobs.service';

/**
 * Monthly usage partitions from last month to three months ahead, on the jobs runner: at start and hourly,
 * once across instances (`ensure_usage_partitions` is idempotent; events of a month without its partition
 * land in the default partition meanwhile).
 */
@Injectable()
export class UsagePartitionsJob implements OnModuleInit {
  private readonly logger = new Logger(UsagePartitionsJob.name);

  constructor(
    private readonly jobs: JobsService,
    private readonly tenancy: TenancyService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      queue: USAGE_PARTITIONS_QUEUE,
      singletonSeconds: 3600,
      retryLimit: 3,
      handler: async () => {
        const created = await this.ensurePartitions();
        if (created) this.logger.log(`created ${created} monthly usage partitions`);
      },
    });
  }

  /** Creates the missing monthly partitions; returns how many. */
  async ensurePartitions(): Promise<number> {
    const [row]: { created: number }[] = await this.tenancy.asJobs((manager) =>
      manager.query(`select ensure_usage_partitions(1, 3) as created`),
    );
    return row?.created ?? 0;
  }
}
