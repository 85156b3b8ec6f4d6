import { describe, expect, it } from 'vitest';
import {
  approverLabel,
  decisionNotes,
  readPositiveAmount,
  readRequestForm,
  requestOutcome,
  statusLabel,
  type IncreaseRequestRow,
} from './requests';

const row = (over: Partial<IncreaseRequestRow> = {}): IncreaseRequestRow => ({
  id: 'r1',
  engineerId: 'e1',
  engineerName: 'Alice',
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
  canDecide: false,
  pendingReason: null,
  ...over,
});

describe('increase request form', () => {
  it('refuses negative, zero, absurd and malformed amounts with the field named', () => {
    expect(readPositiveAmount('Amount', '-5', 'USD', 10n ** 12n).error).toBe('Amount must be more than 0');
    expect(readPositiveAmount('Amount', '0', 'USD', 10n ** 12n).error).toBe('Amount must be more than 0');
    expect(readPositiveAmount('Amount', '', 'USD', 10n ** 12n).error).toBe('Amount is required');
    expect(readPositiveAmount('Amount', 'lots', 'USD', 10n ** 12n).error).toMatch(
      /^Amount must be an amount/,
    );
    expect(readPositiveAmount('Amount', '2000000', 'USD', 10n ** 12n).error).toBe(
      'Amount must be at most $1,000,000.00',
    );
    expect(readPositiveAmount('Amount', '1,500.25', 'USD', 10n ** 12n)).toEqual({
      micros: 1_500_250_000n,
      error: null,
    });
  });

  it('reads a valid form into the API input, without grouping commas and with the reason trimmed', () => {
    expect(readRequestForm({ amount: '1,200.50', kind: 'PERMANENT', reason: '  Agents  ' }, 'USD')).toEqual({
      input: { amount: '1200.50', kind: 'PERMANENT', reason: 'Agents' },
      errors: null,
    });
  });

  it('names every bad field at once', () => {
    const read = readRequestForm({ amount: '-1', kind: 'TEMPORARY', reason: ' ' }, 'USD');
    expect(read.input).toBeNull();
    expect(read.errors).toEqual({
      amount: 'Amount must be more than 0',
      reason: 'Reason is required: say what the extra allowance is for',
    });
    expect(
      readRequestForm({ amount: '5', kind: 'TEMPORARY', reason: 'x'.repeat(1001) }, 'USD').errors,
    ).toEqual({
      reason: 'Reason must be at most 1000 characters',
    });
  });
});

describe('increase request display', () => {
  it('labels statuses, approvals and comments', () => {
    expect(statusLabel('PENDING_HR')).toBe('Waiting for HR');
    expect(statusLabel('SOMETHING')).toBe('SOMETHING');
    expect(approverLabel({ approvedBy: 'auto', source: 'POOL' })).toBe('Automatically, from the team pool');
    expect(approverLabel({ approvedBy: 'hr', source: 'POLICY' })).toBe('By HR, as a higher annual allowance');
    expect(
      decisionNotes({
        managerComment: 'Fine by me',
        decisionComment: 'Not this quarter',
        status: 'REJECTED',
      }),
    ).toEqual(['Manager: Fine by me', 'Rejected: Not this quarter']);
  });

  it('says what happened to a request just made', () => {
    expect(requestOutcome(row({ status: 'APPROVED', source: 'POOL', amountMicros: '20000000' }), 'USD')).toBe(
      'Approved at once: $20.00 from your team pool is now available to you.',
    );
    expect(requestOutcome(row(), 'USD')).toBe(
      "Your request for $120.00 is waiting for your manager's decision.",
    );
    expect(requestOutcome(row({ needsHr: true, amountMicros: '1500000000' }), 'USD')).toMatch(
      /\$1,500\.00 is waiting for your manager; above the company threshold HR decides/,
    );
  });

  it('says why a request waits when the per-period cap on auto-approval is reached', () => {
    const capped = row({
      amountMicros: '50000000',
      pendingReason: {
        code: 'AUTO_APPROVAL_CAP_REACHED',
        message:
          'The per-period cap on auto-approved increases is reached: $100.00 of $100.00 already approved automatically this period, so the manager decides.',
      },
    });
    expect(requestOutcome(capped, 'USD')).toBe(
      "Your request for $50.00 is waiting for your manager's decision. The per-period cap on auto-approved increases is reached: $100.00 of $100.00 already approved automatically this period, so the manager decides.",
    );
    expect(decisionNotes(capped)).toEqual([
      'Why it waits: The per-period cap on auto-approved increases is reached: $100.00 of $100.00 already approved automatically this period, so the manager decides.',
    ]);
  });
});
