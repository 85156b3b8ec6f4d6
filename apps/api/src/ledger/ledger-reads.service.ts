import { Injectable } from '@nestjs/common';
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
}
