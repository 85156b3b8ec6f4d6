import { Injectable } from '@nestjs/common';
import { PostedMonth } from '@tokenroll/domain';
import { TenancyService } from '../database/tenancy.service';
import { LedgerEntryKind } from './ledger-entry.entity';
import { BatchPosting, LedgerService } from './ledger.service';

/**
 * The allowance's intents on the ledger (grant, adjust, expire at period end, forfeit on leaving) and the
 * facts the accrual run reads back, set-based: a few statements for any number of engineers.
 *
 * Reference formats (the contract that makes every posting idempotent):
 * - `accrual:<engineer>:<YYYY-MM>`: the month's grant (UPFRONT: the month of the period's first employed day);
 * - `accrual-adjust:<engineer>:<YYYY-MM>:<n>`: the n-th true-up of that month (signed; a negative one moves
 *   from the allowance back to company funding), posted the day a change is recorded;
 * - `period-end:<engineer>:<YYYY-MM-DD>`: expiry beyond the rollover at a period's last day (`…:reversed`:
 *   given back when a backdated end date falls before that day: a leaver's balance is forfeited instead);
 * - `forfeit:<engineer>:<YYYY-MM-DD>[:<n>]`: the balance at the end date forfeited (n > 1: a correction after
 *   the end date or the history changed; it may move back from expiry).
 */
export const ACCRUAL_REFERENCES = {
  grant: (engineerId: string, month: string) => `accrual:${engineerId}:${month}`,
  adjustment: (engineerId: string, month: string, sequence: number) =>
    `accrual-adjust:${engineerId}:${month}:${sequence}`,
  expiry: (engineerId: string, periodEnd: string) => `period-end:${engineerId}:${periodEnd}`,
  expiryReversal: (engineerId: string, periodEnd: string) => `period-end:${engineerId}:${periodEnd}:reversed`,
  forfeit: (engineerId: string, endDate: string, sequence: number) =>
    sequence <= 1 ? `forfeit:${engineerId}:${endDate}` : `forfeit:${engineerId}:${endDate}:${sequence}`,
};

/** What the ledger holds for one engineer's allowance, as the accrual run needs it. */
export interface AllowanceFacts {
  accountId: string;
  /** By grant key (month). */
  months: Map<string, PostedMonth>;
  /** Period ends whose expiry is posted, with the net amount expired (0 once reversed). */
  expiredPeriodEnds: Map<string, bigint>;
  /** Net amount moved to expiry on leaving, and how many forfeit postings made it. */
  forfeitedMicros: bigint;
  forfeits: number;
}

/** Balances of one allowance at a moment (see `balancesAt`). */
export interface BalanceAt {
  /** Σ every entry effective at or before the moment. */
  throughMicros: bigint;
  /**
   * What a leaver leaves at the moment (their end date): Σ every entry but forfeits, counting the
   * allowance's own postings (grants, true-ups, expiries) whenever effective and other movements (spend,
   * transfers) only up to the moment.
   */
  leavingMicros: bigint;
}

export type AccrualIntent =
  | {
      kind: 'GRANT';
      engineerId: string;
      month: string;
      amountMicros: bigint;
      effectiveAt: Date;
      memo: string;
    }
  | {
      kind: 'ADJUSTMENT';
      engineerId: string;
      month: string;
      sequence: number;
      /** Signed. */
      amountMicros: bigint;
      effectiveAt: Date;
      memo: string;
    }
  | {
      kind: 'EXPIRY';
      engineerId: string;
      periodEnd: string;
      amountMicros: bigint;
      effectiveAt: Date;
      memo: string;
    }
  | {
      kind: 'FORFEIT';
      engineerId: string;
      endDate: string;
      sequence: number;
      /** Signed: negative gives back what an earlier forfeit took. */
      amountMicros: bigint;
      effectiveAt: Date;
      memo: string;
    };

/** Rows per ledger_post_many call: large enough to amortise the round trip, small enough for one statement. */
const BATCH = 20_000;

@Injectable()
export class AccrualPostings {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly ledger: LedgerService,
  ) {}

  /** The allowance accounts of these engineers (created on first use), by engineer id. */
  async allowanceAccounts(engineerIds: string[]): Promise<Map<string, string>> {
    const ids = await this.ledger.accountIds(['ENGINEER_ALLOWANCE'], engineerIds);
    return ids.get('ENGINEER_ALLOWANCE') ?? new Map();
  }

  /** Grants, adjustments per month, posted expiries and forfeits of these engineers' allowances, in three statements. */
  async facts(accounts: Map<string, string>): Promise<Map<string, AllowanceFacts>> {
    const facts = new Map<string, AllowanceFacts>();
    const byAccount = new Map<string, AllowanceFacts>();
    for (const [engineerId, accountId] of accounts) {
      const fact: AllowanceFacts = {
        accountId,
        months: new Map(),
        expiredPeriodEnds: new Map(),
        forfeitedMicros: 0n,
        forfeits: 0,
      };
      facts.set(engineerId, fact);
      byAccount.set(accountId, fact);
    }
    if (!accounts.size) return facts;
    const manager = this.tenancy.manager();
    const accountIds = [...byAccount.keys()];
    const months: {
      account_id: string;
      month: string;
      granted: boolean;
      grant_micros: string;
      adjustment_micros: string;
      adjustments: number;
    }[] = await manager.query(
      `select a.account_id::text, split_part(e.reference, ':', 3) as month,
              bool_or(e.kind = 'GRANT') as granted,
              coalesce(sum(e.amount_micros) filter (where e.kind = 'GRANT'), 0)::text as grant_micros,
              coalesce(sum(case when e.to_account_id = a.account_id then e.amount_micros else -e.amount_micros end)
                         filter (where e.kind = 'ADJUSTMENT'), 0)::text as adjustment_micros,
              (count(*) filter (where e.kind = 'ADJUSTMENT'))::int as adjustments
         from unnest($1::uuid[]) as a(account_id)
         join ledger_entries e on (e.to_account_id = a.account_id or e.from_account_id = a.account_id)
        where e.kind in ('GRANT', 'ADJUSTMENT') and (e.reference like 'accrual:%' or e.reference like 'accrual-adjust:%')
        group by 1, 2`,
      [accountIds],
    );
    for (const row of months) {
      byAccount.get(row.account_id)?.months.set(row.month, {
        granted: row.granted,
        grantMicros: BigInt(row.grant_micros),
        adjustmentMicros: BigInt(row.adjustment_micros),
        adjustments: row.adjustments,
      });
    }
    const closings: { account_id: string; reference: string; kind: string; signed: string }[] =
      await manager.query(
        `select a.account_id::text, e.reference, e.kind,
              (case when e.from_account_id = a.account_id then e.amount_micros else -e.amount_micros end)::text as signed
         from unnest($1::uuid[]) as a(account_id)
         join ledger_entries e on (e.to_account_id = a.account_id or e.from_account_id = a.account_id)
        where e.reference like 'period-end:%' or e.reference like 'forfeit:%'`,
        [accountIds],
      );
    for (const row of closings) {
      const fact = byAccount.get(row.account_id);
      if (!fact) continue;
      if (row.reference.startsWith('period-end:')) {
        const end = row.reference.split(':')[2];
        fact.expiredPeriodEnds.set(end, (fact.expiredPeriodEnds.get(end) ?? 0n) + BigInt(row.signed));
      } else {
        fact.forfeitedMicros += BigInt(row.signed);
        fact.forfeits++;
      }
    }
    return facts;
  }

  /** Balances of allowances at moments (one statement for every pair). */
  async balancesAt(pairs: { accountId: string; at: Date }[]): Promise<BalanceAt[]> {
    if (!pairs.length) return [];
    const rows: { i: number; through: string; leaving: string }[] = await this.tenancy.manager().query(
      `select p.i::int,
              coalesce(sum(s.signed) filter (where e.effective_at <= p.at), 0)::text as through,
              coalesce(sum(s.signed) filter (where e.reference not like 'forfeit:%' and (e.effective_at <= p.at
                or e.reference like 'accrual:%' or e.reference like 'accrual-adjust:%' or e.reference like 'period-end:%')), 0)::text as leaving
         from unnest($1::uuid[], $2::timestamptz[]) with ordinality as p(account_id, at, i)
         left join ledger_entries e on (e.to_account_id = p.account_id or e.from_account_id = p.account_id)
         left join lateral (select case when e.to_account_id = p.account_id then e.amount_micros else -e.amount_micros end as signed) s on true
        group by p.i order by p.i`,
      [pairs.map((pair) => pair.accountId), pairs.map((pair) => pair.at.toISOString())],
    );
    return rows.map((row) => ({ throughMicros: BigInt(row.through), leavingMicros: BigInt(row.leaving) }));
  }

  /**
   * Posts the intents set-based (ledger_post_many, in batches): company funding → allowance for grants and
   * positive adjustments, allowance → funding for negative ones (a claw-back may take the balance below
   * zero), allowance → expiry for expiries and forfeits. Returns the references posted now.
   */
  async post(intents: AccrualIntent[], accounts: Map<string, string>): Promise<Set<string>> {
    const posted = new Set<string>();
    if (!intents.length) return posted;
    const companyId = this.tenancy.companyId();
    const company = await this.ledger.accountIds(['COMPANY_FUNDING', 'EXPIRY'], [companyId]);
    const funding = company.get('COMPANY_FUNDING')?.get(companyId) as string;
    const expiry = company.get('EXPIRY')?.get(companyId) as string;
    const postings: BatchPosting[] = [];
    for (const intent of intents) {
      const allowance = accounts.get(intent.engineerId);
      if (!allowance) throw new Error(`No allowance account for engineer ${intent.engineerId}`);
      if (intent.amountMicros === 0n) continue;
      const positive = intent.amountMicros > 0n;
      const amountMicros = positive ? intent.amountMicros : -intent.amountMicros;
      const base = { amountMicros, effectiveAt: intent.effectiveAt, memo: intent.memo };
      const kind: LedgerEntryKind = intent.kind;
      if (intent.kind === 'GRANT')
        postings.push({
          ...base,
          kind,
          fromAccountId: funding,
          toAccountId: allowance,
          reference: ACCRUAL_REFERENCES.grant(intent.engineerId, intent.month),
        });
      else if (intent.kind === 'ADJUSTMENT')
        postings.push({
          ...base,
          kind,
          fromAccountId: positive ? funding : allowance,
          toAccountId: positive ? allowance : funding,
          reference: ACCRUAL_REFERENCES.adjustment(intent.engineerId, intent.month, intent.sequence),
        });
      else if (intent.kind === 'EXPIRY')
        postings.push({
          ...base,
          kind: positive ? kind : 'REVERSAL',
          fromAccountId: positive ? allowance : expiry,
          toAccountId: positive ? expiry : allowance,
          reference: positive
            ? ACCRUAL_REFERENCES.expiry(intent.engineerId, intent.periodEnd)
            : ACCRUAL_REFERENCES.expiryReversal(intent.engineerId, intent.periodEnd),
        });
      else
        postings.push({
          ...base,
          kind,
          fromAccountId: positive ? allowance : expiry,
          toAccountId: positive ? expiry : allowance,
          reference: ACCRUAL_REFERENCES.forfeit(intent.engineerId, intent.endDate, intent.sequence),
        });
    }
    for (let i = 0; i < postings.length; i += BATCH)
      for (const reference of await this.ledger.postMany(postings.slice(i, i + BATCH))) posted.add(reference);
    return posted;
  }
}
