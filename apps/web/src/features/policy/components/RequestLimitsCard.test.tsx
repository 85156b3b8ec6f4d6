import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '../../../gql/graphql';
import { fieldErrorOf, gqlError, makeUser, renderApp, type RecordedOperation } from '../../../test/render';

const limits = {
  __typename: 'RequestLimits',
  currency: 'EUR',
  autoApproveMicros: '50000000',
  autoApprovePerPeriodMicros: '100000000',
  hrApprovalAboveMicros: '1000000000',
  giftLimitBp: 2000,
  updatedAt: null,
};

function renderLimits(roles: Role[], respond?: (op: RecordedOperation) => unknown) {
  return renderApp({
    path: '/policy',
    user: makeUser(roles),
    respond: (op) => {
      const custom = respond?.(op);
      if (custom) return custom as never;
      if (op.operationName === 'RequestLimits') return { data: { requestLimits: limits } };
      if (op.operationName === 'UpdateRequestLimits') {
        const input = op.variables['input'] as { giftLimitBp: number };
        return {
          data: {
            updateRequestLimits: {
              ...limits,
              autoApproveMicros: '30000000',
              autoApprovePerPeriodMicros: '120500000',
              giftLimitBp: input.giftLimitBp,
              updatedAt: '2026-11-23T07:00:00.000Z',
            },
          },
        };
      }
      return { data: null };
    },
  });
}

const card = async () => within(await screen.findByRole('form', { name: 'Request limits' }));

describe('request limits card', () => {
  it('shows the limits and saves them as HR: amounts as typed, the gift limit in basis points', async () => {
    const { log } = renderLimits(['HR']);
    const form = await card();
    const auto = form.getByLabelText(/^Auto-approval threshold/) as HTMLInputElement;
    expect(auto.value).toBe('50');
    expect((form.getByLabelText(/^Auto-approved per engineer/) as HTMLInputElement).value).toBe('100');
    expect((form.getByLabelText(/^HR approval above/) as HTMLInputElement).value).toBe('1000');
    expect((form.getByLabelText(/^Gift limit/) as HTMLInputElement).value).toBe('20');

    await userEvent.clear(auto);
    await userEvent.type(auto, '30');
    const perPeriod = form.getByLabelText(/^Auto-approved per engineer/);
    await userEvent.clear(perPeriod);
    await userEvent.type(perPeriod, '120.50');
    const gift = form.getByLabelText(/^Gift limit/);
    await userEvent.clear(gift);
    await userEvent.type(gift, '12.5');
    await userEvent.click(form.getByRole('button', { name: 'Save request limits' }));
    expect(await form.findByText(/Request limits saved/)).toBeTruthy();
    expect(log.find((op) => op.operationName === 'UpdateRequestLimits')?.variables).toEqual({
      input: {
        autoApproveAmount: '30',
        autoApprovePerPeriodAmount: '120.50',
        hrApprovalAboveAmount: '1000',
        giftLimitBp: 1250,
      },
    });
    expect((form.getByLabelText(/^Auto-approved per engineer/) as HTMLInputElement).value).toBe('120.5');
  });

  it('checks the rules before sending, naming the field', async () => {
    const { log } = renderLimits(['ADMIN']);
    const form = await card();
    const auto = form.getByLabelText(/^Auto-approval threshold/);
    await userEvent.clear(auto);
    await userEvent.type(auto, '-5');
    await userEvent.click(form.getByRole('button', { name: 'Save request limits' }));
    await waitFor(() => expect(fieldErrorOf(auto)).toBe('Auto-approval threshold must not be negative'));

    await userEvent.clear(auto);
    await userEvent.type(auto, '2000');
    await userEvent.click(form.getByRole('button', { name: 'Save request limits' }));
    await waitFor(() =>
      expect(fieldErrorOf(form.getByLabelText(/^HR approval above/))).toBe(
        'HR approval above must not be below the auto-approval threshold',
      ),
    );
    expect(fieldErrorOf(form.getByLabelText(/^Auto-approved per engineer/))).toBe(
      'Auto-approved per engineer and period must be at least the auto-approval threshold (one request)',
    );

    await userEvent.clear(auto);
    await userEvent.type(auto, '50');
    const gift = form.getByLabelText(/^Gift limit/);
    await userEvent.clear(gift);
    await userEvent.type(gift, '150');
    await userEvent.click(form.getByRole('button', { name: 'Save request limits' }));
    await waitFor(() => expect(fieldErrorOf(gift)).toBe('Gift limit must be at most 100%'));
    expect(log.some((op) => op.operationName === 'UpdateRequestLimits')).toBe(false);
  });

  it('shows the server’s messages next to the fields', async () => {
    renderLimits(['HR'], (op) =>
      op.operationName === 'UpdateRequestLimits'
        ? gqlError('BAD_USER_INPUT', 'Invalid input', [
            { field: 'hrApprovalAboveAmount', message: 'must be at most 1,000,000' },
          ])
        : undefined,
    );
    const form = await card();
    await userEvent.click(form.getByRole('button', { name: 'Save request limits' }));
    await waitFor(() =>
      expect(fieldErrorOf(form.getByLabelText(/^HR approval above/))).toBe(
        'HR approval above must be at most 1,000,000',
      ),
    );
  });

  it('is read-only for finance', async () => {
    renderLimits(['FINANCE']);
    const form = await card();
    expect((form.getByLabelText(/^Auto-approval threshold/) as HTMLInputElement).matches(':disabled')).toBe(
      true,
    );
    expect(form.queryByRole('button', { name: 'Save request limits' })).toBeNull();
    expect(form.getByText('Only Admin and HR can change the request limits.')).toBeTruthy();
  });
});
