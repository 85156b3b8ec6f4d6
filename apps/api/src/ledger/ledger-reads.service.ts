import { Injectable } from '@nestjs/common';
import { IsoDate } from '@tokenroll/domain';
import { EntityManager } from 'typeorm';
import { TenancyService } from '../database/tenancy.service';

/**
 * The ledger's read service: balances, held amounts and grants/spend by day, month and team, for the modules
 * that show them. Only `ledger/` names the ledger's tables; callers ask here. Each method reads through the
 * current tenant transaction, or through the manager it is given (e.g. a read-aside connection of the same
 * tenant, for reads run side by side).
 */
@Injectable()
export class LedgerReads {
  constructor(private readonly tenancy: TenancyService) {}

  // ---------------------------------------------------------------------------------------------------------
  // burn: the reads of team burn (burn/burn.service.ts)
  // ---------------------------------------------------------------------------------------------------------

  /**
   * Each engineer's accrual by month over [from, to): grants plus the true-up adjustments of their allowance
   * (an adjustment is signed: a claw-back counts negative), by the month the entry is effective in. Through
   * the partial indexes of GRANT and of ADJUSTMENT entries by date (bounds as timestamps: a date →
   * timestamptz cast hides the range from the planner).
   */
  async accrualsByEngineerMonth(
    from: IsoDate,
    to: IsoDate,
    manager: EntityManager = this.tenancy.manager(),
  ): Promise<{ engineerId: string; month: string; micros: bigint }[]> {
    const rows: { engineer_id: string; month: string; micros: string }[] = await manager.query(
      `select a.owner_id as engineer_id, to_char(e.effective_at, 'YYYY-MM') as month, sum(e.amount_micros)::text as micros
         from ledger_entries e
         join ledger_accounts a on a.id = e.to_account_id and a.kind = 'ENGINEER_ALLOWANCE'
        where e.kind = 'GRANT' and e.effective_at >= $1::timestamptz and e.effective_at < $2::timestamptz
        group by 1, 2
       union all
       select a.owner_id, to_char(e.effective_at, 'YYYY-MM'),
              sum(case when e.to_account_id = a.id then e.amount_micros else -e.amount_micros end)::text
         from ledger_entries e
         join ledger_accounts a on a.id in (e.to_account_id, e.from_account_id) and a.kind = 'ENGINEER_ALLOWANCE'
        where e.kind = 'ADJUSTMENT' and e.effective_at >= $1::timestamptz and e.effective_at < $2::timestamptz
        group by 1, 2`,
      [from, to],
    );
    return rows.map((row) => ({ engineerId: row.engineer_id, month: row.month, micros: BigInt(row.micros) }));
  }

  /**
   * The allowance of each engineer of `engineerIds` (null: every engineer of the company) that has an account:
   * balance, held on the account, what their pending holds reserve (on the allowance and the team pool), and
   * their accrual (grants and true-ups, as above) effective in [accrualFrom, accrualTo). One statement.
   */
  async allowancesOf(
    engineerIds: readonly string[] | null,
    accrualFrom: IsoDate,
    accrualTo: IsoDate,
    manager: EntityManager = this.tenancy.manager(),
  ): Promise<
    Map<
      string,
      { balanceMicros: bigint; heldMicros: bigint; pendingHoldsMicros: bigint; accruedMicros: bigint }
    >
  > {
    const rows: {
      engineer_id: string;
      balance: string;
      held: string;
      holds: string | null;
      accrued: string | null;
    }[] = await manager.query(
      `select a.owner_id as engineer_id, a.balance_micros::text as balance, a.held_micros::text as held,
                h.micros::text as holds, g.micros::text as accrued
           from ledger_accounts a
           left join (select engineer_id, sum(engineer_held_micros + pool_held_micros) as micros from holds
                       where status = 'HELD' and ($1::uuid[] is null or engineer_id = any($1::uuid[]))
                       group by engineer_id) h on h.engineer_id = a.owner_id
           left join (select account_id, sum(micros) as micros from (
                        select e.to_account_id as account_id, e.amount_micros as micros from ledger_entries e
                         where e.kind = 'GRANT' and e.effective_at >= $2::timestamptz and e.effective_at < $3::timestamptz
                        union all
                        select e.to_account_id, e.amount_micros from ledger_entries e
                         where e.kind = 'ADJUSTMENT' and e.effective_at >= $2::timestamptz and e.effective_at < $3::timestamptz
                        union all
                        select e.from_account_id, -e.amount_micros from ledger_entries e
                         where e.kind = 'ADJUSTMENT' and e.effective_at >= $2::timestamptz and e.effective_at < $3::timestamptz
                      ) accruals group by account_id) g on g.account_id = a.id
          where a.kind = 'ENGINEER_ALLOWANCE' and ($1::uuid[] is null or a.owner_id = any($1::uuid[]))`,
      [engineerIds, accrualFrom, accrualTo],
    );
    return new Map(
      rows.map((row) => [
        row.engineer_id,
        {
          balanceMicros: BigInt(row.balance),
          heldMicros: BigInt(row.held),
          pendingHoldsMicros: BigInt(row.holds ?? '0'),
          accruedMicros: BigInt(row.accrued ?? '0'),
        },
      ]),
    );
  }

  /**
   * The accrual (grants and true-ups, as above) of the engineers of `engineerIds` (null: every engineer) by the
   * day it is effective, over [from, to).
   */
  async accrualsByDay(
    engineerIds: readonly string[] | null,
    from: IsoDate,
    to: IsoDate,
    manager: EntityManager = this.tenancy.manager(),
  ): Promise<Map<IsoDate, bigint>> {
    const rows: { day: IsoDate; micros: string }[] = await manager.query(
      `select day, sum(micros)::text as micros from (
         select to_char(e.effective_at, 'YYYY-MM-DD') as day, e.amount_micros as micros
           from ledger_entries e
           join ledger_accounts a on a.id = e.to_account_id and a.kind = 'ENGINEER_ALLOWANCE'
          where ($1::uuid[] is null or a.owner_id = any($1::uuid[]))
            and e.kind = 'GRANT' and e.effective_at >= $2::timestamptz and e.effective_at < $3::timestamptz
         union all
         select to_char(e.effective_at, 'YYYY-MM-DD'),
                case when e.to_account_id = a.id then e.amount_micros else -e.amount_micros end
           from ledger_entries e
           join ledger_accounts a on a.id in (e.to_account_id, e.from_account_id) and a.kind = 'ENGINEER_ALLOWANCE'
          where ($1::uuid[] is null or a.owner_id = any($1::uuid[]))
            and e.kind = 'ADJUSTMENT' and e.effective_at >= $2::timestamptz and e.effective_at < $3::timestamptz
       ) accruals group by day`,
      [engineerIds, from, to],
    );
    return new Map(rows.map((row) => [row.day, BigInt(row.micros)]));
  }

  // ---------------------------------------------------------------------------------------------------------
  // end of burn
  // ---------------------------------------------------------------------------------------------------------
}
