import type { EngineerFieldsFragment, EngineerStatus } from '../../gql/graphql';
import { csvAmount, microsOf } from '../../app/money';
import type { CsvColumn } from '../../app/table/csv';
import type { SortValue } from '../../app/table/sort';

export type EngineerRow = EngineerFieldsFragment;

export type EngineerColumn = 'name' | 'email' | 'team' | 'status' | 'startDate' | 'basePay' | 'allowance';

export const STATUS_LABELS: Record<EngineerStatus, string> = {
  OFFER: 'Offer',
  ACTIVE: 'Active',
  LEAVER: 'Leaver',
};

export const STATUS_COLORS: Record<EngineerStatus, string> = {
  OFFER: 'yellow',
  ACTIVE: 'green',
  LEAVER: 'gray',
};

/** True when the viewer may see base pay of at least one row: only then is the column shown. */
export function showsBasePay(rows: readonly EngineerRow[]): boolean {
  return rows.some((row) => row.basePay !== null);
}

/**
 * The columns to show; "Base pay" only when some row carries it, "Annual allowance" only when some row
 * carries it (a manager sees none by default: an allowance is a share of pay, a company setting).
 */
export function engineerColumns(rows: readonly EngineerRow[]): { key: EngineerColumn; label: string }[] {
  const showsAllowance = rows.length === 0 || rows.some((row) => row.annualAllowanceMicros !== null);
  return [
    { key: 'name', label: 'Name' },
    { key: 'email', label: 'Email' },
    { key: 'team', label: 'Team' },
    { key: 'status', label: 'Status' },
    { key: 'startDate', label: 'Start' },
    ...(showsBasePay(rows) ? [{ key: 'basePay' as const, label: 'Base pay' }] : []),
    ...(showsAllowance ? [{ key: 'allowance' as const, label: 'Annual allowance' }] : []),
  ];
}

export const ENGINEER_SORT_ACCESSORS: Record<EngineerColumn, (row: EngineerRow) => SortValue> = {
  name: (row) => row.name,
  email: (row) => row.email,
  team: (row) => row.teamName,
  status: (row) => STATUS_LABELS[row.status],
  // ISO dates sort as text
  startDate: (row) => row.startDate,
  basePay: (row) => microsOf(row.basePay?.annualMicros),
  allowance: (row) => microsOf(row.annualAllowanceMicros),
};

export interface EngineerFilter {
  query: string;
  /** A team id, or '' for every team. */
  teamId: string;
  /** A status, or '' for every status. */
  status: EngineerStatus | '';
}

export const NO_FILTER: EngineerFilter = { query: '', teamId: '', status: '' };

/** Text (every word must match name, email, team, title, level or location), team and status. */
export function filterEngineers(rows: readonly EngineerRow[], filter: EngineerFilter): EngineerRow[] {
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    if (filter.teamId && row.teamId !== filter.teamId) return false;
    if (filter.status && row.status !== filter.status) return false;
    if (words.length === 0) return true;
    const haystack = [
      row.name,
      row.email,
      row.teamName,
      row.title,
      row.level,
      row.location,
      STATUS_LABELS[row.status],
    ]
      .filter(Boolean)
      .join(' ')
      .toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** The teams that appear in the rows, by name, for the team filter. */
export function teamsInRows(rows: readonly EngineerRow[]): { value: string; label: string }[] {
  const teams = new Map<string, string>();
  for (const row of rows) if (row.teamId) teams.set(row.teamId, row.teamName ?? 'Unnamed team');
  return [...teams.entries()]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en', { sensitivity: 'base', numeric: true }));
}

/** CSV columns matching the table; amounts as plain decimals with the currency in the header. */
export function engineerCsvColumns(rows: readonly EngineerRow[], currency: string): CsvColumn<EngineerRow>[] {
  return [
    { header: 'Name', value: (row) => row.name },
    { header: 'Email', value: (row) => row.email },
    { header: 'Team', value: (row) => row.teamName ?? '' },
    { header: 'Status', value: (row) => STATUS_LABELS[row.status] },
    { header: 'Start', value: (row) => row.startDate },
    ...(showsBasePay(rows)
      ? [
          {
            header: `Base pay (${currency})`,
            value: (row: EngineerRow) =>
              csvAmount(row.basePay?.annualMicros, row.basePay?.currency ?? currency),
          },
        ]
      : []),
    ...(rows.length === 0 || rows.some((row) => row.annualAllowanceMicros !== null)
      ? [
          {
            header: `Annual allowance (${currency})`,
            value: (row: EngineerRow) => csvAmount(row.annualAllowanceMicros, currency),
          },
        ]
      : []),
  ];
}

/**
 * The viewer's own row: the one with their email, else, for someone who may see only themself
 * (`seesOthers` false), the only row they are given.
 */
export function ownEngineerRow(
  rows: readonly EngineerRow[],
  email: string,
  seesOthers: boolean,
): EngineerRow | null {
  const mine = rows.find((row) => row.email.toLowerCase() === email.toLowerCase());
  if (mine) return mine;
  return !seesOthers && rows.length === 1 ? (rows[0] ?? null) : null;
}
