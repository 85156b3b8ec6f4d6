import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '../../gql/graphql';
import { makeUser, mainNavigation, renderApp } from '../../test/render';

const navLabels = () =>
  mainNavigation()
    .getAllByRole('link')
    .map((link) => link.querySelector('.mantine-NavLink-label')?.textContent);

describe('app layout', () => {
  it.each<[Role[], string[]]>([
    [
      ['ADMIN'],
      [
        'Dashboard',
        'Transfers',
        'Approvals',
        'Engineers',
        'Offers',
        'Roster import',
        'Teams',
        'Team burn',
        'Policy',
        'Prices',
        'Usage queues',
        'Alerts',
        'Periods',
        'Finance home',
        'Statements',
        'Close',
        'Reconciliation',
        'Allocation',
        'Audit',
        'Members',
        'Single sign-on',
        'API keys',
        'Profile',
      ],
    ],
    [
      ['ENGINEER'],
      [
        'Dashboard',
        'My allowance',
        'My budget',
        'Requests',
        'Transfers',
        'What my manager sees',
        'Policy',
        'API keys',
        'Profile',
      ],
    ],
    [
      ['HR', 'FINANCE'],
      [
        'Dashboard',
        'Approvals',
        'Engineers',
        'Offers',
        'Roster import',
        'Teams',
        'Team burn',
        'Policy',
        'Prices',
        'Usage queues',
        'Periods',
        'Finance home',
        'Statements',
        'Close',
        'Reconciliation',
        'Allocation',
        'Audit',
        'API keys',
        'Profile',
      ],
    ],
    [
      ['MANAGER', 'ADMIN'],
      [
        'Dashboard',
        'Transfers',
        'Approvals',
        'Engineers',
        'Offers',
        'Roster import',
        'Teams',
        'Team burn',
        'Policy',
        'Prices',
        'Usage queues',
        'Alerts',
        'Periods',
        'Finance home',
        'Statements',
        'Close',
        'Reconciliation',
        'Allocation',
        'Audit',
        'Members',
        'Single sign-on',
        'API keys',
        'Profile',
      ],
    ],
  ])('shows %j the links %j', async (roles, expected) => {
    renderApp({ path: '/', user: makeUser(roles) });
    await screen.findByRole('heading', { name: /Welcome, Ada Lovelace/ });
    expect(navLabels()).toEqual(expected);
  });

  it('shows the company, the user email and an empty dashboard', async () => {
    renderApp({ path: '/', user: makeUser(['ADMIN']) });
    expect(await screen.findByTestId('company-name')).toHaveProperty('textContent', 'Analytical Engines');
    expect(screen.getByTestId('current-user-email').textContent).toBe('ada@example.com');
    expect(screen.getByRole('heading', { name: 'No token usage yet' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Invite your team' })).toBeTruthy();
  });

  it('does not offer an engineer to invite the team', async () => {
    renderApp({ path: '/', user: makeUser(['ENGINEER']) });
    await screen.findByRole('heading', { name: 'No token usage yet' });
    expect(screen.queryByRole('link', { name: 'Invite your team' })).toBeNull();
  });

  it('signs out: calls logout, forgets the session and shows the sign-in page', async () => {
    const { log, session } = renderApp({
      path: '/',
      user: makeUser(['ADMIN']),
      respond: (op) => (op.operationName === 'Logout' ? { data: { logout: true } } : { data: null }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy();
    expect(log.map((op) => op.operationName)).toContain('Logout');
    await waitFor(() => expect(session.getState().status).toBe('signedOut'));
    expect(session.getAccessToken()).toBeNull();
  });
});
