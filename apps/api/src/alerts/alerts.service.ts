import { BusinessClock } from '../clock/business-clock';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { payVisibility, ViewerRole } from '@tokenroll/domain';
import { AuditService } from '../audit/audit.service';
import { CompaniesService } from '../companies/companies.service';
import { AppError } from '../common/app-error';
import { SessionUser } from '../common/decorators';
import { APP_CONFIG, AppConfig } from '../config/config';
import { TenancyService } from '../database/tenancy.service';
import { BudgetFigures, BudgetService } from '../metering/budget.service';
import { PeopleService } from '../people/people.service';
import { IncreaseRequestsService } from '../transfers/increase-requests.service';
import {
  alertGoesTo,
  alertMessage,
  AlertSight,
  AlertKind,
  alertSummary,
  DEFAULT_THRESHOLDS_BP,
  DueAlert,
  dueAlerts,
  thresholdProblems,
} from './alert-rules';
import { MailService } from './mail.service';
import { AlertEvent, WebhookEndpointRow, WebhooksService } from './webhooks.service';

export interface AlertSettings {
  thresholdsBp: number[];
  runOutAlert: boolean;
  mailEnabled: boolean;
  webhooksEnabled: boolean;
}

export interface AlertRow {
  id: string;
  kind: AlertKind;
  thresholdBp: number | null;
  engineerId: string;
  engineerName: string;
  periodStart: string;
  periodEnd: string;
  currency: string;
  allowanceMicros: string | null;
  spentMicros: string;
  availableMicros: string | null;
  runsOutOn: string | null;
  overageMicros: string | null;
  createdAt: Date;
  aboutYou: boolean;
}

interface Recipient {
  userId: string | null;
  email: string;
  audience: 'ENGINEER' | 'MANAGER';
  /** What of the engineer's allowance this recipient may read (libs/domain payVisibility). */
  sight: AlertSight;
}

/**
 * Budget alerts: each company's thresholds, their evaluation against every engineer's budget, and the
 * alerts themselves. An alert is claimed by inserting its unique key (engineer × period × threshold) with
 * ON CONFLICT DO NOTHING, so however many instances evaluate at once, each alert is sent once; its mails
 * and webhooks are queued in the same transaction.
 */
@Injectable()
export class AlertsService {
  private readonly logger = new Logger(AlertsService.name);

  constructor(
    private readonly tenancy: TenancyService,
    private readonly clock: BusinessClock,
    private readonly budgets: BudgetService,
    private readonly people: PeopleService,
    private readonly mail: MailService,
    private readonly webhooks: WebhooksService,
    private readonly audit: AuditService,
    private readonly increases: IncreaseRequestsService,
    private readonly companies: CompaniesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async settings(): Promise<AlertSettings> {
    const [row]: {
      thresholds_bp: number[];
      run_out_alert: boolean;
      mail_enabled: boolean;
      webhooks_enabled: boolean;
    }[] = await this.tenancy
      .manager()
      .query(`select thresholds_bp, run_out_alert, mail_enabled, webhooks_enabled from alert_settings`);
    return row
      ? {
          thresholdsBp: row.thresholds_bp,
          runOutAlert: row.run_out_alert,
          mailEnabled: row.mail_enabled,
          webhooksEnabled: row.webhooks_enabled,
        }
      : { thresholdsBp: DEFAULT_THRESHOLDS_BP, runOutAlert: true, mailEnabled: true, webhooksEnabled: true };
  }

  async updateSettings(change: Partial<AlertSettings>): Promise<AlertSettings> {
    const before = await this.settings();
    const after: AlertSettings = {
      thresholdsBp: change.thresholdsBp ?? before.thresholdsBp,
      runOutAlert: change.runOutAlert ?? before.runOutAlert,
      mailEnabled: change.mailEnabled ?? before.mailEnabled,
      webhooksEnabled: change.webhooksEnabled ?? before.webhooksEnabled,
    };
    const problems = thresholdProblems(after.thresholdsBp);
    if (problems.length)
      throw AppError.badInput(problems.map((message) => ({ field: 'thresholdsBp', message })));
    after.thresholdsBp = [...after.thresholdsBp].sort((a, b) => a - b);
    await this.tenancy.manager().query(
      `insert into alert_settings (company_id, thresholds_bp, run_out_alert, mail_enabled, webhooks_enabled, updated_by)
       values ($1, $2, $3, $4, $5, $6)
       on conflict (company_id) do update set thresholds_bp = excluded.thresholds_bp, run_out_alert = excluded.run_out_alert,
          mail_enabled = excluded.mail_enabled, webhooks_enabled = excluded.webhooks_enabled,
          updated_by = excluded.updated_by, updated_at = now()`,
      [
        this.tenancy.companyId(),
        after.thresholdsBp,
        after.runOutAlert,
        after.mailEnabled,
        after.webhooksEnabled,
        this.tenancy.actorUserId(),
      ],
    );
    await this.audit.record('ALERT_SETTINGS_UPDATED', 'company', this.tenancy.companyId(), before, after);
    return after;
  }

  /** Evaluates every company, each in its own transaction; returns how many alerts were created. */
  async evaluateAll(): Promise<number> {
    let created = 0;
    for (const companyId of await this.tenancy.companyIds()) {
      try {
        created += await this.evaluateCompany(companyId);
      } catch (error) {
        this.logger.error({ err: error, companyId }, 'alert evaluation failed for a company');
      }
    }
    return created;
  }

  /**
   * A scheduled job failed after its last retry (jobs run across companies): each company's ADMINs get a
   * mail through the delivery log, and the company's audit log records it.
   */
  async jobFailed(queue: string): Promise<void> {
    for (const companyId of await this.tenancy.companyIds()) {
      await this.tenancy.run(companyId, async (manager) => {
        const admins: { id: string; email: string }[] = await manager.query(
          `select id, email from users u where 'ADMIN' = any(u.roles) order by u.created_at, u.id`,
        );
        for (const admin of admins)
          await this.mail.queue({
            kind: 'ALERT',
            to: admin.email,
            recipientUserId: admin.id,
            subject: `Tokenroll: the scheduled job ${queue} keeps failing`,
            text:
              `The scheduled job ${queue} failed after its last retry. ` +
              'It runs again at its next schedule; until it succeeds its work (e.g. accruals or alerts) is late. ' +
              'The reason is in the server log (tokenroll_job_failures_total counts the failures).',
          });
        // The error stays in the server log: the job ran for every company, and its message may name another
        // company's data or the database's internals.
        await this.audit.record('JOB_FAILED', 'company', companyId, null, { queue });
      });
    }
  }

  /** Evaluates one company in a transaction of its own (committed on return); returns the alerts created. */
  evaluateCompany(companyId: string): Promise<number> {
    return this.tenancy.run(companyId, () => this.evaluateCurrent());
  }

  /** Evaluates the current company: every engineer employed today who has spent anything this year. */
  private async evaluateCurrent(): Promise<number> {
    const manager = this.tenancy.manager();
    const settings = await this.settings();
    const endpoints = settings.webhooksEnabled ? await this.webhooks.list() : [];
    const on = await this.clock.companyToday();
    const engineers: { id: string }[] = await manager.query(
      `select e.id from engineers e
        where e.start_date <= $1 and (e.end_date is null or e.end_date >= $1)
          and exists (select 1 from usage_daily d where d.engineer_id = e.id and d.day >= $1::date - 400)
        order by e.id`,
      [on],
    );
    let created = 0;
    for (const engineer of engineers) {
      try {
        // A savepoint per engineer: one engineer's failure leaves the others' alerts intact.
        created += await manager.transaction(() =>
          this.evaluateEngineer(engineer.id, settings, endpoints, on),
        );
      } catch (error) {
        this.logger.error({ err: error, engineerId: engineer.id }, 'alert evaluation failed for an engineer');
      }
    }
    return created;
  }

  private async evaluateEngineer(
    engineerId: string,
    settings: AlertSettings,
    endpoints: WebhookEndpointRow[],
    on: string,
  ): Promise<number> {
    const figures = await this.budgets.figures(engineerId, on);
    const due = dueAlerts(
      {
        periodEnd: figures.periodEnd,
        allowanceMicros: figures.allowanceMicros,
        spentMicros: figures.spentMicros,
        dailyBurnMicros: figures.outlook.dailyBurnMicros,
        runsOutOn: figures.outlook.runsOutOn,
        overageMicros: figures.overageMicros,
      },
      settings,
    );
    let created = 0;
    let recipients: Recipient[] | undefined;
    for (const alert of due) {
      const id = await this.claim(figures, alert);
      if (!id) continue;
      created++;
      recipients ??= await this.recipients(engineerId);
      await this.notify(id, figures, alert, recipients, settings, endpoints);
    }
    return created;
  }

  /** Inserts the alert unless it was already sent this period: its id when this call created it. */
  private async claim(figures: BudgetFigures, alert: DueAlert): Promise<string | undefined> {
    const [row]: { id: string }[] = await this.tenancy.manager().query(
      `insert into alerts (company_id, id, engineer_id, kind, threshold_bp, period_start, period_end, currency,
                           allowance_micros, spent_micros, available_micros, runs_out_on, overage_micros)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       on conflict (company_id, engineer_id, period_start, kind, threshold_bp) do nothing returning id`,
      [
        this.tenancy.companyId(),
        randomUUID(),
        figures.engineerId,
        alert.kind,
        alert.thresholdBp,
        figures.periodStart,
        figures.periodEnd,
        figures.currency,
        figures.allowanceMicros.toString(),
        figures.spentMicros.toString(),
        figures.availableMicros.toString(),
        alert.kind === 'RUN_OUT' ? figures.outlook.runsOutOn : null,
        figures.overageMicros.toString(),
      ],
    );
    return row?.id;
  }

  /**
   * The engineer, and their manager: the manager of their current team, or of the nearest team above it
   * that has one (a team's manager who is this engineer does not count: theirs is the next one up).
   */
  private async recipients(engineerId: string): Promise<Recipient[]> {
    const manager = this.tenancy.manager();
    const [engineer]: { email: string; user_id: string | null; team_id: string | null }[] =
      await manager.query(
        `select e.email, coalesce(e.user_id, u.id) as user_id, m.team_id
         from engineers e
         left join users u on u.email = e.email
         left join lateral (
           select team_id from team_memberships m
            where m.engineer_id = e.id and m.effective_from <= $2
            order by m.effective_from desc limit 1) m on true
        where e.id = $1`,
        [engineerId, await this.clock.companyToday()],
      );
    if (!engineer) return [];
    const recipients: Recipient[] = [
      { userId: engineer.user_id, email: engineer.email, audience: 'ENGINEER', sight: 'ALLOWANCE' },
    ];
    if (engineer.team_id) {
      const [boss]: { id: string; email: string; roles: string | string[] }[] = await manager.query(
        `with recursive chain as (
           select id, parent_id, manager_user_id, 0 as depth from teams where id = $1
           union all
           select t.id, t.parent_id, t.manager_user_id, c.depth + 1
             from teams t join chain c on t.id = c.parent_id where c.depth < 50)
         select u.id, u.email, u.roles from chain c join users u on u.id = c.manager_user_id
          where lower(u.email) <> lower($2) and u.id is distinct from $3
          order by c.depth limit 1`,
        [engineer.team_id, engineer.email, engineer.user_id],
      );
      if (boss) {
        const roles = (
          Array.isArray(boss.roles) ? boss.roles : boss.roles.replace(/[{}]/g, '').split(',')
        ) as ViewerRole[];
        const sees = payVisibility(
          roles.includes('MANAGER') ? roles : [...roles, 'MANAGER'],
          { isSelf: false, managesEngineer: true },
          await this.companies.allowanceSight(),
        ).allowance;
        recipients.push({
          userId: boss.id,
          email: boss.email,
          audience: 'MANAGER',
          sight: sees ? 'ALLOWANCE' : 'SPEND',
        });
      }
    }
    return recipients;
  }

  private async notify(
    alertId: string,
    figures: BudgetFigures,
    alert: DueAlert,
    recipients: Recipient[],
    settings: AlertSettings,
    endpoints: WebhookEndpointRow[],
  ): Promise<void> {
    const details = {
      kind: alert.kind,
      thresholdBp: alert.thresholdBp,
      engineerName: figures.engineerName,
      currency: figures.currency,
      periodStart: figures.periodStart,
      periodEnd: figures.periodEnd,
      allowanceMicros: figures.allowanceMicros,
      spentMicros: figures.spentMicros,
      availableMicros: figures.availableMicros,
      runsOutOn: figures.outlook.runsOutOn,
      overageMicros: figures.overageMicros,
    };
    const link = `${this.config.publicUrl}/`;
    if (settings.mailEnabled)
      for (const recipient of recipients) {
        if (!alertGoesTo(alert.kind, recipient.sight)) continue;
        // A manager who may decide a pending increase request of this engineer gets the link to decide it.
        const pending =
          recipient.audience === 'MANAGER' && recipient.userId
            ? await this.increases.pendingDecidableBy(figures.engineerId, recipient.userId)
            : undefined;
        const message = alertMessage(
          details,
          recipient.audience,
          link,
          pending
            ? {
                link: this.increases.approvalLink(pending.id),
                amountMicros: BigInt(pending.amount_micros),
                kind: pending.kind,
              }
            : undefined,
          recipient.sight,
        );
        await this.mail.queue({
          kind: 'ALERT',
          to: recipient.email,
          subject: message.subject,
          text: message.text,
          alertId,
          recipientUserId: recipient.userId,
        });
      }
    if (!endpoints.length) return;
    const engineer = recipients.find((recipient) => recipient.audience === 'ENGINEER');
    const event: AlertEvent = {
      id: alertId,
      type:
        alert.kind === 'THRESHOLD'
          ? 'budget.threshold_crossed'
          : alert.kind === 'OVERAGE'
            ? 'budget.overage'
            : 'budget.runs_out',
      createdAt: new Date().toISOString(),
      companyId: this.tenancy.companyId(),
      engineer: { id: figures.engineerId, name: figures.engineerName, email: engineer?.email ?? '' },
      thresholdBp: alert.kind === 'THRESHOLD' ? alert.thresholdBp : null,
      period: { start: figures.periodStart, end: figures.periodEnd },
      currency: figures.currency,
      allowanceMicros: figures.allowanceMicros.toString(),
      spentMicros: figures.spentMicros.toString(),
      availableMicros: figures.availableMicros.toString(),
      runsOutOn: figures.outlook.runsOutOn,
      overageMicros: figures.overageMicros.toString(),
      text: alertSummary(details),
    };
    for (const endpoint of endpoints) await this.webhooks.queue(endpoint, event);
  }

  /** Alerts about the signed-in member's own budget, and those sent to them as a manager, newest first. */
  async mine(user: SessionUser, limit: number): Promise<AlertRow[]> {
    const viewer = await this.people.viewer(user);
    const rows: AlertRow[] = await this.tenancy.manager().query(
      `select a.id, a.kind, case when a.kind = 'THRESHOLD' then a.threshold_bp end as "thresholdBp",
              a.engineer_id as "engineerId", e.name as "engineerName",
              to_char(a.period_start, 'YYYY-MM-DD') as "periodStart", to_char(a.period_end, 'YYYY-MM-DD') as "periodEnd",
              trim(a.currency) as currency, a.allowance_micros::text as "allowanceMicros",
              a.spent_micros::text as "spentMicros", a.available_micros::text as "availableMicros",
              to_char(a.runs_out_on, 'YYYY-MM-DD') as "runsOutOn", a.overage_micros::text as "overageMicros",
              a.created_at as "createdAt",
              coalesce(a.engineer_id = $1, false) as "aboutYou"
         from alerts a join engineers e on e.id = a.engineer_id
        where a.engineer_id = $1
           or exists (select 1 from alert_deliveries d where d.alert_id = a.id and d.recipient_user_id = $2)
        order by a.created_at desc, a.id limit $3`,
      [viewer.engineerId, user.userId, Math.min(Math.max(limit, 1), 500)],
    );
    // About someone else: their allowance figures only when the viewer may see them (libs/domain
    // payVisibility); a threshold alert (a share of the allowance beside the spend) not at all.
    const others = rows.filter((row) => !row.aboutYou);
    if (!others.length) return rows;
    const seen = new Map(
      (await this.people.visibleEngineers(viewer)).map((view) => [view.engineer.id, view.visibility]),
    );
    return rows.flatMap((row) => {
      if (row.aboutYou || seen.get(row.engineerId)?.allowance) return [row];
      if (row.kind === 'THRESHOLD') return [];
      return [{ ...row, allowanceMicros: null, availableMicros: null, overageMicros: null }];
    });
  }
}
