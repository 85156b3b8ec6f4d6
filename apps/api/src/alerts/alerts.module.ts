import { Global, Module } from '@nestjs/common';
import { CompaniesModule } from '../companies/companies.module';
import { JobsModule } from '../jobs/jobs.module';
import { MeteringModule } from '../metering/metering.module';
import { PeopleModule } from '../people/people.module';
import { TransfersModule } from '../transfers/transfers.module';
import { AlertsJobs } from './alerts.jobs';
import { AlertsResolver } from './alerts.resolver';
import { AlertsService } from './alerts.service';
import { DeliveriesService } from './deliveries.service';
import { MailService } from './mail.service';
import { WebhooksService } from './webhooks.service';

/**
 * Budget alerts by mail and signed webhooks, with a delivery log that retries. Global for its MailService:
 * other domains (invitations) queue mail through it.
 */
@Global()
@Module({
  imports: [CompaniesModule, JobsModule, MeteringModule, PeopleModule, TransfersModule],
  providers: [AlertsService, AlertsResolver, AlertsJobs, DeliveriesService, MailService, WebhooksService],
  exports: [MailService],
})
export class AlertsModule {}
