import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { makeUser, renderApp } from '../../../test/render';

const company = {
  id: 'company-1',
  name: 'Analytical Engines',
  currency: 'USD',
  createdAt: '2026-01-05T10:00:00.000Z',
  timeZone: 'UTC',
  today: '2026-11-10',
};

const item = (kind: string, label: string, count: number) => ({
  __typename: 'CloseItem',
  kind,
  label,
  count,
  amountMicros: null,
  open: count > 0,
  provider: null,
  status: null,
});

const financeHome = (lastClosed: boolean) => ({
  __typename: 'FinanceHome',
  month: '2026-11',
  currency: 'USD',
  mode: 'CHARGEBACK',
  allocationProblem: null,
  byCostCentre: [
    {
      __typename: 'CostCentreSpend',
      costCentre: 'CC-100',
      spentMicros: '3000000000',
      grantedMicros: '3500000000',
    },
    {
      __typename: 'CostCentreSpend',
      costCentre: 'CC-200',
      spentMicros: '1100000000',
      grantedMicros: '1500000000',
    },
  ],
  trend: Array.from({ length: 12 }, (_, n) => ({
    __typename: 'MonthTotal',
    month: `${n < 1 ? 2025 : 2026}-${String(n < 1 ? 12 : n).padStart(2, '0')}`,
    totalMicros: String((n + 1) * 300_000_000),
    closed: n < 10,
  })),
  nextClose: {
    __typename: 'CloseChecklist',
    month: '2026-10',
    closed: false,
    openItems: 1,
    items: [item('UNPRICED_USAGE', 'Unpriced usage', 2), item('OPEN_HOLDS', 'Holds still open', 0)],
  },
  lastClosed: lastClosed
    ? {
        __typename: 'StatementSet',
        period: '2026-09',
        totalMicros: '3900000000',
        teams: [
          {
            __typename: 'Statement',
            key: 'plat',
            name: 'Platform',
            kind: 'TEAM',
            label: null,
            totalMicros: '2900000000',
            previousTotalMicros: '2000000000',
            changeMicros: '900000000',
          },
        ],
        costCentres: [],
      }
    : null,
});

describe('FinanceHome (FINANCE lands on it)', () => {
  it('shows spend against allowance by cost centre, the trend, open close items and the last closed month', async () => {
    renderApp({
      path: '/',
      user: makeUser(['FINANCE'], { company }),
      respond: (op) =>
        op.operationName === 'FinanceHome' ? { data: { financeHome: financeHome(true) } } : { data: null },
    });
    const home = await screen.findByTestId('finance-home');
    expect(within(home).getByTestId('finance-spent').textContent).toBe('$4,100.00');
    expect(within(home).getByTestId('finance-granted').textContent).toBe('$5,000.00');
    expect(within(home).getByTestId('finance-utilisation').textContent).toBe('82%');
    const chart = await within(home).findByTestId('cost-centre-chart');
    expect(chart.getAttribute('aria-label')).toContain('CC-100: $3,000.00 spent of $3,500.00 granted');
    expect((await within(home).findByTestId('trend-chart')).getAttribute('aria-label')).toBe(
      'Monthly spend from Dec 2025 ($300.00) to Nov 2026 ($3,600.00)',
    );
    expect(within(home).getByRole('heading', { name: 'Next close: October 2026' })).toBeTruthy();
    const items = within(home).getByRole('list', { name: 'Open close items' });
    expect(
      within(items)
        .getAllByRole('listitem')
        .map((entry) => entry.textContent),
    ).toEqual(['!Unpriced usage 2 open']);
    expect(within(home).getByRole('heading', { name: 'Last closed: September 2026' })).toBeTruthy();
    const statements = within(home).getByRole('table', { name: 'Statements of September 2026' });
    expect(within(statements).getByRole('link', { name: 'Platform' }).getAttribute('href')).toBe(
      '/finance/statements?period=2026-09&kind=TEAM&key=plat',
    );
    expect(within(statements).getByText('+45.0%')).toBeTruthy();
  });

  it('says so when no month is closed yet', async () => {
    renderApp({
      path: '/finance/home',
      user: makeUser(['ADMIN'], { company }),
      respond: (op) =>
        op.operationName === 'FinanceHome' ? { data: { financeHome: financeHome(false) } } : { data: null },
    });
    expect(await screen.findByRole('heading', { name: 'No month closed yet' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Finance home' })).toBeTruthy();
  });
});
