import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/config';

/** A module's scheduled work: registered from its onModuleInit, run once across API instances. */
export interface JobRegistration {
  /** A queue created by a migration (pg-boss queues are tables: the app role creates none). */
  queue: string;
  /** A cron (UTC) that pg-boss fires once across instances. */
  schedule?: string;
  /**
   * Every instance asks every minute (and at start); pg-boss keeps one job per slot of this many seconds,
   * so the work runs once per slot across instances.
   */
  singletonSeconds?: number;
  /** One run at start, once per minute however many instances start together (to catch up after downtime). */
  catchUpAtStart?: boolean;
  handler: () => Promise<void>;
}

/**
 * The one pg-boss instance of the api: modules register their handlers (allowances' accrual, alerts'
 * evaluation) and it starts them where JOBS_ENABLED. Retries follow each queue's options (retryLimit,
 * retryDelay, retryBackoff, set by the migration that created it).
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobsService.name);
  private readonly registrations: JobRegistration[] = [];
  private boss: PgBoss | undefined;
  private enqueueTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  register(registration: JobRegistration): void {
    if (this.boss) throw new Error(`job ${registration.queue} registered after the jobs started`);
    if (this.registrations.some((existing) => existing.queue === registration.queue))
      throw new Error(`job ${registration.queue} registered twice`);
    this.registrations.push(registration);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.jobsEnabled || !this.registrations.length) return;
    const boss = new PgBoss({
      connectionString: (this.dataSource.options as { url?: string }).url,
      schema: 'pgboss',
      migrate: false,
      max: 4,
      application_name: 'tokenroll-jobs',
    });
    this.boss = boss;
    boss.on('error', (error) => this.logger.error(error));
    await boss.start();
    for (const job of this.registrations) {
      if (job.schedule) await boss.schedule(job.queue, job.schedule, {}, { tz: 'UTC' });
      await boss.work(job.queue, async () => {
        await job.handler();
      });
      if (job.catchUpAtStart)
        await boss.send(job.queue, {}, { singletonKey: 'startup-catch-up', singletonSeconds: 60 });
    }
    const slotted = this.registrations.filter((job) => job.singletonSeconds);
    if (!slotted.length) return;
    const enqueue = () => {
      for (const job of slotted)
        boss
          .send(job.queue, {}, { singletonKey: 'slot', singletonSeconds: job.singletonSeconds })
          .catch((error) => this.logger.error({ err: error }, `could not queue ${job.queue}`));
    };
    enqueue();
    this.enqueueTimer = setInterval(enqueue, 60_000);
    this.enqueueTimer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.enqueueTimer) clearInterval(this.enqueueTimer);
    await this.boss?.stop({ graceful: true, wait: true, timeout: 5000 });
  }
}
