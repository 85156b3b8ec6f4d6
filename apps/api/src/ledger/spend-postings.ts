import { Injectable } from '@nestjs/common';
import { overageOf } from '@tokenroll/domain';
import { TenancyService } from '../database/tenancy.service';
import { BatchPosting, LedgerService } from './ledger.service';

/** What a batch of spend postings did to one debited account. */
export interface DebitedAccount {
  balanceBeforeMicros: bigint;
  balanceAfterMicros: bigint;
  /** What the postings of this batch took out of it (the ones posted now). */
  debitedMicros: bigint;
}

/**
 * Spend as the ledger's intent: posts spend (an allowance or a team pool → the engineer's spend account)
 * and tells how each debited account stood before and after, so the caller can say which charge went over
 * budget. The balances are read after the posting, in the same round trip, while this transaction holds the
 * accounts' locks (taken by the posting in the global lock order): exact, whatever runs concurrently.
 */
@Injectable()
export class SpendPostings {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly ledger: LedgerService,
  ) {}

  /** Posts the batch once per reference (see LedgerService.postMany); by debited account id. */
  async charge(postings: BatchPosting[]): Promise<Map<string, DebitedAccount>> {
    const result = new Map<string, DebitedAccount>();
    if (!postings.length) return result;
    const { posted, balances } = await this.ledger.postManyWithBalances(postings);
    for (const posting of postings) {
      if (!posted.has(posting.reference)) continue;
      const into = result.get(posting.fromAccountId) ?? {
        balanceBeforeMicros: 0n,
        balanceAfterMicros: 0n,
        debitedMicros: 0n,
      };
      into.debitedMicros += posting.amountMicros;
      result.set(posting.fromAccountId, into);
    }
    for (const [id, account] of result) {
      account.balanceAfterMicros = balances.get(id) ?? 0n;
      account.balanceBeforeMicros = account.balanceAfterMicros + account.debitedMicros;
    }
    return result;
  }

  /** How far below zero the engineer's allowance is now (their overage; 0 when none). */
  async allowanceOverage(engineerId: string): Promise<bigint> {
    const [row]: { balance: string }[] = await this.tenancy
      .manager()
      .query(
        `select balance_micros::text as balance from ledger_accounts where kind = 'ENGINEER_ALLOWANCE' and owner_id = $1`,
        [engineerId],
      );
    return overageOf(BigInt(row?.balance ?? '0'));
  }
}
