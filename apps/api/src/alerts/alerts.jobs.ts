import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/config';
import { ALERT_EVALUATE_QUEUE } from '../database/migrations/1795520000000-Alerts';
import { AlertsService } from './alerts.service';
import { DeliveriesService } from './deliveries.service';

/**
 * The alert evaluation runs as a pg-boss job (once across instances, every ALERT_EVALUATE_MINUTES) where
 * jobs are enabled. Sending is a sweep every ALERT_SWEEP_SECONDS in every instance, like the hold
 * expiry: a queued mail must not wait for the job runner, and a claimed delivery is sent by one instance.
 */
@Injectable()
export class AlertsJobs implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AlertsJobs.name);
  private boss: PgBoss | undefined;
  private sweepTimer: NodeJS.Timeout | undefined;
  private enqueueTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly alerts: AlertsService,
    private readonly deliveries: DeliveriesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.sweepTimer = setInterval(() => {
      this.deliveries.sweep().catch((error) => this.logger.error({ err: error }, 'delivery sweep failed'));
    }, this.config.alertSweepSeconds * 1000);
    this.sweepTimer.unref();
    if (!this.config.jobsEnabled) return;
    this.boss = new PgBoss({
      connectionString: (this.dataSource.options as { url?: string }).url,
      schema: 'pgboss',
      migrate: false,
      max: 2,
      application_name: 'tokenroll-alerts',
    });
    this.boss.on('error', (error) => this.logger.error(error));
    await this.boss.start();
    await this.boss.work(ALERT_EVALUATE_QUEUE, async () => {
      const created = await this.alerts.evaluateAll();
      if (created) this.logger.log(`${created} alerts created`);
      await this.deliveries.sweep();
    });
    // Every instance asks each minute; pg-boss keeps one job per ALERT_EVALUATE_MINUTES slot (singleton
    // key + seconds), so the evaluation runs once per slot across instances.
    const enqueue = () => {
      this.boss
        ?.send(
          ALERT_EVALUATE_QUEUE,
          {},
          {
            singletonKey: 'evaluate',
            singletonSeconds: this.config.alertEvaluateMinutes * 60,
          },
        )
        .catch((error) => this.logger.error({ err: error }, 'could not queue the alert evaluation'));
    };
    enqueue();
    this.enqueueTimer = setInterval(enqueue, 60_000);
    this.enqueueTimer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    if (this.enqueueTimer) clearInterval(this.enqueueTimer);
    await this.boss?.stop({ graceful: true, wait: true, timeout: 5000 });
  }
}
