import { Global, Module } from '@nestjs/common';
import { AccountingPeriodsResolver } from './accounting-periods.resolver';
import { AccountingPeriodsService } from './accounting-periods.service';
import { LedgerService } from './ledger.service';
import { SpendPostings } from './spend-postings';

@Global()
@Module({
  providers: [LedgerService, SpendPostings, AccountingPeriodsService, AccountingPeriodsResolver],
  exports: [LedgerService, SpendPostings, AccountingPeriodsService],
})
export class LedgerModule {}
