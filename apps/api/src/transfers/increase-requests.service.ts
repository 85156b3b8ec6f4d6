import { BusinessClock } from '../clock/business-clock';
import { Inject, Injectable } from '@nestjs/common';
import {
  addMonths,
  allowancePeriodContaining,
  MAX_REQUEST_AMOUNT_MICROS,
  Money,
  pendingReason,
  pendingReasonLimit,
  type PendingReasonCode,
  type RequestLimits,
  startOfMonth,
} from '@tokenroll/domain';
import { randomUUID } from 'node:crypto';
import { AllowancesService } from '../allowances/allowances.service';
import { MailService } from '../alerts/mail.service';
import { AuditService } from '../audit/audit.service';
import { Role } from '../auth/role';
import { AppError } from '../common/app-error';
import { SessionUser } from '../common/decorators';
import { APP_CONFIG, AppConfig } from '../config/config';
import { returnedRows } from '../database/sql';
import { TenancyService } from '../database/tenancy.service';
import { LedgerReads } from '../ledger/ledger-reads.service';
import { LedgerService } from '../ledger/ledger.service';
import { references } from '../ledger/references';
import { PeopleService, Viewer } from '../people/people.service';
import { PeriodTotalsService } from './period-totals.service';

/** The most one request may ask for (an absurd amount is a mistake, not a request). */
export const MAX_INCREASE_MICROS = MAX_REQUEST_AMOUNT_MICROS;

export interface IncreaseRequestRow {
  id: string;
  engineer_id: string;
  engineer_name: string;
  amount_micros: string;
  kind: 'TEMPORARY' | 'PERMANENT';
  reason: string;
  status: 'PENDING_MANAGER' | 'PENDING_HR' | 'APPROVED' | 'REJECTED' | 'CANCELLED';
  needs_hr: boolean;
  requested_by: string | null;
  manager_decided_by: string | null;
  manager_comment: string | null;
  decided_by: string | null;
  decided_at: Date | null;
  decision_comment: string | null;
  approved_by: 'auto' | 'manager' | 'hr' | null;
  source: 'POOL' | 'COMPANY' | 'POLICY' | null;
  created_at: Date;
  /** The company's business day when it was asked (the business clock's): its allowance period. */
  requested_on: string;
  /** Why it waited for a person, judged when it was decided to wait; null for one approved at once. */
  pending_reason: PendingReasonCode | null;
  /** The limit that reason cites, as it was then (see `pendingReasonLimit`). */
  pending_limit_micros: string | null;
  /** For the cap: what the engineer already had approved automatically in the period then. */
  pending_auto_approved_micros: string | null;
}

const SELECT = `select r.id, r.engineer_id, e.name as engineer_name, r.amount_micros::text, r.kind, r.reason, r.status,
       r.needs_hr, r.requested_by, r.manager_decided_by, r.manager_comment, r.decided_by, r.decided_at,
       r.decision_comment, r.approved_by, r.source, r.created_at, to_char(r.requested_on, 'YYYY-MM-DD') as requested_on,
       r.pending_reason, r.pending_limit_micros::text, r.pending_auto_approved_micros::text
  from increase_requests r join engineers e on e.id = r.engineer_id`;

/** A member who may be mailed about a request (SQL reads them from users). */
interface Member {
  userId: string;
  email: string;
  roles: Role[];
}

/** Why a user may not decide a request now, or the step they would decide. */
type Decision = { step: 'manager' | 'hr' } | { refusal: AppError };

/**
 * An engineer asks for more: temporary (granted now, expires at period end with the rest) or permanent
 * (raises their annual allowance from next month through an override). Small temporary requests are
 * approved automatically from the team pool; others go to the manager, and to HR above a second
 * threshold. Approved money moves as ledger entries (team pool → engineer, or company → engineer).
 */
@Injectable()
export class IncreaseRequestsService {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly clock: BusinessClock,
    private readonly ledger: LedgerService,
    private readonly reads: LedgerReads,
    private readonly people: PeopleService,
    private readonly allowances: AllowancesService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly totals: PeriodTotalsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Where a decider opens the request: `${PUBLIC_URL}/approvals/<id>` (the web app's route). */
  approvalLink(requestId: string): string {
    return `${this.config.publicUrl}/approvals/${requestId}`;
  }

  async find(id: string): Promise<IncreaseRequestRow> {
    const rows: IncreaseRequestRow[] = /^[0-9a-f-]{36}$/i.test(id)
      ? await this.tenancy.manager().query(`${SELECT} where r.id = $1`, [id])
      : [];
    if (!rows[0])
      throw new AppError('NOT_FOUND', 'No such increase request', [
        { field: 'id', message: 'does not exist' },
      ]);
    return rows[0];
  }

  async request(
    engineerId: string,
    input: { amountMicros: bigint; kind: 'TEMPORARY' | 'PERMANENT'; reason: string },
    requestedBy: string | null,
  ): Promise<IncreaseRequestRow> {
    const problems = [];
    if (input.amountMicros <= 0n) problems.push({ field: 'amount', message: 'must be more than 0' });
    if (input.amountMicros > MAX_INCREASE_MICROS)
      problems.push({ field: 'amount', message: 'must be at most 1,000,000' });
    if (!['TEMPORARY', 'PERMANENT'].includes(input.kind))
      problems.push({ field: 'kind', message: 'must be TEMPORARY or PERMANENT' });
    const reason = input.reason?.trim() ?? '';
    if (!reason) problems.push({ field: 'reason', message: 'is required' });
    if (reason.length > 1000) problems.push({ field: 'reason', message: 'must be at most 1000 characters' });
    if (problems.length) throw AppError.badInput(problems);
    const engineer = await this.people.mustFind(engineerId);
    // The request belongs to the company's business day (not the database's real time): its period is the
    // allowance period containing that day.
    const requestedOn = await this.clock.companyToday();
    if (engineer.endDate && engineer.endDate < requestedOn)
      throw AppError.badInput([{ field: 'engineerId', message: 'has left the company' }]);
    const { limits } = await this.allowances.requestLimits();
    const id = randomUUID();
    await this.tenancy.manager().query(
      `insert into increase_requests (company_id, id, engineer_id, amount_micros, kind, reason, status, needs_hr, requested_by, requested_on)
       values ($1, $2, $3, $4, $5, $6, 'PENDING_MANAGER', $7, $8, $9)`,
      [
        this.tenancy.companyId(),
        id,
        engineerId,
        input.amountMicros.toString(),
        input.kind,
        reason,
        input.amountMicros > limits.hrApprovalAboveMicros,
        requestedBy,
        requestedOn,
      ],
    );
    await this.audit.record('INCREASE_REQUESTED', 'engineer', engineerId, null, {
      requestId: id,
      amountMicros: input.amountMicros.toString(),
      kind: input.kind,
    });
    // What the engineer already had approved automatically in the request's period (before this request):
    // the cap's figure when the request waits.
    let autoApprovedBefore = 0n;
    if (input.kind === 'TEMPORARY' && input.amountMicros <= limits.autoApproveMicros) {
      // From the team pool when it can cover it and the engineer stays within the company's cap on what one
      // engineer gets automatically in a period; otherwise the request waits for the manager. Both are
      // conditional statements (the cap's counter row, the pool's balance): parallel requests queue on them.
      const manager = this.tenancy.manager();
      await manager.query('savepoint auto_approve');
      try {
        const period = allowancePeriodContaining(await this.allowances.policies(), requestedOn);
        const withinCap = await this.totals.take(
          'autoApproved',
          engineerId,
          period.start,
          input.amountMicros,
          limits.autoApprovePerPeriodMicros,
        );
        if (withinCap === null) {
          autoApprovedBefore = await this.totals.read('autoApproved', engineerId, period.start);
          throw AppError.badInput([
            { field: 'amount', message: 'is over what one engineer gets approved automatically this period' },
          ]);
        }
        autoApprovedBefore = withinCap - input.amountMicros;
        await this.grant(await this.find(id), 'auto', 'POOL');
        await manager.query('release savepoint auto_approve');
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        await manager.query('rollback to savepoint auto_approve');
      }
    }
    let created = await this.find(id);
    if (created.status === 'PENDING_MANAGER') {
      await this.recordWait(created, limits, autoApprovedBefore);
      created = await this.find(id);
      await this.mailDeciders(created);
    }
    return created;
  }

  /**
   * Records why a request waits for a person (`pendingReason`, the one rule) with the figures the reason
   * cites, in the transaction that decides it waits: later changes of the limits do not rewrite it.
   */
  private async recordWait(
    request: IncreaseRequestRow,
    limits: RequestLimits,
    autoApprovedMicros: bigint,
  ): Promise<void> {
    const code = pendingReason(
      { status: request.status, kind: request.kind, amountMicros: BigInt(request.amount_micros) },
      limits,
      autoApprovedMicros,
    );
    await this.tenancy.manager().query(
      `update increase_requests set pending_reason = $2, pending_limit_micros = $3, pending_auto_approved_micros = $4
          where id = $1`,
      [
        request.id,
        code,
        code && (pendingReasonLimit(code, limits)?.toString() ?? null),
        code === 'AUTO_APPROVAL_CAP_REACHED' ? autoApprovedMicros.toString() : null,
      ],
    );
  }

  /** The team pool account of the engineer's current team, if the team has one. */
  private async poolOf(engineerId: string): Promise<string | undefined> {
    const teamId = (await this.people.currentTeams()).get(engineerId);
    return teamId ? this.reads.poolAccountOf(teamId) : undefined;
  }

  /** Moves the approved amount (temporary) or raises the override (permanent) and closes the request. */
  private async grant(
    request: IncreaseRequestRow,
    approvedBy: 'auto' | 'manager' | 'hr',
    only?: 'POOL',
    comment?: string | null,
  ): Promise<void> {
    const amount = BigInt(request.amount_micros);
    let source: 'POOL' | 'COMPANY' | 'POLICY';
    if (request.kind === 'TEMPORARY') {
      const to = await this.ledger.account('ENGINEER_ALLOWANCE', request.engineer_id);
      const pool = await this.poolOf(request.engineer_id);
      const manager = this.tenancy.manager();
      let fromPool = false;
      if (pool) {
        await manager.query('savepoint from_pool');
        try {
          await this.ledger.transfer(
            { id: pool },
            to,
            amount,
            references.increase(request.id),
            `Increase request approved (${approvedBy}) from the team pool: ${request.reason}`,
          );
          await manager.query('release savepoint from_pool');
          fromPool = true;
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          await manager.query('rollback to savepoint from_pool');
        }
      }
      if (!fromPool) {
        if (only === 'POOL')
          throw AppError.badInput([{ field: 'amount', message: 'is more than the team pool has' }]);
        await this.ledger.post({
          from: await this.ledger.companyAccount('COMPANY_FUNDING'),
          to,
          amountMicros: amount,
          kind: 'GRANT',
          reference: references.increase(request.id),
          effectiveAt: this.clock.now(),
          memo: `Increase request approved (${approvedBy}): ${request.reason}`,
        });
      }
      source = fromPool ? 'POOL' : 'COMPANY';
    } else {
      // Permanent: a change of the engineer's rule, an annual top-up of the amount on top of their basis from
      // next month (later raises still flow through the basis; the accruals carry it).
      await this.allowances.addPermanentTopUp(
        request.engineer_id,
        addMonths(startOfMonth(await this.clock.companyToday()), 1),
        amount,
        `Permanent increase approved (${approvedBy}): ${request.reason}`,
      );
      source = 'POLICY';
    }
    await this.tenancy.manager().query(
      `update increase_requests set status = 'APPROVED', approved_by = $2, source = $3, decided_by = $4, decided_at = now(),
              decision_comment = $5
        where id = $1`,
      [request.id, approvedBy, source, this.tenancy.actorUserId(), comment ?? null],
    );
    await this.audit.record('INCREASE_APPROVED', 'engineer', request.engineer_id, null, {
      requestId: request.id,
      approvedBy,
      source,
    });
  }

  /** Whether this user may decide this request now (the step they would decide), or why not. */
  private async decision(
    request: IncreaseRequestRow,
    user: SessionUser,
    viewer?: Viewer,
    teams?: Map<string, string>,
  ): Promise<Decision> {
    if (request.status !== 'PENDING_MANAGER' && request.status !== 'PENDING_HR')
      return {
        refusal: new AppError('CONFLICT', `This request is already ${request.status.toLowerCase()}`, [
          { field: 'id', message: 'is not pending' },
        ]),
      };
    const seen = viewer ?? (await this.people.viewer(user));
    if (seen.engineerId === request.engineer_id)
      return {
        refusal: new AppError('FORBIDDEN', 'You cannot decide your own increase request', [
          { field: 'id', message: 'is your own request: your manager decides it' },
        ]),
      };
    if (request.status === 'PENDING_HR') {
      if (!user.roles.includes(Role.HR) && !user.roles.includes(Role.ADMIN))
        return {
          refusal: new AppError('FORBIDDEN', 'This request waits for HR', [
            { field: 'id', message: 'waits for HR: the manager has approved it' },
          ]),
        };
      return { step: 'hr' };
    }
    const teamId = (teams ?? (await this.people.currentTeams())).get(request.engineer_id);
    const manages = teamId !== undefined && seen.managedTeamIds.has(teamId);
    if (!manages && !user.roles.includes(Role.ADMIN))
      return {
        refusal: new AppError('FORBIDDEN', 'Only a manager of this engineer’s team decides this request', [
          { field: 'id', message: 'is decided by a manager of the engineer’s team' },
        ]),
      };
    return { step: 'manager' };
  }

  /** Whether the user may approve or reject each request now. */
  async canDecideEach(requests: IncreaseRequestRow[], user: SessionUser): Promise<boolean[]> {
    if (!requests.length) return [];
    const viewer = await this.people.viewer(user);
    const teams = await this.people.currentTeams();
    const result: boolean[] = [];
    for (const request of requests)
      result.push('step' in (await this.decision(request, user, viewer, teams)));
    return result;
  }

  /** Locks a pending request for a decision by this user, checking they may decide it now. */
  private async forDecision(
    id: string,
    user: SessionUser,
  ): Promise<{ request: IncreaseRequestRow; step: 'manager' | 'hr' }> {
    await this.find(id);
    const [request] = await returnedRows<IncreaseRequestRow>(
      this.tenancy.manager(),
      `${SELECT} where r.id = $1 for update of r`,
      [id],
    );
    const decision = await this.decision(request, user);
    if ('refusal' in decision) throw decision.refusal;
    return { request, step: decision.step };
  }

  /**
   * One request, for whoever may see it: the engineer who asked, whoever may decide it, ADMIN and HR, and
   * the managers of the engineer's team. Anyone else is told it does not exist.
   */
  async visible(id: string, user: SessionUser): Promise<IncreaseRequestRow> {
    const request = await this.find(id);
    const viewer = await this.people.viewer(user);
    const teamId = (await this.people.currentTeams()).get(request.engineer_id);
    const sees =
      viewer.engineerId === request.engineer_id ||
      user.roles.includes(Role.ADMIN) ||
      user.roles.includes(Role.HR) ||
      (teamId !== undefined && viewer.managedTeamIds.has(teamId));
    if (!sees)
      throw new AppError('NOT_FOUND', 'No such increase request', [
        { field: 'id', message: 'does not exist' },
      ]);
    return request;
  }

  private async members(where: string, params: unknown[]): Promise<Member[]> {
    const rows: { id: string; email: string; roles: string | Role[] }[] = await this.tenancy
      .manager()
      .query(`select id, email, roles from users u where ${where} order by u.created_at, u.id`, params);
    // node-postgres returns an enum array as its text form ('{ADMIN,HR}').
    return rows.map((row) => ({
      userId: row.id,
      email: row.email,
      roles: (Array.isArray(row.roles) ? row.roles : row.roles.replace(/[{}]/g, '').split(',')) as Role[],
    }));
  }

  /**
   * Who decides a pending request now: at the HR step every HR member (the admins when there is none); at
   * the manager step the nearest manager up the engineer's team chain (the admins when no team above has
   * one). Never the engineer who asked.
   */
  async deciders(request: IncreaseRequestRow): Promise<Member[]> {
    const [engineer]: { email: string; user_id: string | null }[] = await this.tenancy
      .manager()
      .query(`select email, user_id from engineers where id = $1`, [request.engineer_id]);
    const notThem = (member: Member) =>
      member.userId !== engineer?.user_id && member.email.toLowerCase() !== engineer?.email.toLowerCase();
    const admins = async () => (await this.members(`'ADMIN' = any(u.roles)`, [])).filter(notThem);
    if (request.status === 'PENDING_HR') {
      const hr = (await this.members(`'HR' = any(u.roles)`, [])).filter(notThem);
      return hr.length ? hr : admins();
    }
    if (request.status !== 'PENDING_MANAGER') return [];
    const teamId = (await this.people.currentTeams()).get(request.engineer_id);
    if (teamId) {
      const [boss] = (
        await this.members(
          `u.id = (with recursive chain as (
              select id, parent_id, manager_user_id, 0 as depth from teams where id = $1
              union all
              select t.id, t.parent_id, t.manager_user_id, c.depth + 1
                from teams t join chain c on t.id = c.parent_id where c.depth < 50)
            select c.manager_user_id from chain c join users m on m.id = c.manager_user_id
             where lower(m.email) <> lower($2) and m.id is distinct from $3
             order by c.depth limit 1)`,
          [teamId, engineer?.email ?? '', engineer?.user_id ?? null],
        )
      ).filter(notThem);
      if (boss) return [boss];
    }
    return admins();
  }

  /** Mails whoever decides the request now a "request to approve" message with the link to it. */
  private async mailDeciders(request: IncreaseRequestRow): Promise<void> {
    const [company]: { currency: string }[] = await this.tenancy
      .manager()
      .query(`select currency from companies`);
    const amount = Money.of(BigInt(request.amount_micros), company.currency.trim()).format();
    const link = this.approvalLink(request.id);
    const hrStep = request.status === 'PENDING_HR';
    for (const member of await this.deciders(request)) {
      await this.mail.queue({
        kind: 'APPROVAL',
        to: member.email,
        recipientUserId: member.userId,
        subject: `Request to approve: ${request.engineer_name} asks for ${amount} more AI allowance`,
        text: [
          'Hello,',
          '',
          `${request.engineer_name} asks for ${amount} more AI allowance (${
            request.kind === 'TEMPORARY' ? 'temporary, for this period' : 'permanent, from next month'
          }).`,
          `Reason: ${request.reason}`,
          hrStep
            ? `Their manager approved it${request.manager_comment ? ` (“${request.manager_comment}”)` : ''}; above the company threshold HR decides too.`
            : request.needs_hr
              ? 'It is above the company threshold: after you, HR decides too.'
              : 'You decide it as their manager.',
          '',
          `Approve or reject it here: ${link}`,
          '',
          '— Tokenroll',
        ].join('\n'),
      });
    }
  }

  /**
   * The oldest pending request of an engineer that this member may decide now (for the link in an alert
   * mail to their manager), if any.
   */
  async pendingDecidableBy(engineerId: string, userId: string): Promise<IncreaseRequestRow | undefined> {
    const pending: IncreaseRequestRow[] = await this.tenancy
      .manager()
      .query(
        `${SELECT} where r.engineer_id = $1 and r.status in ('PENDING_MANAGER', 'PENDING_HR') order by r.created_at, r.id`,
        [engineerId],
      );
    if (!pending.length) return undefined;
    const [member] = await this.members(`u.id = $1`, [userId]);
    if (!member) return undefined;
    const user: SessionUser = {
      userId: member.userId,
      email: member.email,
      roles: member.roles,
      companyId: this.tenancy.companyId(),
    };
    const viewer = await this.people.viewer(user);
    const teams = await this.people.currentTeams();
    for (const request of pending)
      if ('step' in (await this.decision(request, user, viewer, teams))) return request;
    return undefined;
  }

  async approve(id: string, user: SessionUser, comment: string | null): Promise<IncreaseRequestRow> {
    const { request, step } = await this.forDecision(id, user);
    if (step === 'manager' && request.needs_hr) {
      await this.tenancy
        .manager()
        .query(
          `update increase_requests set status = 'PENDING_HR', manager_decided_by = $2, manager_comment = $3 where id = $1`,
          [id, user.userId, comment],
        );
      await this.audit.record('INCREASE_MANAGER_APPROVED', 'engineer', request.engineer_id, null, {
        requestId: id,
      });
      const waiting = await this.find(id);
      await this.recordWait(waiting, (await this.allowances.requestLimits()).limits, 0n);
      await this.mailDeciders(waiting);
    } else {
      await this.grant(request, step, undefined, comment);
    }
    return this.find(id);
  }

  async reject(id: string, user: SessionUser, comment: string | null): Promise<IncreaseRequestRow> {
    const { request } = await this.forDecision(id, user);
    if (!comment?.trim())
      throw AppError.badInput([{ field: 'comment', message: 'say why the request is rejected' }]);
    await this.tenancy
      .manager()
      .query(
        `update increase_requests set status = 'REJECTED', decided_by = $2, decided_at = now(), decision_comment = $3 where id = $1`,
        [id, user.userId, comment.trim()],
      );
    await this.audit.record('INCREASE_REJECTED', 'engineer', request.engineer_id, null, { requestId: id });
    return this.find(id);
  }

  async cancel(id: string, engineerId: string | null): Promise<IncreaseRequestRow> {
    const request = await this.find(id);
    if (!engineerId || request.engineer_id !== engineerId)
      throw new AppError('NOT_FOUND', 'No such increase request', [
        { field: 'id', message: 'does not exist' },
      ]);
    const updated = await returnedRows(
      this.tenancy.manager(),
      `update increase_requests set status = 'CANCELLED', decided_at = now()
        where id = $1 and status in ('PENDING_MANAGER', 'PENDING_HR') returning id`,
      [id],
    );
    if (!updated.length) throw new AppError('CONFLICT', 'Only a pending request can be cancelled');
    return this.find(id);
  }

  /** MINE: the viewer's own; TO_APPROVE: what waits for this viewer's decision; ALL: ADMIN/HR. */
  async list(user: SessionUser, scope: 'MINE' | 'TO_APPROVE' | 'ALL'): Promise<IncreaseRequestRow[]> {
    const viewer = await this.people.viewer(user);
    const manager = this.tenancy.manager();
    if (scope === 'MINE')
      return viewer.engineerId
        ? manager.query(`${SELECT} where r.engineer_id = $1 order by r.created_at desc`, [viewer.engineerId])
        : [];
    if (scope === 'ALL') {
      if (!user.roles.includes(Role.ADMIN) && !user.roles.includes(Role.HR))
        throw new AppError('FORBIDDEN', 'Only ADMIN or HR see every request');
      return manager.query(`${SELECT} order by r.created_at desc limit 1000`);
    }
    const pending: IncreaseRequestRow[] = await manager.query(
      `${SELECT} where r.status in ('PENDING_MANAGER', 'PENDING_HR') order by r.created_at`,
    );
    const teams = await this.people.currentTeams();
    const isHr = user.roles.includes(Role.HR) || user.roles.includes(Role.ADMIN);
    return pending.filter((request) => {
      if (request.engineer_id === viewer.engineerId) return false;
      if (request.status === 'PENDING_HR') return isHr;
      const teamId = teams.get(request.engineer_id);
      return (teamId !== undefined && viewer.managedTeamIds.has(teamId)) || user.roles.includes(Role.ADMIN);
    });
  }
}
