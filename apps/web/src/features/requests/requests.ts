import type { IncreaseRequestFieldsFragment, RequestIncreaseInput } from '../../gql/graphql';
import { formatMicros, readAmount } from '../../app/money';
import type { CsvColumn } from '../../app/table/csv';

export type IncreaseRequestRow = IncreaseRequestFieldsFragment;
export type IncreaseKind = 'TEMPORARY' | 'PERMANENT';

/** The most one request may ask for (the server refuses more: an absurd amount is a mistake). */
export const MAX_INCREASE_MICROS = 1_000_000n * 1_000_000n;
export const MAX_REASON_LENGTH = 1000;

/** Field names are the API's input names, so server messages land next to the same fields. */
export const REQUEST_FIELD_LABELS = {
  amount: 'Amount',
  kind: 'Kind',
  reason: 'Reason',
} as const;

export type RequestField = keyof typeof REQUEST_FIELD_LABELS;

export interface RequestFormValues {
  amount: string;
  kind: IncreaseKind;
  reason: string;
}

/**
 * Reads a positive amount of at most `max` micro-units the way the server does. Returns the micros, or
 * the message to show next to the field (its label first).
 */
export function readPositiveAmount(
  label: string,
  text: string,
  currency: string,
  max: bigint,
): { micros: bigint; error: null } | { micros: null; error: string } {
  if (text.trim() === '') return { micros: null, error: `${label} is required` };
  if (/^\s*-/.test(text)) return { micros: null, error: `${label} must be more than 0` };
  const read = readAmount(text, currency);
  if (read.problem !== null) return { micros: null, error: `${label} ${read.problem}` };
  if (read.micros <= 0n) return { micros: null, error: `${label} must be more than 0` };
  if (read.micros > max)
    return { micros: null, error: `${label} must be at most ${formatMicros(max.toString(), currency)}` };
  return { micros: read.micros, error: null };
}

/** The API input for the request form, or the messages to show next to its fields. */
export function readRequestForm(
  values: RequestFormValues,
  currency: string,
):
  | { input: RequestIncreaseInput; errors: null }
  | { input: null; errors: Partial<Record<RequestField, string>> } {
  const errors: Partial<Record<RequestField, string>> = {};
  const amount = readPositiveAmount(
    REQUEST_FIELD_LABELS.amount,
    values.amount,
    currency,
    MAX_INCREASE_MICROS,
  );
  if (amount.error) errors.amount = amount.error;
  if (values.kind !== 'TEMPORARY' && values.kind !== 'PERMANENT')
    errors.kind = 'Choose temporary or permanent';
  const reason = values.reason.trim();
  if (reason === '') errors.reason = 'Reason is required: say what the extra allowance is for';
  else if (reason.length > MAX_REASON_LENGTH)
    errors.reason = `Reason must be at most ${MAX_REASON_LENGTH} characters`;
  if (Object.keys(errors).length > 0 || amount.micros === null) return { input: null, errors };
  return {
    input: { amount: values.amount.trim().replace(/,/g, ''), kind: values.kind, reason },
    errors: null,
  };
}

export const STATUS_LABELS: Record<string, string> = {
  PENDING_MANAGER: 'Waiting for the manager',
  PENDING_HR: 'Waiting for HR',
  APPROVED: 'Approved',
  REJECTED: 'Rejected',
  CANCELLED: 'Cancelled',
};

export function statusLabel(status: string): string {
  return STATUS_LABELS[status] ?? status;
}

export function statusColor(status: string): string {
  if (status === 'APPROVED') return 'green';
  if (status === 'REJECTED') return 'red';
  if (status === 'CANCELLED') return 'gray';
  return 'yellow';
}

export function isPending(request: Pick<IncreaseRequestRow, 'status'>): boolean {
  return request.status === 'PENDING_MANAGER' || request.status === 'PENDING_HR';
}

export function kindLabel(kind: string): string {
  if (kind === 'TEMPORARY') return 'Temporary (this period)';
  if (kind === 'PERMANENT') return 'Permanent (from next month)';
  return kind;
}

/** Who approved, in words. */
export function approverLabel(request: Pick<IncreaseRequestRow, 'approvedBy' | 'source'>): string {
  const by =
    request.approvedBy === 'auto'
      ? 'Automatically'
      : request.approvedBy === 'manager'
        ? 'By the manager'
        : request.approvedBy === 'hr'
          ? 'By HR'
          : '';
  const from =
    request.source === 'POOL'
      ? 'from the team pool'
      : request.source === 'COMPANY'
        ? 'by the company'
        : request.source === 'POLICY'
          ? 'as a higher annual allowance'
          : '';
  return [by, from].filter(Boolean).join(', ');
}

/** The comments on a request, in the order they were made. */
export function decisionNotes(
  request: Pick<IncreaseRequestRow, 'managerComment' | 'decisionComment' | 'status'> &
    Partial<Pick<IncreaseRequestRow, 'pendingReason'>>,
): string[] {
  const notes: string[] = [];
  if (request.pendingReason) notes.push(`Why it waits: ${request.pendingReason.message}`);
  if (request.managerComment) notes.push(`Manager: ${request.managerComment}`);
  if (request.decisionComment)
    notes.push(`${request.status === 'REJECTED' ? 'Rejected' : 'Decision'}: ${request.decisionComment}`);
  return notes;
}

/** What happened to a request just made, for the confirmation next to the form. */
export function requestOutcome(request: IncreaseRequestRow, currency: string): string {
  const amount = formatMicros(request.amountMicros, currency);
  if (request.status === 'APPROVED')
    return `Approved at once: ${amount} ${request.source === 'POOL' ? 'from your team pool ' : ''}is now available to you.`;
  const why = request.pendingReason ? ` ${request.pendingReason.message}` : '';
  if (request.needsHr)
    return `Your request for ${amount} is waiting for your manager; above the company threshold HR decides after them.${why}`;
  return `Your request for ${amount} is waiting for your manager's decision.${why}`;
}

export function requestCsvColumns(currency: string): CsvColumn<IncreaseRequestRow>[] {
  return [
    { header: 'Requested', value: (row) => row.createdAt },
    { header: 'Engineer', value: (row) => row.engineerName },
    { header: 'Amount', value: (row) => formatMicros(row.amountMicros, currency) },
    { header: 'Kind', value: (row) => row.kind },
    { header: 'Reason', value: (row) => row.reason },
    { header: 'Status', value: (row) => row.status },
    { header: 'Approved', value: approverLabel },
    { header: 'Comments', value: (row) => decisionNotes(row).join(' | ') },
    { header: 'Decided', value: (row) => row.decidedAt ?? '' },
  ];
}
