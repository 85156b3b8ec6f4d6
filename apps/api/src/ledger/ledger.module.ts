import { Global, Module } from '@nestjs/common';
import { LedgerService } from './ledger.service';
import { SpendPostings } from './spend-postings';

@Global()
@Module({ providers: [LedgerService, SpendPostings], exports: [LedgerService, SpendPostings] })
export class LedgerModule {}
