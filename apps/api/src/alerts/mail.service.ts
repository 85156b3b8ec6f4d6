import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport } from 'nodemailer';
import { randomUUID } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '../config/config';
import { TenancyService } from '../database/tenancy.service';

export interface QueuedMail {
  /**
   * ALERT: a budget alert; INVITATION: a sign-up link; APPROVAL: a request waits for the recipient; TEST;
   * STATEMENT: a team's statement to its manager when a month closes.
   */
  kind: 'ALERT' | 'INVITATION' | 'APPROVAL' | 'TEST' | 'STATEMENT';
  to: string;
  subject: string;
  text: string;
  alertId?: string | null;
  /** The member it goes to, when it goes to a member (for "my alerts"). */
  recipientUserId?: string | null;
  /** Files attached (kept with the delivery until it is sent). */
  attachments?: { filename: string; contentType: string; content: Buffer }[];
}

/** An attachment as the delivery log keeps it (base64). */
export interface StoredAttachment {
  filename: string;
  contentType: string;
  contentBase64: string;
}

export const NO_SMTP = 'skipped: no SMTP configured';

export interface MailSettings {
  /** The sender address (MAIL_FROM). */
  from: string;
  /** Whether SMTP_URL is set. */
  configured: boolean;
  /** `host:port` of the SMTP server, never its user name or password. */
  host: string | null;
}

type Transport = ReturnType<typeof createTransport>;

/**
 * Outgoing mail. `queue` records a delivery in the current tenant transaction (so it exists exactly when
 * what caused it commits); the delivery sweeper sends it through SMTP and retries it with backoff. Without
 * SMTP_URL a mail is recorded as SKIPPED with the reason, never dropped silently.
 */
@Injectable()
export class MailService implements OnApplicationShutdown {
  private transport: Transport | undefined;

  constructor(
    private readonly tenancy: TenancyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get configured(): boolean {
    return this.config.smtpUrl !== undefined;
  }

  /** What this server sends mail with, without secrets: the sender, and the SMTP host and port if any. */
  settings(): MailSettings {
    let host: string | null = null;
    if (this.config.smtpUrl) {
      try {
        const url = new URL(this.config.smtpUrl);
        host = `${url.hostname}${url.port ? `:${url.port}` : ''}`;
      } catch {
        host = null;
      }
    }
    return { from: this.config.mailFrom, configured: this.configured, host };
  }

  /** Queues a mail; returns the delivery id. */
  async queue(mail: QueuedMail): Promise<string> {
    const id = randomUUID();
    const skipped = !this.configured;
    await this.tenancy.manager().query(
      `insert into alert_deliveries (company_id, id, kind, alert_id, channel, recipient, recipient_user_id, subject,
                                     payload, status, max_attempts, last_error)
       values ($1, $2, $3, $4, 'EMAIL', $5, $6, $7, $8, $9, $10, $11)`,
      [
        this.tenancy.companyId(),
        id,
        mail.kind,
        mail.alertId ?? null,
        mail.to,
        mail.recipientUserId ?? null,
        mail.subject.slice(0, 300),
        skipped
          ? null
          : JSON.stringify({
              text: mail.text,
              ...(mail.attachments?.length
                ? {
                    attachments: mail.attachments.map((file) => ({
                      filename: file.filename,
                      contentType: file.contentType,
                      contentBase64: file.content.toString('base64'),
                    })),
                  }
                : {}),
            }),
        skipped ? 'SKIPPED' : 'PENDING',
        this.config.alertMaxAttempts,
        skipped ? NO_SMTP : null,
      ],
    );
    return id;
  }

  /** Sends one mail now through SMTP (throws when the server refuses or cannot be reached). */
  async send(mail: {
    to: string;
    subject: string;
    text: string;
    deliveryId: string;
    attachments?: StoredAttachment[];
  }): Promise<void> {
    if (!this.config.smtpUrl) throw new Error(NO_SMTP);
    this.transport ??= createTransport({
      url: this.config.smtpUrl,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    await this.transport.sendMail({
      from: this.config.mailFrom,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      headers: { 'X-Tokenroll-Delivery': mail.deliveryId },
      attachments: mail.attachments?.map((file) => ({
        filename: file.filename,
        contentType: file.contentType,
        content: Buffer.from(file.contentBase64, 'base64'),
      })),
    });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
