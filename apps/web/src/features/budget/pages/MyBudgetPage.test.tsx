import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { gqlError, makeUser, renderApp } from '../../../test/render';

const byKey = (key: string, cost: string, unpricedEvents = 0, unpricedTokens = '0') => ({
  __typename: 'UsageByKey',
  key,
  events: 2,
  inputTokens: '200000',
  outputTokens: '2000',
  costMicros: cost,
  unpricedEvents,
  unpricedTokens,
});

const budgetPage = {
  budget: {
    __typename: 'Budget',
    engineerId: 'e1',
    currency: 'USD',
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    allowanceMicros: '2400000000',
    accruedMicros: '2200000000',
    spentMicros: '2195960000',
    heldMicros: '0',
    availableMicros: '4040000',
    poolAvailableMicros: '0',
    overageMicros: '0',
    enforcement: 'HARD',
    dailyBurnMicros: '53300000',
    paceBp: 10200,
    runsOutOn: '2026-11-24',
  },
  usageSummary: {
    __typename: 'UsageSummary',
    currency: 'USD',
    from: '2026-01-01',
    to: '2026-11-23',
    days: [
      {
        __typename: 'UsageDay',
        day: '2026-11-22',
        accruedMicros: '2200000000',
        spentToDateMicros: '2195630000',
        remainingMicros: '4370000',
        costMicros: '59600000',
        events: 1,
      },
    ],
    byModel: [
      byKey('anthropic/claude-sonnet-4-6', '2195960000'),
      // a model with no price yet: its cost is not known
      byKey('acme/house-model', '0', 2, '202000'),
    ],
    bySource: [byKey('cursor', '1151140000'), byKey('claude-code', '1044820000')],
  },
  recentUsage: [
    {
      __typename: 'UsageEvent',
      id: 'u1',
      occurredAt: '2026-11-23T09:09:00.000Z',
      source: 'claude-code',
      provider: 'anthropic',
      model: 'claude-sonnet-4-6',
      inputTokens: '100000',
      outputTokens: '2000',
      cacheReadTokens: '0',
      cacheWriteTokens: '0',
      costMicros: '330000',
      currency: 'USD',
      unpriced: false,
    },
    {
      __typename: 'UsageEvent',
      id: 'u2',
      occurredAt: '2026-11-22T09:00:00.000Z',
      source: 'cursor',
      provider: 'anthropic',
      model: 'claude-opus-5-5-20261101',
      inputTokens: '150000',
      outputTokens: '12000',
      cacheReadTokens: '0',
      cacheWriteTokens: '0',
      costMicros: '0',
      currency: 'USD',
      unpriced: true,
    },
  ],
};

describe('My budget', () => {
  it('shows the figures, the run-out warning, the chart and the usage tables', async () => {
    const { log } = renderApp({
      path: '/budget',
      user: makeUser(['ENGINEER']),
      respond: (op) => (op.operationName === 'BudgetPage' ? { data: budgetPage } : { data: null }),
    });
    expect(await screen.findByRole('heading', { name: 'My budget', level: 1 })).toBeTruthy();
    expect(screen.getByTestId('budget-available').textContent).toBe('$4.04');
    expect(screen.getByTestId('budget-spent').textContent).toBe('$2,195.96');
    expect(screen.getByTestId('budget-allowance').textContent).toBe('$2,400.00');
    expect(screen.getByTestId('budget-pace').textContent).toContain('1.02× the accrual pace');
    expect(screen.getByTestId('budget-runs-out').textContent).toContain('Nov 24, 2026');
    expect(screen.getByTestId('budget-enforcement-text').textContent).toContain('Hard');
    expect(screen.getByTestId('budget-pool').textContent).toContain('Nothing');
    expect(screen.getByTestId('budget-alert').textContent).toContain('Your budget is running out');
    expect(await screen.findByTestId('burn-down-chart')).toBeTruthy();
    // the viewer's own budget: no engineer id is sent
    expect(log.find((op) => op.operationName === 'BudgetPage')?.variables).toEqual({
      engineerId: null,
      limit: 50,
    });

    const recent = screen.getByRole('table', { name: 'Recent usage' });
    const rows = within(recent).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]?.textContent).toContain('$0.33');
    expect(rows[1]?.textContent).toContain('Unpriced');
    await userEvent.type(screen.getByLabelText('Filter events'), 'cursor');
    expect(within(recent).getAllByRole('row').slice(1)).toHaveLength(1);

    // Unpriced usage shows as unpriced with its tokens, never as $0.00.
    const byModel = within(screen.getByRole('table', { name: 'Usage by model' }));
    const house = byModel.getAllByRole('row').find((row) => row.textContent?.includes('acme/house-model'));
    expect(house?.textContent).toContain('unpriced (202,000 tokens)');
    expect(house?.textContent).not.toContain('$0.00');

    const byTool = within(screen.getByRole('table', { name: 'Usage by tool' }));
    // most expensive first
    expect(byTool.getAllByRole('row')[1]?.textContent).toContain('cursor');
    await userEvent.click(byTool.getByRole('button', { name: /Tool/ }));
    expect(byTool.getAllByRole('row')[1]?.textContent).toContain('claude-code');
  });

  it('explains that there is no budget for someone who is not an engineer', async () => {
    renderApp({
      path: '/budget',
      user: makeUser(['ENGINEER']),
      respond: () => gqlError('NOT_FOUND', 'You have no engineer record in this company'),
    });
    expect(await screen.findByRole('heading', { name: 'You have no budget yet' })).toBeTruthy();
  });

  it('offers to try again when loading fails', async () => {
    let calls = 0;
    renderApp({
      path: '/budget',
      user: makeUser(['ENGINEER']),
      respond: () => {
        calls += 1;
        return calls === 1 ? gqlError('INTERNAL_SERVER_ERROR', 'boom') : { data: budgetPage };
      },
    });
    expect(await screen.findByText("We couldn't load the budget")).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect((await screen.findByTestId('budget-available')).textContent).toBe('$4.04');
  });

  it('shows a manager an engineer’s budget by id, without the own-budget wording', async () => {
    const { log } = renderApp({
      path: '/engineers/e1/budget',
      user: makeUser(['MANAGER']),
      respond: (op) => (op.operationName === 'BudgetPage' ? { data: budgetPage } : { data: null }),
    });
    expect(await screen.findByRole('heading', { name: 'Engineer budget', level: 1 })).toBeTruthy();
    expect(screen.getByTestId('budget-alert').textContent).toContain('This budget is running out');
    expect(log.find((op) => op.operationName === 'BudgetPage')?.variables).toEqual({
      engineerId: 'e1',
      limit: 50,
    });
    // only ADMIN and HR change enforcement
    expect(screen.queryByRole('group', { name: 'Budget enforcement' })).toBeNull();
  });
});
