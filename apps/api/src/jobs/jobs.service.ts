import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/config';
import { jobFailures } from '../health/metrics';

/** A module's scheduled work: registered from its onModuleInit, run once across API instances. */
export interface JobRegistration {
  /** A queue created by a migration (pg-boss queues are tables: the app role creates none). */
  queue: string;
  /** A cron (UTC) that pg-boss fires once across instances. */
  schedule?: string;
  /**
   * Every instance asks once per slot, at most every minute (and at start); pg-boss keeps one job per slot
   * of this many seconds, so the work runs once per slot across instances.
   */
  singletonSeconds?: number;
  /** One run at start, once per minute however many instances start together (to catch up after downtime). */
  catchUpAtStart?: boolean;
  /** Retries after a failure (delays from JOB_RETRY_DELAY_SECONDS, doubling); then it has failed for good. */
  retryLimit: number;
  handler: () => Promise<void>;
}

/** A job that failed after its last retry. */
export interface JobFailure {
  queue: string;
  error: string;
}

export type JobFailureListener = (failure: JobFailure) => Promise<unknown>;

/**
 * The one pg-boss instance of the api: modules register their handlers (allowances' accrual, alerts'
 * evaluation, the ledger's hold expiry, metering's usage partitions) and it starts them where JOBS_ENABLED. A failed job is retried (retryLimit, retryDelay,
 * retryBackoff); one that fails its last attempt counts in `tokenroll_job_failures_total{queue}` and is told
 * to the failure listeners (alerts mails the ADMINs).
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobsService.name);
  private readonly registrations: JobRegistration[] = [];
  private readonly failureListeners: JobFailureListener[] = [];
  private boss: PgBoss | undefined;
  private readonly enqueueTimers: NodeJS.Timeout[] = [];

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

  onFailure(listener: JobFailureListener): void {
    this.failureListeners.push(listener);
  }

  private retry(job: JobRegistration): PgBoss.RetryOptions {
    return { retryLimit: job.retryLimit, retryDelay: this.config.jobRetryDelaySeconds, retryBackoff: true };
  }

  /** Runs one attempt; the last one that fails is counted and told before pg-boss marks it failed. */
  private async attempt(
    job: JobRegistration,
    meta: { retryCount: number; retryLimit: number },
  ): Promise<void> {
    try {
      await job.handler();
    } catch (error) {
      if (meta.retryCount >= meta.retryLimit) {
        const failure = { queue: job.queue, error: error instanceof Error ? error.message : String(error) };
        jobFailures.inc({ queue: job.queue });
        this.logger.error({ err: error, queue: job.queue }, `job ${job.queue} failed after its last retry`);
        for (const listener of this.failureListeners)
          await listener(failure).catch((notified) =>
            this.logger.error({ err: notified }, `could not raise the failure of ${job.queue}`),
          );
      }
      throw error;
    }
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
      if (job.schedule) await boss.schedule(job.queue, job.schedule, {}, { tz: 'UTC', ...this.retry(job) });
      await boss.work(job.queue, { includeMetadata: true }, async ([run]) => {
        await this.attempt(job, run);
      });
      if (job.catchUpAtStart)
        await boss.send(
          job.queue,
          {},
          { singletonKey: 'startup-catch-up', singletonSeconds: 60, ...this.retry(job) },
        );
    }
    // Each slotted job is asked for once per slot (at most every minute), so a short slot (hold expiry, every
    // HOLD_SWEEP_SECONDS) runs that often; pg-boss keeps one job per slot across instances.
    for (const job of this.registrations.filter((registered) => registered.singletonSeconds)) {
      const enqueue = () =>
        boss
          .send(
            job.queue,
            {},
            { singletonKey: 'slot', singletonSeconds: job.singletonSeconds, ...this.retry(job) },
          )
          .catch((error) => this.logger.error({ err: error }, `could not queue ${job.queue}`));
      void enqueue();
      const timer = setInterval(enqueue, Math.min(job.singletonSeconds ?? 60, 60) * 1000);
      timer.unref();
      this.enqueueTimers.push(timer);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    for (const timer of this.enqueueTimers) clearInterval(timer);
    await this.boss?.stop({ graceful: true, wait: true, timeout: 5000 });
  }
}
