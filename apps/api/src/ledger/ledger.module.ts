import { Global, Module } from '@nestjs/common';
import { AccountingPeriodsResolver } from './accounting-periods.resolver';
import { AccountingPeriodsService } from './accounting-periods.service';
import { AccrualPostings } from './accrual-postings';
import { LedgerReads } from './ledger-reads.service';
import { LedgerService } from './ledger.service';
import { SpendPostings } from './spend-postings';

@Global()
@Module({
  providers: [
    LedgerService,
    LedgerReads,
    SpendPostings,
    AccrualPostings,
    AccountingPeriodsService,
    AccountingPeriodsResolver,
  ],
  exports: [LedgerService, LedgerReads, SpendPostings, AccrualPostings, AccountingPeriodsService],
})
export class LedgerModule {}
