import Papa from 'papaparse';

/**
 * Rows as CSV (RFC 4180: every line ends with CRLF, fields with commas, quotes or line
 * breaks quoted). Cells that a spreadsheet would run as a formula are escaped.
 */
export function buildCsv(fields: readonly string[], rows: readonly (readonly string[])[]): string {
  const csv = Papa.unparse(
    { fields: [...fields], data: rows.map((row) => [...row]) },
    { newline: '\r\n', escapeFormulae: true },
  );
  // Papa ends a header-only file with a line break but not a file with rows: every line ends with CRLF here.
  return csv.endsWith('\r\n') ? csv : `${csv}\r\n`;
}

/** A table's columns as CSV: each column names its header and how to write a row's cell. */
export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string;
}

export function buildTableCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  return buildCsv(
    columns.map((column) => column.header),
    rows.map((row) => columns.map((column) => column.value(row))),
  );
}

export function downloadCsv(filename: string, csv: string): void {
  const blob = new Blob([csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
