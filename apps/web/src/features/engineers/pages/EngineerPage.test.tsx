import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '../../../gql/graphql';
import { fieldErrorOf, makeUser, renderApp, type RecordedOperation } from '../../../test/render';

const engineer = (withPay: boolean) => ({
  __typename: 'Engineer',
  id: 'e1',
  name: 'Nina New',
  email: 'nina@example.com',
  title: 'QA Engineer',
  level: null,
  location: null,
  teamId: 'qa',
  teamName: 'Quality',
  status: 'ACTIVE',
  startDate: '2026-11-01',
  endDate: null,
  basePay: withPay
    ? { __typename: 'Pay', annualMicros: '200000000000', currency: 'EUR', effectiveFrom: '2026-11-01' }
    : null,
  annualAllowanceMicros: '120000000000',
});

const grant = (month: string, posted: boolean) => ({
  __typename: 'AccrualGrant',
  month,
  grantDate: `${month}-01`,
  amountMicros: '10000000000',
  daysCovered: 30,
  daysInMonth: 30,
  posted,
  postedMicros: posted ? '8000000000' : '0',
  adjustmentMicros: posted ? '2000000000' : '0',
});

const detail = (withPay: boolean, override: unknown = null) => ({
  __typename: 'EngineerDetail',
  engineer: engineer(withPay),
  teamHistory: [
    {
      __typename: 'TeamMembership',
      teamId: 'qa',
      teamName: 'Quality',
      effectiveFrom: '2026-11-01',
      effectiveTo: null,
    },
  ],
  payHistory: withPay
    ? [{ __typename: 'Pay', annualMicros: '200000000000', currency: 'EUR', effectiveFrom: '2026-11-01' }]
    : null,
  allowance: {
    __typename: 'EngineerAllowance',
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    annualMicros: '120000000000',
    periodTotalMicros: '20000000000',
    accruedMicros: '10000000000',
    balanceMicros: '10000000000',
    currency: 'EUR',
    override,
    schedule: [grant('2026-11', true), grant('2026-12', false)],
  },
  ledgerEntries: [
    {
      __typename: 'LedgerEntry',
      id: 'l1',
      kind: 'ACCRUAL',
      amountMicros: '10000000000',
      effectiveAt: '2026-11-01T00:00:00.000Z',
      memo: 'Allowance for 2026-11',
      reference: 'accrual:e1:2026-11',
    },
  ],
});

function renderDetail(
  roles: Role[],
  withPay: boolean,
  respond?: (op: RecordedOperation) => unknown,
  path = '/engineers/e1',
) {
  return renderApp({
    path,
    user: makeUser(roles),
    respond: (op) => {
      const custom = respond?.(op);
      if (custom) return custom as never;
      if (op.operationName === 'Engineer') return { data: { engineer: detail(withPay) } };
      if (op.operationName === 'Engineers') return { data: { engineers: [engineer(withPay)] } };
      if (op.operationName === 'AllowancePolicy')
        return {
          data: {
            allowancePolicy: {
              __typename: 'AllowancePolicy',
              basisKind: 'RATIO',
              ratioBp: 6000,
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
            },
          },
        };
      if (op.operationName === 'RecordRaise')
        return {
          data: {
            recordRaise: {
              __typename: 'Pay',
              annualMicros: '210000000000',
              currency: 'EUR',
              effectiveFrom: '2026-12-01',
            },
          },
        };
      if (op.operationName === 'RunAccruals')
        return {
          data: {
            runAccruals: {
              __typename: 'AccrualRun',
              engineers: 1,
              granted: 1,
              adjusted: 0,
              expired: 0,
              forfeited: 0,
            },
          },
        };
      if (op.operationName === 'Teams')
        return {
          data: {
            teams: [
              {
                __typename: 'Team',
                id: 'qa',
                name: 'Quality',
                parentId: null,
                costCentre: 'CC-1',
                managerUserId: null,
                managerName: null,
                engineerCount: 1,
              },
              {
                __typename: 'Team',
                id: 'plat',
                name: 'Platform',
                parentId: null,
                costCentre: 'CC-2',
                managerUserId: null,
                managerName: null,
                engineerCount: 4,
              },
            ],
          },
        };
      if (op.operationName === 'MoveEngineer') return { data: { moveEngineer: true } };
      if (op.operationName === 'LeavingPreview')
        return {
          data: {
            leavingPreview: {
              __typename: 'LeavingPreview',
              engineerId: 'e1',
              lastDayPaid: '2026-11-20',
              forfeitOn: '2026-11-23',
              currency: 'EUR',
              balanceNowMicros: '10000000000',
              grantsToComeMicros: '0',
              reversedGrants: [{ __typename: 'ReversedGrant', month: '2026-11', amountMicros: '3333333333' }],
              reversedMicros: '3333333333',
              forfeitMicros: '6666666667',
              overageMicros: '0',
              loginEmail: 'nina@example.com',
              apiKeysToRevoke: 2,
            },
          },
        };
      if (op.operationName === 'SetEndDate')
        return { data: { setEndDate: { ...engineer(withPay), endDate: '2026-11-20', status: 'LEAVER' } } };
      if (op.operationName === 'SetAllowanceOverride')
        return {
          data: {
            setAllowanceOverride: {
              __typename: 'AllowanceOverride',
              effectiveFrom: '2026-12-01',
              basisKind: 'RATIO',
              ratioBp: 7000,
              annualMicros: null,
              topUpMicros: '0',
              reason: 'Offer',
            },
          },
        };
      return { data: null };
    },
  });
}

const scheduleRows = () =>
  within(screen.getByRole('table', { name: 'Monthly schedule' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );

describe('engineer detail page', () => {
  it('shows HR the profile, pay history, allowance, schedule and ledger', async () => {
    renderDetail(['HR'], true);
    expect(await screen.findByRole('heading', { name: 'Nina New', level: 1 })).toBeTruthy();
    expect(screen.getByTestId('base-pay').textContent).toBe('€200,000.00 a year');
    expect(screen.getByRole('table', { name: 'Pay history' }).textContent).toContain('€200,000.00');
    expect(screen.getByTestId('allowance-annual').textContent).toBe('€120,000.00');
    expect(screen.getByTestId('allowance-period-total').textContent).toBe('€20,000.00');
    expect(screen.getByTestId('allowance-balance').textContent).toBe('€10,000.00');
    expect(scheduleRows()).toEqual([
      // Posted at the old rate, trued up by an adjustment: posted + adjustment = what the rule says now.
      ['Nov 2026', 'Nov 1, 2026', '30 / 30', '€10,000.00', '€8,000.00', '+€2,000.00'],
      ['Dec 2026', 'Dec 1, 2026', '30 / 30', '€10,000.00', '–', '–'],
    ]);
    // The posted figure and the adjustment take the table's font like the amount beside them (a Text of
    // its own size made "Posted" larger than its neighbours).
    const schedule = screen.getByRole('table', { name: 'Monthly schedule' });
    for (const label of ['Posted', 'Not posted yet', 'Adjustment for a change recorded after the grant'])
      expect(within(schedule).getByLabelText(label).hasAttribute('data-inherit')).toBe(true);
    expect(screen.getByRole('table', { name: 'Ledger entries' }).textContent).toContain(
      'Allowance for 2026-11',
    );
    expect(screen.getByRole('form', { name: 'Record raise' })).toBeTruthy();
    expect(screen.getByRole('form', { name: 'Set allowance override' })).toBeTruthy();
    expect(screen.getByRole('form', { name: 'End employment' })).toBeTruthy();
  });

  it('posts the grants that are due now and refreshes the schedule', async () => {
    const { log } = renderDetail(['FINANCE'], true);
    await userEvent.click(await screen.findByRole('button', { name: 'Post due grants now' }));
    expect(await screen.findByText('Posted 1 due grants.')).toBeTruthy();
    expect(log.filter((op) => op.operationName === 'Engineer').length).toBeGreaterThan(1);
    expect(screen.queryByRole('form', { name: 'Record raise' })).toBeNull();
  });

  it('shows a manager the allowance but no pay and no forms', async () => {
    renderDetail(['MANAGER'], false);
    await screen.findByRole('heading', { name: 'Nina New', level: 1 });
    expect(screen.queryByTestId('base-pay')).toBeNull();
    expect(screen.queryByRole('table', { name: 'Pay history' })).toBeNull();
    expect(screen.queryByText(/200,000/)).toBeNull();
    expect(screen.getByTestId('allowance-annual').textContent).toBe('€120,000.00');
    expect(screen.queryByRole('form')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Post due grants now' })).toBeNull();
  });

  it('records a raise and refreshes the page', async () => {
    const { log } = renderDetail(['ADMIN'], true);
    const form = within(await screen.findByRole('form', { name: 'Record raise' }));
    await userEvent.click(form.getByRole('button', { name: 'Record raise' }));
    expect(fieldErrorOf(form.getByLabelText(/^New annual base pay/))).toBe('New annual base pay is required');
    const date = form.getByLabelText(/^Effective from/);
    await userEvent.clear(date);
    await userEvent.type(date, '2026-12-01');
    await userEvent.type(form.getByLabelText(/^New annual base pay/), '210000');
    await userEvent.click(form.getByRole('button', { name: 'Record raise' }));
    expect(await form.findByText(/Raise recorded/)).toBeTruthy();
    expect(log.find((op) => op.operationName === 'RecordRaise')?.variables).toEqual({
      input: { engineerId: 'e1', effectiveFrom: '2026-12-01', annualPay: '210000' },
    });
    expect(log.filter((op) => op.operationName === 'Engineer').length).toBeGreaterThan(1);
  });

  it('sets an override with a reason', async () => {
    const { log } = renderDetail(['HR'], true);
    const form = within(await screen.findByRole('form', { name: 'Set allowance override' }));
    await userEvent.type(form.getByLabelText(/^Ratio of base pay/), '70');
    await userEvent.click(form.getByRole('button', { name: 'Save override' }));
    expect(fieldErrorOf(form.getByLabelText(/^Reason/))).toBe(
      'Say why this engineer’s allowance differs from the policy',
    );
    await userEvent.type(form.getByLabelText(/^Reason/), 'Offer');
    await userEvent.click(form.getByRole('button', { name: 'Save override' }));
    expect(await form.findByText('Override saved.')).toBeTruthy();
    expect(log.find((op) => op.operationName === 'SetAllowanceOverride')?.variables).toMatchObject({
      input: { engineerId: 'e1', basisKind: 'RATIO', ratioBp: 7000, annualAmount: null, reason: 'Offer' },
    });
  });

  it('moves the engineer to another team from a date and shows the team history', async () => {
    const { log } = renderDetail(['HR'], true);
    const history = await screen.findByRole('table', { name: 'Team history' });
    expect(history.textContent).toContain('Quality');
    const form = within(screen.getByRole('form', { name: 'Move to another team' }));
    // the current team is not offered
    await screen.findByRole('option', { name: 'Platform' });
    expect(form.queryByRole('option', { name: 'Quality' })).toBeNull();
    await userEvent.click(form.getByRole('button', { name: 'Move' }));
    expect(fieldErrorOf(form.getByLabelText(/^New team/))).toBe('New team is required');
    await userEvent.selectOptions(form.getByLabelText(/^New team/), 'plat');
    const date = form.getByLabelText(/^From/);
    await userEvent.clear(date);
    await userEvent.type(date, '2026-12-01');
    await userEvent.click(form.getByRole('button', { name: 'Move' }));
    expect(await form.findByText(/Moves to Platform from/)).toBeTruthy();
    expect(log.find((op) => op.operationName === 'MoveEngineer')?.variables).toEqual({
      input: { engineerId: 'e1', teamId: 'plat', effectiveFrom: '2026-12-01' },
    });
  });

  it('shows what an end date will do before saving it, and saves it only on confirmation', async () => {
    const { log } = renderDetail(['HR'], true);
    const form = within(await screen.findByRole('form', { name: 'End employment' }));
    await userEvent.type(form.getByLabelText(/^Last employed day/), '2026-11-20');
    await userEvent.click(form.getByRole('button', { name: 'Preview' }));
    const preview = await form.findByTestId('leaving-preview');
    expect(log.find((op) => op.operationName === 'LeavingPreview')?.variables).toEqual({
      input: { engineerId: 'e1', endDate: '2026-11-20' },
    });
    expect(log.some((op) => op.operationName === 'SetEndDate')).toBe(false);
    const lines = within(preview)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(lines).toEqual([
      'Last day paid: Nov 20, 2026.',
      'Grants reversed: €3,333.33 (Nov 2026 €3,333.33).',
      'Balance forfeited on Nov 23, 2026: €6,666.67 (unless it is spent before).',
      'Sign-in nina@example.com deactivated after the last day.',
      '2 API keys revoked after the last day.',
    ]);
    await userEvent.click(form.getByRole('button', { name: 'Confirm end date' }));
    await waitFor(() =>
      expect(log.find((op) => op.operationName === 'SetEndDate')?.variables).toEqual({
        input: { engineerId: 'e1', endDate: '2026-11-20' },
      }),
    );
  });

  it('puts a refused end date next to the field and saves nothing', async () => {
    const { log } = renderDetail(['HR'], true, (op) =>
      op.operationName === 'LeavingPreview'
        ? {
            data: null,
            errors: [
              {
                message: 'endDate: must not be before the start date (2026-11-01)',
                extensions: {
                  code: 'BAD_USER_INPUT',
                  fields: [{ field: 'endDate', message: 'must not be before the start date (2026-11-01)' }],
                },
              },
            ],
          }
        : undefined,
    );
    const form = within(await screen.findByRole('form', { name: 'End employment' }));
    await userEvent.type(form.getByLabelText(/^Last employed day/), '2026-10-01');
    await userEvent.click(form.getByRole('button', { name: 'Preview' }));
    await waitFor(() =>
      expect(fieldErrorOf(form.getByLabelText(/^Last employed day/))).toMatch(
        /must not be before the start date \(2026-11-01\)/,
      ),
    );
    expect(form.queryByTestId('leaving-preview')).toBeNull();
    expect(form.queryByRole('button', { name: 'Confirm end date' })).toBeNull();
    expect(log.some((op) => op.operationName === 'SetEndDate')).toBe(false);
  });

  it('says so when the engineer is not visible', async () => {
    renderDetail(['MANAGER'], false, (op) =>
      op.operationName === 'Engineer'
        ? { data: null, errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] }
        : undefined,
    );
    expect(await screen.findByRole('heading', { name: 'Engineer not found' })).toBeTruthy();
  });

  it('gives an engineer their own page under "My allowance"', async () => {
    const { log } = renderDetail(['ENGINEER'], false, undefined, '/my-allowance');
    expect(await screen.findByRole('heading', { name: 'My allowance', level: 1 })).toBeTruthy();
    expect(screen.getByTestId('allowance-annual').textContent).toBe('€120,000.00');
    expect(screen.queryByTestId('base-pay')).toBeNull();
    expect(log.find((op) => op.operationName === 'Engineer')?.variables).toEqual({ id: 'e1' });
  });

  it('tells someone who is not on the payroll that they have no allowance', async () => {
    renderDetail(
      ['ENGINEER'],
      false,
      (op) => (op.operationName === 'Engineers' ? { data: { engineers: [] } } : undefined),
      '/my-allowance',
    );
    expect(await screen.findByRole('heading', { name: 'You have no allowance yet' })).toBeTruthy();
  });
});
