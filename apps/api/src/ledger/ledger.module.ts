import { Global, Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { AccountingPeriodsResolver } from './accounting-periods.resolver';
import { AccountingPeriodsService } from './accounting-periods.service';
import { AccrualPostings } from './accrual-postings';
import { HoldExpiryJob } from './holds.jobs';
import { LedgerHolds } from './ledger-holds';
import { LedgerReads } from './ledger-reads.service';
import { LedgerService } from './ledger.service';
import { SpendPostings } from './spend-postings';

@Global()
@Module({
  imports: [JobsModule],
  providers: [
    LedgerService,
    LedgerReads,
    LedgerHolds,
    SpendPostings,
    AccrualPostings,
    AccountingPeriodsService,
    AccountingPeriodsResolver,
    HoldExpiryJob,
  ],
  exports: [
    LedgerService,
    LedgerReads,
    LedgerHolds,
    SpendPostings,
    AccrualPostings,
    AccountingPeriodsService,
  ],
})
export class LedgerModule {}
