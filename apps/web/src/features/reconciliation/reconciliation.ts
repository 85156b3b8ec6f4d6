import type { ReconciliationStatus } from '../../gql/graphql';
import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The months a reconciliation can be asked for: this month and the `count − 1` before it, newest first. */
export function recentMonths(today: string, count = 13): string[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return Array.from({ length: count }, (_, back) => {
    const index = year * 12 + (month - 1) - back;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

/** The month finance usually reconciles: the one that just ended. */
export function defaultMonth(today: string): string {
  return recentMonths(today, 2)[1];
}

export const STATUS_LABELS: Record<ReconciliationStatus, string> = {
  OK: 'Within tolerance',
  OUTSIDE_TOLERANCE: 'Outside tolerance',
  MISSING: 'Invoice missing',
};

export const STATUS_COLORS: Record<ReconciliationStatus, string> = {
  OK: 'green',
  OUTSIDE_TOLERANCE: 'red',
  MISSING: 'yellow',
};

/**
 * Invoice lines typed one per line as `model, amount` (or `model amount`); blank lines are skipped.
 * Returns the lines, or the 1-based number of the first line that cannot be read.
 */
export function parseLinesText(
  text: string,
): { lines: { model: string; amount: string }[]; badLine: null } | { lines: null; badLine: number } {
  const lines: { model: string; amount: string }[] = [];
  const rows = text.split(/\r?\n/);
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index].trim();
    if (!row) continue;
    const match = /^(.+?)[\s,;\t]+([0-9][0-9,]*(?:\.[0-9]+)?)$/.exec(row);
    if (!match) return { lines: null, badLine: index + 1 };
    lines.push({ model: match[1].trim().replace(/,$/, ''), amount: match[2] });
  }
  return { lines, badLine: null };
}

/** A server field like `csv.row 3.amount` → "Row 3, column amount". */
export function csvFieldLabel(field: string): string {
  const match = /^csv\.row (\d+)\.(.+)$/.exec(field);
  if (match) return `Row ${match[1]}, column ${match[2]}`;
  const column = /^csv\.(.+)$/.exec(field);
  if (column) return `Column ${column[1]}`;
  return 'The file';
}

/** Basis points as a percentage for people: 100 → "1%", 250 → "2.5%". */
export function toleranceLabel(bp: number): string {
  return `${(bp / 100).toString()}%`;
}

/**
 * The server's field errors with their full paths (`csv.row 3.amount`, `lines.0.amount`): the app's
 * `parseApiError` keeps only the last segment, which loses the row of a CSV or the line of an invoice.
 */
export function fullFieldErrors(error: unknown): { field: string; message: string }[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((entry) => {
    const fields = entry.extensions?.['fields'];
    if (!Array.isArray(fields)) return [];
    return fields.filter(
      (field): field is { field: string; message: string } =>
        typeof field?.field === 'string' && typeof field?.message === 'string',
    );
  });
}
