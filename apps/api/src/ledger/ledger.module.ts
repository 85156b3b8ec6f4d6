import { Global, Module } from '@nestjs/common';
import { AccrualPostings } from './accrual-postings';
import { LedgerService } from './ledger.service';

@Global()
@Module({ providers: [LedgerService, AccrualPostings], exports: [LedgerService, AccrualPostings] })
export class LedgerModule {}
