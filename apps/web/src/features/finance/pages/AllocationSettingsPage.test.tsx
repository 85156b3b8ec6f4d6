import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fieldErrorOf, makeUser, renderApp, type RecordedOperation } from '../../../test/render';

const company = {
  id: 'company-1',
  name: 'Analytical Engines',
  currency: 'USD',
  createdAt: '2026-01-05T10:00:00.000Z',
  timeZone: 'UTC',
  today: '2026-11-10',
};

function backend() {
  let settings = {
    __typename: 'ChargebackSettings',
    mode: 'SHOWBACK',
    allocationPolicy: 'PRO_RATA',
    centralCostCentre: 'CC-000',
    invoiceToleranceBp: 200,
    glExpenseAccount: '6420',
    glPayableAccount: '2100',
    glAccrualAccount: '2190',
  };
  let costs = [
    {
      __typename: 'SharedCost',
      id: 's1',
      month: '2026-11',
      description: 'LLM gateway',
      amountMicros: '250000000',
      createdBy: 'Fay Finance',
    },
  ];
  return (op: RecordedOperation) => {
    switch (op.operationName) {
      case 'ChargebackSettings':
        return { data: { chargebackSettings: settings } };
      case 'UpdateChargebackSettings':
        settings = { ...settings, ...(op.variables['input'] as object) };
        return { data: { updateChargebackSettings: settings } };
      case 'SharedCosts':
        return { data: { sharedCosts: costs } };
      case 'AddSharedCost': {
        const input = op.variables['input'] as { month: string; description: string; amount: string };
        const [whole, fraction = ''] = input.amount.split('.');
        const added = {
          __typename: 'SharedCost',
          id: `s${costs.length + 1}`,
          month: input.month,
          description: input.description,
          amountMicros: String(BigInt(whole ?? '0') * 1_000_000n + BigInt(fraction.padEnd(6, '0'))),
          createdBy: 'Fay Finance',
        };
        costs = [...costs, added];
        return { data: { addSharedCost: added } };
      }
      case 'RemoveSharedCost': {
        const removed = costs.find((cost) => cost.id === op.variables['id']);
        costs = costs.filter((cost) => cost.id !== op.variables['id']);
        return { data: { removeSharedCost: removed } };
      }
      default:
        return { data: null };
    }
  };
}

describe('AllocationSettingsPage', () => {
  it('saves the mode, policy, central cost centre, tolerance and accounts', async () => {
    const { log } = renderApp({
      path: '/finance/allocation',
      user: makeUser(['FINANCE'], { company }),
      respond: backend(),
    });
    const tolerance = await screen.findByRole('textbox', { name: 'Invoice tolerance (%)' });
    expect((tolerance as HTMLInputElement).value).toBe('2');
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Chargeback' }));
    await user.click(screen.getByRole('radio', { name: /Held centrally/ }));
    await user.clear(screen.getByRole('textbox', { name: /Central cost centre/ }));
    await user.clear(tolerance);
    await user.type(tolerance, '150');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(fieldErrorOf(screen.getByRole('textbox', { name: /Central cost centre/ }))).toBe(
      'Central cost centre is required when cost is held centrally',
    );
    expect(fieldErrorOf(tolerance)).toBe(
      'Invoice tolerance must be a percentage between 0 and 100, like 2 or 0.5',
    );
    expect(log.some((op) => op.operationName === 'UpdateChargebackSettings')).toBe(false);

    await user.type(screen.getByRole('textbox', { name: /Central cost centre/ }), 'CC-900');
    await user.clear(tolerance);
    await user.type(tolerance, '0.5');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText(/Saved\./)).toBeTruthy();
    expect(log.find((op) => op.operationName === 'UpdateChargebackSettings')?.variables).toEqual({
      input: {
        mode: 'CHARGEBACK',
        allocationPolicy: 'CENTRAL',
        centralCostCentre: 'CC-900',
        invoiceToleranceBp: 50,
        glExpenseAccount: '6420',
        glPayableAccount: '2100',
        glAccrualAccount: '2190',
      },
    });
  });

  it('lists, adds and removes the shared costs of the open month', async () => {
    const { log } = renderApp({
      path: '/finance/allocation',
      user: makeUser(['ADMIN'], { company }),
      respond: backend(),
    });
    const table = await screen.findByRole('table', { name: 'Shared costs of November 2026' });
    expect(within(table).getByText('LLM gateway')).toBeTruthy();
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: /^Description/ }), 'Vector store');
    await user.type(screen.getByRole('textbox', { name: /^Amount/ }), '1,200.50');
    await user.click(screen.getByRole('button', { name: 'Add shared cost' }));
    await waitFor(() => expect(screen.getByTestId('shared-costs-total').textContent).toBe('$1,450.50'));
    expect(log.find((op) => op.operationName === 'AddSharedCost')?.variables).toEqual({
      input: { month: '2026-11', description: 'Vector store', amount: '1200.5' },
    });
    await user.click(screen.getByRole('button', { name: 'Remove LLM gateway' }));
    await waitFor(() => expect(screen.getByTestId('shared-costs-total').textContent).toBe('$1,200.50'));
  });

  it('is closed to HR', async () => {
    renderApp({ path: '/finance/allocation', user: makeUser(['HR'], { company }) });
    expect(await screen.findByRole('heading', { name: "You don't have access to this page" })).toBeTruthy();
  });
});
