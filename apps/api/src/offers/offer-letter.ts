import PDFDocument from 'pdfkit';
import { Money } from '@tokenroll/domain';
import type { OfferTerms } from './offers.service';

function money(micros: bigint, currency: string): string {
  return Money.of(micros, currency).format();
}

function rolloverSentence(terms: OfferTerms): string {
  const rollover = terms.policy.rollover;
  if (rollover.kind === 'ALL') return 'Unused allowance rolls over in full into the next fiscal year.';
  if (rollover.kind === 'CAPPED') {
    return `Up to ${money(rollover.capMicros, terms.currency)} of unused allowance rolls over into the next fiscal year; the rest expires at the end of the fiscal year.`;
  }
  return 'Unused allowance does not roll over: it expires at the end of each fiscal year.';
}

/** The offer letter as a PDF (pdfkit, standard fonts so the text can be extracted and searched). */
export function renderOfferLetter(terms: OfferTerms): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 56,
      info: { Title: `Offer for ${terms.candidateName}`, Author: terms.companyName },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);

    doc.font('Helvetica-Bold').fontSize(18).text(terms.companyName);
    doc
      .moveDown(0.5)
      .font('Helvetica')
      .fontSize(10)
      .fillColor('#555')
      .text(`Offer of employment — issued ${terms.issuedOn}`);
    doc.moveDown(1.5).fillColor('#000').fontSize(12).text(`Dear ${terms.candidateName},`);
    doc
      .moveDown()
      .text(
        `We are delighted to offer you the position of ${terms.title}${terms.level ? ` (${terms.level})` : ''} in the ${terms.teamName} team` +
          `${terms.location ? `, based in ${terms.location}` : ''}, starting on ${terms.startDate}.`,
      );

    doc.moveDown(1.2).font('Helvetica-Bold').text('Compensation');
    doc.font('Helvetica').moveDown(0.4);
    const lines: [string, string][] = [
      ['Annual base pay', money(terms.annualPayMicros, terms.currency)],
      ...(terms.bonusMicros
        ? ([['Annual target bonus', money(terms.bonusMicros, terms.currency)]] as [string, string][])
        : []),
      ['Annual AI-token allowance', money(terms.annualAllowanceMicros, terms.currency)],
      ...(terms.equity ? ([['Equity', terms.equity]] as [string, string][]) : []),
      ['Total annual compensation (cash and tokens)', money(terms.totalCompMicros, terms.currency)],
    ];
    for (const [label, value] of lines) doc.text(`${label}: ${value}`);

    doc.moveDown(1.2).font('Helvetica-Bold').text('Your AI-token allowance');
    doc.font('Helvetica').moveDown(0.4);
    doc.text(
      `Token allowance: ${money(terms.annualAllowanceMicros, terms.currency)} a year (${terms.allowanceBasisText}), ` +
        `to spend on AI tools such as coding assistants and model APIs.`,
    );
    doc.moveDown(0.4);
    doc.text(
      terms.policy.accrual === 'MONTHLY'
        ? `It accrues monthly: ${money(terms.monthlyMicros, terms.currency)} at the start of each month, prorated by days from your start date.`
        : 'It is granted up front for each fiscal year, prorated by days from your start date.',
    );
    doc.moveDown(0.4);
    doc.text(
      `Your first fiscal year runs from ${terms.firstPeriodStart} to ${terms.firstPeriodEnd}: your allowance for it is ${money(terms.firstYearMicros, terms.currency)}.`,
    );
    doc.moveDown(0.4).text(rolloverSentence(terms));
    doc.moveDown(0.4).text('Unused allowance is forfeited on your last day of employment.');

    doc.moveDown(1.5).text('We look forward to working with you.');
    doc.moveDown().text(terms.companyName);
    doc.end();
  });
}
