import { buildCsv } from '../../app/table/csv';
import type { MemberRow } from './members';
import { rolesText, STATUS_LABELS } from './members';

export const MEMBERS_CSV_FIELDS = ['Name', 'Email', 'Roles', 'Status', 'Since'] as const;

/** Members as CSV (see `buildCsv`: RFC 4180, formula cells escaped). */
export function buildMembersCsv(members: readonly MemberRow[]): string {
  return buildCsv(
    MEMBERS_CSV_FIELDS,
    members.map((m) => [m.name ?? '', m.email, rolesText(m), STATUS_LABELS[m.status], m.since]),
  );
}
