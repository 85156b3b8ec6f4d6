import { Global, Module } from '@nestjs/common';
import { AccountingPeriodsResolver } from './accounting-periods.resolver';
import { AccountingPeriodsService } from './accounting-periods.service';
import { LedgerService } from './ledger.service';

@Global()
@Module({
  providers: [LedgerService, AccountingPeriodsService, AccountingPeriodsResolver],
  exports: [LedgerService, AccountingPeriodsService],
})
export class LedgerModule {}
