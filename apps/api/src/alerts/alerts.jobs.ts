import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
  OnModuleInit,
} from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/config';
import { ALERT_EVALUATE_QUEUE } from '../database/migrations/1795520000000-Alerts';
import { JobsService } from '../jobs/jobs.service';
import { AlertsService } from './alerts.service';
import { DeliveriesService } from './deliveries.service';

/**
 * The alert evaluation runs on the jobs runner (once across instances, every ALERT_EVALUATE_MINUTES) where
 * jobs are enabled. Sending is a sweep every ALERT_SWEEP_SECONDS in every instance, like the hold
 * expiry: a queued mail must not wait for the job runner, and a claimed delivery is sent by one instance.
 */
@Injectable()
export class AlertsJobs implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AlertsJobs.name);
  private sweepTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly jobs: JobsService,
    private readonly alerts: AlertsService,
    private readonly deliveries: DeliveriesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      queue: ALERT_EVALUATE_QUEUE,
      singletonSeconds: this.config.alertEvaluateMinutes * 60,
      retryLimit: 2,
      handler: async () => {
        const created = await this.alerts.evaluateAll();
        if (created) this.logger.log(`${created} alerts created`);
        await this.deliveries.sweep();
      },
    });
    this.jobs.onFailure((failure) => this.alerts.jobFailed(failure.queue));
  }

  onApplicationBootstrap(): void {
    this.sweepTimer = setInterval(() => {
      this.deliveries.sweep().catch((error) => this.logger.error({ err: error }, 'delivery sweep failed'));
    }, this.config.alertSweepSeconds * 1000);
    this.sweepTimer.unref();
  }

  onApplicationShutdown(): void {
    if (this.sweepTimer) clearInterval(this.sweepTimer);
  }
}
