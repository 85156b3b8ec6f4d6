import type { Statement } from '@tokenroll/domain';
import { renderStatementPdf, statementPdfName, type StatementPdfContext } from './statement-pdf';

const statement: Statement = {
  kind: 'TEAM',
  key: 't1',
  name: 'Platform, "Core"',
  label: null,
  totalMicros: 12_345_678n,
  byCategory: [{ key: 'USAGE', name: 'USAGE', costMicros: 12_345_678n }],
  byEngineer: [{ key: 'e1', name: 'Ann', costMicros: 12_345_678n }],
  byModel: [],
  byProvider: [],
  byTool: [],
  adjustments: [{ engineerId: 'e1', engineerName: 'Ann', originalMonth: '2026-09', costMicros: 1n }],
  allowances: [],
  overageMicros: null,
  previousTotalMicros: 10_000_000n,
};
const context: StatementPdfContext = {
  companyName: 'Acme',
  period: '2026-10',
  currency: 'USD',
  mode: 'CHARGEBACK',
  closed: true,
  issuedAt: new Date('2026-11-02T09:30:00Z'),
};

describe('statement PDF', () => {
  it('gives the same bytes for the same statement and close time (no random id, fixed dates)', async () => {
    const first = await renderStatementPdf(statement, context);
    const second = await renderStatementPdf(statement, context);
    expect(first.subarray(0, 5).toString()).toBe('%PDF-');
    expect(second.equals(first)).toBe(true);
    expect(first.toString('latin1')).toContain('D:20261102093000Z');
    const later = await renderStatementPdf(statement, {
      ...context,
      issuedAt: new Date('2026-11-03T00:00:00Z'),
    });
    expect(later.equals(first)).toBe(false);
  });

  it('names the file safely', () => {
    expect(
      statementPdfName({ ...statement, period: '2026-Q4', months: [], currency: 'USD', closed: false }),
    ).toBe('statement-2026-Q4-TEAM-Platform-Core.pdf');
  });
});
