import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '../../../gql/graphql';
import { fieldErrorOf, gqlError, makeUser, renderApp, type RecordedOperation } from '../../../test/render';

const pay = (units: number) => ({
  __typename: 'Pay',
  annualMicros: `${units}000000`,
  currency: 'EUR',
  effectiveFrom: '2026-01-01',
});
const engineer = (id: string, name: string, overrides: Record<string, unknown> = {}) => ({
  __typename: 'Engineer',
  id,
  name,
  email: `${id}@example.com`,
  title: null,
  level: null,
  location: null,
  teamId: 'plat',
  teamName: 'Platform',
  status: 'ACTIVE',
  startDate: '2026-01-01',
  endDate: null,
  basePay: null,
  annualAllowanceMicros: '60000000000',
  ...overrides,
});
const teams = [
  {
    __typename: 'Team',
    id: 'eng',
    name: 'Engineering',
    parentId: null,
    costCentre: 'CC-1',
    managerUserId: null,
    managerName: null,
    engineerCount: 0,
  },
  {
    __typename: 'Team',
    id: 'plat',
    name: 'Platform',
    parentId: 'eng',
    costCentre: 'CC-2',
    managerUserId: null,
    managerName: null,
    engineerCount: 2,
  },
];

const blobs: Blob[] = [];
const originalCreate = URL.createObjectURL;
beforeEach(() => {
  blobs.length = 0;
  URL.createObjectURL = (blob: Blob) => {
    blobs.push(blob);
    return `blob:test/${blobs.length}`;
  };
  URL.revokeObjectURL = () => undefined;
  HTMLAnchorElement.prototype.click = () => undefined;
});
afterEach(() => {
  URL.createObjectURL = originalCreate;
});

function renderEngineers(roles: Role[], withPay: boolean, respond?: (op: RecordedOperation) => unknown) {
  let rows = [
    engineer('zoe', 'Zoe Adams', { basePay: withPay ? pay(100000) : null }),
    engineer('ann', 'Ann Young', {
      basePay: withPay ? pay(200000) : null,
      annualAllowanceMicros: '120000000000',
      teamId: 'eng',
      teamName: 'Engineering',
      status: 'OFFER',
    }),
  ];
  return renderApp({
    path: '/engineers',
    user: makeUser(roles),
    respond: (op) => {
      const custom = respond?.(op);
      if (custom) return custom as never;
      if (op.operationName === 'Engineers') return { data: { engineers: rows } };
      if (op.operationName === 'Teams') return { data: { teams } };
      if (op.operationName === 'CreateEngineer') {
        const input = op.variables['input'] as { name: string; email: string };
        const created = engineer('new', input.name, { email: input.email, basePay: pay(200000) });
        rows = [...rows, created];
        return { data: { createEngineer: created } };
      }
      return { data: null };
    },
  });
}

const column = (index: number) =>
  within(screen.getByRole('table', { name: 'Engineers' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[index]?.textContent);

describe('engineers page', () => {
  it('lists engineers by name with base pay and allowance for HR', async () => {
    renderEngineers(['HR'], true);
    await screen.findByRole('table', { name: 'Engineers' });
    expect(screen.getByRole('columnheader', { name: /Base pay/ })).toBeTruthy();
    expect(column(1)).toEqual(['ann@example.com', 'zoe@example.com']);
    expect(column(5)).toEqual(['€200,000.00', '€100,000.00']);
    expect(column(6)).toEqual(['€120,000.00', '€60,000.00']);
    expect(screen.getByRole('link', { name: 'Ann Young' }).getAttribute('href')).toBe('/engineers/ann');
  });

  it('shows a manager no base pay column and no add form', async () => {
    renderEngineers(['MANAGER'], false);
    await screen.findByRole('table', { name: 'Engineers' });
    expect(screen.queryByRole('columnheader', { name: /Base pay/ })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Add engineer' })).toBeNull();
    expect(column(5)).toEqual(['€120,000.00', '€60,000.00']);
  });

  it('filters by team and status, sorts by allowance and exports what is shown', async () => {
    renderEngineers(['FINANCE'], true);
    await screen.findByRole('table', { name: 'Engineers' });
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'Active');
    expect(column(1)).toEqual(['zoe@example.com']);
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'Any status');
    await userEvent.selectOptions(screen.getByLabelText('Team'), 'Engineering');
    expect(column(1)).toEqual(['ann@example.com']);
    await userEvent.selectOptions(screen.getByLabelText('Team'), 'All teams');
    await userEvent.type(screen.getByLabelText('Filter engineers'), 'nobody');
    expect(screen.getByRole('heading', { name: 'No engineers match your filter' })).toBeTruthy();
    await userEvent.clear(screen.getByLabelText('Filter engineers'));

    await userEvent.click(
      within(screen.getByRole('columnheader', { name: /Annual allowance/ })).getByRole('button'),
    );
    expect(column(1)).toEqual(['zoe@example.com', 'ann@example.com']);
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect((await blobs[0]?.text())?.split('\r\n').slice(0, 3)).toEqual([
      'Name,Email,Team,Status,Start,Base pay (EUR),Annual allowance (EUR)',
      'Zoe Adams,zoe@example.com,Platform,Active,2026-01-01,100000.00,60000.00',
      'Ann Young,ann@example.com,Engineering,Offer,2026-01-01,200000.00,120000.00',
    ]);
  });

  it('adds an engineer and shows the new row', async () => {
    const { log } = renderEngineers(['HR'], true);
    await screen.findByRole('table', { name: 'Engineers' });
    const form = within(screen.getByRole('form', { name: 'Add engineer' }));
    await userEvent.click(form.getByRole('button', { name: 'Add engineer' }));
    expect(fieldErrorOf(form.getByLabelText(/^Name/))).toBe('Name is required');
    expect(fieldErrorOf(form.getByLabelText(/^Team/))).toBe('Choose a team');
    expect(fieldErrorOf(form.getByLabelText(/^Annual base pay/))).toBe('Annual base pay is required');

    await userEvent.type(form.getByLabelText(/^Name/), 'Nina New');
    await userEvent.type(form.getByLabelText(/^Email/), 'nina@example.com');
    await userEvent.selectOptions(form.getByLabelText(/^Team/), 'plat');
    await userEvent.type(form.getByLabelText(/^Start date/), '2026-11-01');
    await userEvent.type(form.getByLabelText(/^Annual base pay/), '200,000');
    await userEvent.click(form.getByRole('button', { name: 'Add engineer' }));

    expect(await screen.findByRole('link', { name: "Open Nina New's page" })).toBeTruthy();
    expect(log.find((op) => op.operationName === 'CreateEngineer')?.variables).toEqual({
      input: {
        name: 'Nina New',
        email: 'nina@example.com',
        title: null,
        level: null,
        location: null,
        teamId: 'plat',
        startDate: '2026-11-01',
        annualPay: '200,000',
        currency: 'EUR',
      },
    });
    expect(await screen.findByText('nina@example.com', { selector: 'td' })).toBeTruthy();
  });

  it('shows a server message next to its field', async () => {
    renderEngineers(['ADMIN'], true, (op) =>
      op.operationName === 'CreateEngineer'
        ? gqlError('CONFLICT', 'Conflict', [{ field: 'email', message: 'is already an engineer' }])
        : undefined,
    );
    await screen.findByRole('table', { name: 'Engineers' });
    const form = within(screen.getByRole('form', { name: 'Add engineer' }));
    await userEvent.type(form.getByLabelText(/^Name/), 'Zoe');
    await userEvent.type(form.getByLabelText(/^Email/), 'zoe@example.com');
    await userEvent.selectOptions(form.getByLabelText(/^Team/), 'plat');
    await userEvent.type(form.getByLabelText(/^Start date/), '2026-11-01');
    await userEvent.type(form.getByLabelText(/^Annual base pay/), '1000');
    await userEvent.click(form.getByRole('button', { name: 'Add engineer' }));
    await form.findByText('Email is already an engineer');
    expect(fieldErrorOf(form.getByLabelText(/^Email/))).toBe('Email is already an engineer');
  });
});
