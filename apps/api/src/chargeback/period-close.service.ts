import { Inject, Injectable, Logger } from '@nestjs/common';
import { AccountingMonth, assertAccountingMonth, ChargeLine, ChargeTotal, Money } from '@tokenroll/domain';
import { MailService } from '../alerts/mail.service';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/app-error';
import { TenancyService } from '../database/tenancy.service';
import { AccountingPeriodsService } from '../ledger/accounting-periods.service';
import { LedgerReads } from '../ledger/ledger-reads.service';
import { IdentitiesService } from '../metering/identities.service';
import { ChargeLinesService } from './charge-lines.service';
import {
  RECONCILIATION_CLOSE_ITEMS,
  ReconciliationCloseItems,
  STATEMENT_PDF,
  StatementRenderer,
} from './close-hooks';
import { StatementsService } from './statements.service';

/** What could make a month's books wrong if it closed now. */
export type CloseItemKind = 'UNPRICED_USAGE' | 'UNMAPPED_IDENTITIES' | 'OPEN_HOLDS' | 'PROVIDER_INVOICE';

export interface CloseItem {
  kind: CloseItemKind;
  /** Open: it would make the books wrong (closing then needs a reason). */
  open: boolean;
  label: string;
  count: number;
  amountMicros: bigint | null;
  /** For PROVIDER_INVOICE: the provider and the reconciliation's status. */
  provider: string | null;
  status: string | null;
}

export interface CloseChecklist {
  month: AccountingMonth;
  closed: boolean;
  items: CloseItem[];
  openItems: number;
}

export interface PeriodClose {
  month: AccountingMonth;
  reason: string | null;
  closedBy: string | null;
  closedAt: Date;
  checklist: CloseItem[];
  lines: number;
  totalMicros: bigint;
  /** Statement mails queued to team managers (0 without SMTP: recorded as skipped). */
  mailed: number;
}

/** Lines written per INSERT when a month's lines are frozen. */
const FREEZE_BATCH = 1000;
const MAX_REASON = 1000;

/**
 * The period close (FINANCE/ADMIN): the checklist of what would make the books wrong, then in the request's one
 * transaction: the ledger closes the month (in order, after its end), the month's charge lines and allowance
 * figures are frozen (`statement_lines`, `statement_allowances`), the close is recorded (`period_closes`) and
 * audited, and each team's manager gets their statement by mail (queued in the same transaction: sent once it
 * commits). The one way to close a month.
 */
@Injectable()
export class PeriodCloseService {
  private readonly logger = new Logger(PeriodCloseService.name);

  constructor(
    private readonly tenancy: TenancyService,
    private readonly periods: AccountingPeriodsService,
    private readonly ledgerReads: LedgerReads,
    private readonly identities: IdentitiesService,
    private readonly chargeLines: ChargeLinesService,
    private readonly statements: StatementsService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    @Inject(RECONCILIATION_CLOSE_ITEMS) private readonly reconciliation: ReconciliationCloseItems,
    @Inject(STATEMENT_PDF) private readonly statementPdf: StatementRenderer,
  ) {}

  /** The month's checklist (a malformed month is a 400 naming `month`). */
  async checklist(month: string): Promise<CloseChecklist> {
    assertAccountingMonth('month', month);
    const bounds = await this.chargeLines.bounds(month);
    const manager = this.tenancy.manager();
    const [unpriced]: { events: number; micros: string }[] = await manager.query(
      `select coalesce(sum(unpriced_events), 0)::int as events, '0' as micros from metering_usage_by_day
        where day >= $1::date and day < $2::date and unpriced_events > 0`,
      [bounds.from, bounds.to],
    );
    const unmapped = await this.identities.openUnmapped();
    const holds = await this.ledgerReads.openHoldsBefore(bounds.to, bounds.timeZone);
    const invoices = await this.reconciliation.closeItems(month);
    const items: CloseItem[] = [
      {
        kind: 'UNPRICED_USAGE',
        open: unpriced.events > 0,
        label: `${unpriced.events} usage event(s) of the month without a price`,
        count: unpriced.events,
        amountMicros: null,
        provider: null,
        status: null,
      },
      {
        kind: 'UNMAPPED_IDENTITIES',
        open: unmapped.identities > 0,
        label: `${unmapped.identities} identit(y/ies) not mapped to an engineer, ${unmapped.records} usage record(s) kept aside`,
        count: unmapped.identities,
        amountMicros: null,
        provider: null,
        status: null,
      },
      {
        kind: 'OPEN_HOLDS',
        open: holds.count > 0,
        label: `${holds.count} hold(s) opened by the month's end still pending`,
        count: holds.count,
        amountMicros: holds.heldMicros,
        provider: null,
        status: null,
      },
      ...invoices.map((invoice) => ({
        kind: 'PROVIDER_INVOICE' as const,
        open: invoice.status !== 'OK',
        label:
          invoice.status === 'MISSING'
            ? `${invoice.provider}: invoice not entered`
            : invoice.status === 'OUTSIDE_TOLERANCE'
              ? `${invoice.provider}: invoice differs beyond the tolerance`
              : `${invoice.provider}: invoice within tolerance`,
        count: 1,
        amountMicros: invoice.differenceMicros,
        provider: invoice.provider,
        status: invoice.status,
      })),
    ];
    return {
      month,
      closed: await this.chargeLines.isClosed(month),
      items,
      openItems: items.filter((item) => item.open).length,
    };
  }

  /**
   * Closes `month`. A malformed, future or out-of-order month is a 400 naming `month`, a closed one a CONFLICT;
   * open checklist items without a reason a 400 naming `reason`. Anything refused changes nothing (the request's
   * transaction rolls back).
   */
  async close(month: string, reason: string | null | undefined): Promise<PeriodClose> {
    assertAccountingMonth('month', month);
    const why = reason?.trim() ? reason.trim() : null;
    if (why && why.length > MAX_REASON)
      throw AppError.badInput([{ field: 'reason', message: `must be at most ${MAX_REASON} characters` }]);
    // The ledger first: it takes the period lock, refuses a closed (CONFLICT), future or out-of-order month.
    await this.periods.close(month);
    const checklist = await this.checklist(month);
    if (checklist.openItems > 0 && !why)
      throw AppError.badInput([
        {
          field: 'reason',
          message: `is required: ${checklist.openItems} checklist item(s) are open (${checklist.items
            .filter((item) => item.open)
            .map((item) => item.kind)
            .join(', ')})`,
        },
      ]);
    const { lines, totalMicros } = await this.freezeLines(month);
    await this.freezeAllowances(month);
    const manager = this.tenancy.manager();
    const snapshot = checklist.items.map((item) => ({
      ...item,
      amountMicros: item.amountMicros?.toString() ?? null,
    }));
    const [row]: { closed_at: Date; closed_by: string | null }[] = await manager.query(
      `insert into period_closes (company_id, month, checklist, reason, closed_by, lines, total_micros)
       values ($1, $2::date, $3, $4, $5, $6, $7) returning closed_at, closed_by`,
      [
        this.tenancy.companyId(),
        `${month}-01`,
        JSON.stringify(snapshot),
        why,
        this.tenancy.actorUserId(),
        lines,
        totalMicros.toString(),
      ],
    );
    await this.audit.record(
      'PERIOD_CLOSED',
      'period_close',
      null,
      { month, status: 'OPEN' },
      {
        month,
        status: 'CLOSED',
        reason: why,
        openItems: checklist.openItems,
        lines,
        totalMicros: totalMicros.toString(),
      },
    );
    const mailed = await this.mailManagers(month);
    return {
      month,
      reason: why,
      closedBy: row.closed_by,
      closedAt: row.closed_at,
      checklist: checklist.items,
      lines,
      totalMicros,
      mailed,
    };
  }

  /** Every close so far, newest first. */
  async closes(): Promise<PeriodClose[]> {
    const rows: {
      month: string;
      reason: string | null;
      closed_by: string | null;
      closed_at: Date;
      checklist: (Omit<CloseItem, 'amountMicros'> & { amountMicros: string | null })[];
      lines: number;
      total: string;
    }[] = await this.tenancy.manager().query(
      `select to_char(month, 'YYYY-MM') as month, reason, closed_by, closed_at, checklist, lines,
              total_micros::text as total
         from period_closes order by month desc`,
    );
    return rows.map((row) => ({
      month: row.month,
      reason: row.reason,
      closedBy: row.closed_by,
      closedAt: row.closed_at,
      checklist: row.checklist.map((item) => ({
        ...item,
        amountMicros: item.amountMicros === null ? null : BigInt(item.amountMicros),
      })),
      lines: row.lines,
      totalMicros: BigInt(row.total),
      mailed: 0,
    }));
  }

  /** Writes the month's live lines, in their order, into `statement_lines`. */
  private async freezeLines(month: AccountingMonth): Promise<{ lines: number; totalMicros: bigint }> {
    const manager = this.tenancy.manager();
    let batch: ChargeLine[] = [];
    let lineNo = 0;
    let totalMicros = 0n;
    const flush = async () => {
      if (!batch.length) return;
      const first = lineNo - batch.length + 1;
      await manager.query(
        `insert into statement_lines (company_id, month, line_no, day, category, engineer_id, engineer_name, team_id,
                                      team_name, cost_centre, provider, model, tool, original_month, input_tokens,
                                      output_tokens, cache_read_tokens, cache_write_tokens, cost_micros,
                                      list_cost_micros, description)
         select $1, $2::date, l.line_no, l.day, l.category, l.engineer_id, l.engineer_name, l.team_id,
                l.team_name, l.cost_centre, l.provider, l.model, l.tool, l.original_month, l.input_tokens,
                l.output_tokens, l.cache_read_tokens, l.cache_write_tokens, l.cost_micros, l.list_cost_micros,
                l.description
           from json_to_recordset($3::json) as l(line_no integer, day date, category text, engineer_id uuid,
                engineer_name text, team_id uuid, team_name text, cost_centre text, provider text, model text,
                tool text, original_month text, input_tokens bigint, output_tokens bigint, cache_read_tokens bigint,
                cache_write_tokens bigint, cost_micros bigint, list_cost_micros bigint, description text)`,
        [
          this.tenancy.companyId(),
          `${month}-01`,
          JSON.stringify(
            batch.map((line, index) => ({
              line_no: first + index,
              day: line.day,
              category: line.category,
              engineer_id: line.engineerId,
              engineer_name: line.engineerName,
              team_id: line.teamId,
              team_name: line.teamName,
              cost_centre: line.costCentre,
              provider: line.provider,
              model: line.model,
              tool: line.tool,
              original_month: line.originalMonth,
              input_tokens: line.inputTokens.toString(),
              output_tokens: line.outputTokens.toString(),
              cache_read_tokens: line.cacheReadTokens.toString(),
              cache_write_tokens: line.cacheWriteTokens.toString(),
              cost_micros: line.costMicros.toString(),
              list_cost_micros: line.listCostMicros.toString(),
              description: line.description.slice(0, 300),
            })),
          ),
        ],
      );
      batch = [];
    };
    for await (const line of this.chargeLines.lines(month)) {
      lineNo += 1;
      totalMicros += line.costMicros;
      batch.push(line);
      if (batch.length >= FREEZE_BATCH) await flush();
    }
    await flush();
    return { lines: lineNo, totalMicros };
  }

  /** Writes the month's allowance figures per engineer into `statement_allowances`. */
  private async freezeAllowances(month: AccountingMonth): Promise<void> {
    const bounds = await this.chargeLines.bounds(month);
    const totals: ChargeTotal[] = await this.chargeLines.totals(month);
    const allowances = await this.statements.liveAllowances(bounds, totals);
    if (!allowances.length) return;
    await this.tenancy.manager().query(
      `insert into statement_allowances (company_id, month, engineer_id, engineer_name, team_id, team_name, cost_centre,
                                         leaver, granted_micros, spent_micros, overage_micros)
       select $1, $2::date, a.engineer_id, a.engineer_name, a.team_id, a.team_name, a.cost_centre, a.leaver,
              a.granted_micros, a.spent_micros, a.overage_micros
         from json_to_recordset($3::json) as a(engineer_id uuid, engineer_name text, team_id uuid, team_name text,
              cost_centre text, leaver boolean, granted_micros bigint, spent_micros bigint, overage_micros bigint)`,
      [
        this.tenancy.companyId(),
        `${month}-01`,
        JSON.stringify(
          allowances.map((allowance) => ({
            engineer_id: allowance.engineerId,
            engineer_name: allowance.engineerName,
            team_id: allowance.teamId,
            team_name: allowance.teamName,
            cost_centre: allowance.costCentre,
            leaver: allowance.leaver,
            granted_micros: allowance.grantedMicros.toString(),
            spent_micros: allowance.spentMicros.toString(),
            overage_micros: allowance.overageMicros.toString(),
          })),
        ),
      ],
    );
  }

  /**
   * Queues each managed team's statement of the month to its manager (from the frozen lines), with the
   * STATEMENT_PDF attachment. Without SMTP the mails are recorded as skipped. Returns how many were queued.
   */
  private async mailManagers(month: AccountingMonth): Promise<number> {
    const managers: { team_id: string; team_name: string; email: string; user_id: string }[] =
      await this.tenancy.manager().query(
        `select t.id as team_id, t.name as team_name, u.email, u.id as user_id
           from teams t join users u on u.id = t.manager_user_id
          order by t.name, t.id`,
      );
    let queued = 0;
    for (const manager of managers) {
      const statement = await this.statements.statement(month, 'TEAM', manager.team_id);
      const attachment = await this.statementPdf.render(statement);
      await this.mail.queue({
        kind: 'STATEMENT',
        to: manager.email,
        recipientUserId: manager.user_id,
        subject: `${manager.team_name}: statement for ${month}`,
        text:
          `The books of ${month} are closed. ${manager.team_name}'s statement: ` +
          `${Money.of(statement.totalMicros, statement.currency).format()}` +
          (attachment ? ` (attached: ${attachment.filename}).` : '.'),
        attachments: attachment ? [attachment] : [],
      });
      queued += 1;
    }
    if (queued) this.logger.log({ month, queued }, 'statement mails queued');
    return queued;
  }
}
