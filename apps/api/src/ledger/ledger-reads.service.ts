import { Injectable } from '@nestjs/common';
import { IsoDate } from '@tokenroll/domain';
import { EntityManager } from 'typeorm';
import { TenancyService } from '../database/tenancy.service';
import { LedgerAccountKind } from './ledger-account.entity';
import { references } from './references';

/** An account's balance and what open holds reserve on it. */
export interface AccountBalance {
  balanceMicros: bigint;
  heldMicros: bigint;
}

/** An engineer's own allowance and the team pool that overflows to them (absent when they have none). */
export interface EngineerBalances {
  allowance: AccountBalance | null;
  pool: AccountBalance | null;
}

/** A transfer between people (a gift or a manager's move), as the transfer history lists it. */
export interface TransferRow {
  id: string;
  from_owner: string;
  from_kind: string;
  to_owner: string;
  to_kind: string;
  amount_micros: string;
  from_name: string | null;
  to_name: string | null;
  memo: string | null;
  created_by: string | null;
  effective_at: Date;
}

const free = (account: AccountBalance | null) => {
  const left = account ? account.balanceMicros - account.heldMicros : 0n;
  return left > 0n ? left : 0n;
};

/**
 * What an engineer may still spend now: their own allowance left (balance − held, never below 0) plus the
 * team pool's when it overflows to them. An engineer in overage (their allowance balance below zero after
 * spend beyond it) draws nothing on the pool until grants, a transfer or an increase cover the overage: the
 * same rule as the reservation (ledger/sql/authorize_hold_v3.sql).
 */
export function spendable(balances: EngineerBalances): { ownMicros: bigint; poolMicros: bigint } {
  const inOverage = (balances.allowance?.balanceMicros ?? 0n) < 0n;
  return { ownMicros: free(balances.allowance), poolMicros: inOverage ? 0n : free(balances.pool) };
}

/**
 * The ledger's read service: balances, holds and histories for the modules that show them. Nothing outside
 * `ledger/` reads the ledger's tables; they ask here. Grouped by the callers' needs.
 */
@Injectable()
export class LedgerReads {
  constructor(private readonly tenancy: TenancyService) {}

  // ── Balances (any module) ────────────────────────────────────────────────────────────────────────────

  /** Balance and held amount of the accounts of one kind for many owners (owners without one are absent). */
  async balancesOf(
    kind: LedgerAccountKind,
    ownerIds: readonly string[],
  ): Promise<Map<string, AccountBalance>> {
    if (!ownerIds.length) return new Map();
    const rows: { owner_id: string; balance: string; held: string }[] = await this.tenancy.manager().query(
      `select owner_id, balance_micros::text as balance, held_micros::text as held from ledger_accounts
          where kind = $1 and owner_id = any($2::uuid[])`,
      [kind, [...new Set(ownerIds)]],
    );
    return new Map(
      rows.map((row) => [row.owner_id, { balanceMicros: BigInt(row.balance), heldMicros: BigInt(row.held) }]),
    );
  }

  // ── An engineer's allowance, entry by entry (leaving preview) ──────────────────────────────────────────

  /**
   * The balance of an engineer's allowance and its entries, signed (into the allowance positive), oldest
   * first, each with its reference (references.ts and accrual-postings.ts say the formats) and, for grants
   * and true-ups, the month they are for. Empty for an engineer without an account.
   */
  async allowanceEntriesOf(engineerId: string): Promise<{
    balanceMicros: bigint;
    entries: { reference: string; kind: string; month: string | null; micros: bigint; effectiveAt: Date }[];
  }> {
    const rows: { reference: string; kind: string; signed: string; effective_at: Date; balance: string }[] =
      await this.tenancy.manager().query(
        `select e.reference, e.kind, e.effective_at, a.balance_micros::text as balance,
                (case when e.to_account_id = a.id then e.amount_micros else -e.amount_micros end)::text as signed
           from ledger_accounts a
           left join ledger_entries e on a.id in (e.to_account_id, e.from_account_id)
          where a.kind = 'ENGINEER_ALLOWANCE' and a.owner_id = $1
          order by e.effective_at, e.reference`,
        [engineerId],
      );
    const month = (reference: string) =>
      /^accrual(-adjust)?:/.test(reference) ? (reference.split(':')[2] ?? null) : null;
    return {
      balanceMicros: BigInt(rows[0]?.balance ?? '0'),
      entries: rows
        .filter((row) => row.reference !== null)
        .map((row) => ({
          reference: row.reference,
          kind: row.kind,
          month: month(row.reference),
          micros: BigInt(row.signed),
          effectiveAt: row.effective_at,
        })),
    };
  }

  // ── Budgets and holds (metering) ─────────────────────────────────────────────────────────────────────

  /**
   * The engineer's allowance and the pool of `poolTeamId` (the team whose pool overflows to them, or null),
   * in one read.
   */
  async engineerBalances(engineerId: string, poolTeamId: string | null): Promise<EngineerBalances> {
    const rows: { kind: string; balance: string; held: string }[] = await this.tenancy.manager().query(
      `select kind, balance_micros::text as balance, held_micros::text as held from ledger_accounts
        where (kind = 'ENGINEER_ALLOWANCE' and owner_id = $1) or (kind = 'TEAM_POOL' and owner_id = $2::uuid)`,
      [engineerId, poolTeamId],
    );
    const of = (kind: string) => {
      const row = rows.find((candidate) => candidate.kind === kind);
      return row ? { balanceMicros: BigInt(row.balance), heldMicros: BigInt(row.held) } : null;
    };
    return { allowance: of('ENGINEER_ALLOWANCE'), pool: poolTeamId ? of('TEAM_POOL') : null };
  }

  /** What the engineer may still spend now (see `spendable`). */
  async available(engineerId: string, poolTeamId: string | null): Promise<bigint> {
    const { ownMicros, poolMicros } = spendable(await this.engineerBalances(engineerId, poolTeamId));
    return ownMicros + poolMicros;
  }

  /** What the engineer's open (pending) holds reserve: in all, and on their own allowance. */
  async heldBy(engineerId: string): Promise<{ heldMicros: bigint; ownHeldMicros: bigint }> {
    const [row]: { held: string; own: string }[] = await this.tenancy.manager().query(
      `select coalesce(sum(engineer_held_micros + pool_held_micros), 0)::text as held,
              coalesce(sum(engineer_held_micros), 0)::text as own
         from holds where engineer_id = $1 and status = 'HELD'`,
      [engineerId],
    );
    return { heldMicros: BigInt(row.held), ownHeldMicros: BigInt(row.own) };
  }

  // ── Transfers and increase requests (transfers) ──────────────────────────────────────────────────────

  /** The id of a team's pool account, if it has one. */
  async poolAccountOf(teamId: string): Promise<string | undefined> {
    const [pool]: { id: string }[] = await this.tenancy
      .manager()
      .query(`select id from ledger_accounts where kind = 'TEAM_POOL' and owner_id = $1`, [teamId]);
    return pool?.id;
  }

  /** Transfers (gifts and moves), newest first (at most 500); for one engineer, or one reference, when given. */
  async transfers(filter: { engineerId?: string; reference?: string } = {}): Promise<TransferRow[]> {
    const params: unknown[] = [references.gifts, references.moves];
    const conditions = [`e.kind = 'TRANSFER'`, `(e.reference like $1 or e.reference like $2)`];
    if (filter.reference) {
      params.push(filter.reference);
      conditions.push(`e.reference = $${params.length}`);
    }
    if (filter.engineerId) {
      params.push(filter.engineerId);
      conditions.push(`(f.owner_id = $${params.length} or t.owner_id = $${params.length})`);
    }
    return this.tenancy.manager().query(
      `select e.id, f.owner_id as from_owner, f.kind as from_kind, t.owner_id as to_owner, t.kind as to_kind,
              coalesce(fe.name, ft.name) as from_name, coalesce(te.name, tt.name) as to_name,
              e.amount_micros::text as amount_micros, e.memo, e.created_by, e.effective_at
         from ledger_entries e
         join ledger_accounts f on f.id = e.from_account_id
         join ledger_accounts t on t.id = e.to_account_id
         left join engineers fe on f.kind = 'ENGINEER_ALLOWANCE' and fe.id = f.owner_id
         left join teams ft on f.kind = 'TEAM_POOL' and ft.id = f.owner_id
         left join engineers te on t.kind = 'ENGINEER_ALLOWANCE' and te.id = t.owner_id
         left join teams tt on t.kind = 'TEAM_POOL' and tt.id = t.owner_id
        where ${conditions.join(' and ')}
        order by e.effective_at desc limit 500`,
      params,
    );
  }

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

  // ---------------------------------------------------------------------------------------------------------
  // chargeback: the reads of statements and period close (chargeback/)
  // ---------------------------------------------------------------------------------------------------------

  /**
   * Corrections carried into the month [from, to) (days in the company's `timeZone`) for earlier, closed
   * months: every entry on an engineer's SPEND account (spend, and the reversal of spend) effective in the
   * month whose own date (`original_effective_at`, kept when the entry was moved out of a closed month) is
   * before it. Signed (spend positive, a reversal negative), per engineer × day booked × original day, in
   * that order.
   */
  async carriedCorrections(
    from: IsoDate,
    to: IsoDate,
    timeZone: string,
    manager: EntityManager = this.tenancy.manager(),
  ): Promise<{ engineerId: string; day: IsoDate; originalDay: IsoDate; micros: bigint }[]> {
    const rows: { engineer_id: string; day: IsoDate; original_day: IsoDate; micros: string }[] =
      await manager.query(
        `select a.owner_id as engineer_id,
                to_char(e.effective_at at time zone $3, 'YYYY-MM-DD') as day,
                to_char(e.original_effective_at at time zone $3, 'YYYY-MM-DD') as original_day,
                sum(case when e.to_account_id = a.id then e.amount_micros else -e.amount_micros end)::text as micros
           from ledger_entries e
           join ledger_accounts a on a.id in (e.to_account_id, e.from_account_id) and a.kind = 'SPEND'
          where e.effective_at >= ($1::timestamp at time zone $3) and e.effective_at < ($2::timestamp at time zone $3)
            and e.original_effective_at is not null
            and e.original_effective_at < ($1::timestamp at time zone $3)
          group by 1, 2, 3
         having sum(case when e.to_account_id = a.id then e.amount_micros else -e.amount_micros end) <> 0
          order by 1, 2, 3`,
        [from, to, timeZone],
      );
    return rows.map((row) => ({
      engineerId: row.engineer_id,
      day: row.day,
      originalDay: row.original_day,
      micros: BigInt(row.micros),
    }));
  }

  /**
   * Each engineer's allowance over the month(s) [from, to) (days in the company's `timeZone`): what was granted
   * (grants plus signed true-ups effective in the range, as `accrualsByEngineerMonth`) and the allowance's
   * balance at the range's end (every entry effective before it, signed), whose negative part is the overage.
   * Engineers without an allowance account are absent.
   */
  async allowanceAtMonthEnd(
    from: IsoDate,
    to: IsoDate,
    timeZone: string,
    manager: EntityManager = this.tenancy.manager(),
  ): Promise<Map<string, { grantedMicros: bigint; balanceMicros: bigint }>> {
    const rows: { engineer_id: string; granted: string; balance: string }[] = await manager.query(
      `select a.owner_id as engineer_id,
              coalesce(sum(case when e.kind in ('GRANT', 'ADJUSTMENT') and e.effective_at >= ($1::timestamp at time zone $3)
                                then (case when e.to_account_id = a.id then e.amount_micros else -e.amount_micros end) end), 0)::text as granted,
              coalesce(sum(case when e.to_account_id = a.id then e.amount_micros else -e.amount_micros end), 0)::text as balance
         from ledger_accounts a
         left join ledger_entries e on a.id in (e.to_account_id, e.from_account_id)
                                  and e.effective_at < ($2::timestamp at time zone $3)
        where a.kind = 'ENGINEER_ALLOWANCE'
        group by a.owner_id`,
      [from, to, timeZone],
    );
    return new Map(
      rows.map((row) => [
        row.engineer_id,
        { grantedMicros: BigInt(row.granted), balanceMicros: BigInt(row.balance) },
      ]),
    );
  }

  /** The latest closed month of the books (`YYYY-MM`), or null while none is. */
  /**
   * The latest closed month, with the company's period lock held SHARED for the rest of the transaction (as a
   * posting holds it): a close waits for this transaction, so what it writes for an open month is in that
   * month's books when it closes (check and write are one step against a close).
   */
  async closedThroughHoldingOpen(manager: EntityManager = this.tenancy.manager()): Promise<string | null> {
    await manager.query(`select pg_advisory_xact_lock_shared(ledger_period_lock_key($1))`, [
      this.tenancy.companyId(),
    ]);
    return this.closedThrough(manager);
  }

  /** Every closed month with when it closed, in order. */
  async closes(
    manager: EntityManager = this.tenancy.manager(),
  ): Promise<{ month: string; closedAt: Date }[]> {
    const rows: { month: string; closed_at: Date }[] = await manager.query(
      `select to_char(month, 'YYYY-MM') as month, closed_at from accounting_periods order by month`,
    );
    return rows.map((row) => ({ month: row.month, closedAt: new Date(row.closed_at) }));
  }

  async closedThrough(manager: EntityManager = this.tenancy.manager()): Promise<string | null> {
    const [row]: { month: string | null }[] = await manager.query(
      `select to_char(max(month), 'YYYY-MM') as month from accounting_periods`,
    );
    return row.month;
  }

  /** Holds still open (pending) that were opened before `to` (a day in the company's `timeZone`): how many and what they reserve. */
  async openHoldsBefore(
    to: IsoDate,
    timeZone: string,
    manager: EntityManager = this.tenancy.manager(),
  ): Promise<{ count: number; heldMicros: bigint }> {
    const [row]: { n: number; held: string }[] = await manager.query(
      `select count(*)::int as n, coalesce(sum(engineer_held_micros + pool_held_micros), 0)::text as held
         from holds where status = 'HELD' and created_at < ($1::timestamp at time zone $2)`,
      [to, timeZone],
    );
    return { count: row.n, heldMicros: BigInt(row.held) };
  }

  // ---------------------------------------------------------------------------------------------------------
  // end of chargeback
  // ---------------------------------------------------------------------------------------------------------
}
