import { Injectable } from '@nestjs/common';
import { chargeOverages } from '@tokenroll/domain';
import { returnedRows } from '../database/sql';
import { TenancyService } from '../database/tenancy.service';
import { BatchPosting, LedgerService } from './ledger.service';
import { HoldStatus, references } from './references';
import { SpendPostings } from './spend-postings';

/** A hold as stored (bigints as text). Its status maps to the two-phase states in `references.ts`. */
export interface HoldRow {
  id: string;
  engineer_id: string;
  request_id: string;
  provider: string;
  model: string;
  priced_as: string | null;
  unpriced: boolean;
  amount_micros: string;
  engineer_account_id: string;
  engineer_held_micros: string;
  pool_account_id: string | null;
  pool_held_micros: string;
  over_budget: boolean;
  /** Of the settled cost, what took the allowance below zero. */
  overage_micros: string;
  status: HoldStatus;
  expires_at: Date;
  cost_micros: string | null;
}

/** What a reservation found: who the engineer is, and the hold (new or earlier) or why there is none. */
export interface HoldReservation {
  outcome:
    | 'no_engineer'
    | 'email_mismatch'
    | 'request_conflict'
    | 'existing'
    | 'left'
    | 'unpriceable'
    | 'refused'
    | 'raced'
    | 'held';
  engineerId: string | null;
  email: string | null;
  endDate: string | null;
  /** Whether the team pool was part of the budget measured (false for an engineer in overage). */
  pool: boolean;
  /** What the engineer may still spend (after the reservation, or what refused it). */
  availableMicros: bigint;
  hold: HoldRow | null;
}

/** What to reserve: the engineer (by id, or by email), the request, its priced worst case and its TTL. */
export interface HoldRequest {
  engineerId: string | null;
  email: string | null;
  /** With an engineer id: the email the caller named, refused when it is not theirs. */
  expectedEmail: string | null;
  requestId: string;
  provider: string;
  model: string;
  pricedAs: string | null;
  unpriced: boolean;
  estimatedInputTokens: number;
  maxOutputTokens: number;
  /** The worst-case cost in the company currency; null when it cannot be priced. */
  amountMicros: bigint | null;
  ttlSeconds: number;
  holdId: string;
  /** The business date (the company's today). */
  today: string;
}

/** What a settle did: the hold as posted, the overage it took the allowance into, what was released. */
export interface SettledHold {
  hold: HoldRow;
  overageMicros: bigint;
  releasedMicros: bigint;
}

/** One row of `authorize_hold` (bigints as text). */
interface AuthorizeRow {
  outcome: HoldReservation['outcome'];
  r_engineer_id: string | null;
  r_email: string | null;
  r_end_date: string | null;
  r_enforcement: 'HARD' | 'SOFT' | null;
  r_pool: boolean | null;
  r_available: string | null;
  r_hold: Record<string, unknown> | null;
}

/** A hold as `to_jsonb` gives it, with its times as Dates like a row read with `select *`. */
function holdFrom(json: Record<string, unknown>): HoldRow {
  const at = (value: unknown) => (value === null || value === undefined ? value : new Date(value as string));
  return {
    ...json,
    expires_at: at(json.expires_at),
    created_at: at(json.created_at),
    closed_at: at(json.closed_at),
  } as unknown as HoldRow;
}

const min = (a: bigint, b: bigint) => (a < b ? a : b);
const UUID = /^[0-9a-f-]{36}$/i;

/**
 * Holds as ledger primitives, TigerBeetle's two-phase transfers: `hold` reserves (pending), then exactly one
 * of `settle` (posted: the usage charged, the rest released), `void` (released by the caller) or expiry
 * (`expireDue`, released when the TTL ran out). Lock order everywhere: the engineer's allowance, then the
 * pool, then spend. Runs in the caller's tenant transaction.
 */
@Injectable()
export class LedgerHolds {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly ledger: LedgerService,
    private readonly spend: SpendPostings,
  ) {}

  /**
   * Reserves the worst case in one statement (`authorize_hold`, ledger/sql/authorize_hold_v3.sql): the
   * engineer's context, an earlier hold of the same requestId, the reservation and the hold row. The hot
   * allowance row is locked only for that statement and the COMMIT. A refusal reserves nothing.
   */
  async hold(request: HoldRequest): Promise<HoldReservation> {
    const [row] = await returnedRows<AuthorizeRow>(
      this.tenancy.manager(),
      `select * from authorize_hold($1::uuid, $2::text, $3::text, $4::text, $5::text, $6::text, $7::text,
          $8::boolean, $9::integer, $10::integer, $11::bigint, $12::integer, $13::uuid, $14::date)`,
      [
        request.engineerId,
        request.email,
        request.expectedEmail,
        request.requestId,
        request.provider,
        request.model,
        request.pricedAs,
        request.unpriced,
        request.estimatedInputTokens,
        request.maxOutputTokens,
        request.amountMicros?.toString() ?? null,
        request.ttlSeconds,
        request.holdId,
        request.today,
      ],
    );
    return {
      outcome: row.outcome,
      engineerId: row.r_engineer_id,
      email: row.r_email,
      endDate: row.r_end_date,
      pool: row.r_pool === true,
      availableMicros: BigInt(row.r_available ?? '0'),
      hold: row.r_hold ? holdFrom(row.r_hold) : null,
    };
  }

  /** The hold, locked for this transaction; undefined when there is none (another company's is invisible). */
  async lock(id: string): Promise<HoldRow | undefined> {
    if (!UUID.test(id)) return undefined;
    const rows: HoldRow[] = await this.tenancy
      .manager()
      .query(`select * from holds where id = $1 for update`, [id]);
    return rows[0];
  }

  /** Gives back what a hold reserved (engineer first, then the pool). */
  private async release(hold: HoldRow): Promise<void> {
    const manager = this.tenancy.manager();
    if (BigInt(hold.engineer_held_micros) > 0n)
      await manager.query(`update ledger_accounts set held_micros = held_micros - $2 where id = $1`, [
        hold.engineer_account_id,
        hold.engineer_held_micros,
      ]);
    if (hold.pool_account_id && BigInt(hold.pool_held_micros) > 0n)
      await manager.query(`update ledger_accounts set held_micros = held_micros - $2 where id = $1`, [
        hold.pool_account_id,
        hold.pool_held_micros,
      ]);
  }

  /**
   * Posts a locked pending (or expired) hold: charges the cost (the allowance's part, then what the pool
   * reserved beyond it, as spend), releases the rest, and marks it settled. A cost above what the allowance
   * still had is charged all the same (the usage happened): the part beyond the balance is the overage,
   * flagged on the hold. The caller records the usage first (its rollup rows come first in the lock order).
   */
  async settle(hold: HoldRow, costMicros: bigint, at: Date): Promise<SettledHold> {
    const wasHeld = hold.status === 'HELD';
    await this.tenancy
      .manager()
      .query(`select id from ledger_accounts where id = $1 for update`, [hold.engineer_account_id]);
    if (wasHeld) await this.release(hold);
    const fromPool =
      wasHeld && hold.pool_account_id
        ? min(costMicros - min(costMicros, BigInt(hold.engineer_held_micros)), BigInt(hold.pool_held_micros))
        : 0n;
    const fromAllowance = costMicros - fromPool;
    // Both charges in one set-based posting (allowance, then pool, then spend: the global lock order).
    const accounts = await this.ledger.accountIds(['SPEND'], [hold.engineer_id]);
    const spend = accounts.get('SPEND')?.get(hold.engineer_id);
    if (!spend) throw new Error(`no spend account for engineer ${hold.engineer_id}`);
    const postings: BatchPosting[] = [];
    if (fromAllowance > 0n)
      postings.push({
        fromAccountId: hold.engineer_account_id,
        toAccountId: spend,
        amountMicros: fromAllowance,
        kind: 'SPEND',
        reference: references.settle(hold.id),
        effectiveAt: at,
        memo: `Authorization ${hold.request_id} settled`,
      });
    if (fromPool > 0n && hold.pool_account_id)
      postings.push({
        fromAccountId: hold.pool_account_id,
        toAccountId: spend,
        amountMicros: fromPool,
        kind: 'SPEND',
        reference: references.settlePool(hold.id),
        effectiveAt: at,
        memo: `Authorization ${hold.request_id} settled from the team pool`,
      });
    const debited = await this.spend.charge(postings);
    const allowance = debited.get(hold.engineer_account_id);
    const [overage] = allowance ? chargeOverages(allowance.balanceBeforeMicros, [fromAllowance]) : [0n];
    const [settled] = await returnedRows<HoldRow>(
      this.tenancy.manager(),
      `update holds set status = 'SETTLED', closed_at = now(), cost_micros = $2, overage_micros = $3,
              over_budget = over_budget or $3::bigint > 0
        where id = $1 returning *`,
      [hold.id, costMicros.toString(), overage.toString()],
    );
    const reserved = wasHeld ? BigInt(hold.engineer_held_micros) + BigInt(hold.pool_held_micros) : 0n;
    return {
      hold: settled,
      overageMicros: overage,
      releasedMicros: reserved > costMicros ? reserved - costMicros : 0n,
    };
  }

  /** Voids a locked pending hold: releases what it reserved. */
  async void(hold: HoldRow): Promise<HoldRow> {
    await this.release(hold);
    const [voided] = await returnedRows<HoldRow>(
      this.tenancy.manager(),
      `update holds set status = 'VOIDED', closed_at = now() where id = $1 returning *`,
      [hold.id],
    );
    return voided;
  }

  /** Expires every pending hold of the current company past its TTL (real time); returns how many. */
  async expireDue(): Promise<number> {
    const expired = await returnedRows<HoldRow>(
      this.tenancy.manager(),
      `update holds set status = 'EXPIRED', closed_at = now()
        where status = 'HELD' and expires_at < now()
        returning *`,
    );
    // Engineers' accounts first (in engineer order), then pools: the lock order of every other path.
    expired.sort((a, b) => (a.engineer_id < b.engineer_id ? -1 : a.engineer_id > b.engineer_id ? 1 : 0));
    for (const hold of expired) await this.release({ ...hold, pool_account_id: null });
    for (const hold of [...expired].sort((a, b) =>
      (a.pool_account_id ?? '') < (b.pool_account_id ?? '') ? -1 : 1,
    ))
      if (hold.pool_account_id) await this.release({ ...hold, engineer_held_micros: '0' });
    return expired.length;
  }

  /** The hold-expiry job: every company with holds past their TTL, each in its own tenant transaction. */
  async expireAll(): Promise<number> {
    const companies: { company_id: string }[] = await this.tenancy.asJobs((manager) =>
      manager.query(`select distinct company_id from holds where status = 'HELD' and expires_at < now()`),
    );
    let total = 0;
    for (const { company_id } of companies)
      total += await this.tenancy.run(company_id, () => this.expireDue());
    return total;
  }
}
