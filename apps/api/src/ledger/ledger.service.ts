import { BusinessClock } from '../clock/business-clock';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AppError } from '../common/app-error';
import { returnedRows } from '../database/sql';
import { TenancyService } from '../database/tenancy.service';
import { LedgerAccount, LedgerAccountKind } from './ledger-account.entity';
import { LedgerEntry, LedgerEntryKind } from './ledger-entry.entity';
import { references } from './references';

/** An account as a posting names it. */
export type AccountRef = Pick<LedgerAccount, 'id'>;

export interface Posting {
  from: AccountRef;
  to: AccountRef;
  amountMicros: bigint;
  kind: LedgerEntryKind;
  /** Idempotency key: posting the same reference twice changes nothing. */
  reference: string;
  effectiveAt: Date;
  memo?: string | null;
  reversesEntryId?: string | null;
  /**
   * Only if the debited account can cover it (balance − held ≥ amount), checked by the debit itself
   * (one conditional UPDATE); otherwise nothing is posted and a BAD_USER_INPUT names `amount`.
   */
  requireAvailable?: boolean;
}

/** One posting of a batch, by account id (see LedgerService.postMany). */
export interface BatchPosting {
  fromAccountId: string;
  toAccountId: string;
  amountMicros: bigint;
  kind: LedgerEntryKind;
  /** Idempotency key: a reference already posted (earlier, or earlier in the batch) changes nothing. */
  reference: string;
  effectiveAt: Date;
  memo?: string | null;
  reversesEntryId?: string | null;
}

export interface InvariantViolation {
  accountId: string;
  kind: string;
  balance: string;
  fromEntries: string;
}

/**
 * The double-entry ledger. Every posting moves a positive amount from one account to another and
 * updates both balances in the same transaction (the current tenant transaction).
 */
@Injectable()
export class LedgerService {
  /** Account ids by company, kind and owner (`accountIds`): they never change. */
  private readonly knownAccountIds = new Map<string, string>();

  constructor(
    private readonly tenancy: TenancyService,
    private readonly clock: BusinessClock,
  ) {}

  /** The account of this kind and owner, created on first use (concurrency-safe). */
  async account(kind: LedgerAccountKind, ownerId: string): Promise<LedgerAccount> {
    const manager = this.tenancy.manager();
    const companyId = this.tenancy.companyId();
    await manager.query(
      `insert into ledger_accounts (company_id, id, kind, owner_id) values ($1, $2, $3, $4)
       on conflict (company_id, kind, owner_id) do nothing`,
      [companyId, randomUUID(), kind, ownerId],
    );
    return manager.getRepository(LedgerAccount).findOneByOrFail({ companyId, kind, ownerId });
  }

  /** The accounts of this kind for many owners in two queries (created on first use), by owner id. */
  async accounts(kind: LedgerAccountKind, ownerIds: string[]): Promise<Map<string, LedgerAccount>> {
    const owners = [...new Set(ownerIds)].sort();
    if (!owners.length) return new Map();
    const manager = this.tenancy.manager();
    const companyId = this.tenancy.companyId();
    await manager.query(
      `insert into ledger_accounts (company_id, id, kind, owner_id)
       select $1, gen_random_uuid(), $2, owner from unnest($3::uuid[]) as owner
       on conflict (company_id, kind, owner_id) do nothing`,
      [companyId, kind, owners],
    );
    const rows = await manager
      .getRepository(LedgerAccount)
      .createQueryBuilder('a')
      .where('a.kind = :kind and a.owner_id = any(:owners)', { kind, owners })
      .getMany();
    return new Map(rows.map((row) => [row.ownerId, row]));
  }

  /**
   * The accounts of these kinds for many owners, created on first use: account id by kind, then by owner.
   * One read when they all exist (the hot path). It never inserts an account that exists: INSERT … ON
   * CONFLICT waits for any transaction updating the existing row, which would add a lock wait on a hot
   * allowance to callers that hold other locks (see `accounts`). An account's id never changes (accounts are
   * never deleted), so the ids of accounts committed before this transaction began are kept by this instance:
   * the usage path then reads none.
   */
  async accountIds(
    kinds: LedgerAccountKind[],
    ownerIds: string[],
  ): Promise<Map<LedgerAccountKind, Map<string, string>>> {
    const owners = [...new Set(ownerIds)].sort();
    const result = new Map<LedgerAccountKind, Map<string, string>>(kinds.map((kind) => [kind, new Map()]));
    if (!owners.length || !kinds.length) return result;
    const manager = this.tenancy.manager();
    const companyId = this.tenancy.companyId();
    const keyOf = (kind: string, owner: string) => `${companyId}:${kind}:${owner}`;
    let unknown = false;
    for (const kind of kinds)
      for (const owner of owners) {
        const id = this.knownAccountIds.get(keyOf(kind, owner));
        if (id) result.get(kind)?.set(owner, id);
        else unknown = true;
      }
    if (!unknown) return result;
    const read = async () => {
      // Kept only when committed before this transaction began (created_at < now()): never an account
      // this transaction created, which a rollback would take away.
      const rows: { id: string; kind: LedgerAccountKind; owner_id: string; committed: boolean }[] =
        await manager.query(
          `select id, kind, owner_id, created_at < now() as committed from ledger_accounts
            where kind = any($1) and owner_id = any($2::uuid[])`,
          [kinds, owners],
        );
      for (const row of rows) {
        result.get(row.kind)?.set(row.owner_id, row.id);
        if (row.committed) this.knownAccountIds.set(keyOf(row.kind, row.owner_id), row.id);
      }
    };
    await read();
    const missing = kinds.flatMap((kind) =>
      owners.filter((owner) => !result.get(kind)?.has(owner)).map((owner) => ({ kind, owner })),
    );
    if (!missing.length) return result;
    await manager.query(
      `insert into ledger_accounts (company_id, id, kind, owner_id)
       select $1, gen_random_uuid(), kind, owner from unnest($2::text[], $3::uuid[]) as t(kind, owner)
       on conflict (company_id, kind, owner_id) do nothing`,
      [this.tenancy.companyId(), missing.map((m) => m.kind), missing.map((m) => m.owner)],
    );
    await read();
    return result;
  }

  /** Funding and expiry accounts belong to the company itself. */
  companyAccount(kind: 'COMPANY_FUNDING' | 'EXPIRY'): Promise<LedgerAccount> {
    return this.account(kind, this.tenancy.companyId());
  }

  /**
   * Posts once per reference; returns false when the reference was already posted. An entry effective in a
   * closed accounting month is posted at the start of the first open month (`originalEffectiveAt` keeps its
   * date): it belongs to, and counts against, that month.
   */
  async post(posting: Posting): Promise<boolean> {
    if (posting.amountMicros <= 0n)
      throw new AppError('BAD_USER_INPUT', 'A ledger posting moves a positive amount', [
        { field: 'amount', message: 'must be positive' },
      ]);
    if (posting.from.id === posting.to.id)
      throw new AppError('BAD_USER_INPUT', 'A ledger posting moves between two accounts', [
        { field: 'to', message: 'must differ from the source account' },
      ]);
    const manager = this.tenancy.manager();
    const companyId = this.tenancy.companyId();
    // Accounting periods (ledger/sql/accounting_periods_v1.sql): the period lock first (shared), then an entry
    // effective in a closed month goes to the start of the first open month, its original date kept.
    const inserted: { id: string }[] = await manager.query(
      `with period as (select ledger_open_from() as open_from)
       insert into ledger_entries
         (company_id, id, from_account_id, to_account_id, amount_micros, kind, reference, memo, effective_at,
          original_effective_at, reverses_entry_id, created_by)
       select $1::uuid, $2::uuid, $3::uuid, $4::uuid, $5::bigint, $6::text, $7::text, $8::text,
              greatest($9::timestamptz, period.open_from),
              case when $9::timestamptz < period.open_from then $9::timestamptz end, $10::uuid, $11::uuid
         from period
       on conflict (company_id, reference) do nothing
       returning id`,
      [
        companyId,
        randomUUID(),
        posting.from.id,
        posting.to.id,
        posting.amountMicros.toString(),
        posting.kind,
        posting.reference,
        posting.memo ?? null,
        posting.effectiveAt,
        posting.reversesEntryId ?? null,
        this.tenancy.actorUserId(),
      ],
    );
    if (inserted.length === 0) return false;
    // Debit first, then credit: a fixed lock order (an engineer's allowance before their spend account).
    const debited = await returnedRows(
      manager,
      `update ledger_accounts set balance_micros = balance_micros - $2::bigint
        where id = $1 ${posting.requireAvailable ? 'and balance_micros - held_micros >= $2::bigint' : ''}
        returning id`,
      [posting.from.id, posting.amountMicros.toString()],
    );
    if (!debited.length)
      // Thrown inside the transaction: the entry inserted above goes with it.
      throw AppError.badInput([{ field: 'amount', message: 'is more than what is available to move' }]);
    await manager.query(
      `update ledger_accounts set balance_micros = balance_micros + $2::bigint where id = $1`,
      [posting.to.id, posting.amountMicros.toString()],
    );
    return true;
  }

  /**
   * Posts a batch set-based (`ledger_post_many`, ledger/sql/ledger_post_many_v2.sql): every account
   * involved is locked in the global lock order (funding, allowances, pools, spend, others; by owner), then
   * one insert of the entries and one update of the balances, in one round trip. Each reference is posted
   * once (earlier or within the batch); returns the references posted now. No availability check: use
   * `post` with `requireAvailable` for a debit that must be covered. Closed accounting months as in `post`.
   */
  async postMany(postings: BatchPosting[]): Promise<Set<string>> {
    if (!postings.length) return new Set();
    const posted = await this.postBatch<{ posted_reference: string }>('ledger_post_many', postings);
    return new Set(posted.map((row) => row.posted_reference));
  }

  /**
   * `postMany`, and in the same round trip (`ledger_post_spend`, ledger/sql/ledger_post_spend_v1.sql) the
   * balance of every account the batch debits, read after the posting under its locks: by account id.
   */
  async postManyWithBalances(
    postings: BatchPosting[],
  ): Promise<{ posted: Set<string>; balances: Map<string, bigint> }> {
    const posted = new Set<string>();
    const balances = new Map<string, bigint>();
    if (!postings.length) return { posted, balances };
    const rows = await this.postBatch<{
      posted_reference: string | null;
      debited_account_id: string | null;
      balance: string | null;
    }>(
      'ledger_post_spend',
      postings,
      'posted_reference, debited_account_id, balance_micros::text as balance',
    );
    for (const row of rows)
      if (row.posted_reference !== null) posted.add(row.posted_reference);
      else if (row.debited_account_id !== null && row.balance !== null)
        balances.set(row.debited_account_id, BigInt(row.balance));
    return { posted, balances };
  }

  private async postBatch<T>(
    fn: 'ledger_post_many' | 'ledger_post_spend',
    postings: BatchPosting[],
    columns = 'posted_reference',
  ): Promise<T[]> {
    for (const posting of postings) {
      if (posting.amountMicros <= 0n)
        throw new AppError('BAD_USER_INPUT', 'A ledger posting moves a positive amount', [
          { field: 'amount', message: 'must be positive' },
        ]);
      if (posting.fromAccountId === posting.toAccountId)
        throw new AppError('BAD_USER_INPUT', 'A ledger posting moves between two accounts', [
          { field: 'to', message: 'must differ from the source account' },
        ]);
    }
    return this.tenancy.manager().query(
      `select ${columns} from ${fn}($1::uuid[], $2::uuid[], $3::uuid[], $4::bigint[], $5::text[],
          $6::text[], $7::text[], $8::timestamptz[], $9::uuid[], $10::uuid)`,
      [
        postings.map(() => randomUUID()),
        postings.map((posting) => posting.fromAccountId),
        postings.map((posting) => posting.toAccountId),
        postings.map((posting) => posting.amountMicros.toString()),
        postings.map((posting) => posting.kind),
        postings.map((posting) => posting.reference),
        postings.map((posting) => posting.memo ?? null),
        postings.map((posting) => posting.effectiveAt.toISOString()),
        postings.map((posting) => posting.reversesEntryId ?? null),
        this.tenancy.actorUserId(),
      ],
    );
  }

  /**
   * Moves allowance between people's accounts (a gift, a manager's move, an increase from the team pool):
   * one TRANSFER entry, posted now and only when the source can cover it (balance − held ≥ amount), else a
   * BAD_USER_INPUT naming `amount` and nothing is posted. Once per reference, like `post`.
   */
  transfer(
    from: AccountRef,
    to: AccountRef,
    amountMicros: bigint,
    reference: string,
    memo: string,
  ): Promise<boolean> {
    return this.post({
      from,
      to,
      amountMicros,
      kind: 'TRANSFER',
      reference,
      effectiveAt: this.clock.now(),
      memo,
      requireAvailable: true,
    });
  }

  /** Funds a team pool from the company's funding (a GRANT to the pool), posted now. */
  async fundPool(teamId: string, amountMicros: bigint, memo: string): Promise<boolean> {
    return this.post({
      from: await this.companyAccount('COMPANY_FUNDING'),
      to: await this.account('TEAM_POOL', teamId),
      amountMicros,
      kind: 'GRANT',
      reference: references.teamPool(teamId, randomUUID()),
      effectiveAt: this.clock.now(),
      memo,
    });
  }

  /** Corrects a mistake: the same amount back, referencing the original. */
  async reverse(entryId: string, memo: string): Promise<boolean> {
    const manager = this.tenancy.manager();
    const entry = await manager.getRepository(LedgerEntry).findOneBy({ id: entryId });
    if (!entry)
      throw new AppError('NOT_FOUND', 'No such ledger entry', [
        { field: 'entryId', message: 'does not exist' },
      ]);
    const accounts = manager.getRepository(LedgerAccount);
    return this.post({
      from: await accounts.findOneByOrFail({ id: entry.toAccountId }),
      to: await accounts.findOneByOrFail({ id: entry.fromAccountId }),
      amountMicros: BigInt(entry.amountMicros),
      kind: 'REVERSAL',
      reference: references.reversal(entry.id),
      effectiveAt: this.clock.now(),
      memo,
      reversesEntryId: entry.id,
    });
  }

  /** Balance of an account from its entries up to a moment (for period-end work). */
  async balanceAt(account: LedgerAccount, at: Date): Promise<bigint> {
    const [row]: { balance: string }[] = await this.tenancy.manager().query(
      `select coalesce(sum(case when to_account_id = $1 then amount_micros else -amount_micros end), 0)::text as balance
         from ledger_entries where (to_account_id = $1 or from_account_id = $1) and effective_at <= $2`,
      [account.id, at],
    );
    return BigInt(row.balance);
  }

  async entries(accountId: string, limit = 500): Promise<LedgerEntry[]> {
    return this.tenancy
      .manager()
      .getRepository(LedgerEntry)
      .createQueryBuilder('e')
      .where('e.from_account_id = :id or e.to_account_id = :id', { id: accountId })
      .orderBy('e.effective_at', 'DESC')
      .addOrderBy('e.created_at', 'DESC')
      .limit(limit)
      .getMany();
  }

  /**
   * The invariant: for every account, balance = Σ credits − Σ debits; and the balances of all accounts sum
   * to zero. Returns the accounts that break it (none) and the grand total (0).
   */
  async invariant(): Promise<{ violations: InvariantViolation[]; total: bigint }> {
    const manager = this.tenancy.manager();
    const violations: InvariantViolation[] = await manager.query(
      `select a.id as "accountId", a.kind, a.balance_micros::text as balance, coalesce(m.net, 0)::text as "fromEntries"
         from ledger_accounts a
         left join (
           select account_id, sum(amount) as net from (
             select to_account_id as account_id, amount_micros as amount from ledger_entries
             union all
             select from_account_id, -amount_micros from ledger_entries
           ) moves group by account_id
         ) m on m.account_id = a.id
        where a.balance_micros <> coalesce(m.net, 0)`,
    );
    const [sum]: { total: string }[] = await manager.query(
      `select coalesce(sum(balance_micros), 0)::text as total from ledger_accounts`,
    );
    return { violations, total: BigInt(sum.total) };
  }
}
