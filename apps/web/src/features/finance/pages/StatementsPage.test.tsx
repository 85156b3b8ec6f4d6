import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeUser, renderApp, type RecordedOperation } from '../../../test/render';

const company = {
  id: 'company-1',
  name: 'Analytical Engines',
  currency: 'USD',
  createdAt: '2026-01-05T10:00:00.000Z',
  timeZone: 'UTC',
  today: '2026-11-10',
};

const summary = (
  kind: string,
  key: string,
  name: string,
  totalMicros: string,
  previousTotalMicros: string | null,
  label: string | null = null,
) => ({
  __typename: 'Statement',
  key,
  name,
  kind,
  label,
  totalMicros,
  previousTotalMicros,
  changeMicros:
    previousTotalMicros === null ? null : String(BigInt(totalMicros) - BigInt(previousTotalMicros)),
});

const amount = (key: string, name: string, costMicros: string) => ({
  __typename: 'AmountBy',
  key,
  name,
  costMicros,
});

function statementSet(period: string) {
  return {
    __typename: 'StatementSet',
    period,
    months: period === '2026-Q4' ? ['2026-10', '2026-11', '2026-12'] : [period],
    currency: 'USD',
    mode: 'CHARGEBACK',
    closed: false,
    totalMicros: '3000000000',
    usageMicros: '2900000000',
    adjustmentMicros: '20000000',
    sharedMicros: '80000000',
    unabsorbedMicros: '0',
    teams: [
      summary('TEAM', 'plat', 'Platform', '2000000000', '1600000000'),
      summary('TEAM', 'prod', 'Product', '1000000000', '900000000'),
    ],
    costCentres: [
      summary('COST_CENTRE', 'CC-100', 'CC-100', '2000000000', '1600000000'),
      summary('COST_CENTRE', 'CC-200', 'CC-200', '1000000000', '900000000'),
    ],
  };
}

function statement(period: string, kind: string, key: string, allowances: boolean) {
  return {
    ...summary(
      kind,
      key,
      'Platform',
      '2000000000',
      '1600000000',
      kind === 'SUBTREE' ? 'Platform and the teams below it' : null,
    ),
    period,
    months: [period],
    currency: 'USD',
    closed: false,
    byEngineer: [amount('a', 'Alice Engineer', '1500000000'), amount('b', 'Bea Big', '480000000')],
    byModel: [
      amount('claude-sonnet-4', 'claude-sonnet-4', '1900000000'),
      amount('gpt-5', 'gpt-5', '100000000'),
    ],
    byProvider: [amount('anthropic', 'Anthropic', '1900000000'), amount('openai', 'OpenAI', '100000000')],
    byTool: [amount('claude-code', 'claude-code', '2000000000')],
    byCategory: [amount('USAGE', 'Usage', '1980000000'), amount('ADJUSTMENT', 'Adjustments', '20000000')],
    // a manager's copy: the allowance figures are null (the company's manager-visibility setting)
    allowances: [
      {
        __typename: 'StatementAllowance',
        engineerId: 'a',
        engineerName: 'Alice Engineer',
        grantedMicros: allowances ? '1000000000' : null,
        spentMicros: '1500000000',
        overageMicros: allowances ? '500000000' : null,
        utilisationBp: allowances ? 15000 : null,
        leaver: true,
      },
    ],
    overageMicros: allowances ? '500000000' : null,
    adjustments: [
      {
        __typename: 'StatementAdjustment',
        originalMonth: '2026-09',
        engineerId: 'b',
        engineerName: 'Bea Big',
        costMicros: '20000000',
      },
    ],
  };
}

function respond(allowances = true) {
  return (op: RecordedOperation) => {
    if (op.operationName === 'Statements')
      return { data: { statements: statementSet(String(op.variables['period'])) } };
    if (op.operationName === 'StatementTags')
      return { data: { statementTags: [amount('repo=billing', 'repo=billing', '1200000000')] } };
    if (op.operationName === 'Statement')
      return {
        data: {
          statement: statement(
            String(op.variables['period']),
            String(op.variables['kind']),
            String(op.variables['key']),
            allowances,
          ),
        },
      };
    return { data: null };
  };
}

describe('StatementsPage', () => {
  it('lists the statements of the month with totals and change, and opens one in full', async () => {
    const { log, router } = renderApp({
      path: '/finance/statements',
      user: makeUser(['FINANCE'], { company }),
      respond: respond(),
    });
    expect(await screen.findByRole('heading', { name: 'November 2026' })).toBeTruthy();
    expect(log.find((op) => op.operationName === 'Statements')?.variables).toEqual({ period: '2026-11' });
    expect(screen.getByTestId('period-total').textContent).toBe('$3,000.00');
    expect(screen.getByTestId('period-adjustments').textContent).toBe('$20.00');
    expect(screen.getByTestId('period-shared').textContent).toBe('$80.00');
    // FINANCE downloads the period's statements, FOCUS file and GL journal
    expect(screen.getByRole('button', { name: 'Download the FOCUS file of the period' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download the GL journal of the period' })).toBeTruthy();
    const teams = screen.getByRole('table', { name: 'Team statements' });
    const platform = within(teams).getByRole('row', { name: /Platform/ });
    expect(platform.textContent).toContain('$2,000.00');
    expect(platform.textContent).toContain('+25.0%');

    await userEvent.setup().click(within(platform).getByRole('link', { name: 'Platform' }));
    await waitFor(() => expect(router.state.location.search).toBe('?period=2026-11&kind=TEAM&key=plat'));
    const detail = await screen.findByTestId('statement-detail');
    expect(within(detail).getByTestId('statement-total').textContent).toBe('$2,000.00');
    expect(log.find((op) => op.operationName === 'Statement')?.variables).toEqual({
      period: '2026-11',
      kind: 'TEAM',
      key: 'plat',
    });
    // drill-down: engineers and models, biggest first
    const engineers = within(detail).getByRole('table', { name: 'By engineer' });
    expect(
      within(engineers)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual(['Alice Engineer$1,500.0075%', 'Bea Big$480.0024%']);
    expect(within(detail).getByRole('table', { name: 'By model' })).toBeTruthy();
    const tags = await within(detail).findByRole('table', { name: 'By tag' });
    expect(within(tags).getAllByRole('row')[1]?.textContent).toBe('repo=billing$1,200.0060%');
    // the adjustment names the month it belongs to
    const adjustments = within(detail).getByRole('table', { name: 'Adjustments from closed months' });
    expect(within(adjustments).getAllByRole('row')[1]?.textContent).toBe('Sep 2026Bea Big$20.00');
    const allowances = within(detail).getByRole('table', { name: 'Allowance granted vs spent' });
    expect(within(allowances).getAllByRole('row')[1]?.textContent).toBe(
      'Alice Engineerleaver$1,000.00$1,500.00150.0%$500.00',
    );
    expect(within(detail).getByRole('button', { name: 'Download the PDF of Platform' })).toBeTruthy();
  });

  it('asks for a quarter and for the subtree view of a team', async () => {
    const { log } = renderApp({
      path: '/finance/statements?period=2026-11&kind=TEAM&key=plat',
      user: makeUser(['ADMIN'], { company }),
      respond: respond(),
    });
    await screen.findByTestId('statement-detail');
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: 'Include the teams below' }));
    await waitFor(() =>
      expect(log.filter((op) => op.operationName === 'Statement').at(-1)?.variables).toEqual({
        period: '2026-11',
        kind: 'SUBTREE',
        key: 'plat',
      }),
    );
    expect(await screen.findByText(/Platform and the teams below it/)).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'Quarter' }));
    await waitFor(() =>
      expect(log.filter((op) => op.operationName === 'Statements').at(-1)?.variables).toEqual({
        period: '2026-Q4',
      }),
    );
    expect(await screen.findByRole('heading', { name: '2026 Q4' })).toBeTruthy();
  });

  it('shows a manager their statements without the FOCUS and GL exports, and says when allowances are private', async () => {
    renderApp({
      path: '/finance/statements?period=2026-11&kind=TEAM&key=plat',
      user: makeUser(['MANAGER'], { company }),
      respond: respond(false),
    });
    await screen.findByTestId('statement-detail');
    expect(screen.queryByRole('button', { name: 'Download the FOCUS file of the period' })).toBeNull();
    // the REST files are FINANCE/ADMIN only; the tables keep their own CSV exports
    expect(screen.queryByRole('button', { name: 'Download the CSV of the period' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Download the PDF of Platform' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Export By engineer as CSV' })).toBeTruthy();
    expect(screen.getByTestId('allowances-private')).toBeTruthy();
  });

  it('is closed to an engineer', async () => {
    renderApp({ path: '/finance/statements', user: makeUser(['ENGINEER'], { company }) });
    expect(await screen.findByRole('heading', { name: "You don't have access to this page" })).toBeTruthy();
  });
});
