import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fieldErrorOf, gqlError, makeUser, renderApp, type RecordedOperation } from '../../../test/render';

const finance = makeUser(['FINANCE'], {
  company: {
    id: 'company-1',
    name: 'Analytical Engines',
    currency: 'USD',
    createdAt: '2026-01-05T10:00:00.000Z',
    timeZone: 'UTC',
    today: '2026-11-10',
  },
});

const item = (kind: string, label: string, count: number, amountMicros: string | null = null) => ({
  __typename: 'CloseItem',
  kind,
  label,
  count,
  amountMicros,
  open: count > 0,
  provider: kind === 'PROVIDER_INVOICE' ? 'anthropic' : null,
  status: kind === 'PROVIDER_INVOICE' ? (count > 0 ? 'MISSING' : 'OK') : null,
});

const periods = (octoberClosed: boolean) => [
  { __typename: 'AccountingPeriod', month: '2026-11', status: 'OPEN', closedAt: null, closable: false },
  {
    __typename: 'AccountingPeriod',
    month: '2026-10',
    status: octoberClosed ? 'CLOSED' : 'OPEN',
    closedAt: octoberClosed ? '2026-11-10T09:00:00.000Z' : null,
    closable: !octoberClosed,
  },
  {
    __typename: 'AccountingPeriod',
    month: '2026-09',
    status: 'CLOSED',
    closedAt: '2026-10-02T09:00:00.000Z',
    closable: false,
  },
];

function backend() {
  let closed = false;
  const items = () => [
    item('UNPRICED_USAGE', 'Unpriced usage', 3, '12500000'),
    item('UNMAPPED_IDENTITIES', 'Unmapped identities', 0),
    item('OPEN_HOLDS', 'Holds still open', 0),
    item('PROVIDER_INVOICE', 'Provider invoice: anthropic', 1),
  ];
  const closes = () => [
    ...(closed
      ? [
          {
            __typename: 'PeriodClose',
            month: '2026-10',
            closedAt: '2026-11-10T09:00:00.000Z',
            closedBy: 'Fay Finance',
            totalMicros: '1234560000',
            mailed: 2,
            reason: 'Unpriced model priced next month',
            checklist: items(),
          },
        ]
      : []),
    {
      __typename: 'PeriodClose',
      month: '2026-09',
      closedAt: '2026-10-02T09:00:00.000Z',
      closedBy: 'Fay Finance',
      totalMicros: '1000000000',
      mailed: 0,
      reason: null,
      checklist: [item('UNPRICED_USAGE', 'Unpriced usage', 0)],
    },
  ];
  const respond = (op: RecordedOperation) => {
    switch (op.operationName) {
      case 'AccountingPeriods':
        return { data: { accountingPeriods: periods(closed) } };
      case 'CloseChecklist':
        return {
          data: {
            closeChecklist: {
              __typename: 'CloseChecklist',
              month: op.variables['month'],
              closed: op.variables['month'] === '2026-09' || (closed && op.variables['month'] === '2026-10'),
              openItems: 2,
              items: items(),
            },
          },
        };
      case 'PeriodCloses':
        return { data: { periodCloses: closes() } };
      case 'ClosePeriod': {
        const input = op.variables['input'] as { month: string; reason: string | null };
        if (!input.reason)
          return gqlError('BAD_USER_INPUT', 'Invalid input', [
            { field: 'reason', message: 'Reason is required when items are open' },
          ]);
        closed = true;
        return { data: { closePeriod: closes()[0] } };
      }
      default:
        return { data: null };
    }
  };
  return respond;
}

describe('ClosePage', () => {
  it('shows the checklist of the next month to close and requires a reason while items are open', async () => {
    const { log } = renderApp({ path: '/finance/close', user: finance, respond: backend() });
    expect(await screen.findByRole('heading', { name: 'Checklist for October 2026' })).toBeTruthy();
    const checklist = screen.getByRole('list', { name: 'Checklist for October 2026' });
    const entries = within(checklist).getAllByRole('listitem');
    // the open items first
    expect(entries[0]?.textContent).toContain('Unpriced usage');
    expect(entries[0]?.textContent).toContain('3 open');
    expect(entries[0]?.textContent).toContain('$12.50');
    expect(entries[1]?.textContent).toContain('Provider invoice: anthropic');
    expect(entries[1]?.textContent).toContain('not entered yet');
    expect(screen.getByTestId('checklist-status').textContent).toBe('2 open items');

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Close October 2026' }));
    await user.click(screen.getByRole('button', { name: 'Yes, close October 2026' }));
    const reason = screen.getByRole('textbox', { name: /Reason/ });
    expect(fieldErrorOf(reason)).toBe('Reason is required: 2 items are still open');
    expect(log.some((op) => op.operationName === 'ClosePeriod')).toBe(false);

    await user.type(reason, 'Unpriced model priced next month');
    await user.click(screen.getByRole('button', { name: 'Close October 2026' }));
    await user.click(screen.getByRole('button', { name: 'Yes, close October 2026' }));
    expect(await screen.findByText(/October 2026 is closed/)).toBeTruthy();
    expect(log.find((op) => op.operationName === 'ClosePeriod')?.variables).toEqual({
      input: { month: '2026-10', reason: 'Unpriced model priced next month' },
    });
    const history = await screen.findByRole('table', { name: 'History of closes' });
    await waitFor(() => expect(within(history).getAllByRole('row')).toHaveLength(3));
    const october = within(history).getAllByRole('row')[1] as HTMLElement;
    expect(october.textContent).toContain('October 2026');
    expect(october.textContent).toContain('$1,234.56');
    expect(october.textContent).toContain('Unpriced usage (3), Provider invoice: anthropic (1)');
    expect(october.textContent).toContain('Unpriced model priced next month');
  });

  it("puts the server's reason error on the field", async () => {
    const respond = backend();
    renderApp({
      path: '/finance/close',
      user: finance,
      respond: (op) =>
        op.operationName === 'ClosePeriod'
          ? gqlError('BAD_USER_INPUT', 'Invalid input', [{ field: 'reason', message: 'Reason is too short' }])
          : respond(op),
    });
    await screen.findByRole('heading', { name: 'Checklist for October 2026' });
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: /Reason/ }), 'x');
    await user.click(screen.getByRole('button', { name: 'Close October 2026' }));
    await user.click(screen.getByRole('button', { name: 'Yes, close October 2026' }));
    await waitFor(() =>
      expect(fieldErrorOf(screen.getByRole('textbox', { name: /Reason/ }))).toBe('Reason is too short'),
    );
  });

  it('is not open to HR', async () => {
    renderApp({ path: '/finance/close', user: makeUser(['HR']) });
    expect(await screen.findByRole('heading', { name: "You don't have access to this page" })).toBeTruthy();
  });
});
