import { addAccountingMonths } from '@tokenroll/domain';
import type { ApiError } from '../../app/errors';
import { formatMonth, formatMonthLong } from '../../app/dates';
import { formatMicros } from '../../app/money';
import { filenameFromDisposition, problemToApiError, saveBlob, withAccessToken } from '../../app/rest';
import type { Session } from '../../app/session/session';
import type { StatementKind } from '../../gql/graphql';

// ---------------------------------------------------------------------------------------------
// Periods

export type PeriodGrain = 'MONTH' | 'QUARTER' | 'FISCAL_YEAR';

export interface PeriodOption {
  value: string;
  label: string;
}

/** 'YYYY-MM' of a business date 'YYYY-MM-DD'. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** "November 2026", "2026 Q4", "Fiscal year 2026" for a period key. */
export function periodLabel(key: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) return `${quarter[1]} Q${quarter[2]}`;
  const fiscal = /^FY(\d{4})$/.exec(key);
  if (fiscal) return `Fiscal year ${fiscal[1]}`;
  return formatMonthLong(key);
}

/**
 * The periods a statement may be asked for, newest first, up to the current one: the last `count` months,
 * the quarters and the fiscal years they touch (a fiscal year is named by the calendar year it starts in;
 * the server knows the company's fiscal-year start).
 */
export function periodOptions(today: string, grain: PeriodGrain, count = 24): PeriodOption[] {
  const current = monthOf(today);
  const months = Array.from({ length: count }, (_, n) => addAccountingMonths(current, -n));
  if (grain === 'MONTH') return months.map((month) => ({ value: month, label: formatMonthLong(month) }));
  const keys = new Set<string>();
  for (const month of months) {
    const year = month.slice(0, 4);
    keys.add(
      grain === 'QUARTER' ? `${year}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}` : `FY${year}`,
    );
  }
  return [...keys].map((value) => ({ value, label: periodLabel(value) }));
}

export function grainOf(period: string): PeriodGrain {
  if (/^\d{4}-Q[1-4]$/.test(period)) return 'QUARTER';
  if (/^FY\d{4}$/.test(period)) return 'FISCAL_YEAR';
  return 'MONTH';
}

// ---------------------------------------------------------------------------------------------
// Figures

/** The change against the previous period: "+12.5%" / "−3.0%" / "new" / "—", with the amount. */
export function changeText(
  totalMicros: string,
  previousMicros: string | null | undefined,
  currency: string,
): { percent: string; amount: string; direction: 'up' | 'down' | 'flat' | 'none' } {
  if (previousMicros === null || previousMicros === undefined)
    return { percent: '—', amount: '—', direction: 'none' };
  const total = BigInt(totalMicros);
  const previous = BigInt(previousMicros);
  const diff = total - previous;
  const amount = `${diff > 0n ? '+' : ''}${formatMicros(diff.toString(), currency)}`;
  const direction = diff > 0n ? 'up' : diff < 0n ? 'down' : 'flat';
  if (previous === 0n) return { percent: total === 0n ? '0.0%' : 'new', amount, direction };
  // tenths of a percent, rounded half away from zero, in integers (no float drift on large totals)
  const tenths = (diff * 2000n) / previous;
  const rounded = (tenths + (tenths >= 0n ? 1n : -1n)) / 2n;
  const abs = rounded < 0n ? -rounded : rounded;
  const sign = rounded > 0n ? '+' : rounded < 0n ? '−' : '';
  return { percent: `${sign}${abs / 10n}.${abs % 10n}%`, amount, direction };
}

/** Utilisation of an allowance in whole percent ("82%"), or a dash when nothing was granted or it is hidden. */
export function utilisation(spentMicros: string | null, grantedMicros: string | null | undefined): string {
  if (spentMicros === null || grantedMicros === null || grantedMicros === undefined) return '—';
  const granted = BigInt(grantedMicros);
  if (granted <= 0n) return '—';
  return `${(BigInt(spentMicros) * 100n + granted / 2n) / granted}%`;
}

/** 8250 basis points → "82.5%"; a dash for null (nothing granted, or not visible). */
export function basisPointsText(bp: number | null | undefined): string {
  if (bp === null || bp === undefined) return '—';
  const tenths = Math.round(bp / 10);
  return `${Math.trunc(tenths / 10)}.${Math.abs(tenths % 10)}%`;
}

/** A money figure for a chart's axis (a number of whole units); figures shown as text stay exact. */
export function chartAmount(micros: string): number {
  return Number(BigInt(micros) / 10_000n) / 100;
}

export const CATEGORY_LABELS: Record<string, string> = {
  USAGE: 'Usage',
  ADJUSTMENT: 'Adjustments from closed months',
  SHARED: 'Shared cost (allocated)',
  UNABSORBED: 'Unabsorbed self-hosted capacity',
};

export const KIND_LABELS: Record<StatementKind, string> = {
  TEAM: 'Team',
  COST_CENTRE: 'Cost centre',
  SUBTREE: 'Team with the teams below it',
};

export { formatMonth };

// ---------------------------------------------------------------------------------------------
// Exports (REST, with the session's token)

export type ExportFormat = 'CSV' | 'PDF' | 'FOCUS' | 'GL';

/**
 * The REST address of an export: the statements CSV (all of the period, or one statement), one statement's
 * PDF, the period's FOCUS file, the period's GL journal.
 */
export function exportUrl(
  format: ExportFormat,
  period: string,
  statement?: { kind: StatementKind; key: string } | null,
): string {
  const p = encodeURIComponent(period);
  switch (format) {
    case 'CSV':
      return statement
        ? `/v1/statements?period=${p}&kind=${statement.kind}&key=${encodeURIComponent(statement.key)}&format=csv`
        : `/v1/statements?period=${p}&format=csv`;
    case 'PDF':
      if (!statement) throw new Error('A PDF is one statement: name its kind and key');
      return `/v1/statements/${statement.kind}/${encodeURIComponent(statement.key)}.pdf?period=${p}`;
    case 'FOCUS':
      return `/v1/exports/focus?period=${p}`;
    case 'GL':
      return `/v1/exports/gl?period=${p}`;
  }
}

const ACCEPT: Record<ExportFormat, string> = {
  CSV: 'text/csv',
  PDF: 'application/pdf',
  FOCUS: 'text/csv',
  GL: 'text/csv',
};

export function exportFilename(
  format: ExportFormat,
  period: string,
  statement?: { kind: StatementKind; key: string } | null,
): string {
  const who = statement
    ? `-${statement.kind.toLowerCase()}-${statement.key.replace(/[^A-Za-z0-9._-]+/g, '-')}`
    : '';
  if (format === 'PDF') return `statement${who}-${period}.pdf`;
  if (format === 'FOCUS') return `focus-${period}.csv`;
  if (format === 'GL') return `gl-journal-${period}.csv`;
  return `statements${who}-${period}.csv`;
}

export type ExportFetch = (input: string, init: RequestInit) => Promise<Response>;

/** Downloads an export with the session's bearer token under the server's filename; null when saved. */
export async function downloadExport(
  session: Session,
  format: ExportFormat,
  period: string,
  statement?: { kind: StatementKind; key: string } | null,
  fetchImpl: ExportFetch = (input, init) => fetch(input, init),
  save: (blob: Blob, filename: string) => void = saveBlob,
): Promise<ApiError | null> {
  let response: Response;
  try {
    response = await withAccessToken(session, (token) =>
      fetchImpl(exportUrl(format, period, statement), {
        method: 'GET',
        credentials: 'include',
        headers: { accept: ACCEPT[format], ...(token ? { authorization: `Bearer ${token}` } : {}) },
      }),
    );
  } catch {
    return problemToApiError(0, '');
  }
  if (!response.ok) return problemToApiError(response.status, await response.text());
  const blob = await response.blob();
  save(
    blob,
    filenameFromDisposition(
      response.headers.get('content-disposition'),
      exportFilename(format, period, statement),
    ),
  );
  return null;
}
