import { Money } from '@tokenroll/domain';
import Papa from 'papaparse';
import type { StatementAttachment, StatementDocument, StatementRenderer } from './close-hooks';

/**
 * A statement as CSV: one row per figure (section, key, name, amount in the company currency with six
 * decimals, and micro-units), the totals first. The default attachment of the close mail until the exports'
 * PDF plugs in (close-hooks.ts).
 */
export function statementCsv(statement: StatementDocument): string {
  const amount = (micros: bigint | null) =>
    micros === null ? ['', ''] : [Money.of(micros, statement.currency).toDecimalString(), micros.toString()];
  const rows: string[][] = [
    ['section', 'key', 'name', 'amount', 'micros'],
    ['total', statement.key, statement.name, ...amount(statement.totalMicros)],
    ['previous period', '', '', ...amount(statement.previousTotalMicros)],
  ];
  const section = (name: string, list: { key: string; name: string; costMicros: bigint }[]) =>
    list.forEach((row) => rows.push([name, row.key, row.name, ...amount(row.costMicros)]));
  section('category', statement.byCategory);
  section('engineer', statement.byEngineer);
  section('model', statement.byModel);
  section('provider', statement.byProvider);
  section('tool', statement.byTool);
  for (const adjustment of statement.adjustments)
    rows.push([
      'adjustment',
      adjustment.originalMonth,
      adjustment.engineerName ?? '',
      ...amount(adjustment.costMicros),
    ]);
  for (const allowance of statement.allowances) {
    rows.push([
      'allowance granted',
      allowance.engineerId,
      allowance.engineerName,
      ...amount(allowance.grantedMicros),
    ]);
    rows.push([
      'allowance spent',
      allowance.engineerId,
      allowance.engineerName,
      ...amount(allowance.spentMicros),
    ]);
    rows.push(['overage', allowance.engineerId, allowance.engineerName, ...amount(allowance.overageMicros)]);
  }
  // Formula-looking text (names) is quoted so a spreadsheet does not run it.
  return Papa.unparse(rows, { escapeFormulae: true, newline: '\r\n' });
}

/** The default STATEMENT_PDF: the statement as a CSV attachment. */
export const CSV_STATEMENT: StatementRenderer = {
  render: async (statement) =>
    ({
      filename: `statement-${statement.period}-${statement.name.replace(/[^A-Za-z0-9._-]+/g, '-')}.csv`,
      contentType: 'text/csv; charset=utf-8',
      content: Buffer.from(statementCsv(statement), 'utf8'),
    }) satisfies StatementAttachment,
};
