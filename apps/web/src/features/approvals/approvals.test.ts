import { describe, expect, it } from 'vitest';
import {
  approveEffect,
  availableAfter,
  decisionMessage,
  notDecidableReason,
  queueOrder,
  readDecision,
  runOutText,
  stepLabel,
  type ApprovalRow,
} from './approvals';

const request = (over: Partial<ApprovalRow> = {}): ApprovalRow => ({
  id: 'r1',
  engineerId: 'e1',
  engineerName: 'Alice Engineer',
  amountMicros: '120000000',
  kind: 'TEMPORARY',
  reason: 'Migration',
  status: 'PENDING_MANAGER',
  needsHr: false,
  approvedBy: null,
  source: null,
  managerComment: null,
  decisionComment: null,
  createdAt: '2026-11-23T10:00:00Z',
  decidedAt: null,
  canDecide: true,
  pendingReason: null,
  ...over,
});

const budget = {
  currency: 'USD',
  allowanceMicros: '2400000000',
  spentMicros: '2395000000',
  availableMicros: '4370000',
  dailyBurnMicros: '57000000',
  runsOutOn: '2026-11-24',
  periodEnd: '2026-12-31',
};

describe('approvals', () => {
  it('needs a comment to reject, not to approve; refuses an overlong one', () => {
    expect(readDecision('approve', '  ')).toEqual({ comment: null, error: null });
    expect(readDecision('approve', ' ok ')).toEqual({ comment: 'ok', error: null });
    expect(readDecision('reject', '').error).toBe(
      'Comment is required to reject: say why, so the engineer knows',
    );
    expect(readDecision('reject', 'x'.repeat(1001)).error).toBe('Comment must be at most 1000 characters');
  });

  it('says which step and what approving does', () => {
    expect(stepLabel(request())).toBe('Manager decision');
    expect(stepLabel(request({ needsHr: true }))).toBe('Manager decision, then HR');
    expect(stepLabel(request({ status: 'PENDING_HR', needsHr: true }))).toBe(
      'HR decision (the manager approved)',
    );
    expect(approveEffect(request({ needsHr: true }))).toMatch(/passes it to HR/);
    expect(approveEffect(request({ kind: 'PERMANENT' }))).toMatch(/annual allowance from next month/);
  });

  it('shows the run-out and what is available after a temporary approval', () => {
    expect(runOutText(budget)).toBe('Runs out on Nov 24, 2026, before the period ends');
    expect(runOutText({ ...budget, runsOutOn: null })).toBe('Lasts the period at the current pace');
    expect(runOutText({ ...budget, runsOutOn: null, dailyBurnMicros: '0' })).toBe('No recent spend');
    expect(availableAfter(budget, request())).toBe('124370000');
    expect(availableAfter(budget, request({ kind: 'PERMANENT' }))).toBeNull();
  });

  it('confirms decisions and explains why a linked request cannot be decided', () => {
    expect(decisionMessage(request({ status: 'APPROVED' }), 'USD')).toBe(
      'Approved $120.00 for Alice Engineer.',
    );
    expect(decisionMessage(request({ status: 'PENDING_HR' }), 'USD')).toBe(
      'Approved $120.00 for Alice Engineer: it now waits for HR.',
    );
    expect(decisionMessage(request({ status: 'REJECTED' }), 'USD')).toBe(
      "Rejected Alice Engineer's request for $120.00.",
    );
    expect(notDecidableReason(request())).toBeNull();
    expect(notDecidableReason(request({ canDecide: false, status: 'APPROVED' }))).toBe(
      'This request has already been approved.',
    );
    expect(notDecidableReason(request({ canDecide: false }))).toMatch(/someone else/);
  });

  it('answers the oldest request first', () => {
    const rows = [
      request({ id: 'b', createdAt: '2026-11-23T12:00:00Z' }),
      request({ id: 'a', createdAt: '2026-11-22T12:00:00Z' }),
    ];
    expect(queueOrder(rows).map((row) => row.id)).toEqual(['a', 'b']);
  });
});
