import { Global, Module } from '@nestjs/common';
import { AccountingPeriodsResolver } from './accounting-periods.resolver';
import { AccountingPeriodsService } from './accounting-periods.service';
import { AccrualPostings } from './accrual-postings';
import { LedgerService } from './ledger.service';
import { SpendPostings } from './spend-postings';

@Global()
@Module({
  providers: [
    LedgerService,
    SpendPostings,
    AccrualPostings,
    AccountingPeriodsService,
    AccountingPeriodsResolver,
  ],
  exports: [LedgerService, SpendPostings, AccrualPostings, AccountingPeriodsService],
})
export class LedgerModule {}
