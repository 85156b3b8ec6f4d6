import { Injectable } from '@nestjs/common';
import {
  AccountingMonth,
  AccountingPeriodStatus,
  assertAccountingMonth,
  closeProblem,
  monthsOfBook,
  nextMonthToClose,
  PeriodBook,
  periodStatus,
} from '@tokenroll/domain';
import { AuditService } from '../audit/audit.service';
import { BusinessClock } from '../clock/business-clock';
import { AppError } from '../common/app-error';
import { TenancyService } from '../database/tenancy.service';

export interface AccountingPeriodView {
  month: AccountingMonth;
  status: AccountingPeriodStatus;
  closedAt: Date | null;
  closedBy: string | null;
  /** True for the one month that may close now (the next in order, once it has ended). */
  closable: boolean;
}

/**
 * The company's accounting periods (months in its time zone): which are closed, and closing the next one.
 * The posting paths (LedgerService.post, ledger_post_many) move an entry effective in a closed month to the
 * first open month; closing waits for the postings under way (ledger/sql/accounting_periods_v1.sql).
 */
@Injectable()
export class AccountingPeriodsService {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly clock: BusinessClock,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<AccountingPeriodView[]> {
    const book = await this.book();
    const rows: { month: string; closed_at: Date; closed_by: string | null }[] = await this.tenancy
      .manager()
      .query(
        `select to_char(month, 'YYYY-MM') as month, closed_at, closed_by from accounting_periods order by month`,
      );
    const closed = new Map(rows.map((row) => [row.month, row]));
    const next = nextMonthToClose(book);
    return monthsOfBook(book)
      .reverse()
      .map((month) => ({
        month,
        status: periodStatus(month, book),
        closedAt: closed.get(month)?.closed_at ?? null,
        closedBy: closed.get(month)?.closed_by ?? null,
        closable: month === next && closeProblem(month, book) === null,
      }));
  }

  /**
   * Closes `month`: it must be the next in order and over (its last day before the company's today). Closing a
   * closed month is a CONFLICT that changes nothing. Audited.
   */
  async close(month: string): Promise<AccountingPeriodView> {
    assertAccountingMonth('month', month);
    // Exclusive: waits for the postings under way (they hold the lock shared) and keeps new ones out until
    // this transaction commits; two closes at once run one after the other.
    await this.tenancy
      .manager()
      .query(`select pg_advisory_xact_lock(ledger_period_lock_key($1))`, [this.tenancy.companyId()]);
    const book = await this.book();
    const problem = closeProblem(month, book);
    if (problem?.alreadyClosed)
      throw new AppError('CONFLICT', problem.message, [{ field: problem.field, message: problem.message }]);
    if (problem) throw AppError.badInput([{ field: problem.field, message: problem.message }]);
    const [row]: { closed_at: Date; closed_by: string | null }[] = await this.tenancy.manager().query(
      `insert into accounting_periods (company_id, month, closed_by) values ($1, $2::date, $3)
       returning closed_at, closed_by`,
      [this.tenancy.companyId(), `${month}-01`, this.tenancy.actorUserId()],
    );
    await this.audit.record(
      'ACCOUNTING_PERIOD_CLOSED',
      'accounting_period',
      null,
      { month, status: 'OPEN' },
      { month, status: 'CLOSED' },
    );
    return { month, status: 'CLOSED', closedAt: row.closed_at, closedBy: row.closed_by, closable: false };
  }

  /** The latest closed month, the opening month (the first grant's, in the company's zone) and today. */
  private async book(): Promise<PeriodBook> {
    const timeZone = await this.tenancy.timeZone();
    const today = await this.clock.companyToday();
    const [row]: { closed_through: string | null; opening: string | null }[] = await this.tenancy
      .manager()
      .query(
        `select (select to_char(max(month), 'YYYY-MM') from accounting_periods) as closed_through,
                (select to_char(min(effective_at) at time zone $1, 'YYYY-MM') from ledger_entries
                  where kind = 'GRANT') as opening`,
        [timeZone],
      );
    return { closedThrough: row.closed_through, openingMonth: row.opening ?? today.slice(0, 7), today };
  }
}
