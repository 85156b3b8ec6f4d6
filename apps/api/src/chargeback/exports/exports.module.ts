import { Module } from '@nestjs/common';
import { CompaniesModule } from '../../companies/companies.module';
import { LedgerModule } from '../../ledger/ledger.module';
import { ChargebackModule } from '../chargeback.module';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';
import { StatementPdf } from './statement-pdf';

/**
 * Exports of the finance desk: statements (CSV, JSON, PDF), FOCUS 1.2 and the GL journal, over REST for a
 * `finance:read` key or a FINANCE / ADMIN session. `StatementPdf` is exported for the close flow's mails.
 */
@Module({
  imports: [ChargebackModule, CompaniesModule, LedgerModule],
  providers: [ExportsService, StatementPdf],
  controllers: [ExportsController],
  exports: [StatementPdf, ExportsService],
})
export class ExportsModule {}
