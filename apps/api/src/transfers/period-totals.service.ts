import { Injectable } from '@nestjs/common';
import { TenancyService } from '../database/tenancy.service';

/** What an engineer took under a per-period limit: gifts to teammates, or increases approved automatically. */
export type PeriodTotal = 'given' | 'autoApproved';

const COLUMN: Record<PeriodTotal, string> = {
  given: 'given_micros',
  autoApproved: 'auto_approved_micros',
};

/**
 * Per-engineer, per-period counters (`engineer_period_totals`) behind the limits on gifts and on
 * auto-approved increases. A counter only rises by `take`: one conditional upsert that adds the amount when
 * the total stays within the limit, so parallel requests queue on the counter row and the limit holds
 * however many arrive at once (never read-then-write). Taken in the caller's transaction: if the move it
 * guards fails, the counter rolls back with it.
 */
@Injectable()
export class PeriodTotalsService {
  constructor(private readonly tenancy: TenancyService) {}

  /**
   * Adds `amountMicros` to the engineer's total for the period starting `periodStart` if the total stays at
   * most `limitMicros`; returns the new total, or null (nothing changed) when it would not.
   */
  async take(
    total: PeriodTotal,
    engineerId: string,
    periodStart: string,
    amountMicros: bigint,
    limitMicros: bigint,
  ): Promise<bigint | null> {
    const column = COLUMN[total];
    const rows: { total: string }[] = await this.tenancy.manager().query(
      `insert into engineer_period_totals as t (company_id, engineer_id, period_start, ${column})
       select $1, $2, $3, $4::bigint where $4::bigint <= $5::bigint
       on conflict (company_id, engineer_id, period_start)
         do update set ${column} = t.${column} + excluded.${column}
         where t.${column} + excluded.${column} <= $5::bigint
       returning ${column}::text as total`,
      [this.tenancy.companyId(), engineerId, periodStart, amountMicros.toString(), limitMicros.toString()],
    );
    return rows.length ? BigInt(rows[0].total) : null;
  }

  /** The engineer's total for the period starting `periodStart` (0 before anything was taken). */
  async read(total: PeriodTotal, engineerId: string, periodStart: string): Promise<bigint> {
    const [row]: { total: string }[] = await this.tenancy
      .manager()
      .query(
        `select ${COLUMN[total]}::text as total from engineer_period_totals where engineer_id = $1 and period_start = $2`,
        [engineerId, periodStart],
      );
    return BigInt(row?.total ?? '0');
  }
}
