import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/app-error';
import { APP_CONFIG, AppConfig } from '../config/config';
import { OutboundHttp, outboundErrorReason } from '../outbound/outbound-http';
import { returnedRows } from '../database/sql';
import { TenancyService } from '../database/tenancy.service';
import { webhookSecretContext } from '../secrets/contexts';
import { SECRET_STORE } from '../secrets/secrets.module';
import { SecretStore } from '../secrets/secret-store';
import { newWebhookSecret, SIGNATURE_HEADER, signWebhook } from './webhook-signature';

export type WebhookFormat = 'JSON' | 'SLACK';

export interface WebhookEndpointRow {
  id: string;
  url: string;
  format: WebhookFormat;
  createdAt: Date;
}

/** The JSON body of an alert webhook (format JSON); SLACK sends `{"text": event.text}` instead. */
export interface AlertEvent {
  id: string;
  type: 'budget.threshold_crossed' | 'budget.runs_out' | 'budget.overage';
  createdAt: string;
  companyId: string;
  engineer: { id: string; name: string; email: string };
  thresholdBp: number | null;
  period: { start: string; end: string };
  currency: string;
  allowanceMicros: string;
  spentMicros: string;
  availableMicros: string;
  runsOutOn: string | null;
  /** How far the balance is below zero (0 unless in overage). */
  overageMicros: string;
  /** One human sentence, what a chat message shows. */
  text: string;
}

const TIMEOUT_MS = 10_000;

/** Company webhook endpoints and the signed requests sent to them. */
@Injectable()
export class WebhooksService {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbound: OutboundHttp,
    @Inject(SECRET_STORE) private readonly secrets: SecretStore,
  ) {}

  async list(): Promise<WebhookEndpointRow[]> {
    return this.tenancy
      .manager()
      .query(
        `select id, url, format, created_at as "createdAt" from webhook_endpoints order by created_at, id`,
      );
  }

  /** A new endpoint; its secret is returned here once and is what every request to it is signed with. */
  async create(
    url: string,
    format: WebhookFormat,
  ): Promise<{ endpoint: WebhookEndpointRow; secret: string }> {
    const problem = urlProblem(url) ?? this.outbound.urlRefusal(url.trim());
    if (problem) throw AppError.badInput([{ field: 'url', message: problem }]);
    const [count]: { n: number }[] = await this.tenancy
      .manager()
      .query(`select count(*)::int as n from webhook_endpoints`);
    if (count.n >= 20)
      throw AppError.badInput([{ field: 'url', message: 'at most 20 webhook endpoints per company' }]);
    const secret = newWebhookSecret();
    const companyId = this.tenancy.companyId();
    const id = randomUUID();
    // Kept sealed by the secret store; the plain secret is shown once, here.
    const sealed = this.secrets.seal(secret, webhookSecretContext(companyId, id));
    const [endpoint]: WebhookEndpointRow[] = await this.tenancy.manager().query(
      `insert into webhook_endpoints (company_id, id, url, format, secret_sealed, created_by) values ($1, $2, $3, $4, $5, $6)
       returning id, url, format, created_at as "createdAt"`,
      [companyId, id, url.trim(), format, sealed, this.tenancy.actorUserId()],
    );
    await this.audit.record('WEBHOOK_ENDPOINT_CREATED', 'webhook_endpoint', endpoint.id, null, {
      url: endpoint.url,
      format,
    });
    return { endpoint, secret };
  }

  /** Deletes an endpoint; what was still to be sent to it is marked FAILED (nothing is left pending). */
  async delete(id: string): Promise<void> {
    const manager = this.tenancy.manager();
    const deleted = /^[0-9a-f-]{36}$/i.test(id)
      ? await returnedRows<{ id: string; url: string }>(
          manager,
          `delete from webhook_endpoints where id = $1 returning id, url`,
          [id],
        )
      : [];
    if (!deleted.length)
      throw new AppError('NOT_FOUND', 'No such webhook endpoint', [
        { field: 'id', message: 'does not exist' },
      ]);
    await manager.query(
      `update alert_deliveries set status = 'FAILED', last_error = 'endpoint deleted'
        where endpoint_id = $1 and status = 'PENDING'`,
      [id],
    );
    await this.audit.record(
      'WEBHOOK_ENDPOINT_DELETED',
      'webhook_endpoint',
      id,
      { url: deleted[0].url },
      null,
    );
  }

  /** Queues an alert event for one endpoint in the current tenant transaction. */
  async queue(endpoint: WebhookEndpointRow, event: AlertEvent): Promise<void> {
    await this.tenancy.manager().query(
      `insert into alert_deliveries (company_id, id, kind, alert_id, channel, recipient, endpoint_id, subject, payload,
                                     status, max_attempts)
       values ($1, $2, 'ALERT', $3, 'WEBHOOK', $4, $5, $6, $7, 'PENDING', $8)`,
      [
        this.tenancy.companyId(),
        randomUUID(),
        event.id,
        endpoint.url,
        endpoint.id,
        event.type,
        JSON.stringify(event),
        this.config.alertMaxAttempts,
      ],
    );
  }

  /** The endpoint's secret and format, for sending (in the given tenant transaction). */
  async target(
    manager: EntityManager,
    endpointId: string,
  ): Promise<{ url: string; format: WebhookFormat; secret: string } | undefined> {
    const [row]: { companyId: string; url: string; format: WebhookFormat; sealed: string }[] =
      await manager.query(
        `select company_id as "companyId", url, format, secret_sealed as sealed from webhook_endpoints where id = $1`,
        [endpointId],
      );
    if (!row) return undefined;
    const secret = this.secrets.open(row.sealed, webhookSecretContext(row.companyId, endpointId));
    return { url: row.url, format: row.format, secret };
  }

  /**
   * Posts one signed request through the guarded client (no loopback, private or metadata address, checked
   * at connect time); throws unless the receiver answers 2xx (redirects are not followed). The error — what
   * the delivery log keeps — is the status and its standard reason, or a short network reason: never the
   * receiver's answer, which would let an admin read whatever the URL reaches.
   */
  async send(
    target: { url: string; format: WebhookFormat; secret: string },
    event: AlertEvent,
    deliveryId: string,
  ): Promise<void> {
    const body = target.format === 'SLACK' ? JSON.stringify({ text: event.text }) : JSON.stringify(event);
    const timestamp = Math.floor(Date.now() / 1000);
    let response: Response;
    try {
      response = await this.outbound.fetch(target.url, {
        method: 'POST',
        timeoutMs: TIMEOUT_MS,
        maxResponseBytes: 64 * 1024,
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Tokenroll-Webhooks/1',
          'x-tokenroll-event': event.type,
          'x-tokenroll-delivery': deliveryId,
          [SIGNATURE_HEADER.toLowerCase()]: signWebhook(target.secret, body, timestamp),
        },
        body,
      });
    } catch (error) {
      throw new Error(outboundErrorReason(error));
    }
    if (response.status < 200 || response.status >= 300)
      throw new Error(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  }
}

/** Why a webhook URL is refused, or null when it is an absolute http(s) URL. */
export function urlProblem(raw: string): string | null {
  const url = raw.trim();
  if (!url) return 'is required';
  if (url.length > 2000) return 'must be at most 2000 characters';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'must be an absolute http(s) URL';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'must use http or https';
  if (parsed.username || parsed.password) return 'must not carry a user name or password';
  return null;
}
