import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '../../../gql/graphql';
import { gqlError, makeUser, renderApp } from '../../../test/render';
import { monthLabel } from './PeriodsPage';

const period = (month: string, status: string, closable = false) => ({
  __typename: 'AccountingPeriod',
  month,
  status,
  closedAt: status === 'CLOSED' ? '2026-11-02T09:00:00.000Z' : null,
  closable,
});

function renderPeriods(roles: Role[], closeResult?: () => unknown) {
  let closed = false;
  return renderApp({
    path: '/periods',
    user: makeUser(roles),
    respond: (op) => {
      if (op.operationName === 'AccountingPeriods')
        return {
          data: {
            accountingPeriods: [
              period('2026-12', 'OPEN'),
              period('2026-11', closed ? 'CLOSED' : 'OPEN', !closed),
              period('2026-10', 'CLOSED'),
            ],
          },
        };
      if (op.operationName === 'CloseAccountingPeriod') {
        if (closeResult) return closeResult() as never;
        closed = true;
        return { data: { closeAccountingPeriod: period('2026-11', 'CLOSED') } };
      }
      return { data: null };
    },
  });
}

const statuses = () =>
  within(screen.getByRole('table', { name: 'Accounting periods' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .slice(0, 2)
        .map((cell) => cell.textContent),
    );

describe('accounting periods page', () => {
  it('names months', () => {
    expect(monthLabel('2026-11')).toBe('November 2026');
  });

  it('lists the months with their status and closes the next one after a confirmation', async () => {
    const { log } = renderPeriods(['FINANCE']);
    await screen.findByRole('table', { name: 'Accounting periods' });
    expect(statuses()).toEqual([
      ['December 2026', 'Open'],
      ['November 2026', 'Open'],
      ['October 2026', 'Closed'],
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Close November 2026' }));
    expect(screen.getByText(/It cannot be reopened/)).toBeTruthy();
    expect(log.some((op) => op.operationName === 'CloseAccountingPeriod')).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Yes, close November 2026' }));
    await waitFor(() => expect(statuses()[1]).toEqual(['November 2026', 'Closed']));
    expect(log.find((op) => op.operationName === 'CloseAccountingPeriod')?.variables).toEqual({
      month: '2026-11',
      reason: null,
    });
    expect(screen.queryByRole('button', { name: /^Close / })).toBeNull();
  });

  it('shows why a close was refused', async () => {
    renderPeriods(['ADMIN'], () =>
      gqlError('CONFLICT', '2026-11 is already closed', [
        { field: 'month', message: '2026-11 is already closed' },
      ]),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Close November 2026' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, close November 2026' }));
    expect((await screen.findByRole('alert')).textContent).toContain('2026-11 is already closed');
  });

  it('sends the reason given; a close refused for want of one says so', async () => {
    const { log } = renderPeriods(['FINANCE'], () =>
      gqlError('BAD_USER_INPUT', 'reason: is required: 1 checklist item(s) are open (UNMAPPED_IDENTITIES)', [
        { field: 'reason', message: 'is required: 1 checklist item(s) are open (UNMAPPED_IDENTITIES)' },
      ]),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Close November 2026' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, close November 2026' }));
    expect((await screen.findByRole('alert')).textContent).toContain('checklist item(s) are open');
    await userEvent.type(screen.getByLabelText(/Reason/), 'Test identity');
    await userEvent.click(screen.getByRole('button', { name: 'Yes, close November 2026' }));
    await waitFor(() =>
      expect(
        log.filter((op) => op.operationName === 'CloseAccountingPeriod').map((op) => op.variables),
      ).toContainEqual({ month: '2026-11', reason: 'Test identity' }),
    );
  });

  it('is not open to other roles', async () => {
    renderPeriods(['HR']);
    await waitFor(() => expect(screen.queryByRole('table', { name: 'Accounting periods' })).toBeNull());
    expect(screen.queryByRole('button', { name: /Close/ })).toBeNull();
  });
});
