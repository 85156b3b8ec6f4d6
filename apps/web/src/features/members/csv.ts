import Papa from 'papaparse';
import type { MemberRow } from './members';
import { rolesText, STATUS_LABELS } from './members';

export const MEMBERS_CSV_FIELDS = ['Name', 'Email', 'Roles', 'Status', 'Since'] as const;

/**
 * Members as CSV (RFC 4180: every line ends with CRLF, fields with commas, quotes or line
 * breaks quoted). Cells that a spreadsheet would run as a formula are escaped.
 */
export function buildMembersCsv(members: readonly MemberRow[]): string {
  const csv = Papa.unparse(
    {
      fields: [...MEMBERS_CSV_FIELDS],
      data: members.map((m) => [m.name ?? '', m.email, rolesText(m), STATUS_LABELS[m.status], m.since]),
    },
    { newline: '\r\n', escapeFormulae: true },
  );
  // Papa ends a header-only file with a line break but not a file with rows: every line ends with CRLF here.
  return csv.endsWith('\r\n') ? csv : `${csv}\r\n`;
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
