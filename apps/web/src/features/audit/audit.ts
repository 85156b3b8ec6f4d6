import type { AuditEntriesQuery } from '../../gql/graphql';
import type { CsvColumn } from '../../app/table/csv';
import type { SortValue } from '../../app/table/sort';
import { formatMicros } from '../../app/money';

export type AuditRow = AuditEntriesQuery['auditEntries'][number];

export type AuditColumn = 'createdAt' | 'actor' | 'action' | 'entityType' | 'entityId';

export const AUDIT_COLUMNS: readonly { key: AuditColumn; label: string }[] = [
  { key: 'createdAt', label: 'When' },
  { key: 'actor', label: 'Who' },
  { key: 'action', label: 'Action' },
  { key: 'entityType', label: 'Entity' },
  { key: 'entityId', label: 'Entity id' },
];

/** Actions and entity types the API records today; the filters also offer any others seen. */
export const KNOWN_ACTIONS = [
  'ALLOWANCE_OVERRIDE_SET',
  'API_KEY_REVOKED',
  'INVITATION_ACCEPTED',
  'INVITATION_REVOKED',
  'INVITATION_SENT',
  'MEMBER_DEACTIVATED',
  'MEMBER_REACTIVATED',
  'MEMBER_REMOVED',
  'ROLE_GRANTED',
  'ROLE_REMOVED',
  'END_DATE_SET',
  'ENGINEER_CREATED',
  'PAY_CHANGED',
  'PAY_VIEWED',
  'POLICY_CHANGED',
  'REQUEST_LIMITS_CHANGED',
  'TEAM_CREATED',
  'TEAM_MOVE',
  'TEAM_UPDATED',
] as const;
export const KNOWN_ENTITY_TYPES = [
  'allowance_policy',
  'engineer',
  'invitation',
  'offer',
  'team',
  'user',
] as const;

/** "POLICY_CHANGED" → "Policy changed", "allowance_policy" → "Allowance policy". */
export function humanizeCode(code: string): string {
  const words = code.replace(/_/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const AUDIT_SORT_ACCESSORS: Record<AuditColumn, (row: AuditRow) => SortValue> = {
  createdAt: (row) => Date.parse(row.createdAt),
  actor: (row) => row.actorEmail ?? 'system',
  action: (row) => humanizeCode(row.action),
  entityType: (row) => humanizeCode(row.entityType),
  entityId: (row) => row.entityId,
};

export interface AuditFilter {
  action: string;
  entityType: string;
}

/** The server filters by action and entity type; this does the same on rows already loaded. */
export function filterAudit(rows: readonly AuditRow[], filter: AuditFilter): AuditRow[] {
  return rows.filter(
    (row) =>
      (!filter.action || row.action === filter.action) &&
      (!filter.entityType || row.entityType === filter.entityType),
  );
}

/** Options for a filter: the known values plus any seen in the rows, sorted, without duplicates. */
export function filterOptions(
  known: readonly string[],
  seen: Iterable<string>,
): { value: string; label: string }[] {
  return [...new Set([...known, ...seen])].sort().map((value) => ({ value, label: humanizeCode(value) }));
}

/** A JSON snapshot as short readable text ("name: Platform, costCentre: CC-1"); empty when none. */
export function describeChange(json: string | null): string {
  if (!json) return '';
  try {
    const value: unknown = JSON.parse(json);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return JSON.stringify(value);
    return Object.entries(value as Record<string, unknown>)
      .filter(([key]) => key !== 'companyId')
      .map(
        ([key, entry]) =>
          `${key}: ${typeof entry === 'object' && entry !== null ? JSON.stringify(entry) : String(entry)}`,
      )
      .join(', ');
  } catch {
    return json;
  }
}

export type AuditChangeRow = AuditRow['changes'][number];

/** Names a reader knows better than the field's code. */
const FIELD_LABELS: Record<string, string> = {
  annualPayMicros: 'Annual pay',
  annualMicros: 'Annual amount',
  bonusMicros: 'Bonus',
  teamId: 'Team',
  managerUserId: 'Manager',
  parentId: 'Parent team',
  costCentre: 'Cost centre',
  endDate: 'End date',
  startDate: 'Start date',
  effectiveFrom: 'Effective from',
  ratioBp: 'Ratio',
};

/** "annualPayMicros" → "Annual pay", "costCentre" → "Cost centre", "roles" → "Roles". */
export function fieldLabel(field: string): string {
  const known = FIELD_LABELS[field];
  if (known) return known;
  const words = field
    .replace(/Micros$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A value as a reader sees it: amounts in the currency, none as a dash, hidden pay as "hidden". */
export function changeValue(field: string, value: string | null, currency: string): string {
  if (value === null || value === '') return '—';
  if (value === 'hidden') return 'hidden';
  if (/Micros$/.test(field) && /^-?\d+$/.test(value)) return formatMicros(value, currency);
  if (field === 'ratioBp' && /^\d+$/.test(value)) return `${Number(value) / 100}%`;
  return value;
}

/** One change as a line of text: "Roles: ENGINEER → HR". */
export function changeText(change: AuditChangeRow, currency: string): string {
  return `${fieldLabel(change.field)}: ${changeValue(change.field, change.before, currency)} → ${changeValue(change.field, change.after, currency)}`;
}

export const AUDIT_CSV_COLUMNS: readonly CsvColumn<AuditRow>[] = [
  { header: 'When', value: (row) => row.createdAt },
  { header: 'Who', value: (row) => row.actorEmail ?? '' },
  { header: 'Action', value: (row) => row.action },
  { header: 'Entity type', value: (row) => row.entityType },
  { header: 'Entity id', value: (row) => row.entityId ?? '' },
  {
    header: 'Changes',
    value: (row) =>
      row.changes
        .map((change) => `${change.field}: ${change.before ?? ''} → ${change.after ?? ''}`)
        .join('; '),
  },
  { header: 'Before', value: (row) => row.before ?? '' },
  { header: 'After', value: (row) => row.after ?? '' },
];
