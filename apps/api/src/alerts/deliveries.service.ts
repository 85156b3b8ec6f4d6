import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ClsService } from 'nestjs-cls';
import { APP_CONFIG, AppConfig } from '../config/config';
import { returnedRows } from '../database/sql';
import { TenancyService } from '../database/tenancy.service';
import { MailService, StoredAttachment } from './mail.service';
import { AlertEvent, WebhooksService } from './webhooks.service';

export interface DeliveryRow {
  id: string;
  kind: 'ALERT' | 'INVITATION' | 'APPROVAL' | 'TEST';
  alertId: string | null;
  channel: 'EMAIL' | 'WEBHOOK';
  recipient: string;
  subject: string | null;
  status: 'PENDING' | 'SENT' | 'FAILED' | 'SKIPPED';
  attempts: number;
  maxAttempts: number;
  nextAttemptAt: Date | null;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

interface Claimed {
  id: string;
  kind: 'ALERT' | 'INVITATION' | 'APPROVAL' | 'TEST';
  channel: 'EMAIL' | 'WEBHOOK';
  recipient: string;
  endpoint_id: string | null;
  subject: string | null;
  payload: { text?: string } | AlertEvent | null;
  attempts: number;
  max_attempts: number;
}

/** A claimed delivery is this instance's for this long (longer than any send may take). */
const LEASE_SECONDS = 120;
const BATCH = 50;
const PARALLEL = 5;
const MAX_DELAY_SECONDS = 3600;

/** Delay before attempt n + 1 after n failed attempts: base × 2^(n−1), at most an hour. */
export function retryDelaySeconds(baseSeconds: number, failedAttempts: number): number {
  return Math.min(MAX_DELAY_SECONDS, baseSeconds * 2 ** Math.max(0, failedAttempts - 1));
}

/**
 * Sends what was queued (mail and webhooks) and keeps the delivery log. Every instance sweeps: a due
 * delivery is claimed with one conditional UPDATE that also pushes its next attempt out by a lease, so one
 * instance sends it; a failure schedules the next attempt with exponential backoff, and after
 * ALERT_MAX_ATTEMPTS it is FAILED. A crash mid-send leaves the row PENDING: it is retried after the lease.
 */
@Injectable()
export class DeliveriesService {
  private readonly logger = new Logger(DeliveriesService.name);
  private running: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly tenancy: TenancyService,
    private readonly cls: ClsService,
    private readonly mail: MailService,
    private readonly webhooks: WebhooksService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The delivery log of the current company, newest first. */
  async list(limit: number, status?: string | null): Promise<DeliveryRow[]> {
    return this.tenancy.manager().query(
      `select id, kind, alert_id as "alertId", channel, recipient, subject, status, attempts,
              max_attempts as "maxAttempts", case when status = 'PENDING' then next_attempt_at end as "nextAttemptAt",
              last_error as "lastError", created_at as "createdAt", sent_at as "sentAt"
         from alert_deliveries where ($2::text is null or status = $2)
        order by created_at desc, id limit $1`,
      [Math.min(Math.max(limit, 1), 500), status ?? null],
    );
  }

  /**
   * Sends a test mail to `to` now (not through the queue, so the admin sees the outcome at once) and logs it
   * as a TEST delivery: SENT, FAILED with the SMTP error, or SKIPPED without SMTP.
   */
  async sendTest(to: string, userId: string): Promise<{ sent: boolean; error: string | null }> {
    const id = randomUUID();
    const settings = this.mail.settings();
    const subject = 'Tokenroll test email';
    let error: string | null = null;
    if (!settings.configured) error = 'skipped: no SMTP configured';
    else
      try {
        await this.mail.send({
          to,
          subject,
          deliveryId: id,
          text: [
            'Hello,',
            '',
            `This is a test email from Tokenroll, sent from ${settings.from} through ${settings.host ?? 'SMTP'}.`,
            'Budget alerts, invitations and approval requests reach you the same way.',
            '',
            '— Tokenroll',
          ].join('\n'),
        });
      } catch (caught) {
        error = ((caught as Error).message || String(caught)).slice(0, 1000);
      }
    const status = !settings.configured ? 'SKIPPED' : error === null ? 'SENT' : 'FAILED';
    await this.tenancy.manager().query(
      `insert into alert_deliveries (company_id, id, kind, channel, recipient, recipient_user_id, subject, status,
                                     attempts, max_attempts, last_error, sent_at)
       values ($1, $2, 'TEST', 'EMAIL', $3, $4, $5, $6, $7, 1, $8, $9)`,
      [
        this.tenancy.companyId(),
        id,
        to,
        userId,
        subject,
        status,
        settings.configured ? 1 : 0,
        error,
        status === 'SENT' ? new Date() : null,
      ],
    );
    return { sent: status === 'SENT', error };
  }

  /** Sends due deliveries now (coalesced: a call while a sweep runs makes it go round once more). */
  sweep(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    // Outside the caller's CLS context (a request's, when evaluateAlerts kicks it): the sweep outlives the
    // request, and its tenant transactions must not inherit the request's.
    this.running = this.cls.exit(() => this.sweepLoop()).finally(() => (this.running = undefined));
    return this.running;
  }

  private async sweepLoop(): Promise<void> {
    do {
      this.again = false;
      const due: { company_id: string; id: string }[] = await this.tenancy.asJobs((manager) =>
        manager.query(
          // An instance without SMTP leaves mail to those that have it (it would only fail the attempt).
          `select company_id, id from alert_deliveries
            where status = 'PENDING' and next_attempt_at <= now() and ($2 or channel <> 'EMAIL')
            order by next_attempt_at limit $1`,
          [BATCH, this.mail.configured],
        ),
      );
      for (let i = 0; i < due.length; i += PARALLEL)
        await Promise.all(
          due
            .slice(i, i + PARALLEL)
            .map((row) =>
              this.deliver(row.company_id, row.id).catch((error) =>
                this.logger.error({ err: error, deliveryId: row.id }, 'delivery failed unexpectedly'),
              ),
            ),
        );
      if (due.length === BATCH) this.again = true;
    } while (this.again);
  }

  /** One attempt at one delivery: claim, send outside any transaction, record the outcome. */
  private async deliver(companyId: string, id: string): Promise<void> {
    const claim = await this.tenancy.run(companyId, async (manager) => {
      const [row] = await returnedRows<Claimed>(
        manager,
        `update alert_deliveries set attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => $2)
          where id = $1 and status = 'PENDING' and next_attempt_at <= now()
        returning id, kind, channel, recipient, endpoint_id, subject, payload, attempts, max_attempts`,
        [id, LEASE_SECONDS],
      );
      if (!row) return undefined;
      const target =
        row.channel === 'WEBHOOK' && row.endpoint_id
          ? await this.webhooks.target(manager, row.endpoint_id)
          : undefined;
      return { row, target };
    });
    if (!claim) return; // another instance has it, or it is no longer due
    const { row, target } = claim;
    let error: string | null = null;
    let final = false;
    try {
      if (row.channel === 'EMAIL') {
        const payload = row.payload as { text?: string; attachments?: StoredAttachment[] } | null;
        const text = payload?.text;
        if (text === undefined) {
          final = true;
          throw new Error('nothing to send');
        }
        await this.mail.send({
          to: row.recipient,
          subject: row.subject ?? '',
          text,
          deliveryId: row.id,
          attachments: payload?.attachments,
        });
      } else {
        if (!target) {
          final = true;
          throw new Error('endpoint deleted');
        }
        await this.webhooks.send(target, row.payload as AlertEvent, row.id);
      }
    } catch (caught) {
      error = ((caught as Error).message || String(caught)).slice(0, 1000);
    }
    await this.tenancy.run(companyId, async (manager) => {
      if (error === null) {
        // An invitation mail carries a sign-up link: it is not kept once sent.
        await manager.query(
          `update alert_deliveries set status = 'SENT', sent_at = now(), last_error = null,
                  payload = case when kind = 'INVITATION' then null else payload end
            where id = $1 and status = 'PENDING'`,
          [row.id],
        );
      } else if (final || row.attempts >= row.max_attempts) {
        await manager.query(
          `update alert_deliveries set status = 'FAILED', last_error = $2,
                  payload = case when kind = 'INVITATION' then null else payload end
            where id = $1 and status = 'PENDING'`,
          [row.id, error],
        );
        this.logger.warn(`delivery ${row.id} (${row.channel}) failed for good: ${error}`);
      } else {
        await manager.query(
          `update alert_deliveries set last_error = $2, next_attempt_at = now() + make_interval(secs => $3)
            where id = $1 and status = 'PENDING'`,
          [row.id, error, retryDelaySeconds(this.config.alertRetrySeconds, row.attempts)],
        );
      }
    });
  }
}
