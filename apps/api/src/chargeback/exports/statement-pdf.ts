import { Injectable } from '@nestjs/common';
import PDFDocument from 'pdfkit';
import { Money, type AmountBy, type Statement, type StatementSet } from '@tokenroll/domain';

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

/**
 * The statement PDF for the close flow (the core helper's STATEMENT_PDF token mails each manager their
 * team's PDF) and the REST export.
 */
@Injectable()
export class StatementPdf {
  render(statement: Statement, context: StatementPdfContext): Promise<Buffer> {
    return renderStatementPdf(statement, context);
  }
}
