import { Injectable } from '@nestjs/common';
import { assertAccountingMonth, Money } from '@tokenroll/domain';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service';
import { BusinessClock } from '../clock/business-clock';
import { AppError } from '../common/app-error';
import { TenancyService } from '../database/tenancy.service';
import { LedgerReads } from '../ledger/ledger-reads.service';

export interface SharedCost {
  id: string;
  month: string;
  description: string;
  amountMicros: bigint;
  createdBy: string | null;
  createdAt: Date;
}

interface SharedCostRow {
  id: string;
  month: string;
  description: string;
  amount: string;
  created_by: string | null;
  created_at: Date;
}

const toSharedCost = (row: SharedCostRow): SharedCost => ({
  id: row.id,
  month: row.month,
  description: row.description,
  amountMicros: BigInt(row.amount),
  createdBy: row.created_by,
  createdAt: row.created_at,
});

/**
 * Shared-service costs FINANCE enters per month (a shared GPU box, a team licence, support): allocated to
 * teams by the company's policy as SHARED charge lines. Only open months take or lose one.
 */
@Injectable()
export class SharedCostsService {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly clock: BusinessClock,
    private readonly ledgerReads: LedgerReads,
    private readonly audit: AuditService,
  ) {}

  async list(month: string): Promise<SharedCost[]> {
    assertAccountingMonth('month', month);
    const rows: SharedCostRow[] = await this.tenancy.manager().query(
      `select id, to_char(month, 'YYYY-MM') as month, description, amount_micros::text as amount, created_by, created_at
         from shared_costs where month = $1::date order by created_at, id`,
      [`${month}-01`],
    );
    return rows.map(toSharedCost);
  }

  async add(input: { month: string; description: string; amount: string }): Promise<SharedCost> {
    await this.assertOpen(input.month);
    const description = input.description.trim();
    if (!description) throw AppError.badInput([{ field: 'description', message: 'must not be empty' }]);
    const amountMicros = await this.amount(input.amount);
    const id = randomUUID();
    const [row]: SharedCostRow[] = await this.tenancy.manager().query(
      `insert into shared_costs (company_id, id, month, description, amount_micros, created_by)
       values ($1, $2, $3::date, $4, $5, $6)
       returning id, to_char(month, 'YYYY-MM') as month, description, amount_micros::text as amount, created_by, created_at`,
      [
        this.tenancy.companyId(),
        id,
        `${input.month}-01`,
        description,
        amountMicros.toString(),
        this.tenancy.actorUserId(),
      ],
    );
    const cost = toSharedCost(row);
    await this.audit.record('SHARED_COST_ADDED', 'shared_cost', id, null, {
      month: cost.month,
      description,
      amountMicros: amountMicros.toString(),
    });
    return cost;
  }

  async remove(id: string): Promise<SharedCost> {
    const [row]: SharedCostRow[] = /^[0-9a-f-]{36}$/i.test(id)
      ? await this.tenancy.manager().query(
          `select id, to_char(month, 'YYYY-MM') as month, description, amount_micros::text as amount, created_by, created_at
             from shared_costs where id = $1`,
          [id],
        )
      : [];
    if (!row)
      throw new AppError('NOT_FOUND', 'No such shared cost', [{ field: 'id', message: 'does not exist' }]);
    await this.assertOpen(row.month, 'id');
    await this.tenancy.manager().query(`delete from shared_costs where id = $1`, [id]);
    const cost = toSharedCost(row);
    await this.audit.record(
      'SHARED_COST_REMOVED',
      'shared_cost',
      id,
      { month: cost.month, description: cost.description, amountMicros: cost.amountMicros.toString() },
      null,
    );
    return cost;
  }

  /** A month that may still change: well-formed, not after this month, not closed. */
  private async assertOpen(month: string, field = 'month'): Promise<void> {
    assertAccountingMonth(field, month);
    const thisMonth = (await this.clock.companyToday()).slice(0, 7);
    if (month > thisMonth)
      throw AppError.badInput([{ field, message: `is in the future (this month is ${thisMonth})` }]);
    // Held open until this transaction ends: a close cannot freeze the month between this check and the write.
    const closedThrough = await this.ledgerReads.closedThroughHoldingOpen();
    if (closedThrough !== null && month <= closedThrough)
      throw new AppError('CONFLICT', `${month} is closed: its statements are frozen`, [
        { field, message: `${month} is closed` },
      ]);
  }

  private async amount(text: string): Promise<bigint> {
    const [company]: { currency: string }[] = await this.tenancy
      .manager()
      .query(`select currency from companies where id = $1`, [this.tenancy.companyId()]);
    let micros: bigint;
    try {
      micros = Money.parse(text, company.currency.trim()).micros;
    } catch {
      throw AppError.badInput([{ field: 'amount', message: 'must be an amount like 1200 or 99.50' }]);
    }
    if (micros === 0n) throw AppError.badInput([{ field: 'amount', message: 'must not be zero' }]);
    return micros;
  }
}
