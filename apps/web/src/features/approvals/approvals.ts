import { compareDates } from '@tokenroll/domain';
import type { EngineerBudgetFieldsFragment, IncreaseRequestFieldsFragment } from '../../gql/graphql';
import { formatIsoDay } from '../../app/dates';
import { formatMicros } from '../../app/money';

export type ApprovalRow = IncreaseRequestFieldsFragment & {
  engineerBudget?: EngineerBudgetFieldsFragment | null;
};
export type Decision = 'approve' | 'reject';

export const MAX_COMMENT_LENGTH = 1000;

export const DECISION_FIELD_LABELS = { comment: 'Comment' } as const;

/** The comment to send with a decision, or the message to show next to the comment field. */
export function readDecision(
  decision: Decision,
  comment: string,
): { comment: string | null; error: null } | { comment: null; error: string } {
  const text = comment.trim();
  if (decision === 'reject' && text === '')
    return { comment: null, error: 'Comment is required to reject: say why, so the engineer knows' };
  if (text.length > MAX_COMMENT_LENGTH)
    return { comment: null, error: `Comment must be at most ${MAX_COMMENT_LENGTH} characters` };
  return { comment: text === '' ? null : text, error: null };
}

/** Which decision this is: the manager's, or HR's after the manager approved. */
export function stepLabel(request: Pick<ApprovalRow, 'status' | 'needsHr'>): string {
  if (request.status === 'PENDING_HR') return 'HR decision (the manager approved)';
  if (request.status === 'PENDING_MANAGER')
    return request.needsHr ? 'Manager decision, then HR' : 'Manager decision';
  return '';
}

/** What approving does, in a sentence next to the buttons. */
export function approveEffect(request: Pick<ApprovalRow, 'status' | 'needsHr' | 'kind'>): string {
  if (request.status === 'PENDING_MANAGER' && request.needsHr)
    return 'Approving passes it to HR: it is above the company threshold.';
  return request.kind === 'PERMANENT'
    ? 'Approving raises the annual allowance from next month.'
    : 'Approving makes the amount available now, from the team pool when it can cover it, else from the company.';
}

/** "Runs out on Dec 18, 2026 (before the period ends)" / "Lasts the period" / "No recent spend". */
export function runOutText(budget: EngineerBudgetFieldsFragment): string {
  if (budget.runsOutOn === null || budget.runsOutOn === undefined)
    return BigInt(budget.dailyBurnMicros) > 0n ? 'Lasts the period at the current pace' : 'No recent spend';
  const before = compareDates(budget.runsOutOn, budget.periodEnd) <= 0;
  return `Runs out on ${formatIsoDay(budget.runsOutOn)}${before ? ', before the period ends' : ''}`;
}

/** What the engineer would have available after approval of a temporary request. */
export function availableAfter(
  budget: EngineerBudgetFieldsFragment,
  request: Pick<ApprovalRow, 'amountMicros' | 'kind'>,
): string | null {
  if (request.kind !== 'TEMPORARY' || budget.availableMicros === null) return null;
  return (BigInt(budget.availableMicros) + BigInt(request.amountMicros)).toString();
}

/** The confirmation after a decision. */
export function decisionMessage(request: ApprovalRow, currency: string): string {
  const amount = formatMicros(request.amountMicros, currency);
  if (request.status === 'APPROVED') return `Approved ${amount} for ${request.engineerName}.`;
  if (request.status === 'PENDING_HR')
    return `Approved ${amount} for ${request.engineerName}: it now waits for HR.`;
  if (request.status === 'REJECTED') return `Rejected ${request.engineerName}'s request for ${amount}.`;
  return `${request.engineerName}'s request is ${request.status.toLowerCase()}.`;
}

/** Oldest first: who asked first is answered first. */
export function queueOrder(rows: readonly ApprovalRow[]): ApprovalRow[] {
  return [...rows].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** Why a request cannot be decided by the viewer now, when they opened it by its link. */
export function notDecidableReason(request: Pick<ApprovalRow, 'status' | 'canDecide'>): string | null {
  if (request.canDecide) return null;
  if (request.status === 'APPROVED') return 'This request has already been approved.';
  if (request.status === 'REJECTED') return 'This request has already been rejected.';
  if (request.status === 'CANCELLED') return 'The engineer cancelled this request.';
  if (request.status === 'PENDING_HR') return 'This request now waits for HR.';
  return 'This request waits for someone else’s decision (the engineer’s manager).';
}
