import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '../../../gql/graphql';
import { fieldErrorOf, gqlError, makeUser, renderApp, type RecordedOperation } from '../../../test/render';

const policy = {
  __typename: 'AllowancePolicy',
  basisKind: 'RATIO',
  ratioBp: 5000,
  annualMicros: null,
  floorMicros: null,
  capMicros: null,
  fiscalYearStartMonth: 1,
  accrual: 'MONTHLY',
  rolloverKind: 'NONE',
  rolloverCapMicros: null,
  currency: 'EUR',
  updatedAt: null,
  effectiveFrom: null,
};

function renderPolicy(roles: Role[], respond?: (op: RecordedOperation) => unknown) {
  return renderApp({
    path: '/policy',
    user: makeUser(roles),
    respond: (op) => {
      const custom = respond?.(op);
      if (custom) return custom as never;
      if (op.operationName === 'AllowancePolicy') return { data: { allowancePolicy: policy } };
      if (op.operationName === 'UpdateAllowancePolicy') {
        const input = op.variables['input'] as { ratioBp: number };
        return {
          data: {
            updateAllowancePolicy: {
              ...policy,
              ratioBp: input.ratioBp,
              updatedAt: '2026-11-23T07:00:00.000Z',
              effectiveFrom: '2026-11-23',
            },
          },
        };
      }
      return { data: null };
    },
  });
}

describe('policy page', () => {
  it('updates the preview as the ratio changes, before saving', async () => {
    renderPolicy(['HR']);
    const ratio = await screen.findByLabelText(/^Ratio of base pay/);
    expect((ratio as HTMLInputElement).value).toBe('50');
    expect(screen.getByTestId('preview-annual').textContent).toBe('€100,000.00');
    expect(screen.getByTestId('preview-monthly').textContent).toBe('€8,333.33');

    await userEvent.clear(ratio);
    await userEvent.type(ratio, '60');
    expect(screen.getByTestId('preview-annual').textContent).toBe('€120,000.00');
    expect(screen.getByTestId('preview-monthly').textContent).toBe('€10,000.00');

    const salary = screen.getByLabelText(/^Sample salary/);
    await userEvent.clear(salary);
    await userEvent.type(salary, '150000');
    expect(screen.getByTestId('preview-annual').textContent).toBe('€90,000.00');

    await userEvent.clear(ratio);
    expect(screen.queryByTestId('preview-annual')).toBeNull();
    expect(screen.getByText('Fix the highlighted policy fields to see the preview.')).toBeTruthy();
  });

  it('saves the policy with the ratio in basis points', async () => {
    const { log } = renderPolicy(['ADMIN']);
    const ratio = await screen.findByLabelText(/^Ratio of base pay/);
    await userEvent.clear(ratio);
    await userEvent.type(ratio, '60');
    await userEvent.selectOptions(screen.getByLabelText(/^Fiscal year starts in/), 'April');
    await userEvent.click(screen.getByRole('button', { name: 'Save policy' }));
    expect(await screen.findByText(/Policy saved/)).toBeTruthy();
    expect(log.find((op) => op.operationName === 'UpdateAllowancePolicy')?.variables).toEqual({
      input: {
        basisKind: 'RATIO',
        ratioBp: 6000,
        annualAmount: null,
        floorAmount: null,
        capAmount: null,
        fiscalYearStartMonth: 4,
        accrual: 'MONTHLY',
        rolloverKind: 'NONE',
        rolloverCapAmount: null,
        effectiveFrom: null,
      },
    });
  });

  it('checks the rules before sending and shows server messages next to the fields', async () => {
    const { log } = renderPolicy(['HR'], (op) =>
      op.operationName === 'UpdateAllowancePolicy'
        ? gqlError('BAD_USER_INPUT', 'Invalid input', [
            { field: 'capAmount', message: 'is not a believable annual amount (over 1,000,000,000)' },
          ])
        : undefined,
    );
    const form = within(await screen.findByRole('form', { name: 'Allowance policy' }));
    const ratio = form.getByLabelText(/^Ratio of base pay/);
    await userEvent.clear(ratio);
    await userEvent.type(ratio, '150');
    await userEvent.click(form.getByRole('button', { name: 'Save policy' }));
    await waitFor(() =>
      expect(fieldErrorOf(ratio)).toBe(
        'A ratio over 100% of base pay (10000 basis points) is only allowed with an annual cap',
      ),
    );
    expect(log.some((op) => op.operationName === 'UpdateAllowancePolicy')).toBe(false);

    await userEvent.type(form.getByLabelText(/^Annual cap/), '5000000000');
    await userEvent.click(form.getByRole('button', { name: 'Save policy' }));
    await waitFor(() =>
      expect(fieldErrorOf(form.getByLabelText(/^Annual cap/))).toBe(
        'Annual cap is not a believable annual amount (over 1,000,000,000)',
      ),
    );
  });

  it('is read-only for finance, with a working preview', async () => {
    renderPolicy(['FINANCE']);
    const ratio = (await screen.findByLabelText(/^Ratio of base pay/)) as HTMLInputElement;
    expect(ratio.matches(':disabled')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Save policy' })).toBeNull();
    expect(screen.getByText(/Only Admin and HR can change the policy/)).toBeTruthy();
    const salary = screen.getByLabelText(/^Sample salary/);
    await userEvent.clear(salary);
    await userEvent.type(salary, '100000');
    expect(screen.getByTestId('preview-annual').textContent).toBe('€50,000.00');
  });
});
