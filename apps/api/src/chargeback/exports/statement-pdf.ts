import { Injectable } from '@nestjs/common';
import PDFDocument from 'pdfkit';
import {
  Money,
  type AccountingMonth,
  type AmountBy,
  type Statement,
  type StatementSet,
} from '@tokenroll/domain';
import { BusinessClock } from '../../clock/business-clock';
import { TenancyService } from '../../database/tenancy.service';
import { AccountingPeriodsService } from '../../ledger/accounting-periods.service';
import { ChargebackSettingsService } from '../chargeback-settings.service';

/** What a statement PDF shows beyond the statement itself. */
export interface StatementPdfContext {
  companyName: string;
  period: string;
  currency: string;
  mode: StatementSet['mode'];
  /** Every month of the period is closed: the figures are frozen. */
  closed: boolean;
  /**
   * The document's CreationDate/ModDate: for a closed period the close time, so the same statement gives
   * the same bytes a month later (pdfkit derives the file id from these dates; nothing random is written).
   */
  issuedAt: Date;
}

const KIND_LABEL: Record<Statement['kind'], string> = {
  TEAM: 'Team statement',
  COST_CENTRE: 'Cost-centre statement',
  SUBTREE: 'Team and sub-teams (view)',
};

function money(micros: bigint, currency: string): string {
  return Money.of(micros, currency).format();
}

/**
 * A team's or cost centre's statement as a PDF (pdfkit, standard fonts so the text can be extracted and
 * searched): totals, spend by category, engineer, model, provider and tool, adjustments naming their
 * original month, allowances when the reader may see them.
 */
export function renderStatementPdf(statement: Statement, context: StatementPdfContext): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 56,
      info: {
        Title: `${KIND_LABEL[statement.kind]} ${statement.name} ${context.period}`,
        Author: context.companyName,
        Creator: 'Tokenroll',
        Producer: 'Tokenroll',
        CreationDate: context.issuedAt,
        ModDate: context.issuedAt,
      },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    const currency = context.currency;

    doc.font('Helvetica-Bold').fontSize(18).text(context.companyName);
    doc
      .moveDown(0.3)
      .font('Helvetica')
      .fontSize(10)
      .fillColor('#555')
      .text(
        `${context.mode === 'SHOWBACK' ? 'Showback' : 'Chargeback'} — ${context.closed ? 'closed period' : 'open period, figures may still change'}`,
      );
    doc.moveDown(1).fillColor('#000').font('Helvetica-Bold').fontSize(14);
    doc.text(`${KIND_LABEL[statement.kind]}: ${statement.name}`);
    doc.font('Helvetica').fontSize(11).text(`Period ${context.period}`);
    if (statement.label) doc.fontSize(10).fillColor('#555').text(statement.label).fillColor('#000');

    doc
      .moveDown(0.8)
      .font('Helvetica-Bold')
      .fontSize(12)
      .text(`Total: ${money(statement.totalMicros, currency)}`);
    doc.font('Helvetica').fontSize(10);
    if (statement.previousTotalMicros !== null) {
      const change = statement.totalMicros - statement.previousTotalMicros;
      doc.text(
        `Previous period: ${money(statement.previousTotalMicros, currency)} (change ${change >= 0n ? '+' : ''}${money(change, currency)})`,
      );
    }
    if (statement.overageMicros !== null && statement.overageMicros !== 0n)
      doc.text(`Overage: ${money(statement.overageMicros, currency)}`);

    const section = (title: string, rows: AmountBy[]) => {
      if (!rows.length) return;
      doc.moveDown(0.8).font('Helvetica-Bold').fontSize(11).text(title);
      doc.font('Helvetica').fontSize(10);
      for (const row of rows) doc.text(`${row.name}: ${money(row.costMicros, currency)}`);
    };
    section('By category', statement.byCategory);
    section('By engineer', statement.byEngineer);
    section('By model', statement.byModel);
    section('By provider', statement.byProvider);
    section('By tool', statement.byTool);

    if (statement.adjustments.length) {
      doc.moveDown(0.8).font('Helvetica-Bold').fontSize(11).text('Adjustments carried in from closed months');
      doc.font('Helvetica').fontSize(10);
      for (const adjustment of statement.adjustments) {
        doc.text(
          `${adjustment.engineerName ?? 'Shared'} — for ${adjustment.originalMonth}: ${money(adjustment.costMicros, currency)}`,
        );
      }
    }
    if (statement.allowances.length) {
      doc.moveDown(0.8).font('Helvetica-Bold').fontSize(11).text('Allowance granted vs spent');
      doc.font('Helvetica').fontSize(10);
      for (const row of statement.allowances) {
        const granted = row.grantedMicros === null ? 'not shown' : money(row.grantedMicros, currency);
        const utilisation = row.utilisationBp === null ? '' : ` (${(row.utilisationBp / 100).toFixed(2)}%)`;
        doc.text(
          `${row.engineerName}${row.leaver ? ' (left)' : ''}: spent ${money(row.spentMicros, currency)} of ${granted}${utilisation}`,
        );
      }
    }
    doc.end();
  });
}

/** A statement with its period, as the statements service answers one (and the close flow mails it). */
export type StatementDocument = Statement & {
  period: string;
  months: AccountingMonth[];
  currency: string;
  closed: boolean;
};

/** `Platform, "Core"` → `Platform-Core`: safe in a file name and a header. */
export function fileSafe(value: string): string {
  return value.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-|-$/g, '') || 'statement';
}

/**
 * A team's or cost centre's statement as a PDF: for the REST export and for the close flow, which mails each
 * team's manager their statement (`{ provide: STATEMENT_PDF, useExisting: StatementPdf }`: `render` is the
 * close hook's StatementRenderer). Needs only global providers (tenancy, clock, the ledger's periods) and
 * the chargeback settings, so ChargebackModule can list it among its own providers without importing the
 * exports module.
 */
@Injectable()
export class StatementPdf {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly clock: BusinessClock,
    private readonly periods: AccountingPeriodsService,
    private readonly settings: ChargebackSettingsService,
  ) {}

  /** The PDF of one statement. A closed period's carries the time its last month closed: the same bytes each time. */
  async pdf(statement: StatementDocument): Promise<Buffer> {
    const [company]: { name: string }[] = await this.tenancy
      .manager()
      .query(`select name from companies where id = $1`, [this.tenancy.companyId()]);
    const lastMonth = statement.months[statement.months.length - 1];
    const closedAt = statement.closed
      ? ((await this.periods.list()).find((row) => row.month === lastMonth)?.closedAt ?? null)
      : null;
    return renderStatementPdf(statement, {
      companyName: company?.name ?? '',
      period: statement.period,
      currency: statement.currency,
      mode: (await this.settings.settings()).mode,
      closed: statement.closed,
      issuedAt: closedAt ?? this.clock.now(),
    });
  }

  /** The close mail's attachment (the close hook's StatementRenderer shape). */
  async render(
    statement: StatementDocument,
  ): Promise<{ filename: string; contentType: string; content: Buffer }> {
    return {
      filename: statementPdfName(statement),
      contentType: 'application/pdf',
      content: await this.pdf(statement),
    };
  }
}

/** `statement-2026-11-TEAM-Platform.pdf`. */
export function statementPdfName(statement: StatementDocument): string {
  return `statement-${fileSafe(statement.period)}-${statement.kind}-${fileSafe(statement.name)}.pdf`;
}
