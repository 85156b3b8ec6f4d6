import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { makeUser, renderApp, type RecordedOperation } from '../../../test/render';

const company = {
  id: 'company-1',
  name: 'Analytical Engines',
  currency: 'USD',
  createdAt: '2026-01-05T10:00:00.000Z',
  timeZone: 'UTC',
  today: '2026-11-10',
};

const request = (id: string, engineerName: string, overrides: Record<string, unknown> = {}) => ({
  __typename: 'IncreaseRequest',
  id,
  engineerId: `engineer-${id}`,
  engineerName,
  amountMicros: '50000000',
  kind: 'TEMPORARY',
  reason: 'A migration this month',
  status: 'APPROVED',
  needsHr: false,
  approvedBy: 'Max Manager',
  source: 'POOL',
  managerComment: null,
  decisionComment: 'Go ahead',
  createdAt: '2026-11-20T10:00:00.000Z',
  decidedAt: '2026-11-20T11:00:00.000Z',
  canDecide: false,
  pendingReason: null,
  ...overrides,
});

const all = [
  request('r1', 'Ada Lovelace'),
  request('r2', 'Grace Hopper', {
    status: 'REJECTED',
    approvedBy: null,
    source: null,
    decisionComment: 'Not this period',
    createdAt: '2026-11-21T10:00:00.000Z',
  }),
  request('r3', 'Ada Lovelace', {
    status: 'PENDING_MANAGER',
    approvedBy: null,
    source: null,
    decisionComment: null,
    decidedAt: null,
    createdAt: '2026-11-19T10:00:00.000Z',
    pendingReason: {
      __typename: 'IncreaseRequestPendingReason',
      code: 'AUTO_APPROVAL_CAP_REACHED',
      message:
        'The per-period cap on auto-approved increases is reached: $100.00 of $100.00 already approved automatically this period, so the manager decides.',
    },
  }),
];

function respond(op: RecordedOperation) {
  if (op.operationName === 'ApprovalQueue')
    return {
      data: {
        me: { __typename: 'User', id: 'me', company: { __typename: 'Company', ...company } },
        increaseRequests: [],
      },
    };
  if (op.operationName === 'AllIncreaseRequests') return { data: { increaseRequests: all } };
  return { data: null };
}

describe('Approvals', () => {
  it('shows HR every request of the company, decided or not, with who asked', async () => {
    const hr = makeUser(['HR'], { id: 'hr', company });
    const { log } = renderApp({ path: '/approvals', user: hr, respond });
    expect(await screen.findByText('Nothing to decide')).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'All increase requests' });
    const rows = within(table).getAllByRole('row').slice(1);
    // Newest first, each with the engineer's name linking to their budget.
    expect(rows.map((row) => within(row).getAllByRole('cell')[1]?.textContent)).toEqual([
      'Grace Hopper',
      'Ada Lovelace',
      'Ada Lovelace',
    ]);
    // A request past the engineer's per-period cap on auto-approval says so.
    expect(
      within(rows[2]).getByText(
        'Why it waits: The per-period cap on auto-approved increases is reached: $100.00 of $100.00 already approved automatically this period, so the manager decides.',
      ),
    ).toBeTruthy();
    expect(within(rows[1]).getByRole('link', { name: 'Ada Lovelace' }).getAttribute('href')).toBe(
      '/engineers/engineer-r1/budget',
    );
    expect(within(rows[0]).getByText('Rejected: Not this period')).toBeTruthy();
    // Read-only: nobody cancels someone else's request from here.
    expect(within(table).queryByRole('button', { name: /cancel/i })).toBeNull();
    expect(log.some((op) => op.operationName === 'AllIncreaseRequests')).toBe(true);
  });

  it('does not ask a manager’s browser for every request', async () => {
    const manager = makeUser(['MANAGER'], { id: 'max', company });
    const { log } = renderApp({ path: '/approvals', user: manager, respond });
    expect(await screen.findByText('Nothing to decide')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'All requests' })).toBeNull();
    expect(log.some((op) => op.operationName === 'AllIncreaseRequests')).toBe(false);
  });
});
