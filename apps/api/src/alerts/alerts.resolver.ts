import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '../auth/role';
import { AppError } from '../common/app-error';
import { CurrentUser, Roles, SessionUser } from '../common/decorators';
import { TenancyService } from '../database/tenancy.service';
import { AlertsService } from './alerts.service';
import { DeliveriesService } from './deliveries.service';
import {
  AlertDeliveryObject,
  AlertObject,
  AlertSettingsObject,
  CreatedWebhookEndpointObject,
  CreateWebhookEndpointInput,
  MailSettingsObject,
  TestEmailResultObject,
  UpdateAlertSettingsInput,
  WebhookEndpointObject,
  WebhookFormat,
} from './dto/alerts.dto';
import { MailService } from './mail.service';
import { WebhooksService } from './webhooks.service';

const STATUSES = ['PENDING', 'SENT', 'FAILED', 'SKIPPED'];

/** Budget alerts: settings, webhook endpoints and the delivery log for admins; "my alerts" for everyone. */
@Resolver()
export class AlertsResolver {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly alerts: AlertsService,
    private readonly webhooks: WebhooksService,
    private readonly deliveries: DeliveriesService,
    private readonly mail: MailService,
  ) {}

  @Roles(Role.ADMIN)
  @Query(() => AlertSettingsObject)
  async alertSettings(): Promise<AlertSettingsObject> {
    return { ...(await this.alerts.settings()), mailConfigured: this.mail.configured };
  }

  @Roles(Role.ADMIN)
  @Mutation(() => AlertSettingsObject, { description: 'Changes the given settings; the others stay.' })
  async updateAlertSettings(@Args('input') input: UpdateAlertSettingsInput): Promise<AlertSettingsObject> {
    const settings = await this.alerts.updateSettings({
      thresholdsBp: input.thresholdsBp ?? undefined,
      runOutAlert: input.runOutAlert ?? undefined,
      mailEnabled: input.mailEnabled ?? undefined,
      webhooksEnabled: input.webhooksEnabled ?? undefined,
    });
    return { ...settings, mailConfigured: this.mail.configured };
  }

  @Roles(Role.ADMIN)
  @Query(() => MailSettingsObject, {
    description: 'The sender and SMTP server this server uses (no secrets).',
  })
  mailSettings(): MailSettingsObject {
    return this.mail.settings();
  }

  @Roles(Role.ADMIN)
  @Mutation(() => TestEmailResultObject, {
    description: 'Sends a test mail to you now; the delivery log keeps it (TEST).',
  })
  async sendTestEmail(@CurrentUser() user: SessionUser): Promise<TestEmailResultObject> {
    const result = await this.deliveries.sendTest(user.email, user.userId);
    return { ...result, to: user.email };
  }

  @Roles(Role.ADMIN)
  @Query(() => [WebhookEndpointObject])
  webhookEndpoints(): Promise<WebhookEndpointObject[]> {
    return this.webhooks.list() as Promise<WebhookEndpointObject[]>;
  }

  @Roles(Role.ADMIN)
  @Mutation(() => CreatedWebhookEndpointObject, {
    description:
      'Adds an endpoint that receives a signed POST per alert; the signing secret is returned once, here.',
  })
  async createWebhookEndpoint(
    @Args('input') input: CreateWebhookEndpointInput,
  ): Promise<CreatedWebhookEndpointObject> {
    const created = await this.webhooks.create(input.url, input.format ?? WebhookFormat.JSON);
    return { secret: created.secret, endpoint: created.endpoint as WebhookEndpointObject };
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'Removes an endpoint; what was still to be sent to it fails.' })
  async deleteWebhookEndpoint(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    await this.webhooks.delete(id);
    return true;
  }

  @Roles(Role.ADMIN)
  @Query(() => [AlertDeliveryObject], { description: 'The delivery log (mail and webhooks), newest first.' })
  alertDeliveries(
    @Args('limit', { type: () => Int, defaultValue: 100 }) limit: number,
    @Args('status', { type: () => String, nullable: true }) status?: string | null,
  ): Promise<AlertDeliveryObject[]> {
    if (status && !STATUSES.includes(status))
      throw AppError.badInput([{ field: 'status', message: 'must be PENDING, SENT, FAILED or SKIPPED' }]);
    if (limit < 1 || limit > 500)
      throw AppError.badInput([{ field: 'limit', message: 'must be between 1 and 500' }]);
    return this.deliveries.list(limit, status);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Int, {
    description:
      'Evaluates the alerts of your company now (the job does it every few minutes); returns how many were created.',
  })
  async evaluateAlerts(): Promise<number> {
    const created = await this.alerts.evaluateCompany(this.tenancy.companyId());
    // Committed: send now rather than at the next sweep (in the background; the log shows the outcome).
    void this.deliveries.sweep().catch(() => undefined);
    return created;
  }

  @Query(() => [AlertObject], {
    description: 'Alerts about your budget, and those sent to you as a manager, newest first.',
  })
  myAlerts(
    @CurrentUser() user: SessionUser,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number,
  ): Promise<AlertObject[]> {
    return this.alerts.mine(user, limit);
  }
}
